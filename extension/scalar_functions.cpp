// speaker_of(line), speaker_of(transcript, position), transcript_format(transcript),
// transcript_version().
#include <cmath>
#include <cstdint>
#include <new>
#include <string>

#include "layout.hpp"
#include "sqlite_glue.hpp"
#include "transcript.h"

namespace transcript::sql {
namespace {

// The last transcript that speaker_of(transcript, position) parsed on a connection, so that a
// query asking about many positions of one transcript (a constant, or the same body on
// consecutive rows of a join) parses it once. Comparing the text costs far less than a parse.
struct ParsedTranscript {
  std::string text;
  Document doc;
  Lexed scratch;  // the lexer's pieces while a parse runs (see parse_into)
  bool valid = false;
  uint64_t generation = 0;  // counts the parses: a ParsedMark of an older one is stale
};

void delete_parsed(void* p) { delete static_cast<ParsedTranscript*>(p); }

// Kept by SQLite as the auxiliary data of the transcript argument: SQLite keeps it only while
// that argument is the same constant (a literal, a bound parameter), so a mark of the parse in
// hand spares the comparison of the whole text on every row.
struct ParsedMark {
  const ParsedTranscript* parsed;
  uint64_t generation;
};
void delete_mark(void* p) { delete static_cast<ParsedMark*>(p); }

// The 1-based position argument, or nullopt for NULL; an error for anything not integral.
std::optional<sqlite3_int64> position_arg(sqlite3_value* v) {
  switch (sqlite3_value_numeric_type(v)) {
    case SQLITE_NULL: return std::nullopt;
    case SQLITE_INTEGER: return sqlite3_value_int64(v);
    case SQLITE_FLOAT: {
      double d = sqlite3_value_double(v);
      if (std::floor(d) == d) return std::fabs(d) < 9e15 ? sqlite3_int64(d) : 0;  // 0: out of range
      [[fallthrough]];
    }
    default: throw SqlError("speaker_of(): position must be an integer (a 1-based character position)");
  }
}

void speaker_of(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept {
  fn_guard(ctx, [&] {
    InterruptProbe probe(sqlite3_context_db_handle(ctx));
    StopScope stop(&InterruptProbe::check, &probe);
    if (argc == 1) {
      auto line = text_arg(argv[0]);
      if (!line) return sqlite3_result_null(ctx);
      require_utf8("speaker_of", *line);
      if (auto who = speaker_of_line(*line)) result_text(ctx, *who);
      else sqlite3_result_null(ctx);
      return;
    }
    auto pos = position_arg(argv[1]);
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || !pos) return sqlite3_result_null(ctx);
    auto* parsed = static_cast<ParsedTranscript*>(sqlite3_user_data(ctx));
    const auto* mark = static_cast<const ParsedMark*>(sqlite3_get_auxdata(ctx, 0));
    const bool marked = mark && parsed->valid && mark->parsed == parsed && mark->generation == parsed->generation;
    if (!marked) {  // the text is read (and cut at a NUL: a scan of it) only here
      auto text = text_arg(argv[0]);
      if (!text) return sqlite3_result_null(ctx);
      if (!parsed->valid || !equal_polling(parsed->text, *text)) {
        parsed->valid = false;
        parsed->doc = Document{};
        parsed->scratch = Lexed{};
        assign_polling(parsed->text, *text);
        in_core("speaker_of", [&] { parse_into(parsed->text, "auto", parsed->doc, parsed->scratch); });
        parsed->valid = true;
        ++parsed->generation;
      }
      // Without memory for the mark, the next row compares the text again.
      if (auto* m = new (std::nothrow) ParsedMark{parsed, parsed->generation}) sqlite3_set_auxdata(ctx, 0, m, &delete_mark);
    }
    const Turn* t = parsed->doc.turn_at(*pos);
    if (t && t->kind == Kind::Speech && t->speaker >= 0) result_text(ctx, parsed->doc.speakers[t->speaker].name);
    else sqlite3_result_null(ctx);
  });
}

void transcript_format(sqlite3_context* ctx, int, sqlite3_value** argv) noexcept {
  fn_guard(ctx, [&] {
    InterruptProbe probe(sqlite3_context_db_handle(ctx));
    StopScope stop(&InterruptProbe::check, &probe);
    auto text = text_arg(argv[0]);
    if (!text) return sqlite3_result_null(ctx);
    require_utf8("transcript_format", *text);
    const Layout& l = detect_layout(*text);
    sqlite3_result_text(ctx, l.name.data(), int(l.name.size()), SQLITE_STATIC);
  });
}

void transcript_version(sqlite3_context* ctx, int, sqlite3_value**) noexcept {
  sqlite3_result_text(ctx, SQLITE_TRANSCRIPT_VERSION, -1, SQLITE_STATIC);
}

}  // namespace

int register_scalars(sqlite3* db, std::string& failed) {
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  struct Entry {
    const char* name;
    int args;
    void (*fn)(sqlite3_context*, int, sqlite3_value**);
  };
  static constexpr Entry kEntries[] = {
      {"speaker_of", 1, &speaker_of},
      {"speaker_of", 2, &speaker_of},
      {"transcript_format", 1, &transcript_format},
      {"transcript_version", 0, &transcript_version},
  };
  for (const Entry& e : kEntries) {
    // speaker_of(transcript, position) keeps its last parse per connection, freed with it.
    void* data = nullptr;
    void (*destroy)(void*) = nullptr;
    if (e.fn == &speaker_of && e.args == 2) {
      data = new (std::nothrow) ParsedTranscript();
      if (!data) return SQLITE_NOMEM;
      destroy = &delete_parsed;
    }
    int rc = sqlite3_create_function_v2(db, e.name, e.args, kFlags, data, e.fn, nullptr, nullptr, destroy);
    if (rc != SQLITE_OK) {
      failed = e.name;
      return rc;
    }
  }
  return SQLITE_OK;
}

}  // namespace transcript::sql
