-- transcript_entities: one row per mention in the turns' text (never in labels), with the turn
-- and speaker that mention it and the fullest form the transcript gives (canonical).
CREATE TABLE t(body TEXT);
INSERT INTO t VALUES (
'Ferry talks resume in Halifax as the Coast Guard watches.' || char(10) || char(10) ||
'NELL ADAIR, HOST:' || char(10) || char(10) ||
'Our reporter Ivo Kurilla is at the dock. Hi, Ivo.' || char(10) || char(10) ||
'IVO KURILLA, BYLINE: Hi, Nell. The Canadian crews are back, and Mayor Lund says Halifax is ready.' || char(10) || char(10) ||
'ADAIR: Thanks, Kurilla.' || char(10));
SELECT turn, speaker, entity, type, canonical, start, length FROM t, transcript_entities(t.body);
-- Every row is an exact span of the transcript.
SELECT count(*), sum(substr(t.body, e.start, e.length) = e.entity) FROM t, transcript_entities(t.body) AS e;
-- The turn column joins transcript_turns.
SELECT e.entity, tt.kind, tt.label FROM t, transcript_entities(t.body) AS e
JOIN transcript_turns(t.body) AS tt ON tt.turn = e.turn WHERE e.type = 'PLACE';
-- The format argument and the hidden columns.
SELECT count(*) FROM t, transcript_entities(t.body, 'broadcast');
SELECT format FROM t, transcript_entities(t.body, 'BROADCAST') LIMIT 1;
SELECT name, type, hidden FROM pragma_table_xinfo('transcript_entities');
