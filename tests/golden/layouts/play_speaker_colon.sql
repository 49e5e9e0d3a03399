-- Every visible column of fixtures/play/speaker_colon.txt (layout play, picked by auto).
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/play/speaker_colon.txt'));
