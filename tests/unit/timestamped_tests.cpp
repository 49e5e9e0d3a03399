// The timestamped layout (LAYOUTS.md "timestamped"): labels that carry a time.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "layout.hpp"
#include "layouts/timestamped.hpp"

using namespace transcript;
namespace tt = boost::test_tools;

namespace {

// One row as "kind|speaker|label|line|start_time|text" (NULL as in SQL, times in whole seconds).
std::vector<std::string> rows(const std::string& text, std::string_view format = "timestamped") {
  Document d = parse(text, format);
  std::vector<std::string> out;
  for (const Turn& t : d.turns) {
    const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
    std::string time = std::isnan(t.start_time) ? "NULL" : std::to_string(long(t.start_time));
    out.push_back(std::string(kind_name(t.kind)) + "|" + (sp ? sp->name : "NULL") + "|" +
                  (t.has_label ? std::string(t.label.of(d.text)) : "NULL") + "|" + std::to_string(t.line) + "|" +
                  time + "|" + d.render_text(t));
  }
  return out;
}

using Rows = std::vector<std::string>;

std::string speaker(std::string_view line) { return speaker_of_line(line).value_or("NULL"); }

}  // namespace

BOOST_AUTO_TEST_SUITE(timestamped)

BOOST_AUTO_TEST_CASE(name_and_parenthesised_time_alone_on_a_line) {
  std::string t = "Ana Ruiz (00:00:00):\nHello there.\n\nBo Chen (00:01:23):\nHi.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|0|Hello there.", "speech|Bo Chen|Bo Chen|4|83|Hi."}),
             tt::per_element());
}

// A leading time, then the name in markdown bold: "[00:00:05] **Ana Ruiz:** text".
BOOST_AUTO_TEST_CASE(leading_time_then_a_bold_name) {
  std::string t = "[00:00:05] **Ana Ruiz:** Hello.\n\n[00:00:09] **Bo Chen**: Thanks **a lot**.\n\n"
                  "[00:00:12] **Ana Ruiz:** Bye.\n";
  BOOST_TEST(detect_layout(t).name == "timestamped");
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|5|Hello.", "speech|Bo Chen|Bo Chen|3|9|Thanks **a lot**.",
                              "speech|Ana Ruiz|Ana Ruiz|5|12|Bye."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_bare_time_continues_the_speaker) {
  std::string t = "Ana Ruiz (00:00:10):\nOne.\n\n(00:00:40):\nTwo.\n\nBo Chen (00:01:00):\nThree.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|10|One. Two.", "speech|Bo Chen|Bo Chen|7|60|Three."}),
             tt::per_element());
}

