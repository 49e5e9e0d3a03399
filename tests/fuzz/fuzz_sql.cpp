// libFuzzer target at the SQL level: a real SQLite connection (libsqlite3) with the extension
// registered from the static library (sqlite3_transcript_init), random text and random format
// names through every function: transcript_turns with and without a format, speaker_of with one
// and two arguments, transcript_format, transcript_version, transcript_entities, entities_in.
//
// Input: byte 0 says how the transcript is bound (bits 0-1: text, text, BLOB, a number), which
// format is passed (bits 2-4: a parseable name, the same upper-cased, NULL, none, raw bytes from
// the input, or an unknown name) and whether SQLITE_LIMIT_LENGTH is lowered to 4000 (bit 5);
// byte 1 picks the name or the length of the raw one; bytes 2-3 a position for speaker_of; the
// rest is the transcript (NUL bytes included: SQLite and the extension read text up to there).
//
// Checks on every row, against SQLite's own functions on the same value:
//   - turn is 1, 2, 3...; kind is one of the four kinds; start >= 1 and the span ends inside
//     length(transcript); spans are in order and never overlap; lines never go back;
//   - substr(transcript, start, length) (SQLite's) equals the span cut by character count here,
//     and line equals 1 + the line ends (LF, CRLF, lone CR) before the span, counted here;
//   - a label lies inside its span (instr), a speaker only on speech, a key only with a speaker;
//   - text has single spaces, none at either end; words counts them;
//   - with format auto, speaker_of(transcript, start) is the row's speaker;
//   - every entity (transcript_entities, and entities_in through json_each) is its substr;
// and on errors: only SQLITE_ERROR (or SQLITE_TOOBIG under the lowered limit), only for invalid
// UTF-8 or an unknown format; the message names the function and is valid UTF-8 without
// control characters.
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.hpp"
#include "transcript.h"

namespace {

sqlite3* g_db = nullptr;
sqlite3_stmt* g_turns = nullptr;         // with a format argument
sqlite3_stmt* g_turns_default = nullptr; // without
sqlite3_stmt* g_scalars = nullptr;
sqlite3_stmt* g_entities = nullptr;     // transcript_entities(?1)
sqlite3_stmt* g_entities_in = nullptr;  // json_each(entities_in(?1))

constexpr const char* kTurnsColumns =
    "SELECT turn, kind, speaker, speaker_key, label, start, length, line, words, text,"
    " substr(CAST(?1 AS TEXT), start, length), length(CAST(?1 AS TEXT)),"
    " instr(substr(CAST(?1 AS TEXT), start, length), label), speaker_of(?1, start)";

sqlite3_stmt* prepare(const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  FUZZ_CHECK(sqlite3_prepare_v3(g_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) == SQLITE_OK);
  return st;
}

std::optional<std::string> column_text(sqlite3_stmt* st, int col) {
  if (sqlite3_column_type(st, col) == SQLITE_NULL) return std::nullopt;
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
  FUZZ_CHECK(p != nullptr);
  return std::string(p, size_t(sqlite3_column_bytes(st, col)));
}

// An error message that a host can show: valid UTF-8, no control characters.
void check_message(std::string_view msg) {
  FUZZ_CHECK(!transcript::find_invalid_utf8(msg));
  for (char c : msg) FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F);
}

// The checks after a failed step: what may fail, and how.
void check_error(int rc, bool may_fail, bool lowered_limit) {
  const char* msg = sqlite3_errmsg(g_db);
  FUZZ_CHECK(msg != nullptr);
  check_message(msg);
  if (lowered_limit && rc == SQLITE_TOOBIG) return;
  FUZZ_CHECK(rc == SQLITE_ERROR);
  FUZZ_CHECK(may_fail);
  std::string_view m(msg);
  FUZZ_CHECK(m.rfind("transcript_turns(): ", 0) == 0 || m.rfind("speaker_of(): ", 0) == 0 ||
             m.rfind("transcript_format(): ", 0) == 0 || m.rfind("entities_in(): ", 0) == 0 ||
             m.rfind("transcript_entities(): ", 0) == 0);
}

bool is_text_word_spacing_ok(std::string_view t) {
  if (t.empty()) return true;
  return t.front() != ' ' && t.back() != ' ' && t.find("  ") == std::string_view::npos;
}

// Byte offset of 1-based character position `pos` in s (valid UTF-8).
size_t byte_of_char(std::string_view s, int64_t pos) {
  int64_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (transcript::is_cont(s[i])) continue;
    if (++chars == pos) return i;
  }
  return s.size();
}

// 1 + line ends before byte b (LF, CRLF once, lone CR), as sed counts.
int64_t line_at(std::string_view s, size_t b) {
  int64_t line = 1;
  for (size_t i = 0; i < b; ++i) {
    if (s[i] == '\n') ++line;
    else if (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) ++line;
  }
  return line;
}

