-- Too many and too few arguments for every function: SQLite's own errors at prepare time.
SELECT * FROM transcript_turns('KELLY: Hi.', 'auto', 'x');
SELECT * FROM transcript_turns('KELLY: Hi.', 'auto', 'x', 'y');
SELECT speaker_of();
SELECT speaker_of('KELLY: Hi.', 1, 2);
SELECT transcript_format();
SELECT transcript_format('KELLY: Hi.', 'broadcast');
SELECT transcript_version('x');
-- Arguments through the hidden columns: a transcript that is NULL, a format without a transcript.
SELECT count(*) FROM transcript_turns WHERE transcript = NULL;
SELECT count(*) FROM transcript_turns WHERE transcript IS NULL;
SELECT count(*) FROM transcript_turns WHERE format = 'broadcast';
SELECT count(*) FROM transcript_turns WHERE transcript = 'KELLY: Hi.' AND format = 'nope';
SELECT entities_in();
SELECT entities_in('Paris', 'PLACE', 'x');
SELECT * FROM transcript_entities('KELLY: Paris.', 'auto', 'x');
SELECT count(*) FROM transcript_entities;
