-- The hidden columns can be constrained by name instead of passed as arguments.
SELECT turn, speaker, text FROM transcript_turns WHERE transcript = 'KELLY: Hi.

BOWMAN: Hello.';
SELECT turn, speaker FROM transcript_turns WHERE transcript = 'KELLY: Hi.' AND format = 'broadcast';
SELECT count(*) FROM transcript_turns WHERE format = 'broadcast' AND transcript = 'KELLY: Hi.';
-- Constraints on visible columns are filtered by SQLite.
SELECT turn, speaker FROM transcript_turns('KELLY: Hi.

BOWMAN: Hello.

KELLY: Bye.') WHERE speaker = 'KELLY' AND turn > 1;
SELECT turn FROM transcript_turns('KELLY: Hi.

BOWMAN: Hello.') WHERE rowid = 2;
SELECT turn FROM transcript_turns('KELLY: Hi.

BOWMAN: Hello.') ORDER BY turn DESC;
SELECT turn, text FROM transcript_turns('KELLY: One.

BOWMAN: Two.

KELLY: Three.') LIMIT 1 OFFSET 1;
-- An argument and a contradicting named constraint: SQLite still checks the one it did not pass.
SELECT count(*) FROM transcript_turns('KELLY: Hi.') WHERE transcript = 'KELLY: Hi.';
SELECT count(*) FROM transcript_turns('KELLY: Hi.') WHERE transcript = 'BOWMAN: Hello.';
SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'auto') WHERE format = 'broadcast';
-- A constraint other than = on a hidden column is not an argument.
SELECT count(*) FROM transcript_turns('KELLY: Hi.') WHERE transcript LIKE 'KELLY%';
SELECT count(*) FROM transcript_turns WHERE transcript LIKE 'KELLY%';