void run_turns(sqlite3_stmt* st, std::string_view text, bool valid_text, bool valid_format, bool auto_format,
               bool lowered_limit) {
  int64_t expect_turn = 1, prev_end = 1, prev_line = 1, text_chars = -1;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    FUZZ_CHECK(valid_text && valid_format);
    const int64_t turn = sqlite3_column_int64(st, 0);
    const auto kind = column_text(st, 1);
    const auto speaker = column_text(st, 2);
    const auto key = column_text(st, 3);
    const auto label = column_text(st, 4);
    const int64_t start = sqlite3_column_int64(st, 5), length = sqlite3_column_int64(st, 6);
    const int64_t line = sqlite3_column_int64(st, 7), words = sqlite3_column_int64(st, 8);
    const auto rendered = column_text(st, 9);
    const auto span = column_text(st, 10);
    const int64_t total = sqlite3_column_int64(st, 11);
    const int64_t label_at = sqlite3_column_int64(st, 12);
    const auto speaker_at_start = column_text(st, 13);

    FUZZ_CHECK(turn == expect_turn++);
    FUZZ_CHECK(kind && (*kind == "speech" || *kind == "event" || *kind == "meta" || *kind == "prose"));
    if (text_chars < 0) text_chars = total;
    FUZZ_CHECK(total == text_chars);
    FUZZ_CHECK(start >= 1 && length >= 1 && start + length - 1 <= total);
    FUZZ_CHECK(start >= prev_end);  // in order, not overlapping
    prev_end = start + length;
    FUZZ_CHECK(line >= prev_line);
    prev_line = line;

    // SQLite's substr against the span cut here by characters.
    const size_t b = byte_of_char(text, start), e = byte_of_char(text, start + length);
    FUZZ_CHECK(span && *span == text.substr(b, e - b));
    // `line` is a line of the span: where it begins, or for a caption turn, whose span starts
    // at its cue's timing line, where the cue's words begin (README, "Caption spans").
    FUZZ_CHECK(line >= line_at(text, b) && line <= line_at(text, e > b ? e - 1 : b));
    if (label) FUZZ_CHECK(label_at >= 1);
    if (*kind != "speech") FUZZ_CHECK(!speaker);
    if (key) FUZZ_CHECK(speaker.has_value());
    FUZZ_CHECK(rendered.has_value());
    FUZZ_CHECK(is_text_word_spacing_ok(*rendered));
    FUZZ_CHECK(!transcript::find_invalid_utf8(*rendered));
    FUZZ_CHECK(words >= 0 && size_t(words) <= rendered->size());
    if (auto_format) FUZZ_CHECK(speaker_at_start == speaker);
  }
  if (rc != SQLITE_DONE) check_error(rc, !valid_text || !valid_format, lowered_limit);
  sqlite3_reset(st);
}

