-- A database made with the extension, opened by a connection without it: the turns table, the
-- FTS index and the statistics are readable; writing a transcript and the views of
-- sql/views.sql (which call transcript_turns) fail with `no such table: main.transcript_turns`
-- until the extension is loaded.
.open archive.db
.load @MODULE@
.read @SRC@/sql/archive.sql
.read @SRC@/sql/fts.sql
.read @SRC@/sql/stats.sql
INSERT INTO transcripts(title, body) VALUES
  ('radio interview', CAST(readfile('@SRC@/examples/npr_ferry_strike.txt') AS TEXT));
CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT);
INSERT INTO docs(title, body) SELECT title, body FROM transcripts;
.read @SRC@/sql/views.sql

.print -- a new connection to the same file, without the extension
.open archive.db
.headers on
SELECT count(*) AS turns FROM turns;
SELECT speaker, turns, words, share FROM speaker_stats ORDER BY words DESC LIMIT 2;
SELECT count(*) AS hits FROM turns_fts WHERE turns_fts MATCH 'garage AND speaker:okafor';
INSERT INTO transcripts(title, body) VALUES ('another', 'KELLY: Hi.');
SELECT count(*) FROM doc_turns;
SELECT count(*) AS transcripts FROM transcripts;

.print -- the cure: load the extension on this connection
.load @MODULE@
INSERT INTO transcripts(title, body) VALUES ('another', 'KELLY: Hi.');
SELECT count(*) AS transcripts, (SELECT count(*) FROM turns) AS turns FROM transcripts;
SELECT count(*) AS doc_turns FROM doc_turns;
SELECT speaker, turns, words, transcripts FROM speakers ORDER BY words DESC LIMIT 3;
SELECT count(*) AS live_speech FROM live_speech;
SELECT speaker_key, previous_key FROM exchanges WHERE turn BETWEEN 5 AND 8;
