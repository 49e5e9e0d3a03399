-- Every column of the caption fixtures, each read with auto.
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/webvtt/voices_crlf.vtt'));
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/webvtt/youtube_rolling.vtt'));
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/webvtt/sdh_spanish.vtt'));
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/srt/speaker_prefix.srt'));
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/srt/lenient.srt'));
SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, start_time, end_time, words, clip
  FROM transcript_turns(readfile('fixtures/captions/line21.txt'));
-- The span of a caption turn starts at its first cue's id or timing line.
SELECT turn, substr(CAST(readfile('fixtures/srt/speaker_prefix.srt') AS TEXT), start, 32)
  FROM transcript_turns(readfile('fixtures/srt/speaker_prefix.srt'));
