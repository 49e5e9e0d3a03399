// transcript_turns(transcript [, format]): an eponymous table-valued function, one row per turn.
// Modelled on SQLite's ext/misc/series.c and json_each: hidden argument columns, arguments
// passed through xBestIndex/xFilter, rows kept by the cursor.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "layout.hpp"
#include "sqlite_glue.hpp"

namespace transcript::sql {
namespace {

constexpr const char* kFn = "transcript_turns";

enum Col {
  kTurn, kKind, kSpeaker, kSpeakerKey, kLabel, kRole, kText, kStart, kLength, kLine,
  kStartTime, kEndTime, kWords, kClip, kTranscript, kFormat, kColumnCount
};
constexpr const char* kSchema =
    "CREATE TABLE x(turn INTEGER, kind TEXT, speaker TEXT, speaker_key TEXT, label TEXT, role TEXT,"
    " text TEXT, start INTEGER, length INTEGER, line INTEGER, start_time REAL, end_time REAL,"
    " words INTEGER, clip INTEGER, transcript HIDDEN, format HIDDEN)";
static_assert(kColumnCount == 16, "kSchema and Col must list the same columns");

struct TurnsTable : sqlite3_vtab {
  sqlite3* db = nullptr;  // for sqlite3_interrupt() during a parse
};

struct TurnsCursor : sqlite3_vtab_cursor {
  // The transcript: SQLite's own value of the argument, not a copy. SQLite keeps the values it
  // passed to xFilter until the next xFilter or xClose, and its json_each reads them from
  // xColumn the same way (src/json.c, jsonEachFilter); every Span points into it.
  std::string_view text;
  std::string format;  // the format argument ("auto" when absent or NULL)
  RowStream rows;      // built as they are read: LIMIT stops the work
  size_t row = 0;
  bool has_row = false;  // rows.reach(row)
};

TurnsCursor* cursor_of(sqlite3_vtab_cursor* c) { return static_cast<TurnsCursor*>(c); }

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char** err) noexcept {
  int rc = sqlite3_declare_vtab(db, kSchema);
  if (rc != SQLITE_OK) return rc;
#ifdef SQLITE_VTAB_INNOCUOUS
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
#endif
  auto* table = new (std::nothrow) TurnsTable{};
  if (!table) return SQLITE_NOMEM;
  table->db = db;
  *out = table;
  (void)err;
  return SQLITE_OK;
}

int disconnect(sqlite3_vtab* vt) noexcept {
  delete static_cast<TurnsTable*>(vt);
  return SQLITE_OK;
}

// Arguments arrive as equality constraints on the hidden columns (plan_arguments); rows come in
// turn order, so an ORDER BY turn costs nothing.
int best_index(sqlite3_vtab*, sqlite3_index_info* info) noexcept {
  bool has_transcript = false;
  int rc = plan_arguments(info, kTranscript, &has_transcript);
  if (rc != SQLITE_OK || !has_transcript) return rc;
  info->estimatedCost = 1000;
  info->estimatedRows = 100;
  if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn <= kTurn && info->aOrderBy[0].iColumn >= -1 &&
      !info->aOrderBy[0].desc)
    info->orderByConsumed = 1;  // rows come in turn (= rowid) order
  return SQLITE_OK;
}

int open_cursor(sqlite3_vtab*, sqlite3_vtab_cursor** out) noexcept {
  auto* c = new (std::nothrow) TurnsCursor{};
  if (!c) return SQLITE_NOMEM;
  *out = c;
  return SQLITE_OK;
}

int close_cursor(sqlite3_vtab_cursor* c) noexcept {
  delete cursor_of(c);
  return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cur, int idx_num, const char*, int argc, sqlite3_value** argv) noexcept {
  TurnsCursor* c = cursor_of(cur);
  return vtab_guard(cur->pVtab, [&] {
    c->rows = RowStream{};  // called again for every outer row of a join
    c->text = {};
    c->format = "auto";
    c->row = 0;
    c->has_row = false;
    // Installed first: reading a 200 MB argument (its NUL search) polls too.
    InterruptProbe probe(static_cast<TurnsTable*>(cur->pVtab)->db);
    StopScope stop(&InterruptProbe::check, &probe);
    TranscriptArgs args = filter_arguments(kFn, idx_num, argc, argv);
    c->format = std::move(args.format);
    if (!args.transcript) return SQLITE_OK;  // NULL transcript: no rows
    c->text = *args.transcript;
    in_core(kFn, [&] {
      c->rows.start(c->text, c->format);
      c->has_row = c->rows.reach(0);
    });
    return SQLITE_OK;
  });
}

