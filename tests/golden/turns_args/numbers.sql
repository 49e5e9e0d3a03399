-- Numbers are read as SQLite prints them.
SELECT turn, kind, text, start, length FROM transcript_turns(42);
SELECT turn, kind, text FROM transcript_turns(2.5);
