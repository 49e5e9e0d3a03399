-- Several documents in a table, as a user keeps them.
CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT);
INSERT INTO docs VALUES
  (1, 'morning', 'MARY LOUISE KELLY, HOST: Good morning.

TOM BOWMAN, BYLINE: Hi, Mary Louise.

KELLY: What happened?

BOWMAN: A lot.'),
  (2, 'missing', NULL),
  (3, 'evening', 'ARI SHAPIRO, HOST: Good evening.

(SOUNDBITE OF ARCHIVED RECORDING)

TOM BOWMAN: This is from last year.

SHAPIRO: And Mary Louise Kelly joins us.

MARY LOUISE KELLY: Thanks, Ari.'),
  (4, 'empty', '');

-- The join of the SPEC: one row per turn of every document, in document order.
SELECT d.id, t.turn, t.speaker, t.text
  FROM docs AS d, transcript_turns(d.body) AS t
 WHERE t.kind = 'speech'
 ORDER BY d.id, t.turn;

-- LEFT JOIN keeps documents without turns (a NULL body, an empty one).
SELECT d.id, d.title, t.turn, t.kind, t.speaker
  FROM docs AS d LEFT JOIN transcript_turns(d.body) AS t
 ORDER BY d.id, t.turn;

-- WHERE speaker = ... and counts per document.
SELECT d.id, count(*) FROM docs AS d, transcript_turns(d.body) AS t
 WHERE t.speaker = 'TOM BOWMAN' GROUP BY d.id ORDER BY d.id;
SELECT d.id, t.turn, t.label, t.text FROM docs AS d, transcript_turns(d.body) AS t
 WHERE t.speaker = 'MARY LOUISE KELLY' ORDER BY d.id, t.turn;

-- The same person across documents, by speaker_key.
SELECT t.speaker_key, count(DISTINCT d.id) AS docs, count(*) AS turns, sum(t.words) AS words
  FROM docs AS d, transcript_turns(d.body) AS t
 WHERE t.speaker_key IS NOT NULL
 GROUP BY t.speaker_key ORDER BY t.speaker_key;
SELECT a.id, b.id, x.speaker_key
  FROM docs AS a, transcript_turns(a.body) AS x, docs AS b, transcript_turns(b.body) AS y
 WHERE a.id < b.id AND x.speaker_key = y.speaker_key
 GROUP BY a.id, b.id, x.speaker_key ORDER BY 1, 2, 3;

-- The table function written first: SQLite picks a join order that feeds it.
SELECT d.id, t.turn FROM transcript_turns(d.body) AS t JOIN docs AS d ON d.id IN (1, 4) ORDER BY d.id, t.turn;

-- A correlated subquery per document.
SELECT id, (SELECT count(*) FROM transcript_turns(body)) AS turns,
           (SELECT speaker FROM transcript_turns(body) WHERE kind = 'speech' ORDER BY words DESC, turn LIMIT 1) AS longest
  FROM docs ORDER BY id;
