// Registers sqlite-transcript on every connection with sqlite3_auto_extension, then prints who
// speaks most in a transcript: the file named on the command line, or a short one.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <sqlite3.h>
#include <transcript.h>

namespace {

const char* kSample =
    "JUNE PARK, HOST: Good morning. The bridge is shut again.\n\n"
    "TOM REYES, BYLINE: Hi, June.\n\n"
    "PARK: What did the mayor say?\n\n"
    "REYES: She was blunt.\n";

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct Finalize {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};

}  // namespace

int main(int argc, char** argv) {
  std::string text = kSample;
  if (argc > 1) {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::cerr << "embed_cpp: cannot read " << argv[1] << "\n";
      return 1;
    }
    std::ostringstream all;
    all << in.rdbuf();
    text = all.str();
  }

  // Every connection opened from now on has transcript_turns, speaker_of, ...
  if (sqlite3_auto_extension(reinterpret_cast<void (*)()>(sqlite3_transcript_init)) != SQLITE_OK) {
    std::cerr << "embed_cpp: sqlite3_auto_extension failed\n";
    return 1;
  }
  sqlite3* raw_db = nullptr;
  int rc = sqlite3_open(":memory:", &raw_db);
  std::unique_ptr<sqlite3, CloseDb> db(raw_db);
  if (rc != SQLITE_OK) {
    std::cerr << "embed_cpp: " << sqlite3_errmsg(raw_db) << "\n";
    return 1;
  }

  sqlite3_stmt* raw_stmt = nullptr;
  rc = sqlite3_prepare_v2(db.get(),
                          "SELECT coalesce(speaker, '?'), count(*), sum(words) FROM transcript_turns(?1)"
                          " WHERE kind = 'speech' GROUP BY speaker_key, speaker ORDER BY 3 DESC, 1",
                          -1, &raw_stmt, nullptr);
  std::unique_ptr<sqlite3_stmt, Finalize> stmt(raw_stmt);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text(stmt.get(), 1, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  while (rc == SQLITE_OK && (rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    std::cout << sqlite3_column_text(stmt.get(), 0) << "|" << sqlite3_column_int(stmt.get(), 1) << " turns|"
              << sqlite3_column_int(stmt.get(), 2) << " words\n";
    rc = SQLITE_OK;
  }
  if (rc != SQLITE_DONE) {
    std::cerr << "embed_cpp: " << sqlite3_errmsg(db.get()) << "\n";
    return 1;
  }
  return 0;
}
