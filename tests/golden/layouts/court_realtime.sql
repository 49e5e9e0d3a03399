-- fixtures/court/realtime.txt: a realtime record; the clock at the start of a line is the
-- turn's start_time (seconds since midnight).
SELECT turn, kind, speaker, label, role, text, line, start_time, end_time
  FROM transcript_turns(readfile('fixtures/court/realtime.txt'));
-- speaker_of(line) reads court labels, with or without the clock and the line number.
SELECT speaker_of('THE COURT: Be seated.'), speaker_of('10:58:04   14   THE COURT:   Please be seated.'),
       speaker_of('5    JUROR SUE GREEN:   Yes.'), speaker_of('4   argument this morning in Case 11-398');
