-- NULL and unknown formats. NULL means auto; names are case-insensitive; anything else is an
-- error that names the function, quotes the name escaped and cut, and lists the formats.
SELECT count(*) FROM transcript_turns('KELLY: Hi.', NULL);
SELECT count(*) FROM transcript_turns(NULL, NULL);
SELECT count(*) FROM transcript_turns(NULL, 'vtt2');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', '');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'BroadCast');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'AUTO');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'vtt2');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', ' broadcast');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'broadcast ');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'broadcast' || char(10) || 'x');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', char(27) || '[31mred');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', x'FF');
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'caf' || char(233) || char(8232));
-- A long name is cut at a character boundary.
SELECT count(*) FROM transcript_turns('KELLY: Hi.', replace(hex(zeroblob(100)), '00', 'x'));
SELECT count(*) FROM transcript_turns('KELLY: Hi.', replace(hex(zeroblob(20)), '00', char(233)));
SELECT count(*) FROM transcript_turns('KELLY: Hi.', replace(hex(zeroblob(100000)), '00', 'x'));
-- An unknown format is an error even when the transcript is empty, but not when it is NULL.
SELECT count(*) FROM transcript_turns('', 'vtt2');
-- A format per row: the error stops the statement at the bad row.
WITH f(name) AS (VALUES ('broadcast'), ('nope')) SELECT count(*) FROM f, transcript_turns('KELLY: Hi.', f.name);
-- transcript_entities takes the same formats.
SELECT count(*) FROM transcript_entities('KELLY: Hi, Paris.', NULL);
SELECT count(*) FROM transcript_entities('KELLY: Hi, Paris.', 'vtt2');
SELECT count(*) FROM transcript_entities('KELLY: Hi, Paris.', x'FF');
-- entities_in's type filter: unknown types, escaped.
SELECT entities_in('Paris', 'PLACE,BOGUS');
SELECT entities_in('Paris', x'FF');
SELECT entities_in('Paris', NULL), entities_in(NULL, 'PLACE'), entities_in('Paris', '');
