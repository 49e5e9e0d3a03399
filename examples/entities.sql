-- entities.sql: who and what is talked about, in a small archive of transcripts.
--
-- Run it from the repository root after building:
--     sqlite3 :memory: < examples/entities.sql
--
-- It loads three invented transcripts from examples/ into a table docs, creates the views of
-- sql/entities.sql and asks them the usual questions.
.load ./build/transcript
.mode box

CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT);
INSERT INTO docs(title, body) VALUES
  ('Harbor summit', CAST(readfile('examples/npr_harbor_summit.txt') AS TEXT)),
  ('Ferry strike', CAST(readfile('examples/npr_ferry_strike.txt') AS TEXT)),
  ('Governor debate', CAST(readfile('examples/debate_governor.txt') AS TEXT));
.read sql/entities.sql

-- entities_in: the entities of any text, as JSON that json_each reads.
SELECT json_extract(x.value, '$.entity') AS entity, json_extract(x.value, '$.type') AS type,
       json_extract(x.value, '$.start') AS start
FROM json_each(entities_in('Gen. Erik Kurilla told the U.S. Senate Committee on Finance that ISIS-K recruits in Afghanistan.')) AS x;

-- The people each speaker mentions most.
SELECT speaker, person, mentions FROM people_mentioned_by_speaker
ORDER BY speaker, mentions DESC, person;

-- Places by transcript.
SELECT title, place, mentions FROM places_by_transcript ORDER BY title, mentions DESC, place;

-- Who mentions whom (people who also speak in the same transcript).
SELECT d.title, w.mentioned_by, w.mentioned, w.mentions
FROM who_mentions_whom AS w JOIN docs AS d ON d.id = w.doc_id
ORDER BY d.title, w.mentions DESC, w.mentioned_by;

-- Organisations and groups named in the summit, with who named them.
SELECT speaker, entity, type FROM transcript_entities((SELECT body FROM docs WHERE id = 1))
WHERE type IN ('ORG', 'NORP');
