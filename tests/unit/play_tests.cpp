// The play layout (LAYOUTS.md "play"): labels alone on their line, stage directions, acts and
// scenes, the cast list and its titles, licence boilerplate.
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "layout.hpp"
#include "text.hpp"

using namespace transcript;
namespace tt = boost::test_tools;

namespace {

// One row as "kind|speaker|label|role|text|line" (NULL as in SQL).
std::string row(const Document& d, const Turn& t) {
  auto null_or = [](bool has, std::string_view s) { return has ? std::string(s) : std::string("NULL"); };
  const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
  return std::string(kind_name(t.kind)) + "|" + null_or(sp, sp ? sp->name : "") + "|" +
         null_or(t.has_label, t.label.of(d.text)) + "|" + null_or(t.has_role, t.role.of(d.text)) + "|" +
         d.render_text(t) + "|" + std::to_string(t.line);
}

using Rows = std::vector<std::string>;

Rows rows(const std::string& text, std::string_view format = "play") {
  Document d = parse(text, format);
  Rows out;
  for (const Turn& t : d.turns) out.push_back(row(d, t));
  return out;
}

const std::string kCast =
    "PERSONS REPRESENTED\n\nALDO, Duke of the Coast.\nSIR HUGH BRAMBLE, Uncle of Wren.\nPIPER, Servant to Wren.\n"
    "COOK, Servant to Wren.\nA SAILOR, friend to Wren.\nPRINCE OF TYRE.\nSIR ROBIN.\n\nACT I.\n\n"
    "SCENE I. The quay.\n\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(play)

BOOST_AUTO_TEST_CASE(caps_label_alone_with_speech_below) {
  std::string t = "ACT I.\n\nVIOLA.\nWhat country, friends, is this?\n\nCAPTAIN.\nThis is Illyria, lady.\nIt is.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|ACT I.|1",
                              "speech|VIOLA|VIOLA|NULL|What country, friends, is this?|3",
                              "speech|CAPTAIN|CAPTAIN|NULL|This is Illyria, lady. It is.|6"}),
             tt::per_element());
  BOOST_TEST(std::string(detect_layout(t + "\nVIOLA.\nWho governs here?\n").name) == "play");
}

BOOST_AUTO_TEST_CASE(name_colon_alone_after_a_blank_line) {
  std::string t =
      "First Citizen:\nSpeak, speak:\nwe know't.\n\nAll:\nResolved.\n\nFirst Citizen:\nGo.\n\n"
      "Second murderer:\nWine.\n\nSenators, &C:\nAy.\n\nWhereby they live:\nsays he.\n";
  // "Speak, speak:" ends in a colon but follows no blank line: speech; "Whereby they live:" is
  // no name.
  BOOST_TEST(rows(t) == (Rows{"speech|First Citizen|First Citizen|NULL|Speak, speak: we know't.|1",
                              "speech|All|All|NULL|Resolved.|5", "speech|First Citizen|First Citizen|NULL|Go.|8",
                              "speech|Second murderer|Second murderer|NULL|Wine.|11",
                              "speech|Senators|Senators, &C|NULL|Ay. Whereby they live: says he.|14"}),
             tt::per_element());
  BOOST_TEST(std::string(detect_layout(t).name) == "play");
}

