-- Who spoke most, from a fixture.
SELECT speaker, count(*) AS turns, sum(words) AS words
  FROM transcript_turns(readfile('fixtures/broadcast/debate_surnames.txt'))
 WHERE kind = 'speech' GROUP BY speaker ORDER BY words DESC, speaker;
SELECT kind, count(*) FROM transcript_turns(readfile('fixtures/broadcast/debate_surnames.txt')) GROUP BY kind ORDER BY kind;
-- Turns inside played clips.
SELECT turn, speaker, text FROM transcript_turns(readfile('fixtures/broadcast/msnbc_videotape.txt')) WHERE clip = 1;
