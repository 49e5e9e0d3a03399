-- demo.sql: the main job of sqlite-transcript, in one query.
--
-- Run it from the repository root after building:
--     sqlite3 < examples/demo.sql
--
-- It reads examples/npr_ferry_strike.txt, an invented radio interview laid out the way
-- NPR publishes transcripts, and cuts it into turns with transcript_turns(). You see one
-- row per turn, in document order:
--   kind     speech (someone talks), event (a cue such as (LAUGHTER)), meta (header lines),
--            prose (the lede, which nobody says)
--   speaker  the full name, even where the transcript only writes the surname (BLAKESLEE:)
--   role     the role given with the first full label (HOST, BYLINE), carried to later turns
--   clip     1 for played material: the rally recording after (SOUNDBITE OF ARCHIVED RECORDING)
--   text     what is said, without the label (cut to 45 characters here)
.load ./build/transcript
.mode box

SELECT turn, kind, speaker, role, clip,
       substr(text, 1, 45) || iif(length(text) > 45, '...', '') AS text
FROM transcript_turns(CAST(readfile('examples/npr_ferry_strike.txt') AS TEXT));

-- speaker_of(transcript, position) says who is talking at a position: here, who said the
-- words "parking garage" (instr() gives the 1-based character position of the phrase).
SELECT speaker_of(body, instr(body, 'parking garage')) AS "who said 'parking garage'?"
FROM (SELECT CAST(readfile('examples/npr_ferry_strike.txt') AS TEXT) AS body);
