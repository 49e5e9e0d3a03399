-- speaker_of(line): the speaker named by the label that begins the line, without role or titles.
SELECT speaker_of('MARY LOUISE KELLY, HOST: Okay.');
SELECT speaker_of('KELLY: Okay.');
SELECT speaker_of('TOM BOWMAN, BYLINE:');
SELECT speaker_of('SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE: Enough.');
SELECT speaker_of('JAKE TAPPER (voice-over): Narration.');
SELECT speaker_of('UNIDENTIFIED MALE: Hey.');
SELECT speaker_of('AI-GENERATED VOICE #2: Hello.');
SELECT speaker_of('BILL O''REILLY: So.');
SELECT speaker_of('JOSÉ ÁLVAREZ, BYLINE: Bonjour.');
SELECT speaker_of('   KELLY:   Leading space.');
SELECT speaker_of(char(65279) || 'KELLY: After a BOM.');
-- Only the first line counts.
SELECT speaker_of('KELLY: Hi.' || char(10) || 'BOWMAN: Hey.');
SELECT speaker_of(char(10) || 'KELLY: Hi.');
-- No label: NULL.
SELECT speaker_of('Okay. So what is it?');
SELECT speaker_of('WE WILL NOT BACK DOWN: again and again');
SELECT speaker_of('Coming up: the news.');
SELECT speaker_of('(APPLAUSE)');
SELECT speaker_of('https://www.npr.org/transcripts/1');
SELECT speaker_of('At 10:30 we left.');
SELECT speaker_of('');
SELECT speaker_of(NULL);
SELECT speaker_of(42);
-- A BLOB is UTF-8 text.
SELECT speaker_of(CAST('TOM BOWMAN, BYLINE: Hi.' AS BLOB));
SELECT typeof(speaker_of('KELLY: Hi.')), typeof(speaker_of('no label'));
