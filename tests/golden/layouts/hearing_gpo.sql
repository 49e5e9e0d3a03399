-- hearing: a GPO subcommittee record (fixtures/hearing/gpo_subcommittee.txt). Rosters and the
-- witness heading give full names, the narrative names the chair that `The CHAIRMAN` is, the
-- prepared statement after `[... follows:]` is no one's speech, `Mr. Bell.` alone on its line
-- is the chair calling on him, the footnote between rules is no row, and `[presiding]` notes
-- are neither label nor text.
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, words
  FROM transcript_turns(readfile('fixtures/hearing/gpo_subcommittee.txt'))
 WHERE kind <> 'meta';
SELECT transcript_format(readfile('fixtures/hearing/gpo_subcommittee.txt'));
-- Spans are the turn as written, label included.
SELECT substr(CAST(readfile('fixtures/hearing/gpo_subcommittee.txt') AS TEXT), start, length)
  FROM transcript_turns(readfile('fixtures/hearing/gpo_subcommittee.txt'))
 WHERE turn IN (36, 46, 50);
