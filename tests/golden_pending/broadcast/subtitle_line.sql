-- Every line of the header block (show title, episode title, air date) is meta.
SELECT turn, kind, text, line FROM transcript_turns('STATE OF THE STATES
Interview With Governor Delia Harwick; Railroad Plan Debated
Aired April 14, 2030 - 09:00 ET

JAKE PORTER, CNN ANCHOR: Welcome.');
