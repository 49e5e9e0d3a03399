-- sql/archive.sql, fts.sql and stats.sql in a database file: the turns table and the FTS index
-- follow inserts, updates and deletes of transcripts; the statistics add up.
.open archive.db
.load @MODULE@
.read @SRC@/sql/archive.sql
.read @SRC@/sql/fts.sql
.read @SRC@/sql/stats.sql
.headers on
.nullvalue NULL

-- What transcript_turns says now, against what the turns table holds: "drift" counts the
-- rows in one and not the other (0 when the table is current).
CREATE TEMP VIEW expected AS
SELECT tr.id AS transcript_id, t.turn, t.kind, t.speaker, t.speaker_key, t.label, t.role, t.text,
       t.start, t.length, t.line, t.start_time, t.end_time, t.words, t.clip
FROM transcripts AS tr, transcript_turns(tr.body, tr.format) AS t;
CREATE TEMP VIEW actual AS
SELECT transcript_id, turn, kind, speaker, speaker_key, label, role, text,
       start, length, line, start_time, end_time, words, clip
FROM turns;
CREATE TEMP VIEW state AS
SELECT (SELECT count(*) FROM transcripts) AS transcripts,
       (SELECT count(*) FROM turns) AS turns,
       (SELECT count(*) FROM (SELECT * FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual)
                              UNION ALL
                              SELECT * FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected))) AS drift,
       (SELECT count(*) FROM turns_fts WHERE turns_fts MATCH 'ferry OR ferries') AS ferry_hits;

.print -- empty
SELECT * FROM state;

INSERT INTO transcripts(title, source, recorded_on, language, body) VALUES
  ('radio interview', 'examples/npr_ferry_strike.txt', '2025-03-14', 'en',
   CAST(readfile('@SRC@/examples/npr_ferry_strike.txt') AS TEXT)),
  ('cable segment', 'examples/cnn_ferry_segment.txt', '2025-03-15', 'en',
   CAST(readfile('@SRC@/examples/cnn_ferry_segment.txt') AS TEXT)),
  ('debate', 'examples/debate_governor.txt', '2025-03-20', 'en',
   CAST(readfile('@SRC@/examples/debate_governor.txt') AS TEXT));

.print -- three transcripts inserted
SELECT * FROM state;
-- FTS5's own check of the index against the turns table (an error if they disagree).
INSERT INTO turns_fts(turns_fts, rank) VALUES ('integrity-check', 1);

.print -- search: a phrase, then the same words said by one speaker (a column filter, then a join)
SELECT t.transcript_id, t.turn, t.speaker, snippet(turns_fts, 0, '[', ']', '...', 6) AS snippet
FROM turns_fts JOIN turns AS t ON t.id = turns_fts.rowid
WHERE turns_fts MATCH '"parking garage"' ORDER BY t.transcript_id, t.turn;
SELECT t.transcript_id, t.turn, t.speaker
FROM turns_fts JOIN turns AS t ON t.id = turns_fts.rowid
WHERE turns_fts MATCH 'ferry AND speaker:okafor' ORDER BY t.transcript_id, t.turn;
SELECT t.transcript_id, t.turn, t.speaker
FROM turns_fts JOIN turns AS t ON t.id = turns_fts.rowid
WHERE turns_fts MATCH 'ferry' AND t.speaker_key = 'daniel okafor' ORDER BY t.transcript_id, t.turn;

.print -- statistics: the speakers of the radio interview; shares add up to 1 in every transcript
SELECT speaker, speaker_key, turns, words, round(share, 3) AS share, round(turn_share, 3) AS turn_share,
       words_per_turn, clip_turns
FROM speaker_stats WHERE transcript_id = 1 ORDER BY words DESC;
SELECT transcript_id, round(sum(share), 6) AS shares, round(sum(turn_share), 6) AS turn_shares,
       sum(words) = (SELECT words FROM transcript_stats AS s WHERE s.transcript_id = st.transcript_id) AS words_agree
FROM speaker_stats AS st GROUP BY transcript_id;
SELECT * FROM transcript_stats;
SELECT * FROM speaker_totals WHERE transcripts > 1 ORDER BY words DESC;

.print -- metadata change: the turns stay as they are (same ids)
CREATE TEMP TABLE ids_before AS SELECT id FROM turns WHERE transcript_id = 2;
UPDATE transcripts SET title = 'cable news segment', source = NULL WHERE id = 2;
SELECT (SELECT count(*) FROM ids_before) = (SELECT count(*) FROM turns WHERE transcript_id = 2)
       AND NOT EXISTS (SELECT id FROM ids_before EXCEPT SELECT id FROM turns WHERE transcript_id = 2) AS same_turns;

.print -- body updated: radio interview replaced by a short text without ferries
UPDATE transcripts SET body = 'JUNE PARK, HOST: The bridge is shut.

TOM REYES, BYLINE: Hi, June. The mayor says so.

PARK: Thank you, Tom.'
WHERE id = 1;
SELECT * FROM state;
INSERT INTO turns_fts(turns_fts, rank) VALUES ('integrity-check', 1);
SELECT turn, speaker, role, text FROM turns WHERE transcript_id = 1 ORDER BY turn;
SELECT count(*) AS parking_garage_hits FROM turns_fts WHERE turns_fts MATCH '"parking garage"';

.print -- format changed: the turns are read again
UPDATE transcripts SET format = 'broadcast' WHERE id = 1;
SELECT * FROM state;

.print -- id changed: the turns move with it
UPDATE transcripts SET id = 10 WHERE id = 3;
SELECT transcript_id, count(*) AS turns FROM turns GROUP BY transcript_id ORDER BY 1;
SELECT * FROM state;

.print -- deleted: its turns and its index entries go
DELETE FROM transcripts WHERE id = 2;
SELECT * FROM state;
INSERT INTO turns_fts(turns_fts, rank) VALUES ('integrity-check', 1);
SELECT count(*) AS cable_turns FROM turns WHERE transcript_id = 2;
DELETE FROM transcripts;
SELECT * FROM state;
