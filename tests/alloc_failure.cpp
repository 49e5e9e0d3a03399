// Allocation failure: SQLite's fault injection (sqlite3_config(SQLITE_CONFIG_MALLOC) with an
// allocator that fails the Nth request and every one after it). For every function, N runs from
// 1 until a run makes fewer than N requests; each run opens a connection, registers the
// extension, prepares and steps a statement. Every outcome must be the normal result or
// SQLITE_NOMEM (SQLITE_ERROR where the statement's normal result is that error), never another
// error, a crash or a C++ exception out of the extension; and once the connection is closed,
// sqlite3_memory_used() is back where it was: nothing SQLite allocated for us leaks (under
// TRANSCRIPT_SANITIZE, LeakSanitizer checks the C++ side too).
//
// C++ allocations (operator new) are not SQLite's and are not failed here; what this shows is
// that each failed sqlite3_malloc is handled.
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "transcript.h"

namespace {

sqlite3_mem_methods g_real;
long g_count = 0, g_fail_at = 0;  // 0: never fail

void* fail_malloc(int n) {
  if (g_fail_at && ++g_count >= g_fail_at) return nullptr;
  return g_real.xMalloc(n);
}
void* fail_realloc(void* p, int n) {
  if (g_fail_at && ++g_count >= g_fail_at) return nullptr;
  return g_real.xRealloc(p, n);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Case {
  std::string name, sql;
  std::vector<std::string> params;
};

// One run: fails the Nth request from the open on (fail_at 0: none). Returns the rc of the
// first failing call (SQLITE_DONE when all went through) and the rows as text.
int run(const Case& c, long fail_at, std::string& out, bool& reached) {
  g_count = 0;
  g_fail_at = fail_at;
  out.clear();
  sqlite3* db = nullptr;
  int rc = sqlite3_open(":memory:", &db);
  sqlite3_stmt* st = nullptr;
  if (rc == SQLITE_OK) {
    char* err = nullptr;
    rc = sqlite3_transcript_init(db, &err, nullptr);
    sqlite3_free(err);
  }
  if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db, c.sql.c_str(), -1, &st, nullptr);
  for (size_t i = 0; rc == SQLITE_OK && i < c.params.size(); ++i)
    rc = sqlite3_bind_text(st, int(i + 1), c.params[i].data(), int(c.params[i].size()), SQLITE_STATIC);
  if (rc == SQLITE_OK) {
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      for (int k = 0; k < sqlite3_column_count(st); ++k) {
        const unsigned char* v = sqlite3_column_text(st, k);
        if (!v && sqlite3_column_type(st, k) != SQLITE_NULL) {  // the conversion failed
          rc = SQLITE_NOMEM;
          break;
        }
        out += v ? reinterpret_cast<const char*>(v) : "NULL";
        out += '|';
      }
    if (rc == SQLITE_ROW) rc = SQLITE_NOMEM;
  }
  reached = fail_at && g_count >= fail_at;
  g_fail_at = 0;
  sqlite3_finalize(st);
  sqlite3_close(db);  // no statement left open: closes now
  return rc;
}

}  // namespace

int main() {
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_real);
  sqlite3_mem_methods failing = g_real;
  failing.xMalloc = &fail_malloc;
  failing.xRealloc = &fail_realloc;
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &failing) != SQLITE_OK ||
      sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1) != SQLITE_OK) {
    std::fprintf(stderr, "alloc_failure: sqlite3_config failed\n");
    return 1;
  }
  sqlite3_initialize();

  const std::string dir = TRANSCRIPT_TESTS_DIR "/fixtures/";
  const std::string broadcast = read_file(dir + "broadcast/cnn_interview.txt");
  const std::string chat = read_file(dir + "chat/irc_dated.txt");
  const std::string stamped = read_file(dir + "timestamped/bold_labels.txt");
  const std::vector<Case> cases = {
      {"transcript_turns auto", "SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line,"
                                " start_time, end_time, words, clip FROM transcript_turns(?1)", {broadcast}},
      {"transcript_turns broadcast", "SELECT speaker, text FROM transcript_turns(?1, 'broadcast')", {broadcast}},
      {"transcript_turns chat", "SELECT speaker, text, start_time FROM transcript_turns(?1, 'chat')", {chat}},
      {"transcript_turns timestamped", "SELECT speaker, text FROM transcript_turns(?1, ?2)", {stamped, "timestamped"}},
      {"transcript_turns court", "SELECT speaker, text FROM transcript_turns(?1, 'court')", {broadcast}},
      {"transcript_turns dialogue", "SELECT speaker, text FROM transcript_turns(?1, 'dialogue')", {stamped}},
      {"transcript_turns in a join", "WITH d(t) AS (VALUES (?1), (?2)) SELECT count(*) FROM d, transcript_turns(d.t)",
       {broadcast, chat}},
      {"transcript_turns invalid UTF-8", "SELECT count(*) FROM transcript_turns(CAST(x'41FF' AS TEXT))", {}},
      {"transcript_turns unknown format", "SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'nope')", {}},
      {"transcript_turns missing argument", "SELECT count(*) FROM transcript_turns", {}},
      {"speaker_of(line)", "SELECT speaker_of('MARY LOUISE KELLY, HOST: Okay.'), speaker_of('**Jerod Santo:** Hi')", {}},
      {"speaker_of(transcript, position)", "SELECT speaker_of(?1, 1), speaker_of(?1, 700), speaker_of(?2, 300)",
       {broadcast, chat}},
      {"speaker_of bad position", "SELECT speaker_of('KELLY: Hi.', 2.5)", {}},
      {"transcript_format", "SELECT transcript_format(?1), transcript_format(?2), transcript_format(?3)",
       {broadcast, chat, stamped}},
      {"transcript_format invalid UTF-8", "SELECT transcript_format(x'41FF')", {}},
      {"transcript_version", "SELECT transcript_version()", {}},
  };

  int failures = 0;
  for (const Case& c : cases) {
    std::string expected, got;
    bool reached = false;
    const sqlite3_int64 before = sqlite3_memory_used();
    const int normal = run(c, 0, expected, reached);
    if (normal != SQLITE_DONE && normal != SQLITE_ERROR) {
      std::fprintf(stderr, "FAIL %s: without fault injection rc %d\n", c.name.c_str(), normal);
      ++failures;
      continue;
    }
    long n = 1;
    for (;; ++n) {
      const int rc = run(c, n, got, reached);
      if (sqlite3_memory_used() != before) {
        std::fprintf(stderr, "FAIL %s: failing allocation %ld: %lld bytes of SQLite memory not freed\n", c.name.c_str(),
                     n, static_cast<long long>(sqlite3_memory_used() - before));
        ++failures;
        break;
      }
      if (!reached) {  // this run made fewer than n requests: all of them have been failed once
        if (rc != normal || got != expected) {
          std::fprintf(stderr, "FAIL %s: the run without a failed allocation differs\n", c.name.c_str());
          ++failures;
        }
        break;
      }
      const bool ok = rc == SQLITE_NOMEM || (rc == normal && (rc != SQLITE_DONE || got == expected));
      if (!ok) {
        std::fprintf(stderr, "FAIL %s: failing allocation %ld gave rc %d (%s), expected SQLITE_NOMEM\n", c.name.c_str(), n,
                     rc, sqlite3_errstr(rc));
        ++failures;
        break;
      }
    }
    std::printf("%-36s %5ld allocations failed in turn: ok\n", c.name.c_str(), n - 1);
  }
  if (failures) std::fprintf(stderr, "alloc_failure: %d failures\n", failures);
  return failures ? 1 : 0;
}
