-- A UTF-8 BOM is not part of the first label and does not shift lines; it is character 1.
CREATE TABLE t(body TEXT);
INSERT INTO t VALUES (char(65279) || 'KELLY: Hi.
BOWMAN: Hello.');
SELECT turn, label, speaker, start, length, line, substr(body, start, length) FROM t, transcript_turns(t.body);
SELECT speaker_of(body) FROM t;
SELECT speaker_of(body, 1), speaker_of(body, 2) FROM t;
