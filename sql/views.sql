-- sql/views.sql: ready-made views over a table of transcripts.
--
-- Expects a table  docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT)  (rename to taste) and
-- the extension loaded on every connection that queries them. Then:
--     sqlite3 archive.db -cmd ".load /usr/local/lib/sqlite3/transcript" < sql/views.sql
-- A connection without the extension fails on these views with
-- `no such table: main.transcript_turns`: load the extension first. sql/archive.sql stores
-- the turns in a table instead, readable without it.
-- Views cost nothing until queried; each query parses the transcripts it touches.

-- Every turn of every transcript, with its document.
CREATE VIEW IF NOT EXISTS doc_turns AS
SELECT d.id AS doc_id, d.title, t.turn, t.kind, t.speaker, t.speaker_key, t.label, t.role,
       t.text, t.start, t.length, t.line, t.start_time, t.end_time, t.words, t.clip
FROM docs AS d, transcript_turns(d.body) AS t;

-- Speech only, live (not played clips).
CREATE VIEW IF NOT EXISTS live_speech AS
SELECT * FROM doc_turns WHERE kind = 'speech' AND clip = 0;

-- One row per person (joined across transcripts by speaker_key): how much they say, where.
CREATE VIEW IF NOT EXISTS speakers AS
SELECT speaker_key,
       max(speaker) AS speaker,
       count(*) AS turns,
       sum(words) AS words,
       count(DISTINCT doc_id) AS transcripts,
       group_concat(DISTINCT role) AS roles
FROM doc_turns
WHERE kind = 'speech' AND speaker_key IS NOT NULL
GROUP BY speaker_key;

-- Who answers whom: each speech turn with the speaker_key of the speech turn before it.
CREATE VIEW IF NOT EXISTS exchanges AS
SELECT doc_id, turn, speaker, speaker_key,
       lag(speaker_key) OVER (PARTITION BY doc_id ORDER BY turn) AS previous_key
FROM doc_turns
WHERE kind = 'speech';
