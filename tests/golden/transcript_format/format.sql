-- transcript_format(transcript): the layout that auto picks.
SELECT transcript_format('MARY LOUISE KELLY, HOST: Good morning.');
SELECT transcript_format(readfile('fixtures/broadcast/debate_surnames.txt'));
SELECT transcript_format(readfile('fixtures/broadcast/bom_crlf_nbsp.txt'));
SELECT transcript_format(readfile('fixtures/broadcast/npr_one_line.txt'));
-- Text with no labels falls back to the one layout there is.
SELECT transcript_format('');
SELECT transcript_format('Just prose.');
SELECT transcript_format(42);
-- NULL in, NULL out; bad input, a clear error.
SELECT transcript_format(NULL);
SELECT typeof(transcript_format(NULL));
SELECT transcript_format(CAST(x'C328' AS TEXT));
SELECT transcript_format(x'4B454C4C593A2048692E');
-- It agrees with what transcript_turns uses for auto.
SELECT transcript_format(body) = 'broadcast', count(*)
  FROM (SELECT 'KELLY: Hi.' AS body) AS d, transcript_turns(d.body, transcript_format(d.body));
