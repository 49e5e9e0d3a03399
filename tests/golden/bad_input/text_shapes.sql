-- Texts of no content or of unusual line ends: a BOM alone, empty, white space only (ASCII
-- and Unicode spaces), CR-only and mixed line ends.
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
  ('bom only', x'EFBBBF'),
  ('bom and newline', x'EFBBBF0A'),
  ('empty text', ''),
  ('empty blob', x''),
  ('white space', ' ' || char(9, 10, 11, 12, 13) || '  '),
  ('unicode spaces', char(160, 8195, 12288, 8232, 8233, 10)),
  ('newlines only', char(10, 10, 13, 10, 13)),
  ('cr only', 'KELLY: One.' || char(13) || 'SMITH: Two.' || char(13) || char(13) || 'KELLY: Three.'),
  ('mixed line ends', 'KELLY: One.' || char(13, 10) || 'SMITH: Two.' || char(10) || 'KELLY: Three.' || char(13) || 'SMITH: Four.' || char(13, 13, 10) || 'KELLY: Five.');
SELECT * FROM checked;
-- Entities of each input: rows of transcript_entities, 1 when every one is its substr, and
-- the length of entities_in's array.
SELECT i.name, count(e.entity), ifnull(min(substr(CAST(i.t AS TEXT), e.start, e.length) = e.entity), 1),
       (SELECT json_array_length(entities_in(i.t)))
  FROM input AS i LEFT JOIN transcript_entities(i.t) AS e GROUP BY i.name ORDER BY i.name;
-- Nothing to read: no rows and no error, NULL speakers.
SELECT count(*) FROM transcript_turns(x'EFBBBF');
SELECT speaker_of(x'EFBBBF'), speaker_of(x'EFBBBF', 1), speaker_of(''), speaker_of('', 1), speaker_of('   '), speaker_of(char(10) || 'KELLY: hi');
SELECT typeof(transcript_format('')), typeof(transcript_format(x'EFBBBF')), typeof(transcript_format(' '));
-- Lines as sed counts them: a lone CR ends a line, CRLF counts once, CR CR LF twice.
SELECT turn, speaker, text, line, replace(substr(t, start, length), char(13), '<CR>')
  FROM input, transcript_turns(input.t, 'broadcast') WHERE name = 'cr only';
SELECT turn, speaker, text, line FROM input, transcript_turns(input.t, 'broadcast') WHERE name = 'mixed line ends';
SELECT turn, speaker, text, line FROM input, transcript_turns(input.t, 'dialogue') WHERE name = 'mixed line ends';
