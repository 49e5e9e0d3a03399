/*
** sqlite-transcript: query transcripts (interviews, debates, hearings, court records,
** podcasts, captions, chats) where they live, in SQLite.
**
** As a loadable extension:   .load /usr/local/lib/sqlite3/transcript   (where it is installed)
** Linked statically:         sqlite3_transcript_init(db, &errmsg, NULL);
**                       or   sqlite3_auto_extension((void (*)(void))sqlite3_transcript_init);
** (link libsqlite_transcript.a: CMake's find_package(sqlite_transcript) and the target
** sqlite_transcript::sqlite_transcript, or `pkg-config --cflags --libs sqlite-transcript`,
** bring RE2, SQLite and the C++ runtime along, also to a C program).
*/
#ifndef SQLITE_TRANSCRIPT_H
#define SQLITE_TRANSCRIPT_H

#include <sqlite3.h>

#define SQLITE_TRANSCRIPT_VERSION "0.2.0"
#define SQLITE_TRANSCRIPT_VERSION_NUMBER 2000 /* major*1000000 + minor*1000 + patch */

/* Exported the way SQLite's own loadable extensions are: dllexport on Windows, default
** visibility elsewhere (the module is built with hidden visibility). Define it to override. */
#ifndef SQLITE_TRANSCRIPT_API
#  if defined(_WIN32) || defined(__CYGWIN__)
#    define SQLITE_TRANSCRIPT_API __declspec(dllexport)
#  elif defined(__GNUC__) || defined(__clang__)
#    define SQLITE_TRANSCRIPT_API __attribute__((visibility("default")))
#  else
#    define SQLITE_TRANSCRIPT_API
#  endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Registers transcript_turns, speaker_of, transcript_format and transcript_version on db.
** Returns SQLITE_OK, or an error code with a message in *pzErrMsg (free it with sqlite3_free). */
SQLITE_TRANSCRIPT_API int sqlite3_transcript_init(sqlite3 *db, char **pzErrMsg, const struct sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif
