-- One line of 50 MB (25 million words of one letter), no label: one row in every format, its
-- span the whole text; then the scalar functions on it. (One parse per format: this is slow
-- under valgrind and sanitizers.)
CREATE TEMP TABLE formats(format TEXT);
INSERT INTO formats VALUES ('auto'), ('broadcast'), ('captions'), ('chat'), ('court'), ('dialogue'), ('hearing'), ('play'), ('srt'), ('timestamped'), ('webvtt');
CREATE TEMP TABLE input(t TEXT);
INSERT INTO input SELECT replace(hex(zeroblob(25000000)), '00', 'a ');
SELECT f.format, count(*), min(t.kind), sum(t.words), min(t.start), max(t.length), max(t.start + t.length - 1) <= length(input.t),
       sum(t.speaker IS NULL), max(t.line)
  FROM input, formats AS f, transcript_turns(input.t, f.format) AS t GROUP BY f.format ORDER BY f.format;
SELECT speaker_of(t), speaker_of(t, 1), speaker_of(t, 50000000), transcript_format(t), length(t) FROM input;
SELECT json_array_length(entities_in(t)), (SELECT count(*) FROM transcript_entities(input.t)) FROM input;
