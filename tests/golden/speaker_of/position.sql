-- speaker_of(transcript, position): the canonical speaker of the turn that holds the position.
CREATE TABLE t(body TEXT);
INSERT INTO t VALUES ('MARY LOUISE KELLY, HOST: So what is this caliphate?

TOM BOWMAN, BYLINE: A group in Afghanistan.

(SOUNDBITE OF ARCHIVED RECORDING)

KELLY: And the risk?');
SELECT speaker_of(body, instr(body, 'caliphate')) FROM t;
SELECT speaker_of(body, instr(body, 'Afghanistan')) FROM t;
SELECT speaker_of(body, instr(body, 'risk')) FROM t;
-- The label belongs to its turn.
SELECT speaker_of(body, 1), speaker_of(body, instr(body, 'TOM')) FROM t;
-- An event, and the blank line between turns, belong to no speech turn.
SELECT speaker_of(body, instr(body, 'SOUNDBITE')) FROM t;
SELECT speaker_of(body, instr(body, '?') + 1) FROM t;
-- Every position of every turn.
SELECT kind, count(*), count(DISTINCT speaker_of(body, start + (length - 1) / 2)) FROM t, transcript_turns(t.body) GROUP BY kind ORDER BY kind;
-- Out of range: NULL.
SELECT speaker_of(body, 0), speaker_of(body, -1), speaker_of(body, length(body) + 1), speaker_of(body, 9223372036854775807) FROM t;
SELECT speaker_of(body, length(body)) FROM t;
-- NULL in, NULL out.
SELECT speaker_of(NULL, 1), speaker_of(body, NULL), speaker_of(NULL, NULL) FROM t;
SELECT speaker_of('', 1);
-- Integral values of other types are positions; anything else is an error.
SELECT speaker_of(body, 3.0), speaker_of(body, '3'), speaker_of(body, ' 3 ') FROM t;
SELECT speaker_of(body, 2.5) FROM t;
SELECT speaker_of(body, 'abc') FROM t;
SELECT speaker_of(body, x'01') FROM t;
SELECT speaker_of(body, 1e300) FROM t;
-- Positions are characters.
SELECT speaker_of('JOSÉ DÍAZ: Olé 😀 done.' || char(10, 10) || 'BOB SMITH: Next.', 22),
       speaker_of('JOSÉ DÍAZ: Olé 😀 done.' || char(10, 10) || 'BOB SMITH: Next.', 25);
-- Surnames resolve as in transcript_turns; anonymous voices stay as written.
SELECT speaker_of('KELLY: Hi.' || char(10, 10) || 'MARY LOUISE KELLY, HOST: Again.', 1);
SELECT speaker_of('UNIDENTIFIED MALE: Hey.', 5);
-- A forced format is not an argument: the transcript is read with auto.
SELECT speaker_of(body, 1, 'broadcast') FROM t;
