-- Invalid UTF-8 of every class, after 'KELLY: ' (7 bytes): an error naming the byte, in every
-- function and with every format. Overlong forms, surrogates, code points beyond U+10FFFF,
-- truncated sequences (at the end and before ASCII), lone continuation bytes.
CREATE TEMP TABLE bad(class TEXT, t BLOB);
INSERT INTO bad VALUES
  ('overlong 2-byte /', x'4B454C4C593A20C0AF'), ('overlong 2-byte U+7F', x'4B454C4C593A20C1BF'),
  ('overlong 3-byte', x'4B454C4C593A20E080AF'), ('overlong 3-byte U+7FF', x'4B454C4C593A20E09FBF'),
  ('overlong 4-byte', x'4B454C4C593A20F08080AF'), ('overlong 4-byte U+FFFF', x'4B454C4C593A20F08FBFBF'),
  ('surrogate U+D800', x'4B454C4C593A20EDA080'), ('surrogate U+DFFF', x'4B454C4C593A20EDBFBF'),
  ('U+110000', x'4B454C4C593A20F4908080'), ('F5 lead', x'4B454C4C593A20F5808080'),
  ('5-byte form', x'4B454C4C593A20F888808080'), ('FE', x'4B454C4C593A20FE'), ('FF', x'4B454C4C593A20FF'),
  ('truncated 2-byte at end', x'4B454C4C593A20C3'), ('truncated 3-byte at end', x'4B454C4C593A20E282'),
  ('truncated 4-byte at end', x'4B454C4C593A20F09F98'), ('truncated 3-byte before ASCII', x'4B454C4C593A20E28241'),
  ('lone continuation', x'4B454C4C593A2080'), ('continuation after ASCII', x'4B454C4C593A2041BF');
