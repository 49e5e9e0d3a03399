-- What users ask of timed transcripts (caption files: start_time/end_time in seconds).
CREATE TABLE media(id INTEGER PRIMARY KEY, name TEXT, body TEXT);
INSERT INTO media(name, body) VALUES
  ('harbour.vtt', CAST(readfile('fixtures/webvtt/voices_crlf.vtt') AS TEXT)),
  ('tours.srt', CAST(readfile('fixtures/srt/speaker_prefix.srt') AS TEXT)),
  ('alba.vtt', CAST(readfile('fixtures/webvtt/sdh_spanish.vtt') AS TEXT));
SELECT name, transcript_format(body) FROM media ORDER BY id;
-- 1. What was said between two times (every turn that overlaps 00:00:03 to 00:00:09).
SELECT m.name, t.turn, t.speaker, t.start_time, t.end_time, t.text
  FROM media AS m, transcript_turns(m.body) AS t
 WHERE t.kind = 'speech' AND t.start_time < 9.0 AND t.end_time > 3.0
 ORDER BY m.id, t.start_time, t.turn;
-- 2. Talk time per speaker, in seconds (speech of no named speaker grouped as NULL).
SELECT m.name, t.speaker, count(*) AS turns, round(sum(t.end_time - t.start_time), 3) AS seconds, sum(t.words) AS words
  FROM media AS m, transcript_turns(m.body) AS t
 WHERE t.kind = 'speech'
 GROUP BY m.id, t.speaker
 ORDER BY m.id, seconds DESC, t.speaker;
-- 3. The turn at a given time (who was speaking at 00:00:06, and at 01:00:01.5).
SELECT m.name, at.s, t.turn, t.kind, t.speaker, t.text
  FROM media AS m, (SELECT 6.0 AS s UNION ALL SELECT 3601.5) AS at, transcript_turns(m.body) AS t
 WHERE at.s >= t.start_time AND at.s < t.end_time
 ORDER BY m.id, at.s, t.turn;
-- The same from a position: the turn whose span holds the word, and its time.
SELECT speaker_of(body, instr(body, 'council')) FROM media WHERE name = 'tours.srt';
SELECT t.start_time FROM media AS m, transcript_turns(m.body) AS t
 WHERE m.name = 'tours.srt' AND instr(m.body, 'council') BETWEEN t.start AND t.start + t.length - 1;
-- speaker_of(line) reads a WebVTT voice.
SELECT speaker_of('<v Ana>Hola'), speaker_of('<v.loud Ana Ruiz>Hola</v>'), speaker_of('[Alba] En 1928,'), speaker_of('[llora]');
