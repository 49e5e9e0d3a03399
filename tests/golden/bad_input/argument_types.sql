-- Numbers and BLOBs where text is expected: a number is read as SQLite prints it, a BLOB as
-- UTF-8 text; positions count characters of that text.
SELECT turn, kind, text, start, length FROM transcript_turns(42);
SELECT turn, kind, text, start, length FROM transcript_turns(1.5);
SELECT turn, kind, text, start, length FROM transcript_turns(-0.0);
SELECT turn, speaker, text, start, length FROM transcript_turns(x'4B454C4C593A20C3A9636F6C65', 'broadcast');
SELECT turn, speaker, text, start, length FROM transcript_turns(CAST('KELLY: Hi.' AS BLOB), 'broadcast');
-- A format that is a number or a BLOB: its text is the format name.
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 42);
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 1.5);
SELECT count(*) FROM transcript_turns('KELLY: Hi.', CAST('broadcast' AS BLOB));
SELECT count(*) FROM transcript_turns('KELLY: Hi.', x'');
-- speaker_of: a number or BLOB line; a position that is text, REAL, huge, negative or a BLOB.
SELECT speaker_of(42), speaker_of(x'4B454C4C593A206869'), speaker_of(1.5);
SELECT speaker_of('KELLY: Hi.', '3'), speaker_of('KELLY: Hi.', 3.0), speaker_of('KELLY: Hi.', 1e300),
       speaker_of('KELLY: Hi.', -1), speaker_of('KELLY: Hi.', 0), speaker_of('KELLY: Hi.', 9223372036854775807),
       speaker_of('KELLY: Hi.', -9223372036854775808), speaker_of('KELLY: Hi.', NULL), speaker_of(NULL, 1);
SELECT speaker_of('KELLY: Hi.', 2.5);
SELECT speaker_of('KELLY: Hi.', 'three');
SELECT speaker_of('KELLY: Hi.', x'03');
SELECT speaker_of(12345, 1), speaker_of(x'4B454C4C593A206869', 2);
-- transcript_format: a number, a BLOB, NULL.
SELECT transcript_format(42), transcript_format(x'5745425654540A'), transcript_format(NULL);
SELECT transcript_version() = (SELECT transcript_version());
-- Entities of numbers and BLOBs.
SELECT entities_in(42), entities_in(x'5061726973'), entities_in(1.5);
SELECT entity, start, length FROM transcript_entities(x'4B454C4C593A205061726973');
SELECT entities_in('Paris', 42);
