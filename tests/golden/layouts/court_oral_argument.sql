-- Every visible column of fixtures/court/oral_argument.txt: an oral argument (running heads after
-- form feeds, labels indented with a wide gap, appearances with ESQ. and JR., a wrapped
-- (Whereupon ...) event, a soft hyphen kept as written, the word index after the last page).
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/court/oral_argument.txt'));
