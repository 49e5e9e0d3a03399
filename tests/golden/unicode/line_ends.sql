-- line counts LF, CRLF (once) and a lone CR; form feeds, vertical tabs and U+2028/U+2029 do not end lines.
SELECT turn, label, text, line FROM transcript_turns(
  'ANNA BERG: One.' || char(13, 10) || char(13, 10) ||
  'LUIS OCHOA: Two.' || char(13) || char(13) ||
  'ANNA BERG: Three' || char(12) || 'four' || char(11) || 'five' || char(8232) || 'six' || char(8233) || 'seven.' || char(10) ||
  'LUIS OCHOA: Eight.' || char(10, 13, 10, 13) ||
  'ANNA BERG: Nine.');
-- Line numbers agree with counting line ends before start in SQL: CRLF pairs, then lone CRs and LFs.
WITH doc(body) AS (SELECT CAST(readfile('fixtures/broadcast/lone_cr_formfeed.txt') AS TEXT)),
     pre AS (SELECT turn, line, substr(body, 1, start - 1) AS p FROM doc, transcript_turns(doc.body)),
     q AS (SELECT turn, line, (length(p) - length(replace(p, char(13, 10), ''))) / 2 AS crlf,
                  replace(p, char(13, 10), '') AS rest FROM pre)
SELECT turn, line, 1 + crlf + (length(rest) - length(replace(rest, char(13), '')))
                            + (length(rest) - length(replace(rest, char(10), ''))) AS counted
  FROM q;
