-- Every visible column of fixtures/timestamped/otter_no_colon.txt.
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/timestamped/otter_no_colon.txt'));
