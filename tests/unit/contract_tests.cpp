// The layout contract (layout.hpp) through the shared assembler, with pieces made by hand as a
// layout's lexer would make them: times reach the rows, speech without a named speaker, text
// that is not a plain copy of the source, title holders resolved by position.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "layout.hpp"
#include "text.hpp"

using namespace transcript;

namespace {

struct Builder {
  std::string text;
  Lexed lx;

  // Appends `s` on a line of its own and returns its span.
  Span line(std::string_view s) {
    Span sp{uint32_t(text.size()), uint32_t(text.size() + s.size())};
    text.append(s).append("\n");
    return sp;
  }
  Piece& push(Piece::Type type, Span span, uint32_t line_no) {
    Piece p;
    p.type = type;
    p.span = span;
    p.line = line_no;
    lx.pieces.push_back(p);
    return lx.pieces.back();
  }
  Piece& label(Span span, uint32_t line_no, size_t name_len, bool title_only = false) {
    Piece& p = push(Piece::Type::Label, span, line_no);
    lx.pieces.set_label(p, {span.b, uint32_t(span.b + name_len)}, {span.b, uint32_t(span.b + name_len)});
    p.title_only = title_only;
    return p;
  }
  // Gives p times (where the layout read them), as a layout does through its PieceList.
  void times(Piece& p, double start, double end = kNoTime) { lx.pieces.set_times(p, start, end); }
  Document assemble_all() {
    Document doc;
    doc.text = text;
    assemble(text, lx, doc);
    doc.literals = std::move(lx.literals);
    doc.finish(false);
    return doc;
  }
};

std::string speaker(const Document& d, const Turn& t) { return t.speaker < 0 ? "NULL" : d.speakers[t.speaker].name; }

}  // namespace

BOOST_AUTO_TEST_SUITE(contract)

BOOST_AUTO_TEST_CASE(times_reach_rows_and_merges_extend_the_end) {
  Builder b;
  Span l1 = b.line("ANA: one");
  Span l2 = b.line("ANA: two");
  Span l3 = b.line("BEN: three");
  Piece& a1 = b.label({l1.b, l1.b + 4}, 1, 3);
  b.times(a1, 1.5, 2.0);
  b.push(Piece::Type::Text, {l1.b + 5, l1.e}, 1);
  Piece& a2 = b.label({l2.b, l2.b + 4}, 2, 3);
  b.times(a2, 2.0, 4.25);
  b.push(Piece::Type::Text, {l2.b + 5, l2.e}, 2);
  Piece& b1 = b.label({l3.b, l3.b + 4}, 3, 3);
  b.times(b1, 5);
  b.push(Piece::Type::Text, {l3.b + 5, l3.e}, 3);
  Document d = b.assemble_all();
  BOOST_TEST_REQUIRE(d.turns.size() == 2u);
  BOOST_TEST(d.turns[0].start_time == 1.5);
  BOOST_TEST(d.turns[0].end_time == 4.25);  // the merged cue's end
  BOOST_TEST(d.render_text(d.turns[0]) == "one two");
  BOOST_TEST(d.turns[1].start_time == 5.0);
  BOOST_TEST(std::isnan(d.turns[1].end_time));
}

BOOST_AUTO_TEST_CASE(unnamed_speech_is_a_turn_of_its_own_with_no_speaker) {
  Builder b;
  Span c1 = b.line("00:01 --> 00:02");
  Span t1 = b.line("hello");
  Span c2 = b.line("00:02 --> 00:03");
  Span t2 = b.line("again");
  b.times(b.push(Piece::Type::Unnamed, c1, 1), 1);
  b.push(Piece::Type::Text, t1, 2);
  b.times(b.push(Piece::Type::Unnamed, c2, 3), 2);
  b.push(Piece::Type::Text, t2, 4);
  Document d = b.assemble_all();
  BOOST_TEST_REQUIRE(d.turns.size() == 2u);  // never merged
  for (const Turn& t : d.turns) {
    BOOST_TEST(kind_name(t.kind) == "speech");
    BOOST_TEST(speaker(d, t) == "NULL");
    BOOST_TEST(!t.has_label);
  }
  BOOST_TEST(d.render_text(d.turns[1]) == "again");
  BOOST_TEST(d.turns[1].start_time == 2.0);
  BOOST_TEST(d.turns[0].char_start == 1u);  // the span starts at the timing line
}

