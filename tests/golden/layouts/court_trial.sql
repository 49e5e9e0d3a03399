-- Every visible column of fixtures/court/trial_pacer.txt: a PACER trial transcript (filing
-- stamps, numbered double-spaced lines, appearances, jurors, a witness examined by Q and A).
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/court/trial_pacer.txt'));
-- The layout is detected, and a position inside a turn gives its speaker.
SELECT transcript_format(readfile('fixtures/court/trial_pacer.txt'));
SELECT speaker_of(body, instr(body, 'sensor firmware')), speaker_of(body, instr(body, 'Hewitt')),
       speaker_of(body, instr(body, 'PageID'))
  FROM (SELECT CAST(readfile('fixtures/court/trial_pacer.txt') AS TEXT) AS body);
