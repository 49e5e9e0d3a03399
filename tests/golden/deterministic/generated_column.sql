-- Deterministic functions are allowed in generated columns.
CREATE TABLE t(b TEXT, f TEXT GENERATED ALWAYS AS (transcript_format(b)),
               s TEXT GENERATED ALWAYS AS (speaker_of(b)) STORED,
               n INTEGER GENERATED ALWAYS AS (speaker_of(b, 1) IS NOT NULL));
INSERT INTO t(b) VALUES ('MARY LOUISE KELLY, HOST: Hello.'), ('no label here'), (NULL);
SELECT b, f, s, n FROM t;
