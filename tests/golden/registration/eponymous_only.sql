-- transcript_turns is eponymous-only (no xCreate): it cannot back a CREATE VIRTUAL TABLE.
CREATE VIRTUAL TABLE x USING transcript_turns;
CREATE VIRTUAL TABLE y USING transcript_turns('KELLY: Hi.');
SELECT count(*) FROM sqlite_schema WHERE name IN ('x', 'y');
-- The eponymous table is there all the same, in main.
SELECT count(*) FROM main.transcript_turns('KELLY: Hi.');
-- It cannot be written to.
INSERT INTO transcript_turns(turn) VALUES (1);
DELETE FROM transcript_turns WHERE turn = 1;
