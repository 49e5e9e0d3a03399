-- Every visible column of fixtures/chat/irc_time_only.txt.
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/chat/irc_time_only.txt'));
