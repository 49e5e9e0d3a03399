-- sql/entities.sql: who and what is talked about, across a table of transcripts.
--
-- Expects a table  docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT)  (rename to taste) and
-- the extension loaded (.load ./build/transcript). Then:
--     sqlite3 archive.db < sql/entities.sql
-- Views cost nothing until queried; each query parses the transcripts it touches.

-- Every mention in every transcript: who said it (speaker, NULL outside speech), the entity as
-- written, its type, the fullest form the transcript gives (canonical) and where it stands.
CREATE VIEW IF NOT EXISTS doc_entities AS
SELECT d.id AS doc_id, d.title, e.turn, e.speaker, e.entity, e.type, e.canonical, e.start, e.length
FROM docs AS d, transcript_entities(d.body) AS e;

-- The people each speaker mentions most, across all transcripts (by canonical form, so
-- "Kurilla" and "Erik Kurilla" count as one person).
CREATE VIEW IF NOT EXISTS people_mentioned_by_speaker AS
SELECT speaker, canonical AS person, count(*) AS mentions, count(DISTINCT doc_id) AS transcripts
FROM doc_entities
WHERE type = 'PERSON' AND speaker IS NOT NULL
GROUP BY speaker, canonical;

-- Places by transcript, most mentioned first.
CREATE VIEW IF NOT EXISTS places_by_transcript AS
SELECT doc_id, title, canonical AS place, count(*) AS mentions
FROM doc_entities
WHERE type = 'PLACE'
GROUP BY doc_id, canonical;

-- Who mentions whom: a mention of a person who also speaks in the same transcript (canonical
-- is then that speaker's canonical name), with the speaker who mentions them.
CREATE VIEW IF NOT EXISTS who_mentions_whom AS
SELECT e.doc_id, e.speaker AS mentioned_by, e.canonical AS mentioned, count(*) AS mentions
FROM doc_entities AS e
WHERE e.type = 'PERSON' AND e.speaker IS NOT NULL AND e.canonical <> e.speaker
  AND EXISTS (SELECT 1 FROM docs AS d, transcript_turns(d.body) AS t
              WHERE d.id = e.doc_id AND t.speaker = e.canonical)
GROUP BY e.doc_id, e.speaker, e.canonical;

-- Entities of any text (not only transcripts), one row each: entities_in returns JSON.
--   SELECT json_extract(x.value, '$.entity') AS entity, json_extract(x.value, '$.type') AS type
--   FROM json_each(entities_in(:text, 'PERSON,ORG')) AS x;
