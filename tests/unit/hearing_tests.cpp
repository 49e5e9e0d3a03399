// The hearing layout (LAYOUTS.md "hearing"): GPO records and CQ transcripts.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "layout.hpp"
#include "text.hpp"

using namespace transcript;

namespace {

// Speech and event rows as "kind|speaker|label|role|text|line"; meta and prose as "kind|line".
std::vector<std::string> rows(const std::string& text, std::string_view format = "hearing") {
  Document d = parse(text, format);
  std::vector<std::string> out;
  for (const Turn& t : d.turns) {
    std::string k(kind_name(t.kind));
    if (t.kind == Kind::Meta || t.kind == Kind::Prose) {
      out.push_back(k + "|" + std::to_string(t.line));
      continue;
    }
    const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
    out.push_back(k + "|" + (sp ? sp->name : "NULL") + "|" + (t.has_label ? std::string(t.label.of(d.text)) : "NULL") +
                  "|" + (t.has_role ? std::string(t.role.of(d.text)) : "NULL") + "|" + d.render_text(t) + "|" +
                  std::to_string(t.line));
  }
  return out;
}

using Rows = std::vector<std::string>;

const std::string kHeader =
    "[House Hearing, 118 Congress]\n"
    "[From the U.S. Government Publishing Office]\n"
    "\n"
    "                      COMMITTEE ON RESOURCES\n"
    "\n"
    "              HELEN R. ABERNATHY, Oregon, Chairman\n"
    "\n"
    "PAUL DAVIS, Texas                    MARTA QUINTERO, Arizona\n"
    "GRACE DAVIS, Ohio                    BILL PASCOE JR., Maine\n"
    "\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(hearing)

BOOST_AUTO_TEST_CASE(sniff_claims_gpo_and_cq_but_not_broadcast) {
  BOOST_TEST(detect_layout(kHeader + "    The CHAIRMAN. Order.\n").name == "hearing");
  std::string cq =
      "SPEAKERS: SEN. ANN ROE, R-KAN., CHAIRMAN\n"
      "SEN. BO DIAZ, D-N.M.\n"
      "WITNESSES: JO KIM, ENGINEER\n"
      "ROE: Good morning.\n"
      "KIM: Thank you.\n"
      "DIAZ: Welcome.\n";
  BOOST_TEST(detect_layout(cq).name == "hearing");
  std::string broadcast =
      "MARY LOUISE KELLY, HOST: Good evening.\n\nKELLY: The news.\n\nTOM BOWMAN, BYLINE: Hi.\n\nKELLY: Thanks.\n";
  BOOST_TEST(detect_layout(broadcast).name == "broadcast");
}

BOOST_AUTO_TEST_CASE(labels_resolve_through_the_roster_and_the_narrative_chair) {
  std::string text = kHeader +
                     "    The Committee met, pursuant to notice, at 10 a.m., Hon. Helen R. \n"
                     "Abernathy [chairman of the committee] presiding.\n"
                     "\n"
                     "    The CHAIRMAN. The committee will come to order.\n"
                     "    Mr. PASCOE. Thank you, Madam Chair. I have a \n"
                     "question.\n"
                     "    Mrs. Davis of Ohio. And I.\n"
                     "    Mr. Davis of Texas. And I.\n";
  Rows want = {"meta|1",
               "meta|4",
               "meta|6",
               "meta|8",
               "prose|11",
               "speech|HELEN R. ABERNATHY|The CHAIRMAN|CHAIRMAN|The committee will come to order.|14",
               "speech|BILL PASCOE JR.|Mr. PASCOE|NULL|Thank you, Madam Chair. I have a question.|15",
               "speech|GRACE DAVIS|Mrs. Davis of Ohio|NULL|And I.|17",
               "speech|PAUL DAVIS|Mr. Davis of Texas|NULL|And I.|18"};
  BOOST_TEST(rows(text) == want, boost::test_tools::per_element());
}

// Two members named Lewis: `Chairman LEWIS` is the one the narrative says presides.
BOOST_AUTO_TEST_CASE(chairman_and_surname_is_the_presiding_member) {
  std::string text =
      "[House Hearing, 110 Congress]\n"
      "\n"
      "RON LEWIS, Kentucky                  JOHN LEWIS, Georgia\n"
      "RON LEWIS, Kentucky\n"
      "\n"
      "    The Subcommittee met, pursuant to notice, Hon. John Lewis \n"
      "(Chairman of the Subcommittee) presiding.\n"
      "\n"
      "    Chairman LEWIS. Good morning.\n"
      "    Mr. RAMSTAD. Thank you.\n"
      "    Chairman LEWIS. Thank you, Mr. Ramstad.\n"
      "    Mr. LEWIS of Kentucky. And I.\n";
  Rows want = {"meta|1", "meta|3", "prose|6",
               "speech|JOHN LEWIS|Chairman LEWIS|NULL|Good morning.|9",
               "speech|RAMSTAD|Mr. RAMSTAD|NULL|Thank you.|10",
               "speech|JOHN LEWIS|Chairman LEWIS|NULL|Thank you, Mr. Ramstad.|11",
               "speech|RON LEWIS|Mr. LEWIS of Kentucky|NULL|And I.|12"};
  BOOST_TEST(rows(text) == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_bare_call_and_offices_are_not_labels) {
  std::string text = kHeader +
                     "    The CHAIRMAN. Thank you.\n"
                     "    Mr. Pascoe.\n"
                     "    Mr. Secretary. Welcome.\n"
                     "    The CFTC must act. Now.\n"
                     "    Mr. Pascoe has a question.\n"
                     "    Mr. PASCOE. I do.\n";
  Rows got = rows(text);
  BOOST_TEST(got.size() == 6u);
  BOOST_TEST(got[4] ==
             "speech|HELEN R. ABERNATHY|The CHAIRMAN|CHAIRMAN|Thank you. Mr. Pascoe. Mr. Secretary. Welcome. The CFTC "
             "must act. Now. Mr. Pascoe has a question.|11");
  BOOST_TEST(got[5] == "speech|BILL PASCOE JR.|Mr. PASCOE|NULL|I do.|16");
}

BOOST_AUTO_TEST_CASE(editorial_notes_are_dropped) {
  std::string text = kHeader +
                     "    Ms. Quintero. [presiding] The committee will resume.\n"
                     "    Mr. PASCOE [continuing]. As I said.\n"
                     "    Abernathy [presiding.] Thank you.\n";
  Rows want = {"meta|1", "meta|4", "meta|6", "meta|8",
               "speech|MARTA QUINTERO|Ms. Quintero|NULL|The committee will resume.|11",
               "speech|BILL PASCOE JR.|Mr. PASCOE|NULL|As I said.|12",
               "speech|HELEN R. ABERNATHY|Abernathy|NULL|Thank you.|13"};
  BOOST_TEST(rows(text) == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(events_and_inserted_statements_split_turns) {
  std::string text = kHeader +
                     "    The CHAIRMAN. We begin.\n"
                     "    [Laughter.]\n"
                     "    The CHAIRMAN. Again.\n"
                     "    [The prepared statement of Ms. Abernathy \n"
                     "follows:]\n"
                     "\n"
                     "  Prepared Statement of Hon. Helen R. Abernathy\n"
                     "\n"
                     "    Thank you all for coming.\n"
                     "\n"
                     "    The CHAIRMAN. Mr. Davis.\n"
                     "    [Whereupon, at 11:40 a.m., the committee was adjourned.]\n"
                     "\n"
                     "    A statement for the record.\n";
  Rows want = {"meta|1",
               "meta|4",
               "meta|6",
               "meta|8",
               "speech|HELEN R. ABERNATHY|The CHAIRMAN|CHAIRMAN|We begin.|11",
               "event|NULL|NULL|NULL|[Laughter.]|12",
               "speech|HELEN R. ABERNATHY|The CHAIRMAN|CHAIRMAN|Again.|13",
               "event|NULL|NULL|NULL|[The prepared statement of Ms. Abernathy follows:]|14",
               "meta|17",
               "prose|19",
               "speech|HELEN R. ABERNATHY|The CHAIRMAN|CHAIRMAN|Mr. Davis.|21",
               "event|NULL|NULL|NULL|[Whereupon, at 11:40 a.m., the committee was adjourned.]|22",
               "prose|24"};
  BOOST_TEST(rows(text) == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(witness_headings_name_witnesses_and_footnotes_are_no_row) {
  std::string text = kHeader +
                     "STATEMENT OF THE HONORABLE JOHN Q. WILLOW, JR.,\\1\\ DIRECTOR, \n"
                     "               WATER OFFICE, ACCOMPANIED BY MARIA T. ROSS AND \n"
                     "               ED KANE, WATER OFFICE\n"
                     "\n"
                     "    Mr. Willow. Thank you. Our wells \n"
                     "---------------------------------------------------------------------------\n"
                     "    \\1\\ The prepared statement of Mr. Willow appears in the Appendix.\n"
                     "---------------------------------------------------------------------------\n"
                     "are low.\n"
                     "    [[Page 12]]\n"
                     "    Mr. Willow. Very low.\n"
                     "    Ms. Ross. And falling.\n"
                     "    Mr. Kane. Yes.\n";
  Rows want = {"meta|1", "meta|4", "meta|6", "meta|8", "meta|11",
               "speech|JOHN Q. WILLOW, JR.|Mr. Willow|NULL|Thank you. Our wells are low. Very low.|15",
               "speech|MARIA T. ROSS|Ms. Ross|NULL|And falling.|22",
               "speech|ED KANE|Mr. Kane|NULL|Yes.|23"};
  BOOST_TEST(rows(text) == want, boost::test_tools::per_element());
}

// A rule of dashes without a closing one is a separator, not the start of a footnote: the
// lines after it are kept.
BOOST_AUTO_TEST_CASE(a_lone_rule_hides_nothing) {
  std::string text = kHeader +
                     "    The CHAIRMAN. We begin.\n"
                     "---------------------------------------------------------------------------\n"
                     "    And we go on.\n";
  Rows got = rows(text);
  BOOST_TEST(got.size() == 7u);
  BOOST_TEST(got.back() == "speech|HELEN R. ABERNATHY|NULL|CHAIRMAN|And we go on.|13");  // the role carries
}

BOOST_AUTO_TEST_CASE(cq_transcript) {
  std::string text =
      "SENATE HEARING ON RIVER LOCKS\n"
      "SPEAKERS: SEN. ANN ROE, R-KAN., CHAIRMAN\n"
      "SEN. BO DIAZ, D-N.M.\n"
      "WITNESSES: JO KIM, ENGINEER\n"
      "[*] ROE: Good morning.\n"
      "We begin.\n"
      "ROE: Still me.\n"
      "(LAUGHTER)\n"
      "MORE KIM: Thank you.\n"
      "DIAZ: ROE: Welcome.\n"
      "HATCH (?): Hello.\n"
      "(UNKNOWN): Who?\n"
      "END\n"
      "See all newsletters\n";
  // `[*]`, `MORE` and the first of a double label are page markup: meta rows of their own.
  Rows want = {"meta|1", "meta|2", "meta|3", "meta|4", "meta|5",
               "speech|ANN ROE|ROE|NULL|Good morning. We begin. Still me.|5",
               "event|NULL|NULL|NULL|(LAUGHTER)|8",
               "meta|9",
               "speech|JO KIM|KIM|NULL|Thank you.|9",
               "meta|10",
               "speech|ANN ROE|ROE|NULL|Welcome.|10",
               "speech|HATCH|HATCH (?)|NULL|Hello.|11",
               "speech|(UNKNOWN)|(UNKNOWN)|NULL|Who?|12",
               "meta|13", "meta|14"};
  BOOST_TEST(rows(text) == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(odd_input_does_not_crash) {
  for (std::string s : {std::string("    Mr."), std::string("    The "), std::string("    Mr. X [pres"),
                        std::string("    [open\n"), std::string("\n\n    Mr. A ["), kHeader + "    [",
                        kHeader + "STATEMENT OF", std::string("SPEAKERS: \nWITNESSES: \n[*] "),
                        std::string("    Davis [presiding."), std::string("    Mr. Baca --")}) {
    BOOST_CHECK_NO_THROW(parse(s, "hearing"));
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hearing_names)

// `Voice.`, `Several Voices.`: an unnamed speaker in the room, a turn of its own; a paragraph
// that only starts with the word (`Voice. vote ...`, `Voices matter.`) is not one.
BOOST_AUTO_TEST_CASE(voices_from_the_room_are_anonymous_labels) {
  std::string text = kHeader +
                     "    Mr. PASCOE. Can everyone hear me?\n"
                     "    Voice. No.\n"
                     "    Several Voices. Louder!\n"
                     "    Mr. PASCOE. Is this better?\n"
                     "    A Voice. Yes.\n"
                     "    Voices matter here, I would add.\n";
  Rows got = rows(text);
  Rows speech(got.end() - 5, got.end());
  Rows want = {"speech|BILL PASCOE JR.|Mr. PASCOE|NULL|Can everyone hear me?|11",
               "speech|Voice|Voice|NULL|No.|12",
               "speech|Several Voices|Several Voices|NULL|Louder!|13",
               "speech|BILL PASCOE JR.|Mr. PASCOE|NULL|Is this better?|14",
               "speech|A Voice|A Voice|NULL|Yes. Voices matter here, I would add.|15"};
  BOOST_TEST(speech == want, boost::test_tools::per_element());
}

// Speech rows only, as "speaker|label".
Rows speakers(const std::string& text) {
  Rows out;
  for (const std::string& r : rows(text)) {
    if (!r.starts_with("speech|")) continue;
    size_t a = r.find('|', 7), b = r.find('|', a + 1);
    out.push_back(r.substr(7, b - 7));
  }
  return out;
}

// `Mr. Ruiz of Ohio.` is the roster's member from Ohio, here one with a nickname in GPO quotes;
// `Mr. Ruiz of Utah.`, whom the roster does not list, is not the Ohio member.
BOOST_AUTO_TEST_CASE(a_state_picks_the_member_and_nicknames_are_roster_names) {
  std::string text =
      "[House Hearing, 117 Congress]\n"
      "[From the U.S. Government Publishing Office]\n"
      "\n"
      "DANA PRICE, Oregon                   TOMAS E. ``TITO'' RUIZ, Ohio\n"
      "MARIA RUIZ, Texas                    ELLA VOSS, Maine\n"
      "\n"
      "    Mr. Ruiz of Ohio. Gracias.\n"
      "    Ms. Ruiz of Texas. De nada.\n"
      "    Mr. Ruiz of Utah. Hola.\n"
      "    Ms. Ruiz of Texas. Adios.\n";
  Rows want = {"TOMAS E. ``TITO'' RUIZ|Mr. Ruiz of Ohio", "MARIA RUIZ|Ms. Ruiz of Texas",
               "Ruiz of Utah|Mr. Ruiz of Utah", "MARIA RUIZ|Ms. Ruiz of Texas"};
  BOOST_TEST(speakers(text) == want, boost::test_tools::per_element());
}

// `Admiral  Brown.` (a double space) and enlisted titles (`Master Chief Lund.`) are labels; an
// accompanying `MASTER CHIEF PETTY OFFICER KEN LUND` is the full name `KEN LUND`.
BOOST_AUTO_TEST_CASE(double_spaces_and_enlisted_titles) {
  std::string text =
      "[Senate Hearing 107-1]\n"
      "[From the U.S. Government Printing Office]\n"
      "\n"
      "STATEMENT OF REAR ADMIRAL ERIN VOSS, COAST GUARD DISTRICT\n"
      "ACCOMPANIED BY:\n"
      "        MASTER CHIEF PETTY OFFICER KEN LUND, COMMAND MASTER CHIEF\n"
      "\n"
      "    Senator Price. Admiral, is it safe?\n"
      "    Admiral  Voss. It is safe.\n"
      "    Senator Price. Master Chief, do you agree?\n"
      "    Master Chief Lund. I agree.\n";
  Rows want = {"Price|Senator Price", "ERIN VOSS|Admiral  Voss", "Price|Senator Price", "KEN LUND|Master Chief Lund"};
  BOOST_TEST(speakers(text) == want, boost::test_tools::per_element());
}

// `Mr. Thain.Thank you.`: a label whose space after the period was lost is still a label, so the
// chair's `Chairman Shelby. Sure.` below is a turn of its own; `Mr. J.R. Ewing` is no label.
BOOST_AUTO_TEST_CASE(a_label_without_its_space) {
  std::string text =
      "[Senate Hearing 108-1]\n"
      "[From the U.S. Government Printing Office]\n"
      "\n"
      "    Chairman Shelby. Mr. Thain.\n"
      "    Mr. Thain.Thank you. Chairman Shelby, you asked why?\n"
      "    Chairman Shelby. Sure.\n"
      "    Mr. J.R. Ewing was not asked.\n"
      "    Ms Hill. And a title without its period.\n";
  Rows want = {"Shelby|Chairman Shelby", "Thain|Mr. Thain", "Shelby|Chairman Shelby", "Hill|Ms Hill"};
  BOOST_TEST(speakers(text) == want, boost::test_tools::per_element());
}

// Ranks and offices that head a name (`MAJOR GENERAL`, `RADM`, `Subcommittee Chairman`, a
// subcommittee roster's `HON.`) are not part of the canonical name; `Major` as a given name is.
BOOST_AUTO_TEST_CASE(ranks_and_offices_before_a_name_are_dropped) {
  std::string text =
      "[House Hearing, 118 Congress]\n"
      "[From the U.S. Government Publishing Office]\n"
      "\n"
      "                      COMMITTEE ON RESOURCES\n"
      "\n"
      "PAUL DAVIS, Texas                    MAJOR T. OKAFOR, New York\n"
      "\n"
      "                  SUBCOMMITTEE ON OVERSIGHT\n"
      "\n"
      "              HON. NORA K. FENWICK, Idaho, Chair\n"
      "\n"
      "    Chairman Fenwick. The subcommittee will come to order.\n"
      "\n"
      "    [The prepared statement of Chairman Fenwick follows:]\n"
      "\n"
      "    Prepared Statement of Subcommittee Chairman Nora K. Fenwick\n"
      "\n"
      "    We meet today to look at the depot.\n"
      "\n"
      "STATEMENT OF MAJOR GENERAL ALDO P. RIVAS, JR., COMMANDING GENERAL, \n"
      "                       SUPPLY COMMAND\n"
      "\n"
      "    General Rivas. Thank you, Madam Chair.\n"
      "\n"
      "STATEMENT OF RADM LENA J. STORM, DEPUTY CHIEF OF NAVAL OPERATIONS\n"
      "\n"
      "    Admiral Storm. Thank you.\n"
      "    Mr. Okafor. A question for the Admiral.\n";
  Rows want = {"NORA K. FENWICK|Chairman Fenwick", "ALDO P. RIVAS, JR.|General Rivas",
               "LENA J. STORM|Admiral Storm", "MAJOR T. OKAFOR|Mr. Okafor"};
  BOOST_TEST(speakers(text) == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
