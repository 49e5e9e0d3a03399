-- "Speaker" as a title names a particular person: a join key, and the surname resolves to him.
WITH t AS (SELECT * FROM transcript_turns('SPEAKER PAUL RYAN: Order.

NANCY PELOSI: Thank you.

RYAN: The House will be in order.'))
SELECT turn, speaker_key IS NOT NULL, speaker = (SELECT speaker FROM t WHERE turn = 1) FROM t;