BOOST_AUTO_TEST_CASE(cast_list_titles_and_short_forms) {
  std::string t = kCast +
                  "DUKE.\nLight it.\n\nSIR HUGH.\nI will.\n\nBRAMBLE.\nNow.\n\nSERVANT.\nWho?\n\n"
                  "SAILOR.\nMe.\n\nPRINCE.\nAnd I.\n\nSIR.\nWho?\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|PERSONS REPRESENTED|1",
                              "meta|NULL|NULL|NULL|ALDO, Duke of the Coast. SIR HUGH BRAMBLE, Uncle of Wren. PIPER, "
                              "Servant to Wren. COOK, Servant to Wren. A SAILOR, friend to Wren. PRINCE OF TYRE. "
                              "SIR ROBIN.|3",
                              "meta|NULL|NULL|NULL|ACT I.|11", "meta|NULL|NULL|NULL|SCENE I. The quay.|13",
                              // DUKE is the cast list's Duke of the Coast; the title is the role.
                              "speech|ALDO|DUKE|DUKE|Light it.|15",
                              // SIR HUGH and BRAMBLE are short forms of SIR HUGH BRAMBLE.
                              "speech|SIR HUGH BRAMBLE|SIR HUGH|NULL|I will. Now.|18",
                              // Two servants: the title names no one; "A SAILOR" names no one.
                              "speech|SERVANT|SERVANT|NULL|Who?|24", "speech|SAILOR|SAILOR|NULL|Me.|27",
                              // PRINCE is PRINCE OF TYRE; SIR is shared by two names: as written.
                              "speech|PRINCE OF TYRE|PRINCE|NULL|And I.|30", "speech|SIR|SIR|NULL|Who?|33"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(stage_directions_own_line_are_events_inline_stay) {
  std::string t =
      "ACT I.\n\n[Enter VIOLA,\nand Sailors.]\n\nVIOLA.\n[To the CAPTAIN] Is this Illyria?\n[Singing.]\nLa la.\n\n"
      "Exit VIOLA.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|ACT I.|1", "event|NULL|NULL|NULL|[Enter VIOLA, and Sailors.]|3",
                              "speech|VIOLA|VIOLA|NULL|[To the CAPTAIN] Is this Illyria?|6",
                              "event|NULL|NULL|NULL|[Singing.]|8", "speech|VIOLA|NULL|NULL|La la.|9",
                              "event|NULL|NULL|NULL|Exit VIOLA.|11"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(inline_label_only_for_a_known_name) {
  std::string t = "ACT I.\n\nFABIAN.\nHold.\n\nVIOLA.\nNo.\n\nFABIAN. O good sir, hold.\n\nNASA. An agency.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|ACT I.|1", "speech|FABIAN|FABIAN|NULL|Hold.|3",
                              "speech|VIOLA|VIOLA|NULL|No.|6",
                              "speech|FABIAN|FABIAN|NULL|O good sir, hold. NASA. An agency.|9"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(front_matter_and_licence_are_meta) {
  std::string t =
      "The Project Gutenberg Etext of A Play\nlogin: anonymous\n\nSIR ANDREW.\n\nACT I.\n\nVIOLA.\nHi.\n\n"
      "End of Project Gutenberg Etext of A Play\nMore licence.\n\nVIOLA.\nNot a turn.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|The Project Gutenberg Etext of A Play login: anonymous|1",
                              "meta|NULL|NULL|NULL|SIR ANDREW.|4", "meta|NULL|NULL|NULL|ACT I.|6",
                              "speech|VIOLA|VIOLA|NULL|Hi.|8",
                              "meta|NULL|NULL|NULL|End of Project Gutenberg Etext of A Play More licence.|11",
                              "meta|NULL|NULL|NULL|VIOLA. Not a turn.|14"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(contents_before_the_cast_list) {
  // A modern edition lists the acts and scenes, then the cast, before the play begins.
  std::string t =
      "Contents\n\nACT I\nScene I. The quay.\n\n[1] Only give exact copies\nof it.]\n\nDRAMATIS PERSONAE\n\n"
      "ALDO, Duke of the Coast.\n\nACT I\n\nSCENE I. The quay.\n\n[Enter DUKE.]\n\nDUKE.\nLight it.\n";
  auto r = rows(t);
  BOOST_TEST_REQUIRE(r.size() >= 3u);
  BOOST_TEST(r[r.size() - 2] == "event|NULL|NULL|NULL|[Enter DUKE.]|17");
  BOOST_TEST(r.back() == "speech|ALDO|DUKE|DUKE|Light it.|19");
  for (size_t i = 0; i + 2 < r.size(); ++i) BOOST_TEST(r[i].rfind("meta|", 0) == 0u, r[i]);
}

BOOST_AUTO_TEST_CASE(speaker_of_line_reads_play_labels) {
  BOOST_TEST(speaker_of_line("DUKE.").value_or("") == "DUKE");
  BOOST_TEST(speaker_of_line("First Citizen:").value_or("") == "First Citizen");
  BOOST_TEST(!speaker_of_line("ACT I."));
  BOOST_TEST(!speaker_of_line("Whereby they live:"));
  BOOST_TEST(!speaker_of_line("Okay. So what is it?"));
  BOOST_TEST(!speaker_of_line("OK. So what is it?"));
  BOOST_TEST(!speaker_of_line("YES. We did."));
  BOOST_TEST(speaker_of_line("HAMLET. To be.").value_or("") == "HAMLET");
}

BOOST_AUTO_TEST_CASE(sniff_leaves_broadcast_alone) {
  const Layout* play = find_layout("play");
  BOOST_TEST_REQUIRE(play);
  // A broadcast label alone on its line has a blank line after it.
  BOOST_TEST(play->sniff("KELLY:\n\nHi.\n\nBOWMAN:\n\nHey.\n\nKELLY:\n\nSo.\n") == 0);
  BOOST_TEST(play->sniff("VIOLA.\nHi.\n\nDUKE.\nHo.\n\nVIOLA.\nHa.\n") > 0);
}

// Found by fuzz_layout: a bracketed direction that wraps must not swallow a markdown heading,
// which the line driver makes a row of its own (the two rows overlapped).
BOOST_AUTO_TEST_CASE(a_wrapped_direction_stops_at_a_heading) {
  std::string text = kCast + "ALDO.\nWe sail at dawn.\n[Whereupon the tide turns\n## Part two\nand the ship sails.]\n\nPIPER.\nAye.\n";
  Document d = parse(text, "play");
  for (size_t i = 0; i + 1 < d.turns.size(); ++i) BOOST_TEST(d.turns[i].span.e <= d.turns[i + 1].span.b);
  Rows r = rows(text);
  BOOST_TEST(std::count(r.begin(), r.end(), "meta|NULL|NULL|NULL|## Part two|" + std::to_string(std::count(text.begin(), text.begin() + text.find("## Part"), '\n') + 1)) == 1);
}

BOOST_AUTO_TEST_CASE(hostile_input_stays_safe) {
  std::string t;
  for (int i = 0; i < 3000; ++i) t += "[\nA.\nB:\n\nPERSONS REPRESENTED\nX, Y\n";
  BOOST_TEST(!parse(t, "play").turns.empty());
  BOOST_TEST(parse("", "play").turns.empty());
}

BOOST_AUTO_TEST_SUITE_END()
