-- sql/stats.sql: speaker statistics over the turns of sql/archive.sql (run that first).
--
--     sqlite3 archive.db < sql/stats.sql
--
-- Plain views over the turns table: they need no extension to create or to query.
-- Speech only; played clips (clip = 1) count for the person heard in them.

-- Per transcript and speaker: turns, words, and the speaker's share of the talk, from 0 to 1:
-- of the words spoken in that transcript (share) and of its speech turns (turn_share).
-- Anonymous voices (speaker_key NULL) are grouped by their label as written (all UNIDENTIFIED
-- MALE turns of a transcript make one row).
CREATE VIEW IF NOT EXISTS speaker_stats AS
SELECT t.transcript_id,
       tr.title,
       t.speaker,
       t.speaker_key,
       count(*) AS turns,
       sum(t.words) AS words,
       1.0 * sum(t.words) / total.words AS share,
       1.0 * count(*) / total.turns AS turn_share,
       round(avg(t.words), 1) AS words_per_turn,
       sum(t.clip) AS clip_turns
FROM turns AS t
JOIN transcripts AS tr ON tr.id = t.transcript_id
JOIN (SELECT transcript_id, sum(words) AS words, count(*) AS turns
      FROM turns WHERE kind = 'speech' GROUP BY transcript_id) AS total
  ON total.transcript_id = t.transcript_id
WHERE t.kind = 'speech'
GROUP BY t.transcript_id, t.speaker_key, t.speaker;

-- Per transcript: how many speakers, turns and words, and how much of it is played clips.
CREATE VIEW IF NOT EXISTS transcript_stats AS
SELECT tr.id AS transcript_id,
       tr.title,
       count(DISTINCT coalesce(t.speaker_key, t.speaker)) AS speakers,
       count(t.id) AS turns,
       coalesce(sum(t.words), 0) AS words,
       coalesce(sum(CASE WHEN t.clip = 1 THEN t.words END), 0) AS clip_words
FROM transcripts AS tr
LEFT JOIN turns AS t ON t.transcript_id = tr.id AND t.kind = 'speech'
GROUP BY tr.id;

-- One row per named person across the archive (joined by speaker_key).
CREATE VIEW IF NOT EXISTS speaker_totals AS
SELECT speaker_key,
       max(speaker) AS speaker,
       count(DISTINCT transcript_id) AS transcripts,
       count(*) AS turns,
       sum(words) AS words,
       group_concat(DISTINCT role) AS roles
FROM turns
WHERE kind = 'speech' AND speaker_key IS NOT NULL
GROUP BY speaker_key;