// A bare time that a heading follows (no text between) is a row of its own, before the
// heading's: the line driver puts the heading out, after the lexer has put out what it held
// back (fuzz_layout found the two rows the wrong way round).
BOOST_AUTO_TEST_CASE(a_bare_time_before_a_heading_keeps_its_place) {
  std::string t = "Ana Ruiz (00:00:10):\nOne.\n\n(00:00:40)\n\n## Part two\n\nBo Chen (00:01:00):\nThree.\n";
  Document d = parse(t, "timestamped");
  for (size_t i = 1; i < d.turns.size(); ++i) BOOST_TEST(d.turns[i - 1].span.e <= d.turns[i].span.b);
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|10|One.", "meta|NULL|NULL|4|NULL|(00:00:40)",
                              "meta|NULL|NULL|6|NULL|## Part two", "speech|Bo Chen|Bo Chen|8|60|Three."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_bare_time_after_a_heading_starts_a_turn_of_the_same_speaker_with_its_time) {
  std::string t = "Ana Ruiz (00:00:10):\nOne.\n\n## Part two\n\n(00:05:00):\nTwo.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|10|One.", "meta|NULL|NULL|4|NULL|## Part two",
                              "speech|Ana Ruiz|NULL|6|300|Two."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(name_and_time_without_a_colon) {
  std::string t = "Tomas Okafor  0:04\n\nwelcome to the show\n\nInes Barros 1:02:14\n\nthanks\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Tomas Okafor|Tomas Okafor|1|4|welcome to the show",
                              "speech|Ines Barros|Ines Barros|5|3734|thanks"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(colon_and_bold_labels_with_one_sentence_a_line) {
  std::string t =
      "**Mara Lind:** 00:00:00\n\nWelcome.\nToday we read.\n\n**Jo Petrov**: 00:00:15\nThanks.\n\n"
      "Mara Lind: 00:00:20 \n\nBye.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Mara Lind|Mara Lind|1|0|Welcome. Today we read.",
                              "speech|Jo Petrov|Jo Petrov|6|15|Thanks.", "speech|Mara Lind|Mara Lind|9|20|Bye."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(diarized_segments_merge_by_number_and_minutes_grow_into_hours) {
  std::string t =
      "[Speaker 1] [00:03] Can you hear me? I can\n[Speaker 2] [00:06] hear you.\n"
      "[Speaker 2] [59:58] Almost at the hour.\n[Speaker 2] [01:00:02] Past it.\n[Speaker 1] [01:00:09] Yes.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Speaker 1|Speaker 1|1|3|Can you hear me? I can",
                              "speech|Speaker 2|Speaker 2|2|6|hear you. Almost at the hour. Past it.",
                              "speech|Speaker 1|Speaker 1|5|3609|Yes."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_leading_time_before_a_name) {
  std::string t = "[00:01:23] Ana de la Cruz: Hola.\n[00:01:30] Bo Chen: Hi.\n[00:01:35] and more\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana de la Cruz|Ana de la Cruz|1|83|Hola.", "speech|Bo Chen|Bo Chen|2|90|Hi. and more"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(times_inside_speech_stay_text) {
  std::string t =
      "Ana Ruiz (00:00:10):\nIt's the kind of thing [inaudible 00:15:57] you learn.\nWe met at 10:00 PM.\n"
      "Kim: 10:00 works for me\nso we left 00:02:14\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|10|It's the kind of thing [inaudible 00:15:57] you learn. "
                              "We met at 10:00 PM. Kim: 10:00 works for me so we left 00:02:14"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_label_with_no_speech_is_an_empty_turn) {
  std::string t = "Ana Ruiz (00:00:10):\nBo Chen (00:00:12):\nHi.\nAna Ruiz (00:00:20):\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|10|", "speech|Bo Chen|Bo Chen|2|12|Hi.",
                              "speech|Ana Ruiz|Ana Ruiz|4|20|"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_cue_alone_on_a_line_splits_the_turn) {
  std::string t = "Ana Ruiz (00:00:10):\nOne.\n[Music]\nTwo.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Ruiz|Ana Ruiz|1|10|One.", "event|NULL|NULL|3|NULL|[Music]",
                              "speech|Ana Ruiz|NULL|4|NULL|Two."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(speaker_of_reads_every_label_form_and_nothing_else) {
  BOOST_TEST(speaker("Lenny Rachitsky (00:01:23): hi") == "Lenny Rachitsky");
  BOOST_TEST(speaker("Tobi L\xC3\xBCtke (00:00:00):") == "Tobi L\xC3\xBCtke");
  BOOST_TEST(speaker("Stephan Livera  00:02:14") == "Stephan Livera");
  BOOST_TEST(speaker("**Max Hillebrand:** 00:00:00") == "Max Hillebrand");
  BOOST_TEST(speaker("[Speaker 1] [00:03] So.") == "Speaker 1");
  BOOST_TEST(speaker("(00:41:39):") == "NULL");
  BOOST_TEST(speaker("We met at 10:00 PM.") == "NULL");
  BOOST_TEST(!timestamped_layout().read_label("Kim: 10:00 works for me").has_value());  // dialogue reads it
  BOOST_TEST(speaker("the meeting 10:00") == "NULL");
  BOOST_TEST(speaker("[inaudible 00:15:57]") == "NULL");
  BOOST_TEST(speaker("Thanks Bob (00:12:00) for that.") == "NULL");
  BOOST_TEST(speaker("Ana Ruiz (00:12:00): For that.") == "Ana Ruiz");
}

BOOST_AUTO_TEST_CASE(auto_picks_the_layout_from_label_lines_only) {
  BOOST_TEST(detect_layout("A Li (00:01):\nx\n\nB Ko (00:05):\ny\n\nA Li (00:09):\nz\n").name == "timestamped");
  BOOST_TEST(detect_layout("[Speaker 1] [00:03] a\n[Speaker 2] [00:05] b\n[Speaker 1] [00:09] c\n").name == "timestamped");
  BOOST_TEST(detect_layout("KELLY: At 10:00 we met.\n\nBOWMAN: Yes.\n\nKELLY: 10:30 then.\n").name == "broadcast");
  BOOST_TEST(find_layout("timestamped")->sniff("It was 10:00 PM.\nThen 10:30.\nAnd 11:00:00.\n") == 0);
}

BOOST_AUTO_TEST_CASE(cut_off_labels_do_not_crash) {
  for (std::string t : {"Ana (00:0", "Ana (00:00:1", "[Speaker 1] [", "[Speaker 1] [00:0", "**", "**Ana:**", "(",
                        "(00:00:01", "[00:01", "[]", "Ana 00:", "Ana 99:99:99", ":", "**Ana:** 00:00:00\n(00:01:00):"}) {
    BOOST_CHECK_NO_THROW(parse(t, "timestamped"));
    BOOST_CHECK_NO_THROW(speaker_of_line(t));
  }
}

BOOST_AUTO_TEST_SUITE_END()
