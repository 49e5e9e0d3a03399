-- Text that holds a NUL is read up to its first NUL, in every function, as SQLite's own
-- length(), substr() and instr() read it: every position stays inside length(t).
-- Every implemented format, and a view that runs each input of temp.input through
-- transcript_turns in each of them: rows, and ok = 1 when every row holds the invariants
-- (span inside the text, in order without overlap, turn numbers 1, 2, ..., the label inside
-- the span, a speaker only on speech, speaker_of(t, start) the row's speaker under auto).
CREATE TEMP TABLE formats(format TEXT);
INSERT INTO formats VALUES ('auto'), ('broadcast'), ('captions'), ('chat'), ('court'), ('dialogue'), ('hearing'), ('play'), ('srt'), ('timestamped'), ('webvtt');
CREATE TEMP TABLE input(name TEXT, t);
CREATE TEMP VIEW checked AS
SELECT name, format, count(turn) AS rows, ifnull(min(ok), 1) AS ok FROM (
  SELECT i.name, f.format, t.turn,
         t.start >= 1 AND t.length >= 1 AND t.start + t.length - 1 <= length(CAST(i.t AS TEXT))
         AND t.start >= ifnull(lag(t.start + t.length) OVER w, 1)
         AND t.turn = row_number() OVER w
         AND (t.label IS NULL OR instr(substr(CAST(i.t AS TEXT), t.start, t.length), t.label) > 0)
         AND (t.kind = 'speech' OR t.speaker IS NULL)
         AND (f.format <> 'auto' OR speaker_of(i.t, t.start) IS t.speaker) AS ok
    FROM input AS i JOIN formats AS f LEFT JOIN transcript_turns(i.t, f.format) AS t
  WINDOW w AS (PARTITION BY i.name, f.format ORDER BY t.turn))
GROUP BY name, format ORDER BY name, format;
INSERT INTO input VALUES
  ('nul mid-line', 'KELLY: a' || char(0) || 'b' || char(10) || 'SMITH: c'),
  ('nul first', char(0) || 'KELLY: a' || char(10) || 'SMITH: c'),
  ('nul after a line', 'KELLY: a' || char(10) || char(0) || 'SMITH: c'),
  ('nul then invalid UTF-8', CAST('KELLY: a' AS BLOB) || x'00FF'),
  ('blob with nul', x'4B454C4C593A2061000A534D4954483A2063');
SELECT * FROM checked;
-- Entities of each input: rows of transcript_entities, 1 when every one is its substr, and
-- the length of entities_in's array.
SELECT i.name, count(e.entity), ifnull(min(substr(CAST(i.t AS TEXT), e.start, e.length) = e.entity), 1),
       (SELECT json_array_length(entities_in(i.t)))
  FROM input AS i LEFT JOIN transcript_entities(i.t) AS e GROUP BY i.name ORDER BY i.name;
-- The issue's example: start inside length(t), one row for the text before the NUL.
WITH d(t) AS (SELECT 'KELLY: a' || char(0) || 'b' || char(10) || 'SMITH: c')
SELECT turn, speaker, text, start, length, length(t), substr(t, start, length) FROM d, transcript_turns(d.t, 'broadcast');
-- The hidden transcript column gives back what was read.
SELECT DISTINCT length(transcript), transcript FROM transcript_turns('KELLY: a' || char(0) || 'b', 'broadcast');
-- Bytes that are not UTF-8 after the NUL are never read: no error.
SELECT turn, speaker, text FROM transcript_turns(CAST('KELLY: a' AS BLOB) || x'00FF', 'broadcast');
-- The scalar functions read the same text.
SELECT speaker_of('KELLY: a' || char(0) || 'b'), speaker_of(char(0) || 'KELLY: a'),
       speaker_of('KE' || char(0) || 'LLY: a');
SELECT speaker_of('KELLY: a' || char(0) || 'b' || char(10) || 'SMITH: c', 3),
       speaker_of('KELLY: a' || char(0) || 'b' || char(10) || 'SMITH: c', 12);
SELECT transcript_format('KELLY: a' || char(0) || x'FF'), transcript_format(char(0) || 'WEBVTT');
-- A NUL in the format name: read up to it, and the message has no NUL.
SELECT count(*) FROM transcript_turns('KELLY: hi', 'broad' || char(0) || 'cast');
SELECT count(*) FROM transcript_turns('KELLY: hi', 'broadcast' || char(0) || 'xyz');
SELECT count(*) FROM transcript_turns('KELLY: hi', char(0) || 'xyz');
-- Entities: read up to the NUL as well.
SELECT entities_in('Joe Biden went to ' || char(0) || 'Paris');
SELECT entity, start, length FROM transcript_entities('KELLY: Joe Biden went to Paris' || char(0) || ' and Berlin.');
SELECT entities_in('Paris', 'PLACE' || char(0) || 'x');
