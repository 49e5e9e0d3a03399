-- A "---" on line 1 without a closing "---" is no YAML block: the transcript after it is read.
SELECT turn, kind, line, speaker, text FROM transcript_turns('---
KELLY: Hi.
BOWMAN: Hello.');
