-- Rows come in turn order; ORDER BY turn over a join still sorts across documents.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, 'ANNA BERG: One.

LUIS OCHOA: Two.'), (2, 'KIT ABERNATHY: Three.

DOUG PELL: Four.

KIT ABERNATHY: Five.');
SELECT d.id, t.turn FROM docs AS d, transcript_turns(d.body) AS t ORDER BY t.turn, d.id;
SELECT d.id, t.turn FROM docs AS d, transcript_turns(d.body) AS t ORDER BY t.turn;
SELECT d.id, t.turn FROM docs AS d, transcript_turns(d.body) AS t ORDER BY t.rowid, d.id;
SELECT t.turn, t.speaker FROM docs AS d, transcript_turns(d.body) AS t WHERE d.id = 2 ORDER BY t.turn DESC;
SELECT t.turn, t.speaker FROM docs AS d, transcript_turns(d.body) AS t WHERE d.id = 2 ORDER BY t.speaker, t.turn;
SELECT turn FROM transcript_turns((SELECT body FROM docs WHERE id = 2)) ORDER BY rowid;
SELECT turn FROM transcript_turns((SELECT body FROM docs WHERE id = 2)) ORDER BY turn LIMIT 2;
