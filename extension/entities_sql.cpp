// entities_in(text [, types]): the named entities of a text as a JSON array.
// transcript_entities(transcript [, format]): an eponymous table-valued function, one row per
// mention in a transcript's turns, with the turn and speaker that mention it.
#include <array>
#include <string>

#include "entities/linking.hpp"
#include "entities/recogniser.hpp"
#include "layout.hpp"
#include "sqlite_glue.hpp"

namespace transcript::sql {
namespace {

using entities::Type;

// --- entities_in ------------------------------------------------------------------------------

constexpr const char* kEntitiesIn = "entities_in";

// Bit per type; an error names the function and the expected types.
unsigned parse_types(std::string_view filter) {
  unsigned mask = 0;
  size_t p = 0;
  while (p <= filter.size()) {
    size_t q = filter.find(',', p);
    if (q == std::string_view::npos) q = filter.size();
    std::string_view item = filter.substr(p, q - p);
    bool blank = true;
    for (char c : item) blank = blank && (is_hspace(c) || c == '\n' || c == '\r');
    if (!blank) {
      auto t = entities::type_from_name(item);
      if (!t) {
        std::string shown(item.substr(0, 40));
        throw fn_error(kEntitiesIn, "unknown type '" + shown + "' (expected PERSON, ORG, PLACE, NORP)");
      }
      mask |= 1u << unsigned(*t);
    }
    p = q + 1;
  }
  if (!mask) throw fn_error(kEntitiesIn, "no type in the filter (expected a comma-separated list of PERSON, ORG, PLACE, NORP)");
  return mask;
}

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (u < 0x20) {
      switch (c) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          out += "\\u00";
          out.push_back(kHex[u >> 4]);
          out.push_back(kHex[u & 15]);
      }
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
}

void entities_in(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept {
  fn_guard(ctx, [&] {
    InterruptProbe probe(sqlite3_context_db_handle(ctx));
    StopScope stop(&InterruptProbe::check, &probe);
    unsigned mask = 0xF;
    if (argc > 1) {
      if (auto f = text_arg(argv[1])) mask = parse_types(*f);
    }
    auto text = text_arg(argv[0]);
    if (!text) return sqlite3_result_null(ctx);
    bool ascii = false;
    if (auto bad = find_invalid_utf8(*text, &ascii))
      throw fn_error(kEntitiesIn, "invalid UTF-8 at byte " + std::to_string(*bad + 1));
    std::vector<entities::Mention> found = entities::Recogniser().find(*text);
    CharCounter cc(*text, ascii);
    std::string out;
    out.reserve(2 + found.size() * 56);
    out.push_back('[');
    for (const auto& m : found) {
      if (!(mask & (1u << unsigned(m.type)))) continue;
      size_t b = cc.chars_before(m.b), e = cc.chars_before(m.e);
      if (out.size() > 1) out.push_back(',');
      out += "{\"entity\":";
      append_json_string(out, text->substr(m.b, m.e - m.b));
      out += ",\"type\":\"";
      out += entities::type_name(m.type);
      out += "\",\"start\":";
      out += std::to_string(b + 1);
      out += ",\"length\":";
      out += std::to_string(e - b);
      out.push_back('}');
    }
    out.push_back(']');
    sqlite3_result_text64(ctx, out.data(), out.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  });
}

// --- transcript_entities ----------------------------------------------------------------------

constexpr const char* kFn = "transcript_entities";

enum Col { kTurn, kSpeaker, kEntity, kType, kCanonical, kStart, kLength, kTranscript, kFormat, kColumnCount };
constexpr const char* kSchema =
    "CREATE TABLE x(turn INTEGER, speaker TEXT, entity TEXT, type TEXT, canonical TEXT, start INTEGER,"
    " length INTEGER, transcript HIDDEN, format HIDDEN)";
static_assert(kColumnCount == 9, "kSchema and Col must list the same columns");

struct EntitiesTable : sqlite3_vtab {
  sqlite3* db = nullptr;  // for sqlite3_interrupt() during a parse
};

struct Row {
  entities::TranscriptMention m;
  uint32_t char_start = 0, char_length = 0;
};

struct EntitiesCursor : sqlite3_vtab_cursor {
  std::string_view text;  // SQLite's own value of the argument, kept as transcript_turns keeps it
  std::string format;  // "auto" when absent or NULL
  Document doc;
  Lexed scratch;  // the lexer's pieces while a parse runs (see parse_into)
  std::vector<Row> rows;
  size_t row = 0;
};

EntitiesCursor* cursor_of(sqlite3_vtab_cursor* c) { return static_cast<EntitiesCursor*>(c); }

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char**) noexcept {
  int rc = sqlite3_declare_vtab(db, kSchema);
  if (rc != SQLITE_OK) return rc;
#ifdef SQLITE_VTAB_INNOCUOUS
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
#endif
  auto* table = new (std::nothrow) EntitiesTable{};
  if (!table) return SQLITE_NOMEM;
  table->db = db;
  *out = table;
  return SQLITE_OK;
}

int disconnect(sqlite3_vtab* vt) noexcept {
  delete static_cast<EntitiesTable*>(vt);
  return SQLITE_OK;
}

// As transcript_turns: the hidden columns are the arguments (plan_arguments).
int best_index(sqlite3_vtab*, sqlite3_index_info* info) noexcept {
  bool has_transcript = false;
  int rc = plan_arguments(info, kTranscript, &has_transcript);
  if (rc != SQLITE_OK || !has_transcript) return rc;
  info->estimatedCost = 2000;
  info->estimatedRows = 200;
  return SQLITE_OK;
}

int open_cursor(sqlite3_vtab*, sqlite3_vtab_cursor** out) noexcept {
  auto* c = new (std::nothrow) EntitiesCursor{};
  if (!c) return SQLITE_NOMEM;
  *out = c;
  return SQLITE_OK;
}

int close_cursor(sqlite3_vtab_cursor* c) noexcept {
  delete cursor_of(c);
  return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cur, int idx_num, const char*, int argc, sqlite3_value** argv) noexcept {
  EntitiesCursor* c = cursor_of(cur);
  return vtab_guard(cur->pVtab, [&] {
    c->rows.clear();
    c->doc = Document{};
    c->scratch = Lexed{};
    c->text = {};
    c->format = "auto";
    c->row = 0;
    // Installed first: reading a 200 MB argument (its NUL search) polls too.
    InterruptProbe probe(static_cast<EntitiesTable*>(cur->pVtab)->db);
    StopScope stop(&InterruptProbe::check, &probe);
    TranscriptArgs args = filter_arguments(kFn, idx_num, argc, argv);
    c->format = std::move(args.format);
    if (!args.transcript) return SQLITE_OK;  // NULL transcript: no rows
    c->text = *args.transcript;
    bool ascii = false;
    if (auto bad = find_invalid_utf8(c->text, &ascii))
      throw fn_error(kFn, "invalid UTF-8 at byte " + std::to_string(*bad + 1));
    in_core(kFn, [&] { parse_into(c->text, c->format, c->doc, c->scratch); });
    std::vector<entities::TranscriptMention> found = entities::transcript_mentions(c->doc);
    CharCounter cc(c->text, ascii);
    c->rows.reserve(found.size());
    for (auto& m : found) {
      Row r;
      size_t b = cc.chars_before(m.b), e = cc.chars_before(m.e);
      r.char_start = uint32_t(b + 1);
      r.char_length = uint32_t(e - b);
      r.m = std::move(m);
      c->rows.push_back(std::move(r));
    }
    return SQLITE_OK;
  });
}

int next(sqlite3_vtab_cursor* cur) noexcept {
  ++cursor_of(cur)->row;
  return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cur) noexcept {
  EntitiesCursor* c = cursor_of(cur);
  return c->row >= c->rows.size();
}

int column(sqlite3_vtab_cursor* cur, sqlite3_context* ctx, int col) noexcept {
  EntitiesCursor* c = cursor_of(cur);
  return vtab_guard(cur->pVtab, [&] {
    const Row& r = c->rows[c->row];
    const Turn& t = c->doc.turns[r.m.turn];
    switch (col) {
      case kTurn: sqlite3_result_int64(ctx, sqlite3_int64(r.m.turn) + 1); break;
      case kSpeaker:
        if (t.kind == Kind::Speech && t.speaker >= 0) result_text(ctx, c->doc.speakers[size_t(t.speaker)].name);
        else sqlite3_result_null(ctx);
        break;
      case kEntity: result_text(ctx, c->text.substr(r.m.b, r.m.e - r.m.b)); break;
      case kType: {
        std::string_view n = entities::type_name(r.m.type);
        sqlite3_result_text(ctx, n.data(), int(n.size()), SQLITE_STATIC);
        break;
      }
      case kCanonical: result_text(ctx, r.m.canonical); break;
      case kStart: sqlite3_result_int64(ctx, r.char_start); break;
      case kLength: sqlite3_result_int64(ctx, r.char_length); break;
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

int register_entities(sqlite3* db, std::string& failed) {
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  for (int args : {1, 2}) {
    int rc = sqlite3_create_function_v2(db, kEntitiesIn, args, kFlags, nullptr, &entities_in, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
      failed = kEntitiesIn;
      return rc;
    }
  }
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
  int rc = sqlite3_create_module(db, kFn, &module, nullptr);
  if (rc != SQLITE_OK) failed = kFn;
  return rc;
}

}  // namespace transcript::sql
