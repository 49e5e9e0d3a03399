-- SPEC.md: a label that repeats the current speaker with nothing else between continues the
-- turn; any other row between two stretches of speech ends it; unlabelled paragraphs continue
-- the speaker, and after an event start a new turn with a NULL label.
SELECT turn, kind, speaker, label, text, line FROM transcript_turns('TOM BOWMAN, BYLINE: One.

BOWMAN: Two, reprinted label.

An unlabelled paragraph.

(LAUGHTER)

After the laughter.

BOWMAN: Labelled again.

KELLY:

BOWMAN: After an empty turn.

KELLY:');
-- A cue between two labels of one speaker splits them; a cue glued to a label is its own row.
SELECT turn, kind, label, text, line, start FROM transcript_turns('BOWMAN: One.
(CROSSTALK)BOWMAN: Two.
(APPLAUSE) Three.');
