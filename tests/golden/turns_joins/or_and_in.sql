-- OR and IN on the transcript: one scan per value, the rows of each transcript.
SELECT replace(transcript, char(10), '/'), turn, speaker FROM transcript_turns
 WHERE transcript = 'KELLY: Hi.' OR transcript = 'BOWMAN: Hello.

SHAPIRO: Hey.' ORDER BY 1, turn;
SELECT replace(transcript, char(10), '/'), turn, speaker FROM transcript_turns
 WHERE transcript IN ('KELLY: Hi.', 'BOWMAN: Hello.') ORDER BY 1, turn;
-- OR across a join: documents matched either way.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, 'KELLY: Hi.

BOWMAN: Hello.'), (2, 'SHAPIRO: Hey.

KELLY: Yes.');
SELECT d.id, t.turn, t.speaker FROM docs AS d, transcript_turns(d.body) AS t
 WHERE d.id = 1 OR t.speaker = 'SHAPIRO' ORDER BY d.id, t.turn;
SELECT d.id, t.turn, t.speaker FROM docs AS d, transcript_turns(d.body) AS t
 WHERE t.speaker = 'KELLY' OR t.turn = 2 ORDER BY d.id, t.turn;
