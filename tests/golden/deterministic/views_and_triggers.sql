-- Innocuous functions (and the innocuous table) work in views and triggers of an untrusted schema.
PRAGMA trusted_schema = OFF;
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
CREATE TABLE speakers(doc INTEGER, speaker TEXT);
CREATE VIEW turns AS SELECT d.id, t.turn, t.speaker, t.text FROM docs AS d, transcript_turns(d.body) AS t;
CREATE VIEW first_speakers AS SELECT id, speaker_of(body) AS who, transcript_format(body) AS fmt FROM docs;
CREATE TRIGGER docs_speakers AFTER INSERT ON docs BEGIN
  INSERT INTO speakers SELECT NEW.id, speaker FROM transcript_turns(NEW.body) WHERE kind = 'speech';
END;
CREATE TABLE checked(line TEXT CHECK (speaker_of(line) IS NOT NULL));
INSERT INTO docs VALUES (1, 'KELLY: Hi.

BOWMAN: Hello.');
SELECT * FROM turns;
SELECT * FROM first_speakers;
SELECT * FROM speakers;
INSERT INTO checked VALUES ('KELLY: Hi.');
INSERT INTO checked VALUES ('no label');
SELECT * FROM checked;
