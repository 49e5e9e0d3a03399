// RowStream: rows built as they are read (what transcript_turns does for LIMIT) are the rows
// of a whole parse, and reading the first rows does not build the rest.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "layout.hpp"

using namespace transcript;
namespace fs = std::filesystem;

namespace {

std::string time_text(double t) { return std::isnan(t) ? "NULL" : std::to_string(t); }

// Every column of a row, as transcript_turns gives it.
std::string row(const Document& d, const Turn& t) {
  const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
  return std::string(kind_name(t.kind)) + "|" + (sp ? sp->name + "|" + sp->key : "NULL") + "|" +
         (t.has_label ? std::string(t.label.of(d.text)) : "NULL") + "|" +
         (t.has_role ? std::string(t.role.of(d.text)) : "NULL") + "|" + d.render_text(t) + "|" +
         std::to_string(t.char_start) + "|" + std::to_string(t.char_length) + "|" + std::to_string(t.line) + "|" +
         time_text(t.start_time) + "|" + time_text(t.end_time) + "|" + std::to_string(d.count_words(t)) + "|" +
         std::to_string(t.clip);
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// A broadcast transcript of n turns whose hosts are first named by surname only; their full
// names come in the last lines.
std::string long_transcript(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += (i % 2 ? "SHAPIRO: " : "KELLY: ") + std::string("Line number ") + std::to_string(i) + ".\n\n";
  s += "MARY LOUISE KELLY, HOST: That is all.\n\nARI SHAPIRO, HOST: Goodbye.\n";
  return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(row_stream)

BOOST_AUTO_TEST_CASE(rows_read_one_by_one_are_the_rows_of_a_whole_parse) {
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(__FILE__).parent_path() / ".." / "fixtures")) {
    if (!entry.is_regular_file()) continue;
    std::string text = read(entry.path());
    Document whole;
    try {
      whole = parse(text);
    } catch (const Error&) {
      continue;  // a fixture of bad input: RowStream throws the same (below)
    }
    ++files;
    RowStream stream;
    stream.start(text, "auto");
    size_t i = 0;
    for (; stream.reach(i); ++i) {
      BOOST_TEST_REQUIRE(i < whole.turns.size(), entry.path());
      BOOST_TEST(row(stream.doc(), stream.placed(i)) == row(whole, whole.turns[i]), entry.path() << " row " << i);
    }
    BOOST_TEST(i == whole.turns.size(), entry.path());
  }
  BOOST_TEST(files >= 10u);
}

// A caption file lexed in steps, after a census of its labels (Layout::census): the same rows,
// whatever the text, as the captions' own fixtures and the other layouts' read as captions.
BOOST_AUTO_TEST_CASE(rows_lexed_in_steps_are_the_rows_of_a_whole_parse) {
  size_t texts = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(__FILE__).parent_path() / ".." / "fixtures")) {
    if (!entry.is_regular_file()) continue;
    const std::string one = read(entry.path());
    // Twice over: a cue that repeats the line before it across the seam, labels given again.
    for (const std::string& text : {one, one + "\n" + one})
      for (std::string_view format : {"webvtt", "srt", "auto"}) {
        Document whole;
        try {
          whole = parse(text, format);
        } catch (const Error&) {
          continue;
        }
        ++texts;
        RowStream stream;
        stream.start(text, format, {0, 1});  // every text in steps, of a line or so
        size_t i = 0;
        for (; stream.reach(i); ++i) {
          BOOST_TEST_REQUIRE(i < whole.turns.size(), entry.path() << " " << format);
          BOOST_TEST(row(stream.doc(), stream.placed(i)) == row(whole, whole.turns[i]),
                     entry.path() << " " << format << " row " << i);
        }
        BOOST_TEST(i == whole.turns.size(), entry.path() << " " << format);
      }
  }
  BOOST_TEST(texts >= 100u);
}

