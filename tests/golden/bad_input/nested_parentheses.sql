-- A million nested parentheses (and brackets) around a word, alone and after a label: no deep
-- recursion, one pass.
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
  ('parentheses', replace(hex(zeroblob(1000000)), '00', '(') || 'x' || replace(hex(zeroblob(1000000)), '00', ')')),
  ('brackets after a label', 'KELLY: ' || replace(hex(zeroblob(1000000)), '00', '[') || 'x' || replace(hex(zeroblob(1000000)), '00', ']')),
  ('unclosed', 'KELLY: ' || replace(hex(zeroblob(1000000)), '00', '(') || 'x'),
  ('closing only', 'KELLY: ' || replace(hex(zeroblob(1000000)), '00', ')') || char(10) || 'SMITH: y');
SELECT * FROM checked;
-- Entities of each input: rows of transcript_entities, 1 when every one is its substr, and
-- the length of entities_in's array.
SELECT i.name, count(e.entity), ifnull(min(substr(CAST(i.t AS TEXT), e.start, e.length) = e.entity), 1),
       (SELECT json_array_length(entities_in(i.t)))
  FROM input AS i LEFT JOIN transcript_entities(i.t) AS e GROUP BY i.name ORDER BY i.name;
SELECT name, speaker_of(t), speaker_of(t, 2000000) IS NULL OR speaker_of(t, 2000000) = 'KELLY', transcript_format(t) IS NOT NULL FROM input ORDER BY name;
