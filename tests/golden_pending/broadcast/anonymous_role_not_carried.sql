-- Anonymous voices are never the same speaker, so one's role is not carried to the next
-- voice with the same label; a numbered voice is one person and keeps its role.
SELECT turn, speaker, label, role FROM transcript_turns('UNIDENTIFIED MALE, PROTESTER: No!

KELLY: Hm.

UNIDENTIFIED MALE: Yes.

UNIDENTIFIED PERSON #1, NURSE: Here.

KELLY: Go on.

UNIDENTIFIED PERSON #1: Still here.');
