-- Text that is not UTF-8 is an error naming the 1-based byte offset.
SELECT * FROM transcript_turns(CAST(x'C328' AS TEXT));
SELECT * FROM transcript_turns(x'41FF');
SELECT * FROM transcript_turns(x'FF');
SELECT count(*) FROM transcript_turns(CAST('KELLY: Caf' AS BLOB) || x'C3' || CAST('. Bye.' AS BLOB));
-- Overlong, surrogate and truncated forms.
SELECT * FROM transcript_turns(x'4B3A20C080');
SELECT * FROM transcript_turns(x'4B3A20EDA080');
SELECT * FROM transcript_turns(x'4B3A20F4908080');
SELECT * FROM transcript_turns(x'4B3A20E282');
-- With a forced format too.
SELECT * FROM transcript_turns(x'41FF', 'broadcast');
-- The other functions say so as well.
SELECT speaker_of(x'41FF');
SELECT speaker_of(x'4B454C4C593A20FF', 2);
SELECT transcript_format(x'41FF');