// A cue that says nothing new joins the piece before it, here the label of a voice with no
// words, whose span the lexer then lengthens and the census does not: still the same label.
BOOST_AUTO_TEST_CASE(a_label_lengthened_by_an_empty_cue_is_the_census_label) {
  for (std::string text : {"0:0-->0:0\n<v a>\r0:0-->0:0", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>\n\n00:02.000 --> 00:03.000\n"}) {
    for (std::string_view format : {"webvtt", "srt"}) {
      Document whole = parse(text, format);
      RowStream stream;
      stream.start(text, format, {0, 1});
      size_t i = 0;
      for (; stream.reach(i); ++i) {
        BOOST_TEST_REQUIRE(i < whole.turns.size());
        BOOST_TEST(row(stream.doc(), stream.placed(i)) == row(whole, whole.turns[i]), format << " row " << i);
      }
      BOOST_TEST(i == whole.turns.size());
    }
  }
}

// The first row of a long caption file is read without lexing the rest: the literals that
// the lexer writes for cues with markup stop near the start.
BOOST_AUTO_TEST_CASE(the_first_row_of_a_long_caption_file_lexes_little_of_it) {
  std::string text = "WEBVTT\n\n";
  for (int i = 0; i < 20000; ++i) {
    const std::string t = std::to_string(i / 60) + ":" + std::to_string(10 + i % 50) + ".000";
    text += "00:" + t + " --> 00:" + t + "\n" + (i % 100 == 0 ? "<v Ana Ruiz>" : "") + "word<00:00:01.000><c> " +
            std::to_string(i) + "</c>\n\n";
  }
  text += "00:59:00.000 --> 00:59:01.000\n<v Ruiz>Goodbye.\n";
  Document whole = parse(text, "webvtt");
  RowStream stream;
  stream.start(text, "auto", {0});
  BOOST_TEST_REQUIRE(stream.reach(1));
  BOOST_TEST(row(stream.doc(), stream.placed(1)) == row(whole, whole.turns[1]));
  BOOST_TEST(stream.doc().literals.size() < text.size() / 20);  // a few steps' worth at most
  // The last label, `Ruiz`, resolves to the full name that the first gave, as in a whole parse.
  size_t i = 2;
  for (; stream.reach(i); ++i) BOOST_TEST_REQUIRE(row(stream.doc(), stream.placed(i)) == row(whole, whole.turns[i]));
  BOOST_TEST(i == whole.turns.size());
  BOOST_TEST(stream.doc().speakers[size_t(stream.doc().turns[i - 1].speaker)].name == "Ana Ruiz");
}

BOOST_AUTO_TEST_CASE(reading_the_first_rows_builds_no_more_than_them) {
  std::string text = long_transcript(1000);
  RowStream stream;
  stream.start(text, "broadcast");
  BOOST_TEST_REQUIRE(stream.reach(0));
  BOOST_TEST(stream.doc().turns.size() <= 2u);
  BOOST_TEST_REQUIRE(stream.reach(9));
  BOOST_TEST(stream.doc().turns.size() <= 11u);
  // A name given at the end of the text already names the first row's speaker.
  BOOST_TEST(stream.doc().speakers[size_t(stream.doc().turns[0].speaker)].name == "MARY LOUISE KELLY");
  BOOST_TEST(stream.doc().speakers[size_t(stream.doc().turns[1].speaker)].name == "ARI SHAPIRO");
  std::string first = row(stream.doc(), stream.placed(0));
  BOOST_TEST(stream.reach(1001));
  BOOST_TEST(!stream.reach(1002));
  BOOST_TEST(stream.doc().turns.size() == 1002u);
  BOOST_TEST(row(stream.doc(), stream.placed(0)) == first);  // a final row never changes
}

// The search of the prose for surname-only labels waits for the first row that needs it.
BOOST_AUTO_TEST_CASE(a_surname_named_only_in_prose_resolves_when_its_row_is_read) {
  std::string text = "MARY LOUISE KELLY, HOST: Hello.\n\n";
  for (int i = 0; i < 50; ++i) text += (i % 2 ? "KELLY: Next.\n\n" : "BOWMAN: Yes.\n\n");
  text += "KELLY: That was our reporter Tom Bowman.\n";
  Document whole = parse(text, "broadcast");
  BOOST_TEST_REQUIRE(whole.speakers[size_t(whole.turns[1].speaker)].name == "TOM BOWMAN");
  RowStream stream;
  stream.start(text, "broadcast");
  for (size_t i = 0; stream.reach(i); ++i) {
    BOOST_TEST_REQUIRE(i < whole.turns.size());
    BOOST_TEST(row(stream.doc(), stream.placed(i)) == row(whole, whole.turns[i]), "row " << i);
  }
}

// A row is final once the next piece starts a row of its own: the heading row of a transcript
// is given before the label after it is resolved, so before the search of the prose for the
// name of a surname-only first speaker.
BOOST_AUTO_TEST_CASE(a_row_before_a_label_is_given_before_the_label_is_resolved) {
  std::string text = "EVENING DISPATCH\n\nKELLY: Good evening.\n\n(SOUNDBITE OF MUSIC)\n\nKELLY: We begin.\n\n";
  for (int i = 0; i < 20; ++i) text += "KELLY: More.\n\nGUEST: Yes, Mary Louise Kelly.\n\n";
  Document whole = parse(text, "broadcast");
  BOOST_TEST_REQUIRE(whole.turns.size() > 4u);
  BOOST_TEST_REQUIRE(kind_name(whole.turns[0].kind) == "meta");
  BOOST_TEST_REQUIRE(whole.speakers[size_t(whole.turns[1].speaker)].name == "MARY LOUISE KELLY");
  RowStream stream;
  stream.start(text, "broadcast");
  BOOST_TEST_REQUIRE(stream.reach(0));
  BOOST_TEST(stream.doc().turns.size() == 1u);  // the label after it not read yet
  BOOST_TEST(stream.doc().speakers.empty());    // nor anyone resolved
  BOOST_TEST(row(stream.doc(), stream.placed(0)) == row(whole, whole.turns[0]));
  BOOST_TEST_REQUIRE(stream.reach(1));  // the speech row: final at the cue
  BOOST_TEST(stream.doc().turns.size() == 2u);
  BOOST_TEST(row(stream.doc(), stream.placed(1)) == row(whole, whole.turns[1]));
  for (size_t i = 2; stream.reach(i); ++i) {
    BOOST_TEST_REQUIRE(i < whole.turns.size());
    BOOST_TEST(row(stream.doc(), stream.placed(i)) == row(whole, whole.turns[i]), "row " << i);
  }
}

BOOST_AUTO_TEST_CASE(positions_counted_late_or_out_of_order_are_those_of_a_whole_parse) {
  // Non-ASCII text, so that characters and bytes differ.
  std::string text;
  for (int i = 0; i < 300; ++i) text += (i % 2 ? "SHAPIRO: Caf\xC3\xA9 \xE2\x80\x94 line " : "KELLY: Line ") + std::to_string(i) + ".\n\n";
  Document whole = parse(text, "broadcast");
  RowStream stream;
  stream.start(text, "broadcast");
  size_t n = 0;
  while (stream.reach(n)) ++n;  // every row built, no position read yet
  BOOST_TEST_REQUIRE(n == whole.turns.size());
  for (size_t i : {n - 1, size_t(0), n / 2, n - 1}) {  // the last first: the rows before it are counted too
    BOOST_TEST(stream.placed(i).char_start == whole.turns[i].char_start, "row " << i);
    BOOST_TEST(stream.placed(i).char_length == whole.turns[i].char_length, "row " << i);
  }
  BOOST_TEST(whole.turns[n - 1].char_start < text.size() - 100);  // characters, not bytes
}

BOOST_AUTO_TEST_CASE(a_stream_restarts_and_reports_bad_input_like_parse) {
  RowStream stream;
  BOOST_TEST(!stream.reach(0));  // not started: no rows
  stream.start("KELLY: Hello.\n", "broadcast");
  BOOST_TEST(stream.reach(0));
  BOOST_CHECK_THROW(stream.start("\xff", "auto"), Error);
  BOOST_TEST(!stream.reach(0));  // the failed start left nothing of the earlier text
  BOOST_CHECK_THROW(stream.start("text", "nonsense"), Error);
  stream.start("", "auto");
  BOOST_TEST(!stream.reach(0));
}

BOOST_AUTO_TEST_SUITE_END()
