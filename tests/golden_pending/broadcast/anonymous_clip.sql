-- A soundbite's turns are played "up to the next turn by a speaker heard before the cue": an
-- anonymous voice in the recording is not the anonymous caller heard live before it.
SELECT turn, kind, speaker, clip FROM transcript_turns('UNIDENTIFIED MALE: A caller, live.

KELLY: Now listen.

(SOUNDBITE OF ARCHIVED RECORDING)

UNIDENTIFIED MALE: Played back.

KELLY: And we are back.');
