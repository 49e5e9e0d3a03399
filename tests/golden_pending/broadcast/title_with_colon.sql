-- A title line with a colon at the top of a CNN transcript is a header (meta), not a label.
SELECT turn, kind, speaker, label, text, line FROM transcript_turns('CNN NEWSROOM: Interview With Delia Harwick
Aired April 14, 2030 - 09:00 ET

JAKE PORTER, CNN ANCHOR: Welcome.');
