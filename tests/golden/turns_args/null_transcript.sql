-- A NULL transcript gives no rows and no error, with or without a format.
SELECT count(*) FROM transcript_turns(NULL);
SELECT count(*) FROM transcript_turns(NULL, 'broadcast');
SELECT count(*) FROM transcript_turns(NULL, NULL);
SELECT * FROM transcript_turns(NULL);
