-- A BLOB is read as UTF-8 text: the same rows as the TEXT.
SELECT turn, kind, speaker, label, text, start, length FROM transcript_turns(x'4B454C4C593A2048692E0A0A424F574D414E3A2048C3A96C6CC3B22E');
SELECT turn, kind, speaker, label, text, start, length FROM transcript_turns('KELLY: Hi.

BOWMAN: Héllò.');
SELECT turn, text, start, length FROM transcript_turns(CAST('JOSÉ DÍAZ: Olé, olé.' AS BLOB));
-- The hidden transcript column gives the argument back.
SELECT DISTINCT typeof(transcript) FROM transcript_turns(x'4B454C4C593A2048692E');
-- An empty BLOB is an empty transcript.
SELECT count(*) FROM transcript_turns(x'');
SELECT count(*) FROM transcript_turns(zeroblob(0));
