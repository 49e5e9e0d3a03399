-- An unknown format is an error listing the known ones.
SELECT * FROM transcript_turns('KELLY: Hi.', 'vtt2');
SELECT * FROM transcript_turns('KELLY: Hi.', 'markdown');
-- Layouts of SPEC.md that are not implemented yet say so.
SELECT * FROM transcript_turns('KELLY: Hi.', 'court');
SELECT * FROM transcript_turns('KELLY: Hi.', 'dialogue');
SELECT * FROM transcript_turns('KELLY: Hi.', 'timestamped');
SELECT * FROM transcript_turns('KELLY: Hi.', 'webvtt');
SELECT * FROM transcript_turns('KELLY: Hi.', 'srt');
SELECT * FROM transcript_turns('KELLY: Hi.', 'captions');
SELECT * FROM transcript_turns('KELLY: Hi.', 'chat');
SELECT * FROM transcript_turns('KELLY: Hi.', 'play');
-- NULL format = auto; auto and broadcast give the same rows.
SELECT turn, speaker, text FROM transcript_turns('KELLY: Hi.', NULL);
SELECT turn, speaker, text FROM transcript_turns('KELLY: Hi.', 'auto');
SELECT turn, speaker, text FROM transcript_turns('KELLY: Hi.', 'broadcast');
SELECT turn, speaker, text FROM transcript_turns('KELLY: Hi.', 'BROADCAST');
-- hearing: a GPO paragraph that opens with `Mr. NADLER.`
SELECT turn, kind, speaker, label, text FROM transcript_turns('    Mr. NADLER. Thank you.', 'hearing');
