-- Labels of 10,000 characters: one word of capitals, capitals with spaces, mixed case, and a
-- label that goes on to the end of the text. None may crash or take long; a label, where one
-- is kept, lies in its span (the view's check).
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
  ('caps word', replace(hex(zeroblob(5000)), '00', 'AB') || ': Hello there.' || char(10) || 'KELLY: Hi.'),
  ('caps words', replace(hex(zeroblob(2500)), '00', 'ABC ') || 'D: Hello there.' || char(10) || 'KELLY: Hi.'),
  ('mixed case words', replace(hex(zeroblob(2500)), '00', 'Abc ') || 'D: Hello there.' || char(10) || 'Kelly: Hi.'),
  ('bold label', '**' || replace(hex(zeroblob(2500)), '00', 'Abc ') || 'D:** Hello there.' || char(10) || '**Kelly:** Hi.'),
  ('label to the end', replace(hex(zeroblob(5000)), '00', 'AB') || ':');
SELECT * FROM checked;
-- Entities of each input: rows of transcript_entities, 1 when every one is its substr, and
-- the length of entities_in's array.
SELECT i.name, count(e.entity), ifnull(min(substr(CAST(i.t AS TEXT), e.start, e.length) = e.entity), 1),
       (SELECT json_array_length(entities_in(i.t)))
  FROM input AS i LEFT JOIN transcript_entities(i.t) AS e GROUP BY i.name ORDER BY i.name;
SELECT name, max(length(label)), sum(speaker = 'KELLY' OR speaker = 'Kelly') FROM input, transcript_turns(input.t) GROUP BY name ORDER BY name;
SELECT name, length(speaker_of(t)), speaker_of(t, 3) IS NULL OR length(speaker_of(t, 3)) > 0 FROM input ORDER BY name;
