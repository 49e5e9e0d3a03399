#!/usr/bin/env python3
"""Who speaks, and how much, in a transcript: Python's standard sqlite3 module with the
sqlite-transcript extension loaded.

    python3 turns.py [TRANSCRIPT.txt]

The module is taken from $SQLITE_TRANSCRIPT_MODULE, else from where `cmake --install` puts it
(/usr/local/lib/sqlite3/transcript), else from the .deb's place (/usr/lib/sqlite3/transcript).
Without a file, it reads a short transcript of its own.

Some Pythons are built without extension loading (pyenv's by default, macOS's): their
connections have no enable_load_extension. This script says so and exits; see the README
("Python") for the ways out.
"""
import os
import sqlite3
import sys

SAMPLE = """JUNE PARK, HOST: Good morning. The bridge is shut again.

TOM REYES, BYLINE: Hi, June.

PARK: What did the mayor say?

REYES: She was blunt.
"""


def find_module():
    """The module's path, without its suffix (SQLite adds .so, .dylib or .dll)."""
    candidates = [os.environ.get("SQLITE_TRANSCRIPT_MODULE"),
                  "/usr/local/lib/sqlite3/transcript", "/usr/lib/sqlite3/transcript"]
    for path in filter(None, candidates):
        if os.path.exists(path) or any(os.path.exists(path + s) for s in (".so", ".dylib", ".dll")):
            return path
    sys.exit("turns.py: no sqlite-transcript module found: set SQLITE_TRANSCRIPT_MODULE to its path "
             "(e.g. /path/to/sqlite-transcript/build/transcript)")


def main():
    body = SAMPLE
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            body = f.read()
    module = find_module()

    con = sqlite3.connect(":memory:")
    if not hasattr(con, "enable_load_extension"):
        sys.exit(f"turns.py: this Python ({sys.executable}) has no sqlite3 extension loading: use Debian's "
                 "/usr/bin/python3, rebuild it with PYTHON_CONFIGURE_OPTS=\"--enable-loadable-sqlite-extensions\" "
                 "(pyenv), or use the apsw or pysqlite3 package")
    con.enable_load_extension(True)
    con.load_extension(module)
    con.enable_load_extension(False)  # and no SQL statement can load another one

    (version,) = con.execute("SELECT transcript_version()").fetchone()
    print(f"sqlite-transcript {version}, SQLite {sqlite3.sqlite_version}")
    rows = con.execute(
        """SELECT speaker, count(*) AS turns, sum(words) AS words
           FROM transcript_turns(?) WHERE kind = 'speech'
           GROUP BY speaker_key, speaker ORDER BY words DESC, speaker""", (body,))
    for speaker, turns, words in rows:
        print(f"{speaker}: {turns} turn{'s' if turns != 1 else ''}, {words} words")
    # speaker_of(body, position): who says the last words of the text.
    last = body.strip().splitlines()[-1]
    (who,) = con.execute("SELECT speaker_of(?1, instr(?1, ?2))", (body, last[-12:])).fetchone()
    print(f"last words by: {who}")


if __name__ == "__main__":
    main()
