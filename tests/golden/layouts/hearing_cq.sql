-- hearing: a CQ transcript (fixtures/hearing/cq_committee.txt). Surname labels resolve
-- through the SPEAKERS and WITNESSES lists, `[*]` and `MORE` are not part of a label, the
-- last of a double label speaks, the reprinted header is meta and splits the turn.
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line
  FROM transcript_turns(readfile('fixtures/hearing/cq_committee.txt'));
SELECT transcript_format(readfile('fixtures/hearing/cq_committee.txt'));
