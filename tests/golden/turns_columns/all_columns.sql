-- Every column, hidden ones included, on a small transcript with each kind of row.
WITH doc(body) AS (SELECT 'Morning Edition
March 3, 2031

A short lede that no one says.

MARY LOUISE KELLY, HOST: Good morning.
(SOUNDBITE OF ARCHIVED RECORDING)
UNIDENTIFIED MAN: Played back.
KELLY: Thanks.')
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line,
       start_time, end_time, words, clip, transcript = doc.body, length(transcript), format, rowid
  FROM doc, transcript_turns(doc.body);
-- The hidden columns hold the arguments: format is auto when absent or NULL.
SELECT DISTINCT format FROM transcript_turns('KELLY: Hi.');
SELECT DISTINCT format FROM transcript_turns('KELLY: Hi.', NULL);
SELECT DISTINCT format FROM transcript_turns('KELLY: Hi.', 'auto');
SELECT DISTINCT format FROM transcript_turns('KELLY: Hi.', 'broadcast');
SELECT DISTINCT format FROM transcript_turns('KELLY: Hi.', 'Broadcast');
SELECT DISTINCT transcript = 'KELLY: Hi.' FROM transcript_turns('KELLY: Hi.');