-- The scalar functions, one row per class while none fails: each statement stops at its first
-- error, so each class gets statements of its own.
-- overlong 2-byte /
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'overlong 2-byte /';
SELECT speaker_of(t) FROM bad WHERE class = 'overlong 2-byte /';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'overlong 2-byte /';
SELECT transcript_format(t) FROM bad WHERE class = 'overlong 2-byte /';
SELECT entities_in(t) FROM bad WHERE class = 'overlong 2-byte /';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'overlong 2-byte /';
-- overlong 2-byte U+7F
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'overlong 2-byte U+7F';
SELECT speaker_of(t) FROM bad WHERE class = 'overlong 2-byte U+7F';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'overlong 2-byte U+7F';
SELECT transcript_format(t) FROM bad WHERE class = 'overlong 2-byte U+7F';
SELECT entities_in(t) FROM bad WHERE class = 'overlong 2-byte U+7F';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'overlong 2-byte U+7F';
-- overlong 3-byte
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'overlong 3-byte';
SELECT speaker_of(t) FROM bad WHERE class = 'overlong 3-byte';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'overlong 3-byte';
SELECT transcript_format(t) FROM bad WHERE class = 'overlong 3-byte';
SELECT entities_in(t) FROM bad WHERE class = 'overlong 3-byte';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'overlong 3-byte';
-- overlong 3-byte U+7FF
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'overlong 3-byte U+7FF';
SELECT speaker_of(t) FROM bad WHERE class = 'overlong 3-byte U+7FF';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'overlong 3-byte U+7FF';
SELECT transcript_format(t) FROM bad WHERE class = 'overlong 3-byte U+7FF';
SELECT entities_in(t) FROM bad WHERE class = 'overlong 3-byte U+7FF';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'overlong 3-byte U+7FF';
-- overlong 4-byte
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'overlong 4-byte';
SELECT speaker_of(t) FROM bad WHERE class = 'overlong 4-byte';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'overlong 4-byte';
SELECT transcript_format(t) FROM bad WHERE class = 'overlong 4-byte';
SELECT entities_in(t) FROM bad WHERE class = 'overlong 4-byte';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'overlong 4-byte';
-- overlong 4-byte U+FFFF
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'overlong 4-byte U+FFFF';
SELECT speaker_of(t) FROM bad WHERE class = 'overlong 4-byte U+FFFF';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'overlong 4-byte U+FFFF';
SELECT transcript_format(t) FROM bad WHERE class = 'overlong 4-byte U+FFFF';
SELECT entities_in(t) FROM bad WHERE class = 'overlong 4-byte U+FFFF';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'overlong 4-byte U+FFFF';
-- surrogate U+D800
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'surrogate U+D800';
SELECT speaker_of(t) FROM bad WHERE class = 'surrogate U+D800';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'surrogate U+D800';
SELECT transcript_format(t) FROM bad WHERE class = 'surrogate U+D800';
SELECT entities_in(t) FROM bad WHERE class = 'surrogate U+D800';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'surrogate U+D800';
-- surrogate U+DFFF
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'surrogate U+DFFF';
SELECT speaker_of(t) FROM bad WHERE class = 'surrogate U+DFFF';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'surrogate U+DFFF';
SELECT transcript_format(t) FROM bad WHERE class = 'surrogate U+DFFF';
SELECT entities_in(t) FROM bad WHERE class = 'surrogate U+DFFF';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'surrogate U+DFFF';
-- U+110000
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'U+110000';
SELECT speaker_of(t) FROM bad WHERE class = 'U+110000';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'U+110000';
SELECT transcript_format(t) FROM bad WHERE class = 'U+110000';
SELECT entities_in(t) FROM bad WHERE class = 'U+110000';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'U+110000';
-- F5 lead
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'F5 lead';
SELECT speaker_of(t) FROM bad WHERE class = 'F5 lead';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'F5 lead';
SELECT transcript_format(t) FROM bad WHERE class = 'F5 lead';
SELECT entities_in(t) FROM bad WHERE class = 'F5 lead';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'F5 lead';
-- 5-byte form
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = '5-byte form';
SELECT speaker_of(t) FROM bad WHERE class = '5-byte form';
SELECT speaker_of(t, 1) FROM bad WHERE class = '5-byte form';
SELECT transcript_format(t) FROM bad WHERE class = '5-byte form';
SELECT entities_in(t) FROM bad WHERE class = '5-byte form';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = '5-byte form';
-- FE
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'FE';
SELECT speaker_of(t) FROM bad WHERE class = 'FE';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'FE';
SELECT transcript_format(t) FROM bad WHERE class = 'FE';
SELECT entities_in(t) FROM bad WHERE class = 'FE';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'FE';
-- FF
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'FF';
SELECT speaker_of(t) FROM bad WHERE class = 'FF';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'FF';
SELECT transcript_format(t) FROM bad WHERE class = 'FF';
SELECT entities_in(t) FROM bad WHERE class = 'FF';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'FF';
-- truncated 2-byte at end
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'truncated 2-byte at end';
SELECT speaker_of(t) FROM bad WHERE class = 'truncated 2-byte at end';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'truncated 2-byte at end';
SELECT transcript_format(t) FROM bad WHERE class = 'truncated 2-byte at end';
SELECT entities_in(t) FROM bad WHERE class = 'truncated 2-byte at end';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'truncated 2-byte at end';
-- truncated 3-byte at end
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'truncated 3-byte at end';
SELECT speaker_of(t) FROM bad WHERE class = 'truncated 3-byte at end';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'truncated 3-byte at end';
SELECT transcript_format(t) FROM bad WHERE class = 'truncated 3-byte at end';
SELECT entities_in(t) FROM bad WHERE class = 'truncated 3-byte at end';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'truncated 3-byte at end';
-- truncated 4-byte at end
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'truncated 4-byte at end';
SELECT speaker_of(t) FROM bad WHERE class = 'truncated 4-byte at end';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'truncated 4-byte at end';
SELECT transcript_format(t) FROM bad WHERE class = 'truncated 4-byte at end';
SELECT entities_in(t) FROM bad WHERE class = 'truncated 4-byte at end';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'truncated 4-byte at end';
-- truncated 3-byte before ASCII
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'truncated 3-byte before ASCII';
SELECT speaker_of(t) FROM bad WHERE class = 'truncated 3-byte before ASCII';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'truncated 3-byte before ASCII';
SELECT transcript_format(t) FROM bad WHERE class = 'truncated 3-byte before ASCII';
SELECT entities_in(t) FROM bad WHERE class = 'truncated 3-byte before ASCII';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'truncated 3-byte before ASCII';
-- lone continuation
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'lone continuation';
SELECT speaker_of(t) FROM bad WHERE class = 'lone continuation';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'lone continuation';
SELECT transcript_format(t) FROM bad WHERE class = 'lone continuation';
SELECT entities_in(t) FROM bad WHERE class = 'lone continuation';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'lone continuation';
-- continuation after ASCII
SELECT count(*) FROM bad, transcript_turns(bad.t, 'auto') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'broadcast') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'chat') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'court') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'dialogue') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'timestamped') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'captions') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'hearing') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'play') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'srt') WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_turns(bad.t, 'webvtt') WHERE class = 'continuation after ASCII';
SELECT speaker_of(t) FROM bad WHERE class = 'continuation after ASCII';
SELECT speaker_of(t, 1) FROM bad WHERE class = 'continuation after ASCII';
SELECT transcript_format(t) FROM bad WHERE class = 'continuation after ASCII';
SELECT entities_in(t) FROM bad WHERE class = 'continuation after ASCII';
SELECT count(*) FROM bad, transcript_entities(bad.t) WHERE class = 'continuation after ASCII';
-- The same bytes as TEXT (CAST) rather than BLOB: the same errors.
SELECT count(*) FROM transcript_turns(CAST(x'4B454C4C593A20EDA080' AS TEXT));
SELECT speaker_of(CAST(x'4B454C4C593A20EDA080' AS TEXT));
SELECT transcript_format(CAST(x'4B454C4C593A20EDA080' AS TEXT));
-- Invalid UTF-8 in the format name: escaped in the message, which stays valid UTF-8.
SELECT count(*) FROM transcript_turns('KELLY: hi', x'62726F6164FF63617374');
SELECT count(*) FROM transcript_turns('KELLY: hi', x'EDA080');
