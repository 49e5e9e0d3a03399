// Properties that every transcript_turns result must have, checked through SQL on every
// fixture under tests/fixtures/<layout>/*.{txt,vtt,srt} (SPEC.md: columns and positions).
//
//   TRANSCRIPT_FIXTURES_DIR=dir   check the *.txt files under another directory instead (absolute,
//                                 or relative to tests/), e.g. a corpus: dir/<layout>/<file>.txt
#define BOOST_TEST_MODULE sql_properties
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <cstring>
#include <map>

#include "sql_harness.hpp"

namespace bdata = boost::unit_test::data;
using namespace harness;

namespace {

fs::path fixtures_dir() {
  const char* d = std::getenv("TRANSCRIPT_FIXTURES_DIR");
  return d && *d ? tests_dir() / d : tests_dir() / "fixtures";  // an absolute d replaces tests_dir()
}

std::vector<std::string> all_fixtures() {
  std::vector<std::string> all;
  for (const char* ext : {".txt", ".vtt", ".srt"})
    for (auto& f : list_files(fixtures_dir().string(), ext)) all.push_back(f);
  return all;
}
const std::vector<std::string> kFixtures = all_fixtures();

// Caption files (webvtt, srt): a turn's span begins at its first cue's id or timing line, while
// `line` is where its words (or voice) begin; labels and text lose the layout's markup.
bool is_cue_layout(const std::string& layout) { return layout == "webvtt" || layout == "srt"; }

// The span without caption markup: tags (`<v Ana>`, `<i>`, `<00:00:01.520>`), `{\an8}` codes,
// and the character references the caption layouts decode.
std::string unmarked(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t close = std::string::npos;
    if (s[i] == '<' || (s[i] == '{' && i + 1 < s.size() && s[i + 1] == '\\')) close = s.find(s[i] == '<' ? '>' : '}', i);
    if (close != std::string::npos) {
      i = close + 1;
      continue;
    }
    bool decoded = false;
    for (auto [ref, ch] : {std::pair{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", " "}, {"&#39;", "'"},
                           {"&#x27;", "'"}, {"&quot;", "\""}})
      if (s.compare(i, std::strlen(ref), ref) == 0) {
        out += ch;
        i += std::strlen(ref);
        decoded = true;
        break;
      }
    if (!decoded) out += s[i++];
  }
  return out;
}

bool is_layout_name(const std::string& s) {
  for (const char* n : {"broadcast", "hearing", "court", "dialogue", "timestamped", "webvtt", "srt", "captions",
                        "chat", "play"})
    if (s == n) return true;
  return false;
}

// White space as SPEC.md folds it: ASCII space, tab, LF, VT, FF, CR, and the Unicode spaces
// (NBSP, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and a stray BOM.
bool is_space_cp(uint32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// The transcript as code points (it is valid UTF-8: the fixtures are).
std::vector<uint32_t> decode(std::string_view s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

void put_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) out.push_back(char(cp));
  else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// Code points [b, e) with every run of white space folded into one space, trimmed.
std::string folded(const std::vector<uint32_t>& cps, size_t b, size_t e) {
  std::string out;
  bool space = false;
  for (size_t i = b; i < e; ++i) {
    if (is_space_cp(cps[i])) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    put_utf8(out, cps[i]);
  }
  return out;
}

std::string utf8_of(const std::vector<uint32_t>& cps, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) put_utf8(out, cps[i]);
  return out;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

struct Row {
  long turn;
  std::string kind, speaker, key, label, role, text;
  long start, length, line, words, clip;
  std::string start_time, end_time, span, speaker_at_start, speaker_at_end;
};

constexpr const char* kRowsSql =
    "SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, words, clip,"
    " start_time, end_time, substr(?1, start, length),"
    " speaker_of(?1, start), speaker_of(?1, start + length - 1)"
    " FROM transcript_turns(?1)";

std::vector<Row> rows_of(sqlite3* db, const std::string& text) {
  std::vector<Row> rows;
  for (auto& r : query(db, kRowsSql, {text}))
    rows.push_back({std::stol(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], std::stol(r[7]), std::stol(r[8]),
                    std::stol(r[9]), std::stol(r[10]), std::stol(r[11]), r[12], r[13], r[14], r[15], r[16]});
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_CASE(fixtures_exist) { BOOST_TEST(kFixtures.size() >= 8u); }

BOOST_DATA_TEST_CASE(turn_properties, bdata::make(kFixtures), fixture) {
  const std::string text = read_file(fixtures_dir() / fixture);
  const std::string layout = fs::path(fixture).begin()->string();  // fixtures/<layout>/...
  const std::vector<uint32_t> cps = decode(text);
  // Court pages: line numbers, clocks and page furniture (stamps, running heads, page numbers)
  // belong to no row's text and, between turns, to no row at all (LAYOUTS.md "court").
  const bool paged = layout == "court";
  Db db = open_db();
  const std::vector<Row> rows = rows_of(db.get(), text);
  BOOST_TEST_REQUIRE(!rows.empty(), fixture << ": no rows");

  // Line ends before each character position (LF, CRLF once, lone CR).
  std::vector<long> line_at(cps.size() + 2, 1);
  for (size_t i = 0; i < cps.size(); ++i) {
    bool ends = cps[i] == '\n' || (cps[i] == '\r' && !(i + 1 < cps.size() && cps[i + 1] == '\n'));
    line_at[i + 2] = line_at[i + 1] + (ends ? 1 : 0);  // line_at[p]: line of 1-based position p
  }

  std::map<std::string, std::string> key_of;
  std::map<std::string, bool> has_role;
  std::vector<bool> covered(cps.size(), false);
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    BOOST_TEST_CONTEXT(fixture << " turn " << r.turn << " (" << r.kind << ", line " << r.line << ")") {
      BOOST_TEST(r.turn == long(i + 1));
      BOOST_TEST((r.kind == "speech" || r.kind == "event" || r.kind == "meta" || r.kind == "prose"));
      BOOST_TEST((r.clip == 0 || r.clip == 1));
      BOOST_TEST(r.start >= 1);
      BOOST_TEST(r.length >= 0);
      BOOST_TEST(size_t(r.start - 1 + r.length) <= cps.size());
      if (i > 0) {
        const Row& p = rows[i - 1];
        BOOST_TEST((r.start > p.start || (r.start == p.start && p.length == 0)), "starts must increase");
        BOOST_TEST(r.start >= p.start + p.length, "spans overlap: previous ends at " << p.start + p.length - 1);
      }
      // substr(transcript, start, length) is the turn as written.
      BOOST_TEST(r.span == utf8_of(cps, r.start - 1, r.start - 1 + r.length));
      // The label, without its markup and time ("**Name:** 00:01", "[12:01] <nick>"), is in
      // the span's first line.
      if (r.label != "NULL" && (is_cue_layout(layout) || layout == "captions")) {
        // Caption labels sit inside markup (`<v Ana>`, `[Alba]`, `>> Reporter:`).
        BOOST_TEST(r.span.find(r.label) != std::string::npos);
      } else if (r.label != "NULL") {
        size_t at = r.span.find(r.label);
        BOOST_TEST((at != std::string::npos && r.span.find('\n') >= at), "span does not hold the label");
      }
      const size_t b = size_t(r.start - 1), e = b + size_t(r.length);
      // A row is written text: it neither begins nor ends with white space.
      if (r.length > 0) BOOST_TEST((!is_space_cp(cps[b]) && !is_space_cp(cps[e - 1])), "span has surrounding white space");
      // Rows without a label are their text as written (an event: the cue, brackets included),
      // after the time stamp of a layout that writes one before it ("[12:01] * nick waves").
      // A caption cue's event holds its timing line before the cue's text.
      if (r.kind == "event" && is_cue_layout(layout)) {
        std::string f = folded(cps, b, e);
        BOOST_TEST((f.size() >= r.text.size() && f.compare(f.size() - r.text.size(), r.text.size(), r.text) == 0));
      } else if (r.kind != "speech" && !paged) {
        std::string span = folded(cps, b, e);
        bool suffix = span.size() > r.text.size() && span.compare(span.size() - r.text.size(), r.text.size(), r.text) == 0 &&
                      span[span.size() - r.text.size() - 1] == ' ';
        // ... or, outside broadcast, a cue written without its markup (`**Break:** \[30:07\]`
        // is the event "Break"), which the span holds.
        BOOST_TEST((span == r.text || (r.start_time != "NULL" && suffix) ||
                    (layout != "broadcast" && !r.text.empty() && span.find(r.text) != std::string::npos)));
      }
      // A broadcast label closes with ':' right after it.
      if (r.label != "NULL" && layout == "broadcast") {
        std::string want = folded(decode(r.label), 0, decode(r.label).size()) + ":";
        BOOST_TEST(folded(cps, b, e).rfind(want, 0) == 0, "span does not begin with '" << want << "'");
      }
      // The text is folded: no leading, trailing or double spaces.
      BOOST_TEST(r.text.find("  ") == std::string::npos);
      if (!r.text.empty()) BOOST_TEST((r.text.front() != ' ' && r.text.back() != ' '));
      // Every word of the text occurs, in order, within the span: its runs of ASCII letters and
      // digits, since a layout may decode entities and drop markup (`&#8212;`, `\[laughs\]`).
      size_t at = 0;
      const std::string plain = is_cue_layout(layout) ? unmarked(r.span) : r.span;
      bool lost = false;
      for (const std::string& word : words_of(r.text)) {
        for (size_t i = 0; i < word.size() && !lost;) {
          if (!std::isalnum(static_cast<unsigned char>(word[i]))) {
            ++i;
            continue;
          }
          size_t j = i;
          while (j < word.size() && std::isalnum(static_cast<unsigned char>(word[j]))) ++j;
          size_t hit = plain.find(word.data() + i, at, j - i);
          BOOST_TEST(hit != std::string::npos, "word '" << word << "' not found in order in the span");
          if (hit == std::string::npos) lost = true;
          else at = hit + (j - i);
          i = j;
        }
        if (lost) break;
      }
      BOOST_TEST(r.words == long(words_of(r.text).size()));
      if (is_cue_layout(layout) && r.length > 0)
        BOOST_TEST((r.line >= line_at[r.start] && r.line <= line_at[r.start + r.length - 1]));
      else
        BOOST_TEST(r.line == line_at[r.start]);
      // Columns that only speech has.
      if (r.kind != "speech") {
        BOOST_TEST(r.speaker == "NULL");
        BOOST_TEST(r.label == "NULL");
        BOOST_TEST(r.role == "NULL");
      }
      if (r.speaker == "NULL") BOOST_TEST(r.key == "NULL");
      if (is_cue_layout(layout) && (r.kind == "speech" || r.kind == "event")) {  // every cue has its times
        BOOST_TEST_REQUIRE((r.start_time != "NULL" && r.end_time != "NULL"));
        BOOST_TEST(std::stod(r.start_time) <= std::stod(r.end_time));
      } else if (layout == "broadcast") {  // broadcast transcripts carry no times
        BOOST_TEST(r.end_time == "NULL");
        BOOST_TEST(r.start_time == "NULL");
      } else if (r.start_time != "NULL" && r.end_time != "NULL") {
        BOOST_TEST(std::stod(r.start_time) <= std::stod(r.end_time));
      }
      // One key per speaker; a role once given is carried to the speaker's later turns.
      if (r.speaker != "NULL") {
        auto [it, fresh] = key_of.emplace(r.speaker, r.key);
        if (!fresh) BOOST_TEST(it->second == r.key, "speaker_key changed for " << r.speaker);
        if (has_role[r.speaker]) BOOST_TEST(r.role != "NULL", "role not carried for " << r.speaker);
        if (r.role != "NULL") has_role[r.speaker] = true;
      }
      // speaker_of(transcript, position) agrees with the row that holds the position.
      if (r.length > 0) {
        std::string want = r.kind == "speech" ? r.speaker : "NULL";
        BOOST_TEST(r.speaker_at_start == want);
        BOOST_TEST(r.speaker_at_end == want);
      }
      for (long p = r.start; p < r.start + r.length; ++p) covered[size_t(p - 1)] = true;
    }
  }
  // Nothing written is lost: every character that is not white space belongs to some row.
  for (size_t i = 0; i < cps.size() && !paged; ++i)
    if (!covered[i] && !is_space_cp(cps[i])) {
      BOOST_ERROR(fixture << ": character " << (i + 1) << " (line " << line_at[i + 1] << ") is in no row");
      break;
    }
  // Positions between rows (blank lines) belong to no speech turn.
  for (size_t i = 0; i + 1 < rows.size(); ++i) {
    long gap = rows[i].start + rows[i].length;
    if (gap < rows[i + 1].start) {
      auto r = query(db.get(), "SELECT speaker_of(?1, " + std::to_string(gap) + ")", {text});
      BOOST_TEST(r.at(0).at(0) == "NULL", fixture << ": position " << gap << " between rows has a speaker");
    }
  }

  // `auto` picks the fixture's layout, and forcing it gives the same rows.
  if (!is_layout_name(layout)) return;
  BOOST_TEST(query(db.get(), "SELECT transcript_format(?1)", {text}).at(0).at(0) == layout);
  const char* cmp =
      "SELECT count(*) FROM (SELECT * FROM transcript_turns(?1) EXCEPT SELECT * FROM transcript_turns(?1, ?2))";
  BOOST_TEST(query(db.get(), cmp, {text, layout}).at(0).at(0) == "0");
  // A BLOB holding the same bytes reads as the same text.
  const char* blob =
      "SELECT count(*) FROM (SELECT turn, kind, speaker, speaker_key, label, role, text, start, length, line, words, clip"
      " FROM transcript_turns(?1) EXCEPT SELECT turn, kind, speaker, speaker_key, label, role, text, start, length,"
      " line, words, clip FROM transcript_turns(CAST(?1 AS BLOB)))";
  BOOST_TEST(query(db.get(), blob, {text}).at(0).at(0) == "0");
  auto n = query(db.get(), "SELECT count(*), max(turn) FROM transcript_turns(?1)", {text}).at(0);
  BOOST_TEST(n[0] == std::to_string(rows.size()));
  BOOST_TEST(n[1] == std::to_string(rows.size()));
}
