-- Too many arguments: SQLite's own message.
SELECT * FROM transcript_turns('KELLY: Hi.', 'broadcast', 'extra');
-- A missing transcript argument names the function and what it expects.
SELECT * FROM transcript_turns;
SELECT * FROM transcript_turns();
SELECT count(*) FROM transcript_turns WHERE format = 'broadcast';
SELECT count(*) FROM transcript_turns WHERE turn = 1;