// Entities: each one's substr (SQLite's) is the entity as written, inside the text, in order.
void run_entities(sqlite3_stmt* st, bool valid_text, bool lowered_limit) {
  int64_t prev_start = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    FUZZ_CHECK(valid_text);
    const auto entity = column_text(st, 0), type = column_text(st, 1), span = column_text(st, 4);
    const int64_t start = sqlite3_column_int64(st, 2), length = sqlite3_column_int64(st, 3);
    const int64_t total = sqlite3_column_int64(st, 5);
    FUZZ_CHECK(entity && !entity->empty() && span && *span == *entity);
    FUZZ_CHECK(type && (*type == "PERSON" || *type == "ORG" || *type == "PLACE" || *type == "NORP"));
    FUZZ_CHECK(start >= 1 && length >= 1 && start + length - 1 <= total);
    FUZZ_CHECK(start >= prev_start);
    prev_start = start;
  }
  if (rc != SQLITE_DONE) check_error(rc, !valid_text, lowered_limit);
  sqlite3_reset(st);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  FUZZ_CHECK(sqlite3_open(":memory:", &g_db) == SQLITE_OK);
  char* err = nullptr;
  FUZZ_CHECK(sqlite3_transcript_init(g_db, &err, nullptr) == SQLITE_OK);
  g_turns = prepare(std::string(kTurnsColumns) + " FROM transcript_turns(?1, ?2)");
  g_turns_default = prepare(std::string(kTurnsColumns) + " FROM transcript_turns(?1)");
  g_entities = prepare(
      "SELECT entity, type, start, length, substr(CAST(?1 AS TEXT), start, length), length(CAST(?1 AS TEXT))"
      " FROM transcript_entities(?1)");
  g_entities_in = prepare(
      "SELECT json_extract(e.value, '$.entity'), json_extract(e.value, '$.type'), json_extract(e.value, '$.start'),"
      " json_extract(e.value, '$.length'),"
      " substr(CAST(?1 AS TEXT), json_extract(e.value, '$.start'), json_extract(e.value, '$.length')),"
      " length(CAST(?1 AS TEXT)) FROM json_each(entities_in(?1)) AS e");
  g_scalars = prepare("SELECT transcript_format(?1), speaker_of(?1), speaker_of(?1, ?3), transcript_version()");
  // Too many arguments: refused when the statement is prepared, with a message.
  sqlite3_stmt* st = nullptr;
  FUZZ_CHECK(sqlite3_prepare_v2(g_db, "SELECT * FROM transcript_turns('a', 'auto', 3)", -1, &st, nullptr) == SQLITE_ERROR);
  FUZZ_CHECK(sqlite3_prepare_v2(g_db, "SELECT speaker_of('a', 1, 2)", -1, &st, nullptr) == SQLITE_ERROR);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 4) return 0;
  const uint8_t flags = data[0], pick = data[1];
  const int64_t position = int64_t(int16_t(uint16_t(data[2]) | uint16_t(data[3]) << 8));
  std::string_view rest(reinterpret_cast<const char*>(data) + 4, size - 4);

  // The format argument.
  const auto& formats = fuzz::parseable_formats();
  std::optional<std::string> format;  // nullopt: SQL NULL
  bool pass_format = true;
  switch ((flags >> 2) & 7) {
    case 0: case 1: case 2: format = std::string(formats[pick % formats.size()]); break;
    case 3: format = std::string(formats[pick % formats.size()]);
            for (char& c : *format) c = char(c >= 'a' && c <= 'z' ? c - 32 : c);
            break;
    case 4: break;
    case 5: pass_format = false; break;
    case 6: {
      size_t n = std::min<size_t>(pick & 15, rest.size());
      format = std::string(rest.substr(0, n));
      rest.remove_prefix(n);
      break;
    }
    default: format = "vtt2"; break;
  }
  // What the extension reads of it: up to its first NUL, ASCII-lower-cased.
  std::string effective = "auto";
  if (format) {
    effective = format->substr(0, format->find('\0'));
    for (char& c : effective) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (effective.empty()) effective = "auto";
  }
  const bool valid_format = std::find(formats.begin(), formats.end(), effective) != formats.end();
  const bool auto_format = effective == "auto";

  const bool lowered_limit = flags & 0x20;
  const int old_limit = sqlite3_limit(g_db, SQLITE_LIMIT_LENGTH, lowered_limit ? 4000 : -1);

  // The transcript as SQLite will read it: up to the first NUL.
  std::string number_text;
  std::string_view text = rest.substr(0, rest.find('\0'));
  auto bind_transcript = [&](sqlite3_stmt* st) {
    switch (flags & 3) {
      case 2: return sqlite3_bind_blob(st, 1, rest.data(), int(rest.size()), SQLITE_STATIC);
      case 3: {
        // A number: SQLite converts it to text as it prints it.
        sqlite3_bind_int64(st, 1, int64_t(std::strtoll(std::string(text.substr(0, 30)).c_str(), nullptr, 10)));
        return SQLITE_OK;
      }
      default: return sqlite3_bind_text(st, 1, rest.data(), int(rest.size()), SQLITE_STATIC);
    }
  };
  if ((flags & 3) == 3) {
    number_text = std::to_string(std::strtoll(std::string(text.substr(0, 30)).c_str(), nullptr, 10));
    text = number_text;
  }
  const bool valid_text = !transcript::find_invalid_utf8(text);

  for (sqlite3_stmt* st : {pass_format ? g_turns : g_turns_default}) {
    int rc = bind_transcript(st);
    if (rc != SQLITE_OK) {
      FUZZ_CHECK(lowered_limit && rc == SQLITE_TOOBIG);
      sqlite3_clear_bindings(st);
      break;
    }
    if (pass_format) {
      if (format) sqlite3_bind_text(st, 2, format->data(), int(format->size()), SQLITE_TRANSIENT);
      else sqlite3_bind_null(st, 2);
    }
    run_turns(st, text, valid_text, valid_format, auto_format, lowered_limit);
    sqlite3_clear_bindings(st);
  }

  // Entities of the same value, both ways.
  for (sqlite3_stmt* st : {g_entities, g_entities_in}) {
    if (bind_transcript(st) == SQLITE_OK) run_entities(st, valid_text, lowered_limit);
    sqlite3_clear_bindings(st);
  }

  // The scalar functions on the same value.
  if (bind_transcript(g_scalars) == SQLITE_OK) {
    sqlite3_bind_int64(g_scalars, 3, position);
    int rc = sqlite3_step(g_scalars);
    if (rc == SQLITE_ROW) {
      FUZZ_CHECK(valid_text);
      auto layout = column_text(g_scalars, 0);
      FUZZ_CHECK(layout.has_value());
      FUZZ_CHECK(std::find(formats.begin(), formats.end(), *layout) != formats.end() && *layout != "auto");
      if (auto who = column_text(g_scalars, 1)) {
        FUZZ_CHECK(!who->empty() && !transcript::find_invalid_utf8(*who));
        FUZZ_CHECK(who->find_first_of("\r\n") == std::string::npos);
      }
      if (auto who = column_text(g_scalars, 2)) FUZZ_CHECK(!who->empty());
      FUZZ_CHECK(column_text(g_scalars, 3) == std::string(SQLITE_TRANSCRIPT_VERSION));
    } else {
      check_error(rc, !valid_text, lowered_limit);
    }
    sqlite3_reset(g_scalars);
    sqlite3_clear_bindings(g_scalars);
  }
  sqlite3_limit(g_db, SQLITE_LIMIT_LENGTH, old_limit);
  return 0;
}