BOOST_AUTO_TEST_CASE(literal_and_glued_segments_keep_source_offsets) {
  Builder b;
  Span l = b.line("ANA: Tom &amp; Jerry <i>ok</i>");
  b.label({l.b, l.b + 4}, 1, 3);
  Piece& t = b.push(Piece::Type::Text, {l.b + 5, l.b + 20}, 1);
  b.lx.literal(t, "Tom & Jerry");
  Piece& g = b.push(Piece::Type::Text, {l.b + 24, l.b + 26}, 1);
  g.glue = true;  // "<i>" removed before it: no space
  Document d = b.assemble_all();
  BOOST_TEST_REQUIRE(d.turns.size() == 1u);
  BOOST_TEST(d.render_text(d.turns[0]) == "Tom & Jerryok");
  BOOST_TEST(d.count_words(d.turns[0]) == 3u);  // Tom, &, Jerryok
  bool source_only = true;
  BOOST_TEST(d.text_capacity(d.turns[0], &source_only) >= d.render_text(d.turns[0]).size());
  BOOST_TEST(!source_only);  // a literal ("Tom & Jerry") is in it
  BOOST_TEST(d.turns[0].char_start == 1u);
  BOOST_TEST(d.turns[0].span.e == l.b + 26);  // the span covers the source, markup included
}

// A turn read from the transcript's bytes alone says so (its text then holds a NUL only where
// the transcript does); one with a literal that a layout wrote does not.
BOOST_AUTO_TEST_CASE(text_capacity_tells_a_text_of_source_bytes_only) {
  Document plain = transcript::parse("BOB SMITH: Plain words here.\n", "broadcast");
  Document vtt = transcript::parse("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Ana>Tom &amp; Jerry.\n", "webvtt");
  BOOST_TEST_REQUIRE(plain.turns.size() == 1u);
  BOOST_TEST_REQUIRE(!vtt.turns.empty());
  const Turn& cue = vtt.turns.back();
  bool source_only = false;
  BOOST_TEST(plain.text_capacity(plain.turns[0], &source_only) > plain.render_text(plain.turns[0]).size());
  BOOST_TEST(source_only);
  BOOST_TEST(vtt.text_capacity(cue, &source_only) > vtt.render_text(cue).size());
  BOOST_TEST(vtt.render_text(cue) == "Tom & Jerry.");
  BOOST_TEST(!source_only);
}

BOOST_AUTO_TEST_CASE(title_holders_change_with_position) {
  Builder b;
  Span q1 = b.line("Q. first");
  Span q2 = b.line("Q. second");
  Span q3 = b.line("Q. third");
  b.lx.names.add_full_name("JOHN C. HUESTON", 10);
  b.lx.hold("Q", "MR. HUESTON");  // BY MR. HUESTON:
  b.label({q1.b, q1.b + 2}, 1, 1, true);
  b.push(Piece::Type::Text, {q1.b + 3, q1.e}, 1);
  b.lx.hold("Q", "MS. DOE");  // BY MS. DOE:
  b.label({q2.b, q2.b + 2}, 2, 1, true);
  b.push(Piece::Type::Text, {q2.b + 3, q2.e}, 2);
  b.label({q3.b, q3.b + 2}, 3, 1, true);
  b.push(Piece::Type::Text, {q3.b + 3, q3.e}, 3);
  Document d = b.assemble_all();
  BOOST_TEST_REQUIRE(d.turns.size() == 2u);  // the same holder's labels merge
  BOOST_TEST(speaker(d, d.turns[0]) == "JOHN C. HUESTON");  // the holder's fullest name
  BOOST_TEST(speaker(d, d.turns[1]) == "DOE");
}

BOOST_AUTO_TEST_CASE(a_title_nobody_holds_is_kept_as_written) {
  Builder b;
  Span l = b.line("THE COURT: Be seated.");
  b.label({l.b, l.b + 10}, 1, 9, true);
  b.push(Piece::Type::Text, {l.b + 11, l.e}, 1);
  Document d = b.assemble_all();
  BOOST_TEST_REQUIRE(d.turns.size() == 1u);
  BOOST_TEST(speaker(d, d.turns[0]) == "THE COURT");
  BOOST_TEST(title_key("The  CHAIRMAN.") == "CHAIRMAN");
}

