-- sql/archive.sql: a transcript archive whose table of turns keeps itself current.
--
--     sqlite3 archive.db -cmd '.load /usr/local/lib/sqlite3/transcript' < sql/archive.sql
--
-- transcripts holds each transcript with its metadata; turns holds its rows of
-- transcript_turns(), written by triggers when a transcript is inserted, its body or format
-- updated, or it is deleted. Reading turns is plain SQL: any SQLite, any program, no
-- extension. Writing transcripts needs the extension on that connection (the triggers call
-- transcript_turns); without it an INSERT fails with `no such table: main.transcript_turns`.
-- Then sql/fts.sql adds full-text search and sql/stats.sql speaker statistics.

CREATE TABLE IF NOT EXISTS transcripts (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  source      TEXT,                           -- where it comes from: a URL, a file, a publisher
  recorded_on TEXT,                           -- the date of the recording, YYYY-MM-DD
  language    TEXT,                           -- e.g. 'en'
  format      TEXT NOT NULL DEFAULT 'auto',   -- the layout: 'auto' or a name (see transcript_format)
  body        TEXT NOT NULL,                  -- the transcript as written (TEXT, not a BLOB)
  added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One row per turn, as transcript_turns() gives it, with the transcript it belongs to.
-- id is the rowid that sql/fts.sql indexes; (transcript_id, turn) is the natural key.
CREATE TABLE IF NOT EXISTS turns (
  id            INTEGER PRIMARY KEY,
  transcript_id INTEGER NOT NULL REFERENCES transcripts(id),
  turn          INTEGER NOT NULL,
  kind          TEXT NOT NULL,   -- speech, event, meta, prose
  speaker       TEXT,
  speaker_key   TEXT,
  label         TEXT,
  role          TEXT,
  text          TEXT,
  start         INTEGER,         -- substr(body, start, length) is the turn as written
  length        INTEGER,
  line          INTEGER,
  start_time    REAL,
  end_time      REAL,
  words         INTEGER,
  clip          INTEGER,
  UNIQUE (transcript_id, turn)
);
CREATE INDEX IF NOT EXISTS turns_by_speaker ON turns(speaker_key, transcript_id);

CREATE TRIGGER IF NOT EXISTS transcripts_insert AFTER INSERT ON transcripts BEGIN
  INSERT INTO turns(transcript_id, turn, kind, speaker, speaker_key, label, role, text, start,
                    length, line, start_time, end_time, words, clip)
  SELECT new.id, t.turn, t.kind, t.speaker, t.speaker_key, t.label, t.role, t.text, t.start,
         t.length, t.line, t.start_time, t.end_time, t.words, t.clip
  FROM transcript_turns(new.body, new.format) AS t;
END;

-- A new body or format gives new turns; a new id moves them. Metadata changes touch nothing.
CREATE TRIGGER IF NOT EXISTS transcripts_update AFTER UPDATE OF id, body, format ON transcripts BEGIN
  DELETE FROM turns WHERE transcript_id = old.id;
  INSERT INTO turns(transcript_id, turn, kind, speaker, speaker_key, label, role, text, start,
                    length, line, start_time, end_time, words, clip)
  SELECT new.id, t.turn, t.kind, t.speaker, t.speaker_key, t.label, t.role, t.text, t.start,
         t.length, t.line, t.start_time, t.end_time, t.words, t.clip
  FROM transcript_turns(new.body, new.format) AS t;
END;

CREATE TRIGGER IF NOT EXISTS transcripts_delete AFTER DELETE ON transcripts BEGIN
  DELETE FROM turns WHERE transcript_id = old.id;
END;
