-- A capitalised word that starts a sentence is not a given name: "Ask Kelly about it." and
-- "Tonight Kelly is here." do not make KELLY's full name ASK KELLY or TONIGHT KELLY; with no
-- full name in the transcript, the surname label stays as written.
SELECT turn, speaker, speaker_key FROM transcript_turns('BOWMAN: Hi.

KELLY: Hello.

BOWMAN: Ask Kelly about it.');
SELECT turn, speaker, speaker_key FROM transcript_turns('KELLY: Hi.

BOWMAN: Hello. Tonight Kelly is here.');
SELECT turn, speaker FROM transcript_turns('GOLDSTEIN: Hi.

SMITH: Even Goldstein agrees. Only Goldstein knows.');
