-- Column types as SQLite sees the values.
SELECT typeof(turn), typeof(kind), typeof(speaker), typeof(speaker_key), typeof(label), typeof(role),
       typeof(text), typeof(start), typeof(length), typeof(line), typeof(start_time), typeof(end_time),
       typeof(words), typeof(clip), typeof(transcript), typeof(format)
  FROM transcript_turns('TOM BOWMAN, BYLINE: Hi.

(APPLAUSE)

BOWMAN:');
