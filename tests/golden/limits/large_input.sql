-- A large transcript (20000 turns, about 1.6 MB) parses in one statement.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
SELECT count(*), sum(words), max(line), max(start + length - 1) = length(body)
  FROM (SELECT group_concat('MARY LOUISE KELLY, HOST: Question number ' || i || '?' || char(10, 10) ||
                            'TOM BOWMAN, BYLINE: Answer number ' || i || '.', char(10, 10)) AS body FROM n) AS d,
       transcript_turns(d.body) AS t;
-- A single line of 1 MB without any label.
SELECT count(*), kind, words FROM transcript_turns(replace(hex(zeroblob(500000)), '00', 'ab '));
-- Many labels on one line.
SELECT count(*), count(DISTINCT speaker) FROM transcript_turns(
  (SELECT group_concat('ANNA BERG: Hi. LUIS OCHOA: Hello.', ' ') FROM (SELECT 1 FROM json_each(json_array(1,2,3,4,5,6,7,8,9,10)))));
