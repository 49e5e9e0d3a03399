-- LAYOUTS.md: generic labels that name no one stay as written, have no key, and are never
-- merged: two Q: paragraphs in a row are two turns. Numbered ones merge only with the same number.
SELECT turn, speaker, speaker_key, label, text FROM transcript_turns('Q: One?

Q: Two?

A: Yes.

A: And more.

CROWD: Boo!

CROWD: Boo!

UNIDENTIFIED PERSON #3: First.

UNIDENTIFIED PERSON #3: Same person.

UNIDENTIFIED PERSON #4: Another.

SPEAKER 1: Hello.

SPEAKER 1: Again.');
