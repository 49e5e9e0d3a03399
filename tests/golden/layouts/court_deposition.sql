-- fixtures/court/deposition.txt: a state-court deposition. The witness heading spans two lines
-- ("NAME," then "having been first duly sworn ..."), the appearances write "BY:  NAME, ESQ."
-- and name the videographer; A is the deponent, Q the lawyer of the last BY line.
SELECT turn, kind, speaker, label, role, text, line
  FROM transcript_turns(readfile('fixtures/court/deposition.txt'));