// LabelMemo gives a label met again the parts that parsing it there would give, wherever it is,
// parses each distinct label once while it is among the last eight, and keeps an empty role empty.
BOOST_AUTO_TEST_CASE(label_memo_gives_what_a_parse_gives_at_every_place) {
  size_t parses = 0;
  // `NAME, ROLE` or `NAME` (no role: an empty span, as the layouts leave it); "x" is no label.
  auto parse = [&](std::string_view s, size_t b, size_t e) -> std::optional<LabelParts> {
    ++parses;
    if (s.substr(b, e - b) == "x") return std::nullopt;
    LabelParts p;
    size_t comma = s.substr(0, e).find(',', b);
    size_t ne = comma == std::string_view::npos ? e : comma;
    p.label = {uint32_t(b), uint32_t(e)};
    p.name = {uint32_t(b), uint32_t(ne)};
    if (ne < e) p.role = {uint32_t(ne + 2), uint32_t(e)};
    p.end = e + 1;
    return p;
  };
  std::string text;
  std::vector<std::pair<size_t, size_t>> labels;
  const char* names[] = {"KELLY, HOST", "BOWMAN", "x", "KELLY, HOST", "BOWMAN", "x"};
  for (int round = 0; round < 3; ++round)
    for (const char* n : names) {
      text += "  ";
      labels.emplace_back(text.size(), text.size() + std::strlen(n));
      text += n;
      text += ": words\n";
    }
  LabelMemo memo;
  for (auto [b, e] : labels) {
    auto got = memo.get(text, b, e, [&] { return parse(text, b, e); });
    auto want = parse(text, b, e);
    BOOST_TEST_REQUIRE(got.has_value() == want.has_value());
    if (!want) continue;
    BOOST_TEST(got->label.b == want->label.b);
    BOOST_TEST(got->label.e == want->label.e);
    BOOST_TEST(got->name.b == want->name.b);
    BOOST_TEST(got->name.e == want->name.e);
    BOOST_TEST(got->role.b == want->role.b);  // {0, 0} when there is no role
    BOOST_TEST(got->role.e == want->role.e);
    BOOST_TEST(got->end == want->end);
  }
  // Three distinct labels: parsed once each by the memo, once per label by the checks.
  BOOST_TEST(parses == 3 + labels.size());
  // Nine distinct labels push the first out: it is parsed again.
  LabelMemo small;
  std::string many = "A0 A1 A2 A3 A4 A5 A6 A7 A8 A0";
  parses = 0;
  for (size_t b = 0; b < many.size(); b += 3) small.get(many, b, b + 2, [&] { return parse(many, b, b + 2); });
  BOOST_TEST(parses == 10u);
  small.get(many, 27, 29, [&] { return parse(many, 27, 29); });  // A0, now among the last eight
  BOOST_TEST(parses == 10u);
}

// A memo of what a test says of a name, a value that does not move with the name (as the
// dialogue sniffer keeps each name's class): the test's own answer, the test asked once per
// distinct name while it is among the last eight.
struct UpperVerdict {
  bool upper;
};
inline UpperVerdict moved(UpperVerdict v, size_t, bool) { return v; }

BOOST_AUTO_TEST_CASE(a_memo_of_verdicts_gives_the_tests_verdicts) {
  size_t asked = 0;
  auto upper = [&](std::string_view s, size_t b, size_t e) {
    ++asked;
    for (size_t i = b; i < e; ++i)
      if (!(s[i] >= 'A' && s[i] <= 'Z')) return false;
    return true;
  };
  std::string s = "KELLY Kelly KELLY BOWMAN Kelly BOWMAN";
  std::vector<std::pair<size_t, size_t>> words = {{0, 5}, {6, 11}, {12, 17}, {18, 24}, {25, 30}, {31, 37}};
  RecentLabels<UpperVerdict> memo;
  for (auto [b, e] : words) {
    auto v = memo.get(s, b, e, [&] { return std::optional<UpperVerdict>(UpperVerdict{upper(s, b, e)}); });
    BOOST_TEST(v->upper == upper(s, b, e));
  }
  BOOST_TEST(asked == 3 + words.size());  // KELLY, Kelly, BOWMAN once each, plus the checks
}

BOOST_AUTO_TEST_SUITE_END()
