-- Positions are characters, the unit of substr(), instr() and length() on TEXT.
CREATE TABLE t(body TEXT);
INSERT INTO t VALUES ('JOSÉ DÍAZ, HOST: Olé! Café at 9 😀.

RENÉE FAÇADE: Très bien' || char(160) || 'merci.

(RIRES 😂)

DÍAZ: 東京 and 北京, then home.');
SELECT turn, kind, speaker, label, text, start, length, line, words FROM t, transcript_turns(t.body);
-- substr(transcript, start, length) is exactly the row as written.
SELECT turn, substr(body, start, length) FROM t, transcript_turns(t.body);
SELECT turn, substr(transcript, start, length) = substr(body, start, length) FROM t, transcript_turns(t.body);
-- instr() positions fall inside the row that holds them.
SELECT turn FROM t, transcript_turns(t.body) WHERE instr(body, '北京') BETWEEN start AND start + length - 1;
SELECT turn FROM t, transcript_turns(t.body) WHERE instr(body, 'merci') BETWEEN start AND start + length - 1;
-- The last row ends at the last character.
SELECT max(start + length - 1) = length(body) FROM t, transcript_turns(t.body);
