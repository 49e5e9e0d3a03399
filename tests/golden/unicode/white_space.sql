-- Unicode white space folds to single spaces in text; label and role keep what is written.
SELECT turn, speaker, speaker_key, label, instr(label, char(160)) > 0 AS nbsp_kept, role, text, words FROM transcript_turns(
  'MARY' || char(160) || 'ELLEN TRAN, HOST:' || char(9) || 'Good' || char(160, 160) || 'morning,' || char(12288) || 'all.' || char(10) ||
  '   Second' || char(8239) || 'line.   ');
