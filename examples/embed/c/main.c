/* Registers sqlite-transcript on every connection with sqlite3_auto_extension, then prints
** the speech turns of a transcript: the file named on the command line, or a short one. */
#include <stdio.h>
#include <stdlib.h>

#include <sqlite3.h>
#include <transcript.h>

static const char *kSample =
    "JUNE PARK, HOST: Good morning. The bridge is shut again.\n\n"
    "TOM REYES, BYLINE: Hi, June.\n\n"
    "PARK: What did the mayor say?\n\n"
    "REYES: She was blunt.\n";

/* The whole file, or NULL; *size gets its length. */
static char *read_file(const char *path, long *size) {
  FILE *f = fopen(path, "rb");
  char *text = NULL;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (*size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
      (text = malloc((size_t)*size + 1)) != NULL) {
    if (fread(text, 1, (size_t)*size, f) != (size_t)*size) {
      free(text);
      text = NULL;
    }
  }
  fclose(f);
  return text;
}

int main(int argc, char **argv) {
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *file_text = NULL;
  long size = -1;
  int rc;

  /* Every connection opened from now on has transcript_turns, speaker_of, ... */
  if (sqlite3_auto_extension((void (*)(void))sqlite3_transcript_init) != SQLITE_OK) {
    fprintf(stderr, "embed_c: sqlite3_auto_extension failed\n");
    return 1;
  }
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    fprintf(stderr, "embed_c: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  if (argc > 1 && (file_text = read_file(argv[1], &size)) == NULL) {
    fprintf(stderr, "embed_c: cannot read %s\n", argv[1]);
    return 1;
  }

  rc = sqlite3_prepare_v2(db,
                          "SELECT transcript_version(), turn, coalesce(speaker, '?'), coalesce(role, ''), text"
                          " FROM transcript_turns(?1) WHERE kind = 'speech'",
                          -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = file_text ? sqlite3_bind_text(stmt, 1, file_text, (int)size, SQLITE_STATIC)
                   : sqlite3_bind_text(stmt, 1, kSample, -1, SQLITE_STATIC);
  while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    printf("%s %d|%s|%s|%s\n", (const char *)sqlite3_column_text(stmt, 0), sqlite3_column_int(stmt, 1),
           (const char *)sqlite3_column_text(stmt, 2), (const char *)sqlite3_column_text(stmt, 3),
           (const char *)sqlite3_column_text(stmt, 4));
    rc = SQLITE_OK;
  }
  if (rc != SQLITE_DONE) fprintf(stderr, "embed_c: %s\n", sqlite3_errmsg(db));
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  free(file_text);
  return rc == SQLITE_DONE ? 0 : 1;
}
