// The extension's entry point: the only file with SQLITE_EXTENSION_INIT1.
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <string>

#include "transcript.h"

namespace transcript::sql {
int register_turns(sqlite3* db);
int register_scalars(sqlite3* db, std::string& failed);
int register_entities(sqlite3* db, std::string& failed);
}  // namespace transcript::sql

static int fail(char** err, const std::string& message, int rc) {
  if (err) *err = sqlite3_mprintf("%s", message.c_str());
  return rc;
}

extern "C" SQLITE_TRANSCRIPT_API int sqlite3_transcript_init(
    sqlite3* db, char** err, const sqlite3_api_routines* api) {
  SQLITE_EXTENSION_INIT2(api);
  try {
    if (sqlite3_libversion_number() < 3031000)
      return fail(err, "transcript: needs SQLite 3.31.0 or later (this is " + std::string(sqlite3_libversion()) + ")",
                  SQLITE_ERROR);
    int rc = transcript::sql::register_turns(db);
    if (rc != SQLITE_OK)
      return fail(err, std::string("transcript: cannot register transcript_turns: ") + sqlite3_errstr(rc), rc);
    std::string failed;
    rc = transcript::sql::register_scalars(db, failed);
    if (rc != SQLITE_OK)
      return fail(err, "transcript: cannot register " + failed + ": " + sqlite3_errstr(rc), rc);
    rc = transcript::sql::register_entities(db, failed);
    if (rc != SQLITE_OK)
      return fail(err, "transcript: cannot register " + failed + ": " + sqlite3_errstr(rc), rc);
    return SQLITE_OK;
  } catch (...) {
    return fail(err, "transcript: out of memory while loading", SQLITE_NOMEM);
  }
}
