-- gold/turns (cnn_town_hall line 269): a mixed-case title-only label `Question:` is a label;
-- its speaker is the voter the moderator just introduced, its role the title.
SELECT turn, speaker, label, role, text FROM transcript_turns('ANDERSON COOPER: I want you to meet another voter. This is Todd Hicks. He''s got a question about health care.

UNIDENTIFIED: Good evening, Mr. Trump. My question''s about health care.

DONALD TRUMP: OK...

Question: Be specific as to what you would do to replace it?

OK. Great question.');
