-- entities_in returns a JSON array, one object per mention in text order, that json_each reads.
SELECT entities_in('Gen. Erik Kurilla said ISIS-K grew in Afghanistan and Russia''s south.');
SELECT json_valid(entities_in('Gen. Erik Kurilla said ISIS-K grew in Afghanistan.'));
SELECT json_type(entities_in('Nothing to see here.')), entities_in('Nothing to see here.');
SELECT entities_in('');
-- 1-based character positions: substr(text, start, length) is the mention, past non-ASCII text.
WITH t(x) AS (VALUES ('Café owners in Zürich met Émile Zola''s heirs in Paris. The Ukrainian envoy came.'))
SELECT json_extract(e.value, '$.entity'), json_extract(e.value, '$.type'), json_extract(e.value, '$.start'),
       json_extract(e.value, '$.length'),
       substr(t.x, json_extract(e.value, '$.start'), json_extract(e.value, '$.length')) = json_extract(e.value, '$.entity')
FROM t, json_each(entities_in(t.x)) AS e;
-- A mention across a line break keeps it, escaped in the JSON.
SELECT entities_in('The envoy of the United' || char(10) || 'States arrived.');
SELECT json_extract(entities_in('The envoy of the United' || char(10) || 'States arrived.'), '$[0].entity') = 'United' || char(10) || 'States';
-- Speaker labels are not mentions.
SELECT entities_in('TESS ORMOND, HOST:' || char(10) || 'Hi, Mary Louise.');
