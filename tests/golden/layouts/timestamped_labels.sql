-- The label forms of the timestamped layout, and lines that are not labels.
SELECT speaker_of('Lenny Rachitsky (00:01:23): Hi.');
SELECT speaker_of('Tobi Lütke (00:00:00):');
SELECT speaker_of('Stephan Livera 00:02:14');
SELECT speaker_of('Stephan Livera  1:02:14');
SELECT speaker_of('Sergi Delgado: 00:00:00 ');
SELECT speaker_of('**Max Hillebrand:** 00:00:00');
SELECT speaker_of('**Max Hillebrand**: 00:00:00');
SELECT speaker_of('[Speaker 1] [00:03] So, Adam.');
SELECT speaker_of('[Speaker 12] [01:00:02] Past the hour.');
SELECT speaker_of('[00:01:23] Ana de la Cruz: Hola.');
-- Not labels: a bare time, times in speech, a time with speech after it.
SELECT speaker_of('(00:41:39):');
SELECT speaker_of('It''s the kind of thing [inaudible 00:15:57].');
SELECT speaker_of('We met at 10:00 PM.');
SELECT speaker_of('Kim: 10:00 works for me');
SELECT speaker_of('so we left 00:02:14');
-- Rows: a bare time continues the speaker; a time-only line after a heading starts a turn.
SELECT turn, kind, speaker, label, line, start_time, text
  FROM transcript_turns('Ana Ruiz (00:00:10):' || char(10) || 'Hello.' || char(10) || char(10) ||
                        '(00:00:42):' || char(10) || 'Still Ana.' || char(10) || char(10) || '## Part 2' || char(10) ||
                        '(00:10:00):' || char(10) || 'After the heading.', 'timestamped');
-- auto picks the layout from three label lines.
SELECT transcript_format('A Li 00:01' || char(10) || 'x' || char(10) || 'B Ko 00:05' || char(10) || 'y' || char(10) || 'A Li 00:09' || char(10) || 'z');
SELECT transcript_format('[Speaker 1] [00:03] a' || char(10) || '[Speaker 2] [00:05] b' || char(10) || '[Speaker 1] [00:09] c');
