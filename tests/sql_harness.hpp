// Shared by the SQL test programs. Always: RAII for connections and statements, and rows
// printed the way golden files hold them. With TRANSCRIPT_MODULE and TRANSCRIPT_TESTS_DIR
// defined: a connection with the built module loaded, a readfile() function for fixtures,
// and the script runner of the golden files.
#pragma once
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace harness {

namespace fs = std::filesystem;

struct DbClose {
  void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;

struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

// A column value as golden files print it: NULL as `NULL`, numbers and text as SQLite
// converts them to text (REAL as SQLite prints it, e.g. 1.5, 2.0), a BLOB as x'hex'.
inline std::string value_text(sqlite3_stmt* st, int col) {
  switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL: return "NULL";
    case SQLITE_BLOB: {
      const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(st, col));
      int n = sqlite3_column_bytes(st, col);
      std::string out = "x'";
      static const char* hex = "0123456789ABCDEF";
      for (int i = 0; i < n; ++i) {
        out.push_back(hex[p[i] >> 4]);
        out.push_back(hex[p[i] & 15]);
      }
      return out + "'";
    }
    default: {
      const auto* p = sqlite3_column_text(st, col);
      return std::string(reinterpret_cast<const char*>(p), size_t(sqlite3_column_bytes(st, col)));
    }
  }
}

// Steps a prepared statement to its end: each row as values joined by '|', then
// `error: <message>` if it failed. Resets the statement (bindings stay).
inline std::vector<std::string> step_lines(sqlite3* db, sqlite3_stmt* st) {
  std::vector<std::string> lines;
  const int cols = sqlite3_column_count(st);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < cols; ++c) {
      if (c) row.push_back('|');
      row += value_text(st, c);
    }
    lines.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) lines.push_back(std::string("error: ") + sqlite3_errmsg(db));
  sqlite3_reset(st);
  return lines;
}

// The lines of one statement, or its prepare error as `error: <message>`.
inline std::vector<std::string> lines(sqlite3* db, const char* sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) return {std::string("error: ") + sqlite3_errmsg(db)};
  Stmt st(raw);
  return step_lines(db, st.get());
}

// Runs one query and returns its rows as vectors of column texts (NULL as "NULL").
// Throws on any error.
inline std::vector<std::vector<std::string>> query(sqlite3* db, std::string_view sql,
                                                   const std::vector<std::string>& text_params = {}) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db) + " in " + std::string(sql));
  Stmt st(raw);
  for (size_t k = 0; k < text_params.size(); ++k)
    sqlite3_bind_text(st.get(), int(k + 1), text_params[k].data(), int(text_params[k].size()), SQLITE_TRANSIENT);
  std::vector<std::vector<std::string>> rows;
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int c = 0; c < sqlite3_column_count(st.get()); ++c) row.push_back(value_text(st.get(), c));
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) throw std::runtime_error(std::string("step: ") + sqlite3_errmsg(db) + " in " + std::string(sql));
  return rows;
}

#if defined(TRANSCRIPT_MODULE) && defined(TRANSCRIPT_TESTS_DIR)

inline fs::path tests_dir() { return fs::path(TRANSCRIPT_TESTS_DIR); }

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const fs::path& p, std::string_view data) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + p.string());
  out.write(data.data(), std::streamsize(data.size()));
}

// readfile(path): the file's bytes as a BLOB (like the sqlite3 shell's readfile), NULL when it
// cannot be read. A relative path is relative to tests/, so cases say 'fixtures/broadcast/x.txt'.
inline void readfile_fn(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const unsigned char* arg = sqlite3_value_text(argv[0]);
  if (!arg) return sqlite3_result_null(ctx);
  fs::path p(reinterpret_cast<const char*>(arg));
  if (p.is_relative()) p = tests_dir() / p;
  std::ifstream in(p, std::ios::binary);
  if (!in) return sqlite3_result_null(ctx);
  std::ostringstream s;
  s << in.rdbuf();
  std::string data = s.str();
  sqlite3_result_blob64(ctx, data.data(), data.size(), SQLITE_TRANSIENT);
}

// Opens ":memory:" with readfile() registered; records what SQLite itself provides in
// temp.builtin_functions and temp.builtin_modules (for the registration test); then, when
// `load` is set, loads the module through the C API (SQL load_extension() stays disabled).
inline Db open_db(bool load = true) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open(":memory:", &raw);
  Db db(raw);
  if (rc != SQLITE_OK) throw std::runtime_error("cannot open :memory:");
  sqlite3_create_function_v2(db.get(), "readfile", 1, SQLITE_UTF8, nullptr, &readfile_fn, nullptr, nullptr,
                             nullptr);
  char* err = nullptr;
  rc = sqlite3_exec(db.get(),
                    "CREATE TEMP TABLE builtin_functions AS SELECT DISTINCT name FROM pragma_function_list;"
                    "CREATE TEMP TABLE builtin_modules AS SELECT name FROM pragma_module_list;",
                    nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string m = err ? err : "?";
    sqlite3_free(err);
    throw std::runtime_error("cannot list the builtin functions: " + m);
  }
  if (load) {
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
    rc = sqlite3_load_extension(db.get(), TRANSCRIPT_MODULE, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string m = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error(std::string("cannot load ") + TRANSCRIPT_MODULE + ": " + m);
    }
  }
  return db;
}

// The output of one statement and where in the script it was.
struct StatementOutput {
  std::string sql;
  std::vector<std::string> lines;
};

// Runs every statement of a script. The script is cut into complete statements as the sqlite3
// shell does (sqlite3_complete), and each piece is prepared with sqlite3_prepare_v2 in a loop
// over its tail. Rows print as values joined by '|'; a statement that fails to prepare or to
// run prints `error: <message>` (after any rows it produced) and the script goes on.
inline std::vector<StatementOutput> run_script(sqlite3* db, std::string_view script) {
  std::vector<StatementOutput> out;
  // Cut into chunks that end where a statement is complete.
  std::vector<std::string> chunks;
  std::string buf;
  size_t i = 0;
  while (i < script.size()) {
    size_t nl = script.find('\n', i);
    size_t end = nl == std::string_view::npos ? script.size() : nl + 1;
    buf.append(script.substr(i, end - i));
    i = end;
    if (sqlite3_complete(buf.c_str())) {
      chunks.push_back(std::move(buf));
      buf.clear();
    }
  }
  if (buf.find_first_not_of(" \t\r\n") != std::string::npos) chunks.push_back(buf);  // unterminated

  for (const std::string& chunk : chunks) {
    const char* tail = chunk.c_str();
    while (tail && *tail) {
      sqlite3_stmt* raw = nullptr;
      const char* next = nullptr;
      int rc = sqlite3_prepare_v2(db, tail, -1, &raw, &next);
      Stmt st(raw);
      std::string sql(tail, next && next > tail ? size_t(next - tail) : std::strlen(tail));
      if (rc != SQLITE_OK) {
        out.push_back({sql, {std::string("error: ") + sqlite3_errmsg(db)}});
        break;  // the rest of this chunk cannot be trusted: go on with the next one
      }
      tail = next;
      if (!st) continue;  // white space or a comment
      out.push_back({sql, step_lines(db, st.get())});
    }
  }
  return out;
}

inline std::string join_output(const std::vector<StatementOutput>& outputs) {
  std::string s;
  for (const auto& o : outputs)
    for (const auto& l : o.lines) s += l + "\n";
  return s;
}

// Files under tests/<dir> ending in `ext`, relative to tests/<dir>, sorted.
inline std::vector<std::string> list_files(const std::string& dir, const std::string& ext) {
  std::vector<std::string> files;
  fs::path root = tests_dir() / dir;
  if (!fs::exists(root)) return files;
  for (const auto& e : fs::recursive_directory_iterator(root, fs::directory_options::follow_directory_symlink))
    if (e.is_regular_file() && e.path().extension() == ext) files.push_back(fs::relative(e.path(), root).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

#endif  // TRANSCRIPT_MODULE && TRANSCRIPT_TESTS_DIR

}  // namespace harness
