// entities_bench: how fast entities_in() reads a directory of texts. A benchmark, not a test:
// it checks nothing.
//
//   entities_bench [-n RUNS] [-m MODULE] [DIR]
//
// Loads every regular file below DIR (default ../shared/corpus/bulk) into an in-memory table
// docs(body TEXT), loads the extension, then times, best of RUNS (default 3):
//   SELECT sum(json_array_length(entities_in(body))) FROM docs
// and prints the size, the time (wall clock and CPU), the mentions found and the throughput in
// MB/s (10^6 bytes).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef TRANSCRIPT_MODULE
#define TRANSCRIPT_MODULE "./build/transcript"
#endif

namespace fs = std::filesystem;

[[noreturn]] static void die(const std::string& message) {
  std::fprintf(stderr, "entities_bench: %s\n", message.c_str());
  std::exit(1);
}

int main(int argc, char** argv) {
  fs::path dir = "../shared/corpus/bulk";
  std::string module = TRANSCRIPT_MODULE;
  int runs = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "-n" || a == "--runs") && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if ((a == "-m" || a == "--module") && i + 1 < argc) module = argv[++i];
    else if (a == "-h" || a == "--help") {
      std::printf("usage: entities_bench [-n RUNS] [-m MODULE] [DIR]\n");
      return 0;
    } else dir = a;
  }
  if (!fs::is_directory(dir)) die("not a directory: " + dir.string());

  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) die("cannot open a database");
  sqlite3_enable_load_extension(db, 1);
  char* err = nullptr;
  if (sqlite3_load_extension(db, module.c_str(), nullptr, &err) != SQLITE_OK)
    die(std::string("cannot load ") + module + ": " + (err ? err : "?"));
  sqlite3_exec(db, "CREATE TABLE docs(body TEXT)", nullptr, nullptr, nullptr);

  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  sqlite3_stmt* ins = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO docs(body) VALUES (?)", -1, &ins, nullptr);
  size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += body.size();
    sqlite3_bind_text(ins, 1, body.data(), int(body.size()), SQLITE_TRANSIENT);
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);

  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT sum(json_array_length(entities_in(body))) FROM docs", -1, &q, nullptr) != SQLITE_OK)
    die(sqlite3_errmsg(db));
  double best = 1e300, best_cpu = 1e300;
  long long mentions = 0;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    if (sqlite3_step(q) != SQLITE_ROW) die(sqlite3_errmsg(db));
    mentions = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
    best_cpu = std::min(best_cpu, double(std::clock() - c0) / CLOCKS_PER_SEC);
  }
  sqlite3_finalize(q);
  sqlite3_close(db);
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  std::printf("entities_in: %zu files, %.1f MB, %lld mentions, best of %d: %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/s)\n",
              files.size(), double(bytes) / 1e6, mentions, runs, best, double(bytes) / 1e6 / best, best_cpu,
              double(bytes) / 1e6 / best_cpu);
  return 0;
}
