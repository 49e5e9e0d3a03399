-- archive.sql: questions over a small archive of transcripts.
--
-- Run it from the repository root after building:
--     sqlite3 < examples/archive.sql
--
-- The archive is the three invented transcripts in examples/: a radio interview
-- (npr_ferry_strike.txt), a cable news segment with a video clip (cnn_ferry_segment.txt)
-- and a debate (debate_governor.txt). The same people turn up in several of them, written
-- differently each time (DANIEL OKAFOR, OKAFOR, DANIEL OKAFOR (D), GUBERNATORIAL CANDIDATE);
-- speaker_key is what joins them.
.load ./build/transcript
.mode box

-- readfile() returns a BLOB; CAST it to TEXT so that instr(), substr() and length() count
-- characters, the unit of every position the extension reports.
CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT);
INSERT INTO docs(title, body) VALUES
  ('radio interview', CAST(readfile('examples/npr_ferry_strike.txt') AS TEXT)),
  ('cable segment',   CAST(readfile('examples/cnn_ferry_segment.txt') AS TEXT)),
  ('debate',          CAST(readfile('examples/debate_governor.txt') AS TEXT));

-- Every row of every transcript, once, as a view: the rest of the session queries it.
CREATE TEMP VIEW turns AS
  SELECT d.id AS doc, d.title, t.*
  FROM docs AS d, transcript_turns(d.body) AS t;

.print
.print 1. The archive: which layout each transcript was read as, and its size.
SELECT title, transcript_format(body) AS format,
       (SELECT count(*) FROM transcript_turns(body)) AS turns,
       (SELECT count(*) FROM transcript_turns(body) WHERE kind = 'speech') AS speech_turns
FROM docs;

.print
.print 2. Who speaks most across the archive (anonymous voices have no speaker_key).
SELECT max(speaker) AS speaker, count(*) AS turns, sum(words) AS words,
       count(DISTINCT doc) AS transcripts
FROM turns
WHERE kind = 'speech' AND speaker_key IS NOT NULL
GROUP BY speaker_key
ORDER BY words DESC;

.print
.print 3. People who appear in more than one transcript, and the labels they go by there.
WITH people AS (
  SELECT speaker_key FROM turns
  WHERE speaker_key IS NOT NULL
  GROUP BY speaker_key
  HAVING count(DISTINCT doc) > 1
)
SELECT t.speaker_key, t.label, group_concat(DISTINCT t.title) AS transcripts, count(*) AS turns
FROM turns AS t JOIN people USING (speaker_key)
WHERE t.label IS NOT NULL
GROUP BY t.speaker_key, t.label
ORDER BY t.speaker_key, min(t.doc * 100000 + t.turn);

.print
.print 4. Everything Daniel Okafor says, across transcripts (joined by speaker_key).
WITH person AS (
  SELECT DISTINCT speaker_key FROM turns WHERE speaker = 'DANIEL OKAFOR'
)
SELECT t.title, t.turn, t.label, t.clip,
       substr(t.text, 1, 50) || iif(length(t.text) > 50, '...', '') AS text
FROM turns AS t JOIN person USING (speaker_key)
ORDER BY t.doc, t.turn;

.print
.print 5. Who said it? speaker_of(body, position) names the speaker at a position.
SELECT p.phrase, d.title, instr(d.body, p.phrase) AS position,
       speaker_of(d.body, instr(d.body, p.phrase)) AS speaker
FROM docs AS d,
     (SELECT 'sign a check' AS phrase UNION ALL SELECT 'reserve fund'
      UNION ALL SELECT 'get home to my kids' UNION ALL SELECT 'hand-lettered sign') AS p
WHERE instr(d.body, p.phrase) > 0
ORDER BY p.phrase, d.id;

.print
.print 6. Live or played? Words spoken live and in clips (video clips, soundbites).
SELECT coalesce(speaker, '(no speaker)') AS speaker,
       sum(CASE WHEN clip = 0 THEN words ELSE 0 END) AS live_words,
       sum(CASE WHEN clip = 1 THEN words ELSE 0 END) AS clip_words
FROM turns
WHERE kind = 'speech'
GROUP BY speaker_key, speaker
HAVING clip_words > 0
ORDER BY clip_words DESC;

.print
.print 7. What happens besides speech: the events (cues) and where they occur.
SELECT text AS event, count(*) AS times, group_concat(DISTINCT title) AS transcripts
FROM turns
WHERE kind = 'event'
GROUP BY text
ORDER BY times DESC, event;
