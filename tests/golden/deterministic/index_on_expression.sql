-- ... in indexes on expressions and partial indexes.
CREATE TABLE lines(id INTEGER PRIMARY KEY, line TEXT);
INSERT INTO lines(line) VALUES ('KELLY: Hi.'), ('BOWMAN: Hello.'), ('No label.'), ('MARY LOUISE KELLY, HOST: Bye.');
CREATE INDEX lines_speaker ON lines(speaker_of(line));
CREATE INDEX lines_labelled ON lines(id) WHERE speaker_of(line) IS NOT NULL;
CREATE INDEX lines_format ON lines(transcript_format(line), speaker_of(line, 1));
SELECT id FROM lines WHERE speaker_of(line) = 'MARY LOUISE KELLY';
SELECT id FROM lines INDEXED BY lines_labelled WHERE speaker_of(line) IS NOT NULL ORDER BY id;
SELECT count(*) FROM lines WHERE transcript_format(line) = 'broadcast';
PRAGMA integrity_check;
-- transcript_version() is deterministic too.
CREATE INDEX lines_version ON lines(transcript_version());
