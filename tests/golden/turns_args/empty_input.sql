-- Empty and blank transcripts have no rows.
SELECT count(*) FROM transcript_turns('');
SELECT count(*) FROM transcript_turns('   ');
SELECT count(*) FROM transcript_turns(char(10, 13, 10, 9, 12, 10));
SELECT count(*) FROM transcript_turns(char(65279));
SELECT count(*) FROM transcript_turns(char(160, 8232, 12288));
SELECT count(*) FROM transcript_turns('', 'broadcast');
