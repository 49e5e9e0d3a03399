-- Every visible column of fixtures/dialogue/talk_qa.txt (layout dialogue, picked by auto).
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/dialogue/talk_qa.txt'));
