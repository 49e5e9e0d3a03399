// transcript_bench: how fast transcript_turns() reads a directory of transcripts, compared
// with SQLite merely scanning the same text. A benchmark, not a test: it checks nothing.
//
//   transcript_bench [options] [DIR]
//
// Loads every regular file below DIR (recursively) into an in-memory table
// docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT), loads the extension, then times, best
// of N runs with std::chrono::steady_clock:
//   (a) scan:  SELECT sum(length(body)) FROM docs
//   (b) turns: SELECT count(*), sum(length(text)) FROM docs, transcript_turns(docs.body [, format])
// and prints sizes, times, throughput, the ratio (b)/(a) and resident memory.
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef TRANSCRIPT_MODULE
#define TRANSCRIPT_MODULE "./build/transcript"
#endif

namespace fs = std::filesystem;

namespace {

struct Options {
  fs::path dir = "../shared/corpus/bulk";
  std::string module = TRANSCRIPT_MODULE;
  std::optional<std::string> format;
  int runs = 3;
  bool turns_only = false;
};

void usage(FILE* out) {
  std::fprintf(out,
               "usage: transcript_bench [options] [DIR]\n"
               "\n"
               "Times transcript_turns() over every file below DIR against a bare scan of the same text.\n"
               "DIR defaults to ../shared/corpus/bulk (relative to the current directory).\n"
               "\n"
               "options:\n"
               "  -n, --runs N        runs of each query, the best one counts (default 3)\n"
               "  -f, --format NAME   pass NAME as transcript_turns' format argument (default: none, i.e. auto)\n"
               "  -t, --turns-only    run only the transcript_turns query (for perf, valgrind, ...)\n"
               "  -m, --module PATH   the extension to load (default %s)\n"
               "  -h, --help          this text\n",
               TRANSCRIPT_MODULE);
}

[[noreturn]] void die(const std::string& message) {
  std::fprintf(stderr, "transcript_bench: %s\n", message.c_str());
  std::exit(1);
}

Options parse_args(int argc, char** argv) {
  Options o;
  bool have_dir = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* what) -> std::string {
      if (i + 1 >= argc) die(a + " needs " + what);
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      usage(stdout);
      std::exit(0);
    } else if (a == "-n" || a == "--runs") {
      std::string v = value("a number");
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (!end || *end || n < 1 || n > 1000) die("--runs needs a number from 1 to 1000, not '" + v + "'");
      o.runs = int(n);
    } else if (a == "-f" || a == "--format") {
      o.format = value("a format name");
    } else if (a == "-t" || a == "--turns-only") {
      o.turns_only = true;
    } else if (a == "-m" || a == "--module") {
      o.module = value("a path");
    } else if (!a.empty() && a[0] == '-') {
      usage(stderr);
      die("unknown option " + a);
    } else if (have_dir) {
      die("only one directory, please (got '" + o.dir.string() + "' and '" + a + "')");
    } else {
      o.dir = a;
      have_dir = true;
    }
  }
  return o;
}

struct DbClose {
  void operator()(sqlite3* d) const noexcept { sqlite3_close_v2(d); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

void check(sqlite3* db, int rc, const std::string& what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) die(what + ": " + sqlite3_errmsg(db));
}

Stmt prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  check(db, sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr), "cannot prepare " + sql);
  return Stmt(s);
}

// Peak resident set size of this process so far, in bytes (Linux reports kilobytes).
long long peak_rss() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return (long long)u.ru_maxrss * 1024;
}

// Current resident set size in bytes, from /proc/self/statm; -1 where unavailable.
long long current_rss() {
  std::ifstream f("/proc/self/statm");
  long long pages_total = 0, pages_resident = 0;
  if (!(f >> pages_total >> pages_resident)) return -1;
  return pages_resident * sysconf(_SC_PAGESIZE);
}

double mib(long long bytes) { return double(bytes) / (1024.0 * 1024.0); }
double mb(long long bytes) { return double(bytes) / 1e6; }

struct Corpus {
  long long files = 0, bytes = 0;
};

Corpus load_corpus(sqlite3* db, const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) die("not a directory: " + dir.string());
  std::vector<fs::path> paths;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) paths.push_back(it->path());
  if (ec) die("cannot list " + dir.string() + ": " + ec.message());
  std::sort(paths.begin(), paths.end());  // the same row order on every run

  check(db, sqlite3_exec(db, "CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT)", nullptr, nullptr, nullptr),
        "cannot create docs");
  check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "BEGIN");
  Stmt insert = prepare(db, "INSERT INTO docs(name, body) VALUES (?1, ?2)");
  Corpus c;
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) die("cannot read " + p.string());
    std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string name = fs::relative(p, dir, ec).string();
    if (ec) name = p.string();
    sqlite3_bind_text(insert.get(), 1, name.c_str(), int(name.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(insert.get(), 2, body.data(), int(body.size()), SQLITE_TRANSIENT);
    check(db, sqlite3_step(insert.get()), "cannot insert " + p.string());
    sqlite3_reset(insert.get());
    ++c.files;
    c.bytes += (long long)body.size();
  }
  check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "COMMIT");
  return c;
}

