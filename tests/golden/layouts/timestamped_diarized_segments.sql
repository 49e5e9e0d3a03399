-- Every visible column of fixtures/timestamped/diarized_segments.txt.
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/timestamped/diarized_segments.txt'));
