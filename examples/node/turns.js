#!/usr/bin/env node
// Who speaks, and how much, in a transcript: better-sqlite3 with the sqlite-transcript
// extension loaded.
//
//     npm install            (in this directory: better-sqlite3 12, which runs on Node.js 20)
//     node turns.js [TRANSCRIPT.txt]
//
// The module is taken from $SQLITE_TRANSCRIPT_MODULE, else from where `cmake --install` puts it
// (/usr/local/lib/sqlite3/transcript), else from the .deb's place (/usr/lib/sqlite3/transcript).
// Without a file, it reads a short transcript of its own.
'use strict';
const fs = require('fs');
const Database = require('better-sqlite3');

const SAMPLE = `JUNE PARK, HOST: Good morning. The bridge is shut again.

TOM REYES, BYLINE: Hi, June.

PARK: What did the mayor say?

REYES: She was blunt.
`;

function findModule() {
  const candidates = [process.env.SQLITE_TRANSCRIPT_MODULE,
    '/usr/local/lib/sqlite3/transcript', '/usr/lib/sqlite3/transcript'];
  for (const path of candidates.filter(Boolean)) {
    if (['', '.so', '.dylib', '.dll'].some((suffix) => fs.existsSync(path + suffix))) return path;
  }
  console.error('turns.js: no sqlite-transcript module found: set SQLITE_TRANSCRIPT_MODULE to its path ' +
                '(e.g. /path/to/sqlite-transcript/build/transcript)');
  process.exit(1);
}

const body = process.argv[2] ? fs.readFileSync(process.argv[2], 'utf8') : SAMPLE;
const db = new Database(':memory:');
db.loadExtension(findModule());

const { version } = db.prepare('SELECT transcript_version() AS version').get();
const sqliteVersion = db.prepare('SELECT sqlite_version() AS v').get().v;
console.log(`sqlite-transcript ${version}, SQLite ${sqliteVersion}`);
const speakers = db.prepare(`
  SELECT speaker, count(*) AS turns, sum(words) AS words
  FROM transcript_turns(?) WHERE kind = 'speech'
  GROUP BY speaker_key, speaker ORDER BY words DESC, speaker`).all(body);
for (const { speaker, turns, words } of speakers) {
  console.log(`${speaker}: ${turns} turn${turns === 1 ? '' : 's'}, ${words} words`);
}
// speaker_of(body, position): who says the last words of the text.
const lastLine = body.trim().split('\n').pop();
const who = db.prepare('SELECT speaker_of(@body, instr(@body, @words)) AS who')
  .get({ body, words: lastLine.slice(-12) }).who;
console.log(`last words by: ${who}`);
db.close();
