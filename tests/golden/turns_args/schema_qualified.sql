-- The eponymous table lives in main.
SELECT turn, speaker, text FROM main.transcript_turns('MARY LOUISE KELLY, HOST: Hi.

KELLY: Again.');
SELECT count(*) FROM main.transcript_turns WHERE transcript = 'KELLY: Hi.';
