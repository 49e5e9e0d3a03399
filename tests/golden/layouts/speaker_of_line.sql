-- speaker_of(line) knows the dialogue and play label forms.
SELECT speaker_of('**Jerod Santo:** Hi');
SELECT speaker_of('**Jerod Santo**: Hi');
SELECT speaker_of('Joe R Biden: How you doing?');
SELECT speaker_of('Tobi Lütke: Hello.');
SELECT speaker_of('Speaker 1:Yeah');
SELECT speaker_of('Speaker4: Then we merge.');
SELECT speaker_of('SPEAKER_00: okay');
SELECT speaker_of('Dr. Ana Ruiz: Thanks.');
SELECT speaker_of('DUKE.');
SELECT speaker_of('First Citizen:');
SELECT speaker_of('FABIAN. O good Sir Toby.');
-- Not labels: a header, a time, prose with a colon, a URL, a segment marker, five words.
SELECT speaker_of('Agenda: <https://example.org>');
SELECT speaker_of('At 10:30 we left.');
SELECT speaker_of('Here is the plan: we wait.');
SELECT speaker_of('https://example.org/a');
SELECT speaker_of('**Break:** \[30:07\]');
SELECT speaker_of('One Two Three Four Five: text');
SELECT speaker_of('Whereby they live:');
SELECT speaker_of('ACT I.');
