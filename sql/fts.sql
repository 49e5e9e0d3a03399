-- sql/fts.sql: full-text search over the turns of sql/archive.sql (run that first).
--
--     sqlite3 archive.db -cmd '.load /usr/local/lib/sqlite3/transcript' < sql/fts.sql
--
-- turns_fts is an FTS5 index of each turn's text, with its speaker as a column of its own, so
-- that a search can name the speaker:
--     SELECT speaker, text FROM turns_fts WHERE turns_fts MATCH 'garage AND speaker:okafor';
--     SELECT t.speaker, t.text FROM turns_fts JOIN turns AS t ON t.id = turns_fts.rowid
--     WHERE turns_fts MATCH 'garage' AND t.speaker_key = 'daniel okafor';
-- It stores no copy of the text (content='turns'); triggers on turns keep it current, so a
-- transcript inserted, updated or deleted is searchable, or no longer, at once. Searching needs
-- only FTS5 (in Debian's SQLite and most builds), not the extension.

CREATE VIRTUAL TABLE IF NOT EXISTS turns_fts USING fts5(
  text, speaker,
  content = 'turns', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS turns_fts_insert AFTER INSERT ON turns BEGIN
  INSERT INTO turns_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

CREATE TRIGGER IF NOT EXISTS turns_fts_delete AFTER DELETE ON turns BEGIN
  INSERT INTO turns_fts(turns_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;

CREATE TRIGGER IF NOT EXISTS turns_fts_update AFTER UPDATE ON turns BEGIN
  INSERT INTO turns_fts(turns_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
  INSERT INTO turns_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

-- Index the turns that were there before this script ran.
INSERT INTO turns_fts(turns_fts) VALUES ('rebuild');
