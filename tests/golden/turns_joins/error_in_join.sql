-- A document that is not UTF-8 stops the query with an error that names the byte.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body BLOB);
INSERT INTO docs VALUES (1, CAST('KELLY: Hi.' AS BLOB)), (2, x'4B454C4C593A2048FF');
SELECT d.id, count(*) FROM docs AS d, transcript_turns(d.body) AS t GROUP BY d.id;
-- Skipping it works.
SELECT d.id, count(*) FROM docs AS d, transcript_turns(d.body) AS t WHERE d.id = 1 GROUP BY d.id;
