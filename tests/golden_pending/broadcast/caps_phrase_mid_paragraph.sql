-- LAYOUTS.md traps: an ALL-CAPS phrase with a colon is not a label. In a transcript whose
-- labels start lines, a slogan in the middle of a paragraph (after a sentence) is speech;
-- only a flattened one-line transcript puts labels mid-line.
SELECT turn, speaker, text FROM transcript_turns('ANNA BERG, HOST: The march reached the square at noon.

LUIS OCHOA: We carried one banner. It read, in red letters. FREE THE RIVER: that was the whole message.

BERG: And the police?');
