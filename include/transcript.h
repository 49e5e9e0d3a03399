/*
** sqlite-transcript: query transcripts (interviews, debates, hearings, court records,
** podcasts, captions, chats) where they live, in SQLite.
**
** As a loadable extension:   .load ./build/transcript
** Linked statically:         sqlite3_transcript_init(db, &errmsg, NULL);
**                       or   sqlite3_auto_extension((void (*)(void))sqlite3_transcript_init);
** (link build/libsqlite_transcript.a, the core library and RE2, plus your SQLite).
*/
#ifndef SQLITE_TRANSCRIPT_H
#define SQLITE_TRANSCRIPT_H

#include <sqlite3.h>

#define SQLITE_TRANSCRIPT_VERSION "0.1.0"
#define SQLITE_TRANSCRIPT_VERSION_NUMBER 1000 /* major*1000000 + minor*1000 + patch */

#ifdef __cplusplus
extern "C" {
#endif

/* Registers transcript_turns, speaker_of, transcript_format and transcript_version on db.
** Returns SQLITE_OK, or an error code with a message in *pzErrMsg (free it with sqlite3_free). */
int sqlite3_transcript_init(sqlite3 *db, char **pzErrMsg, const struct sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif
