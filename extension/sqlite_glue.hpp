// The SQLite side of the C boundary: RAII for SQLite memory, the guards that stop every
// C++ exception before it reaches SQLite, and argument reading shared by all functions.
#pragma once
#include <sqlite3ext.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "text.hpp"

SQLITE_EXTENSION_INIT3

namespace transcript::sql {

struct SqliteFree {
  void operator()(void* p) const noexcept { sqlite3_free(p); }
};
using SqliteString = std::unique_ptr<char, SqliteFree>;

// A user-facing error raised inside a SQL function; its text is the whole message.
struct SqlError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Prefixes a core error with the function's name: "transcript_turns(): unknown format ...".
inline SqlError fn_error(std::string_view fn, std::string_view what) {
  return SqlError(std::string(fn) + "(): " + std::string(what));
}

// Sets the vtab's error message (owned by SQLite, from sqlite3_mprintf). Returns the code.
inline int set_error(sqlite3_vtab* vt, std::string_view message) noexcept {
  sqlite3_free(vt->zErrMsg);
  vt->zErrMsg = sqlite3_mprintf("%.*s", int(message.size()), message.data());
  return vt->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

template <class F>
int vtab_guard(sqlite3_vtab* vt, F&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (const Stopped&) {
    return SQLITE_INTERRUPT;
  } catch (const std::exception& e) {
    return set_error(vt, e.what());
  } catch (...) {
    return set_error(vt, "transcript: internal error");
  }
}

template <class F>
void fn_guard(sqlite3_context* ctx, F&& body) noexcept {
  try {
    body();
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (const Stopped&) {
    sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
  } catch (const std::exception& e) {
    sqlite3_result_error(ctx, e.what(), -1);
  } catch (...) {
    sqlite3_result_error(ctx, "transcript: internal error", -1);
  }
}

// Cuts a text at its first NUL: SQLite's length(), substr() and instr() read TEXT only up to
// there, so every function of the extension does the same and positions stay comparable. The
// search polls for a stop every kStopPollBytes (a 200 MB argument takes tens of milliseconds).
inline std::string_view up_to_nul(std::string_view s) {
  for (size_t at = 0; at < s.size(); at += kStopPollBytes) {
    if (at) poll_stop();
    size_t n = std::min(kStopPollBytes, s.size() - at);
    if (const void* nul = std::memchr(s.data() + at, '\0', n))
      return s.substr(0, size_t(static_cast<const char*>(nul) - s.data()));
  }
  return s;
}

// The text of an argument: TEXT as is, a BLOB read as UTF-8, numbers as SQLite prints them,
// up to the first NUL. nullopt for NULL. The view is valid until the value changes.
//
// TEXT is read with sqlite3_value_bytes() first, which leaves the value in UTF-8 (converting
// it in place in a UTF-16 database), then sqlite3_value_blob(), which hands over those bytes
// as they are. sqlite3_value_text() would copy a text that SQLite does not know to be
// NUL-terminated (a parameter bound with its length, as Python and Node bind) just to add
// the terminator: for a 200 MB transcript, a copy that no interrupt can stop and a second
// 200 MB of memory. SQLite's own hex() reads TEXT through sqlite3_value_blob() the same way.
inline std::optional<std::string_view> text_arg(sqlite3_value* v) {
  switch (sqlite3_value_type(v)) {
    case SQLITE_NULL: return std::nullopt;
    case SQLITE_TEXT: {
      int n = sqlite3_value_bytes(v);
      const void* p = sqlite3_value_blob(v);
      if (!p && n > 0) throw std::bad_alloc();
      // An empty value has no bytes (NULL): the core gets "" instead, never a null pointer.
      return p ? up_to_nul(std::string_view(static_cast<const char*>(p), size_t(n))) : std::string_view("");
    }
    case SQLITE_BLOB: {
      const void* p = sqlite3_value_blob(v);
      int n = sqlite3_value_bytes(v);
      return p ? up_to_nul(std::string_view(static_cast<const char*>(p), size_t(n))) : std::string_view("");
    }
    default: {  // a number: its text as SQLite prints it (small, converted in the value)
      const unsigned char* p = sqlite3_value_text(v);
      if (!p) throw std::bad_alloc();
      return up_to_nul(std::string_view(reinterpret_cast<const char*>(p), size_t(sqlite3_value_bytes(v))));
    }
  }
}

// Polls sqlite3_interrupt() on a connection from inside long work (install with StopScope).
// SQLite 3.41+ answers sqlite3_is_interrupted(); older ones are asked by compiling a tiny
// statement, which SQLite's parser refuses with SQLITE_INTERRUPT while the connection is
// interrupted (a prepared statement, stepped again, would not look).
class InterruptProbe {
 public:
  explicit InterruptProbe(sqlite3* db) : db_(db) {}
  static bool check(void* self) noexcept { return static_cast<InterruptProbe*>(self)->interrupted(); }

 private:
  bool interrupted() noexcept {
    if (!db_) return false;
#if SQLITE_VERSION_NUMBER >= 3041000
    if (sqlite3_libversion_number() >= 3041000) return sqlite3_is_interrupted(db_) != 0;
#endif
    sqlite3_stmt* probe = nullptr;
    int rc = sqlite3_prepare_v2(db_, "SELECT 1", -1, &probe, nullptr);
    sqlite3_finalize(probe);
    return rc == SQLITE_INTERRUPT;
  }
  sqlite3* db_;
};

// dst = src, copied kStopPollBytes at a time with poll_stop() between: the copy of a 200 MB argument
// (and the page faults of its fresh memory) takes long enough that an interrupt must be
// noticed during it too. Call with a StopScope installed.
inline void assign_polling(std::string& dst, std::string_view src) {
  dst.clear();
  dst.reserve(src.size());
  for (size_t at = 0; at < src.size(); at += kStopPollBytes) {
    if (at) poll_stop();
    dst.append(src.substr(at, kStopPollBytes));
  }
}

// src == text, compared kStopPollBytes at a time with poll_stop() between (see assign_polling).
inline bool equal_polling(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t at = 0; at < a.size(); at += kStopPollBytes) {
    if (at) poll_stop();
    if (a.substr(at, kStopPollBytes) != b.substr(at, kStopPollBytes)) return false;
  }
  return true;
}

// xBestIndex for a table-valued function whose hidden columns from `first_hidden` on are its
// two arguments (transcript, format): equality constraints on them become argv, in that order,
// and idxNum says which were given (bit 0 transcript, bit 1 format). A plan without the
// transcript is priced out rather than refused (SQLite asks about such plans while it weighs an
// OR); xFilter reports the missing argument if it runs one. Returns SQLITE_CONSTRAINT where an
// argument comes from a table not yet open; sets *has_transcript.
inline int plan_arguments(sqlite3_index_info* info, int first_hidden, bool* has_transcript) noexcept {
  int at[2] = {-1, -1};
  bool blocked = false;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (c.iColumn < first_hidden || c.iColumn > first_hidden + 1 || c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c.usable) {
      blocked = true;
      continue;
    }
    at[c.iColumn - first_hidden] = i;
  }
  *has_transcript = false;
  if (blocked) return SQLITE_CONSTRAINT;
  info->idxNum = 0;
  if (at[0] < 0) {
    info->estimatedCost = 1e300;
    info->estimatedRows = 1;
    return SQLITE_OK;
  }
  int n = 0;
  for (int k = 0; k < 2; ++k) {
    if (at[k] < 0) continue;
    info->aConstraintUsage[at[k]].argvIndex = ++n;
    info->aConstraintUsage[at[k]].omit = 1;
    info->idxNum |= 1 << k;
  }
  *has_transcript = true;
  return SQLITE_OK;
}

// The arguments that plan_arguments() arranged, read in xFilter: the transcript (nullopt for
// NULL: no rows) and the format, lower-cased ("auto" when absent or NULL). Throws the
// missing-argument error for a plan without the transcript. Call with a StopScope installed:
// reading a 200 MB argument polls.
struct TranscriptArgs {
  std::optional<std::string_view> transcript;
  std::string format = "auto";
};
inline TranscriptArgs filter_arguments(std::string_view fn, int idx_num, int argc, sqlite3_value** argv) {
  if (!(idx_num & 1))
    throw SqlError(std::string(fn) + "(): missing argument 'transcript' (expected " + std::string(fn) +
                   "(transcript [, format]))");
  TranscriptArgs out;
  int arg = 0;
  if (arg < argc) out.transcript = text_arg(argv[arg++]);
  if ((idx_num & 2) && arg < argc)
    if (auto f = text_arg(argv[arg++])) {
      out.format.assign(*f);
      for (char& ch : out.format) ch = (ch >= 'A' && ch <= 'Z') ? char(ch + 32) : ch;
    }
  return out;
}

// Runs work of the core on behalf of SQL function `fn`: a core error becomes the function's
// error ("fn(): ..."); a stop passes through (SQLITE_INTERRUPT, not a message).
template <class F>
void in_core(std::string_view fn, F&& work) {
  try {
    work();
  } catch (const Stopped&) {
    throw;
  } catch (const Error& e) {
    throw fn_error(fn, e.what());
  }
}

// Throws the function's "invalid UTF-8 at byte N" error where the text is not UTF-8.
inline void require_utf8(std::string_view fn, std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) throw fn_error(fn, "invalid UTF-8 at byte " + std::to_string(*bad + 1));
}

// A result longer than SQLITE_LIMIT_LENGTH is SQLITE_TOOBIG, never a truncation.
inline void result_text(sqlite3_context* ctx, std::string_view s) {
  sqlite3_result_text64(ctx, s.data(), sqlite3_uint64(s.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace transcript::sql