int next(sqlite3_vtab_cursor* cur) noexcept {
  TurnsCursor* c = cursor_of(cur);
  ++c->row;
  return vtab_guard(cur->pVtab, [&] {  // builds the row if it is not yet final
    c->has_row = false;
    InterruptProbe probe(static_cast<TurnsTable*>(cur->pVtab)->db);
    StopScope stop(&InterruptProbe::check, &probe);
    in_core(kFn, [&] { c->has_row = c->rows.reach(c->row); });
    return SQLITE_OK;
  });
}

int eof(sqlite3_vtab_cursor* cur) noexcept { return !cursor_of(cur)->has_row; }

void result_span(sqlite3_context* ctx, const TurnsCursor& c, bool valid, Span s) {
  if (valid) result_text(ctx, s.of(c.text));
  else sqlite3_result_null(ctx);
}

void result_time(sqlite3_context* ctx, double t) {
  if (std::isnan(t)) sqlite3_result_null(ctx);
  else sqlite3_result_double(ctx, t);
}

int column(sqlite3_vtab_cursor* cur, sqlite3_context* ctx, int col) noexcept {
  TurnsCursor* c = cursor_of(cur);
  return vtab_guard(cur->pVtab, [&] {
    const Document& doc = c->rows.doc();
    const Turn& t = doc.turns[c->row];
    const Speaker* sp = t.speaker >= 0 ? &doc.speakers[t.speaker] : nullptr;
    switch (col) {
      case kTurn: sqlite3_result_int64(ctx, sqlite3_int64(c->row + 1)); break;
      case kKind: sqlite3_result_text(ctx, kind_name(t.kind).data(), -1, SQLITE_STATIC); break;
      case kSpeaker:
        if (sp) result_text(ctx, sp->name);
        else sqlite3_result_null(ctx);
        break;
      case kSpeakerKey:
        if (sp && !sp->key.empty()) result_text(ctx, sp->key);
        else sqlite3_result_null(ctx);
        break;
      case kLabel: result_span(ctx, *c, t.has_label, t.label); break;
      case kRole: result_span(ctx, *c, t.has_role, t.role); break;
      case kText: {  // rendered straight into memory that SQLite takes over: no extra copy
        // From malloc(), not sqlite3_malloc(): SQLite's allocator takes a mutex and keeps
        // statistics on every call, half the cost of a short row (the rest of the core's memory
        // is not SQLite's either).
        bool source_only = false;
        size_t cap = doc.text_capacity(t, &source_only) + 1;
        char* buf = static_cast<char*>(std::malloc(cap));
        if (!buf) throw std::bad_alloc();
        size_t n = doc.render_text(t, buf);
        buf[n] = '\0';
        // Given a length, SQLite cannot know the text is terminated and copies it the first
        // time a function reads it (length(), LIKE, ...); a terminated text without NULs
        // inside is handed over as such. The transcript was cut at its first NUL (text_arg),
        // so only a literal can bring one in.
        const bool nul_free = source_only || !std::memchr(buf, '\0', n);
        if (n < 0x7fffffff && nul_free) sqlite3_result_text(ctx, buf, -1, &std::free);
        else sqlite3_result_text64(ctx, buf, n, &std::free, SQLITE_UTF8);
        break;
      }
      case kStart: sqlite3_result_int64(ctx, c->rows.placed(c->row).char_start); break;
      case kLength: sqlite3_result_int64(ctx, c->rows.placed(c->row).char_length); break;
      case kLine: sqlite3_result_int64(ctx, t.line); break;
      case kStartTime: result_time(ctx, t.start_time); break;
      case kEndTime: result_time(ctx, t.end_time); break;
      case kWords: sqlite3_result_int64(ctx, sqlite3_int64(doc.count_words(t))); break;
      case kClip: sqlite3_result_int(ctx, t.clip ? 1 : 0); break;
      case kTranscript: result_text(ctx, c->text); break;
      case kFormat: result_text(ctx, c->format); break;
      default: sqlite3_result_null(ctx);
    }
    return SQLITE_OK;
  });
}

int rowid(sqlite3_vtab_cursor* cur, sqlite3_int64* out) noexcept {
  *out = sqlite3_int64(cursor_of(cur)->row + 1);
  return SQLITE_OK;
}

}  // namespace

int register_turns(sqlite3* db) {
  static sqlite3_module module = [] {
    sqlite3_module m{};
    m.xConnect = &connect;
    m.xBestIndex = &best_index;
    m.xDisconnect = &disconnect;
    m.xOpen = &open_cursor;
    m.xClose = &close_cursor;
    m.xFilter = &filter;
    m.xNext = &next;
    m.xEof = &eof;
    m.xColumn = &column;
    m.xRowid = &rowid;
    return m;
  }();
  return sqlite3_create_module(db, kFn, &module, nullptr);
}

}  // namespace transcript::sql
