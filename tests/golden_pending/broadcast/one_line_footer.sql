-- The NPR footer at the end of a one-line transcript is boilerplate (meta), not speech.
SELECT turn, kind, speaker, text FROM transcript_turns('LEILA HAMMOND, HOST: Hi. NPR''s Gus Whitford reports. GUS WHITFORD, BYLINE: Rain. Gus Whitford, NPR News, Alder Falls. Transcript provided by NPR, Copyright NPR.');