struct Timing {
  double best = std::numeric_limits<double>::infinity();
  double worst = 0;
  long long first = 0, second = 0;  // the query's result columns (of the last run)
};

// Runs a one-row query `runs` times; keeps the best and the worst wall time.
Timing time_query(sqlite3* db, const std::string& sql, const std::optional<std::string>& format, int runs) {
  Stmt s = prepare(db, sql);
  Timing t;
  for (int r = 0; r < runs; ++r) {
    if (format) sqlite3_bind_text(s.get(), 1, format->c_str(), -1, SQLITE_TRANSIENT);
    auto t0 = std::chrono::steady_clock::now();
    int rc = sqlite3_step(s.get());
    if (rc != SQLITE_ROW) check(db, rc == SQLITE_DONE ? SQLITE_ERROR : rc, "query failed");
    t.first = sqlite3_column_int64(s.get(), 0);
    t.second = sqlite3_column_count(s.get()) > 1 ? sqlite3_column_int64(s.get(), 1) : 0;
    rc = sqlite3_step(s.get());
    auto t1 = std::chrono::steady_clock::now();
    check(db, rc, "query failed");
    sqlite3_reset(s.get());
    double sec = std::chrono::duration<double>(t1 - t0).count();
    t.best = std::min(t.best, sec);
    t.worst = std::max(t.worst, sec);
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_args(argc, argv);

  sqlite3* raw = nullptr;
  if (sqlite3_open(":memory:", &raw) != SQLITE_OK) die("cannot open an in-memory database");
  Db db(raw);

  auto load0 = std::chrono::steady_clock::now();
  Corpus corpus = load_corpus(db.get(), o.dir);
  double load_sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - load0).count();
  if (corpus.files == 0) die("no files below " + o.dir.string());

  sqlite3_enable_load_extension(db.get(), 1);
  char* err = nullptr;
  if (sqlite3_load_extension(db.get(), o.module.c_str(), nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "unknown error";
    sqlite3_free(err);
    die("cannot load " + o.module + ": " + m);
  }
  std::string version = "?";
  {
    Stmt v = prepare(db.get(), "SELECT transcript_version()");
    if (sqlite3_step(v.get()) == SQLITE_ROW) version = reinterpret_cast<const char*>(sqlite3_column_text(v.get(), 0));
  }

  std::printf("transcript_bench  (a benchmark: it checks nothing)\n");
  std::printf("  sqlite            %s\n", sqlite3_libversion());
  std::printf("  module            %s (transcript_version %s)\n", o.module.c_str(), version.c_str());
  std::printf("  corpus            %s\n", o.dir.string().c_str());
  std::printf("  files             %lld\n", corpus.files);
  std::printf("  size              %.1f MB (%lld bytes; 1 MB = 10^6 bytes)\n", mb(corpus.bytes), corpus.bytes);
  std::printf("  load time         %.2f s (files into the in-memory table)\n", load_sec);
  std::printf("  format            %s\n", o.format ? o.format->c_str() : "(none: auto)");
  std::printf("  runs              best of %d\n\n", o.runs);

  Timing scan;
  if (!o.turns_only) {
    scan = time_query(db.get(), "SELECT sum(length(body)) FROM docs", std::nullopt, o.runs);
    std::printf("(a) scan   SELECT sum(length(body)) FROM docs\n");
    std::printf("    characters      %lld\n", scan.first);
    std::printf("    time            %.3f s best, %.3f s worst\n", scan.best, scan.worst);
    std::printf("    throughput      %.1f MB/s\n\n", mb(corpus.bytes) / scan.best);
  }

  std::string turns_sql = o.format
      ? "SELECT count(*), sum(length(text)) FROM docs, transcript_turns(docs.body, ?1)"
      : "SELECT count(*), sum(length(text)) FROM docs, transcript_turns(docs.body)";
  long long peak_before = peak_rss(), rss_before = current_rss();
  Timing turns = time_query(db.get(), turns_sql, o.format, o.runs);
  long long peak_after = peak_rss(), rss_after = current_rss();

  std::printf("(b) turns  SELECT count(*), sum(length(text)) FROM docs, transcript_turns(docs.body%s)\n",
              o.format ? ", ?1" : "");
  std::printf("    turns           %lld\n", turns.first);
  std::printf("    text characters %lld\n", turns.second);
  std::printf("    time            %.3f s best, %.3f s worst\n", turns.best, turns.worst);
  std::printf("    throughput      %.1f MB/s\n\n", mb(corpus.bytes) / turns.best);

  if (!o.turns_only) std::printf("ratio (b)/(a)       %.1fx the time of the bare scan\n", turns.best / scan.best);
  std::printf("peak RSS            %.1f MiB (getrusage ru_maxrss, whole run, corpus included)\n", mib(peak_after));
  std::printf("peak RSS growth     %+.1f MiB during (b) (%.1f -> %.1f MiB)\n", mib(peak_after - peak_before),
              mib(peak_before), mib(peak_after));
  if (rss_before >= 0 && rss_after >= 0)
    std::printf("current RSS change  %+.1f MiB across (b) (%.1f -> %.1f MiB; > 0 means memory kept after the query)\n",
                mib(rss_after - rss_before), mib(rss_before), mib(rss_after));
  return 0;
}
