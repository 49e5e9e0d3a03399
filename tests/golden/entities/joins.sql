-- Across a table of transcripts: people most mentioned per speaker, places by transcript, who
-- mentions whom (the recipes of sql/entities.sql).
CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT);
INSERT INTO docs(title, body) VALUES
('dock',
 'NELL ADAIR, HOST:' || char(10) || 'Ivo Kurilla joins us from Halifax. Hi, Ivo.' || char(10) ||
 'IVO KURILLA, BYLINE:' || char(10) || 'Hi, Nell. Halifax is quiet, and Premier Dube is in Ottawa.' || char(10) ||
 'ADAIR: Thank you, Kurilla.' || char(10)),
('budget',
 'NELL ADAIR, HOST:' || char(10) || 'Premier Dube spoke in Ottawa today. Wen Bao was there.' || char(10) ||
 'WEN BAO, BYLINE:' || char(10) || 'Dube promised the Treasury Board a plan, Nell, and Ottawa listened.' || char(10));
-- The people each speaker mentions most (by canonical form: Kurilla is IVO KURILLA).
SELECT e.speaker, e.canonical, count(*), count(DISTINCT d.id)
FROM docs AS d, transcript_entities(d.body) AS e
WHERE e.type = 'PERSON' AND e.speaker IS NOT NULL
GROUP BY e.speaker, e.canonical ORDER BY e.speaker, count(*) DESC, e.canonical;
-- Places by transcript.
SELECT d.title, e.canonical, count(*)
FROM docs AS d, transcript_entities(d.body) AS e WHERE e.type = 'PLACE'
GROUP BY d.id, e.canonical ORDER BY d.title, count(*) DESC, e.canonical;
-- Who mentions whom: mentions of people who also speak in the same transcript.
SELECT d.title, e.speaker, e.canonical, count(*)
FROM docs AS d, transcript_entities(d.body) AS e
WHERE e.type = 'PERSON' AND e.speaker IS NOT NULL AND e.canonical <> e.speaker
  AND e.canonical IN (SELECT t.speaker FROM transcript_turns(d.body) AS t)
GROUP BY d.id, e.speaker, e.canonical ORDER BY d.title, e.speaker, e.canonical;
-- Mentions per type across the archive, and entities_in on the same bodies.
SELECT e.type, count(*) FROM docs AS d, transcript_entities(d.body) AS e GROUP BY e.type ORDER BY e.type;
SELECT d.title, json_array_length(entities_in(d.body, 'PLACE')) FROM docs AS d ORDER BY d.id;
