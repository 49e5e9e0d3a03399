-- speaker_of(line) reads GPO hearing labels: a title and a name, then '.' and speech.
SELECT speaker_of('Mr. NADLER. Thank you.');
SELECT speaker_of('    Ms. Waters. [presiding] The committee will come to order.');
SELECT speaker_of('Chairman McCain. Good morning.');
SELECT speaker_of('Mr. Garcia of Illinois. Thank you.');
SELECT speaker_of('Ms. Jackson Lee. Thank you.');
-- Title-only labels keep the title.
SELECT speaker_of('The CHAIRMAN. The committee will come to order.');
-- Not labels: a bare call, an office in place of a name, a sentence.
SELECT speaker_of('Mr. Marshall.');
SELECT speaker_of('Mr. Secretary. Welcome.');
SELECT speaker_of('The CFTC must act. Now.');
SELECT speaker_of('Mr. Chilton has expressed concerns.');
