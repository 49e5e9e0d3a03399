// Concurrency: 8 threads, each with its own connection (the static library registered with
// sqlite3_transcript_init), parse the same transcripts (every fixture, with auto and with the
// layout of its folder) in different orders, with every function; every result must equal the
// one a single thread computed first. Under -DTRANSCRIPT_TSAN=ON this runs with
// ThreadSanitizer, which checks the shared state (compiled patterns, layout tables, the
// interrupt hook) for races.
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "transcript.h"

namespace {

namespace fs = std::filesystem;

struct Input {
  std::string name, text, layout;
};

constexpr const char* kQueries[] = {
    "SELECT group_concat(turn || '|' || kind || '|' || ifnull(speaker, '') || '|' || ifnull(speaker_key, '') || '|' ||"
    " ifnull(label, '') || '|' || ifnull(role, '') || '|' || text || '|' || start || '|' || length || '|' || line || '|' ||"
    " ifnull(start_time, '') || '|' || ifnull(end_time, '') || '|' || words || '|' || clip, char(10))"
    " FROM transcript_turns(?1)",
    "SELECT group_concat(turn || '|' || ifnull(speaker, '') || '|' || text || '|' || start, char(10))"
    " FROM transcript_turns(?1, ?2)",
    "SELECT transcript_format(?1) || '|' || ifnull(speaker_of(?1), '') || '|' || ifnull(speaker_of(?1, 1), '') || '|' ||"
    " ifnull(speaker_of(?1, length(?1) / 2), '') || '|' || ifnull(speaker_of(?1, length(?1)), '')",
};

// Every query on one input, on one connection; "error: ..." for a failure.
std::string results(sqlite3* db, const Input& in) {
  std::string out;
  for (const char* sql : kQueries) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return std::string("error: ") + sqlite3_errmsg(db);
    sqlite3_bind_text(st, 1, in.text.data(), int(in.text.size()), SQLITE_STATIC);
    if (sqlite3_bind_parameter_count(st) >= 2) sqlite3_bind_text(st, 2, in.layout.c_str(), -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
      const unsigned char* v = sqlite3_column_text(st, 0);
      out += v ? reinterpret_cast<const char*>(v) : "NULL";
      out += "\n--\n";
    } else {
      out += std::string("error: ") + sqlite3_errmsg(db) + "\n";
    }
    sqlite3_finalize(st);
  }
  return out;
}

sqlite3* open_db() {
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return nullptr;
  char* err = nullptr;
  if (sqlite3_transcript_init(db, &err, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "concurrency: init: %s\n", err ? err : "?");
    sqlite3_free(err);
    sqlite3_close(db);
    return nullptr;
  }
  return db;
}

}  // namespace

int main() {
  std::vector<Input> inputs;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(TRANSCRIPT_TESTS_DIR) / "fixtures")) {
    if (!e.is_regular_file()) continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    inputs.push_back({e.path().string(), ss.str(), e.path().parent_path().filename().string()});
  }
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
  if (inputs.empty()) {
    std::fprintf(stderr, "concurrency: no fixtures\n");
    return 1;
  }

  // A single thread first: the expected results.
  std::vector<std::string> expected;
  {
    sqlite3* db = open_db();
    if (!db) return 1;
    for (const Input& in : inputs) expected.push_back(results(db, in));
    sqlite3_close(db);
  }

  constexpr int kThreads = 8, kRounds = 3;
  std::atomic<int> mismatches{0};
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int k = 0; k < kThreads; ++k)
    threads.emplace_back([&, k] {
      sqlite3* db = open_db();
      if (!db) {
        ++mismatches;
        return;
      }
      while (!go) std::this_thread::yield();
      for (int r = 0; r < kRounds; ++r)
        for (size_t i = 0; i < inputs.size(); ++i) {
          size_t at = (i + size_t(k) * 7 + size_t(r)) % inputs.size();  // a different order per thread
          if (results(db, inputs[at]) != expected[at]) {
            std::fprintf(stderr, "concurrency: thread %d, %s: differs from the single thread\n", k, inputs[at].name.c_str());
            ++mismatches;
          }
        }
      sqlite3_close(db);
    });
  go = true;
  for (auto& t : threads) t.join();
  std::printf("concurrency: %d threads x %d rounds x %zu transcripts: %d mismatches\n", kThreads, kRounds, inputs.size(),
              mismatches.load());
  return mismatches ? 1 : 0;
}
