-- Each document may carry its own format; NULL is auto.
CREATE TABLE docs(id INTEGER PRIMARY KEY, fmt TEXT, body TEXT);
INSERT INTO docs VALUES (1, NULL, 'KELLY: Hi.'), (2, 'broadcast', 'BOWMAN: Hello.'), (3, 'auto', 'SHAPIRO: Hey.');
SELECT d.id, t.format, t.speaker FROM docs AS d, transcript_turns(d.body, d.fmt) AS t ORDER BY d.id;
-- One bad format stops the statement with the error.
INSERT INTO docs VALUES (4, 'vtt2', 'KELLY: Hi.');
SELECT d.id, t.speaker FROM docs AS d, transcript_turns(d.body, d.fmt) AS t ORDER BY d.id;
