-- The declared columns: the visible ones of SPEC.md, then the hidden arguments, last.
SELECT cid, name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo('transcript_turns');
-- SELECT * shows the visible columns only.
SELECT * FROM transcript_turns('MARY LOUISE KELLY, HOST: Good morning.');
