// interrupt_bench: how soon sqlite3_interrupt() stops a parse in progress. For each layout
// (every format that the module accepts), a transcript of about 200 MB is built by repeating
// that layout's fixtures (tests/fixtures/<layout>/*; plain `Name: text` lines for a layout
// without fixtures); `SELECT count(*) FROM transcript_turns(?1, layout)` runs, another thread
// calls sqlite3_interrupt() 100 ms after the step began, and the time from the interrupt to
// the step's return is printed (the goal: within 50 ms). Also speaker_of(text, pos)
// and transcript_turns with auto on the broadcast text. A benchmark: it prints figures and
// fails only when the statement is not interrupted at all.
//
//   build/tests/bench/interrupt_bench [--mb N] [--delay-ms N] [--module PATH]
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The formats the module accepts: those of the unknown-format message that are not refused as
// "not supported yet".
std::vector<std::string> formats(sqlite3* db) {
  std::vector<std::string> out;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM transcript_turns('x', ?1)", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, "?", -1, SQLITE_STATIC);
  sqlite3_step(st);
  std::string msg = sqlite3_errmsg(db);  // ... (expected auto, broadcast, hearing, ...)
  sqlite3_reset(st);
  size_t b = msg.find("(expected ");
  size_t e = msg.rfind(')');
  if (b == std::string::npos || e == std::string::npos) return out;
  std::string list = msg.substr(b + 10, e - b - 10);
  for (size_t at = 0; at <= list.size();) {
    size_t comma = list.find(", ", at);
    std::string name = list.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
    at = comma == std::string::npos ? list.size() + 1 : comma + 2;
    if (name == "auto") continue;
    sqlite3_bind_text(st, 1, name.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW) out.push_back(name);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  return out;
}

std::string material(const std::string& layout, size_t bytes) {
  std::string unit;
  fs::path dir = fs::path(TRANSCRIPT_TESTS_DIR) / "fixtures" / layout;
  if (fs::is_directory(dir)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) unit += read_file(f) + "\n\n";
  }
  if (unit.empty())
    for (int i = 0; i < 50; ++i)
      unit += "Ana Lima: A question about the week, number " + std::to_string(i) + ".\nLuis Ochoa: An answer.\n\n";
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text += unit;
  return text;
}

struct Result {
  int rc;
  double latency_ms, total_ms;
};

Result interrupt_after(sqlite3* db, const char* sql, const std::string& text, const std::string& arg2, int delay_ms) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "interrupt_bench: %s\n", sqlite3_errmsg(db));
    std::exit(1);
  }
  // Bound with its length, as Python and Node bind: SQLite does not know the text to be
  // NUL-terminated, so sqlite3_value_text() would copy it inside the step (the extension reads
  // it with sqlite3_value_blob() instead; see text_arg in extension/sqlite_glue.hpp).
  sqlite3_bind_text(st, 1, text.data(), int(text.size()), SQLITE_STATIC);
  if (sqlite3_bind_parameter_count(st) >= 2) sqlite3_bind_text(st, 2, arg2.c_str(), -1, SQLITE_STATIC);
  std::atomic<bool> done{false};
  Clock::time_point start, interrupted{}, end;
  start = Clock::now();
  std::thread killer([&] {
    while (!done && Clock::now() - start < std::chrono::milliseconds(delay_ms))
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    if (done) return;
    interrupted = Clock::now();
    sqlite3_interrupt(db);
    if (std::getenv("INTERRUPT_REPEAT"))
      while (!done) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        sqlite3_interrupt(db);
      }
  });
  int rc = sqlite3_step(st);
  end = Clock::now();
  done = true;
  killer.join();
  sqlite3_finalize(st);
  auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
  return {rc, interrupted == Clock::time_point{} ? -1.0 : ms(end - interrupted), ms(end - start)};
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 200;
  int delay_ms = 100;
  std::string module = TRANSCRIPT_MODULE;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--mb")) mb = size_t(std::atol(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--delay-ms")) delay_ms = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--module")) module = argv[i + 1];
  }
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  char* err = nullptr;
  if (sqlite3_load_extension(db, module.c_str(), nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "interrupt_bench: cannot load %s: %s\n", module.c_str(), err ? err : "?");
    return 1;
  }
  std::printf("SQLite %s; interrupt %d ms into each statement over %zu MB\n\n", sqlite3_libversion(), delay_ms, mb);
  std::printf("%-14s %-34s %10s %12s %10s\n", "layout", "statement", "latency", "ran for", "result");
  int failures = 0;
  auto report = [&](const std::string& layout, const char* what, const Result& r) {
    const char* verdict = r.rc != SQLITE_INTERRUPT ? "NOT STOPPED" : r.latency_ms <= 50 ? "ok" : "slow";
    if (r.rc != SQLITE_INTERRUPT) ++failures;
    std::printf("%-14s %-34s %8.1f ms %9.1f ms %10s\n", layout.c_str(), what, r.latency_ms, r.total_ms, verdict);
    std::fflush(stdout);
  };
  for (const std::string& layout : formats(db)) {
    std::string text = material(layout, mb << 20);
    report(layout, "transcript_turns(t, layout)",
           interrupt_after(db, "SELECT count(*) FROM transcript_turns(?1, ?2)", text, layout, delay_ms));
    if (layout == "broadcast") {
      report(layout, "transcript_turns(t) (auto)",
             interrupt_after(db, "SELECT count(*) FROM transcript_turns(?1)", text, "", delay_ms));
      report(layout, "speaker_of(t, 5)", interrupt_after(db, "SELECT speaker_of(?1, 5)", text, "", delay_ms));
    }
  }
  sqlite3_close(db);
  return failures ? 1 : 0;
}
