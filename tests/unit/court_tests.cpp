// The court layout (LAYOUTS.md "court"): numbered pages, page furniture, Q/A, titles, events.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "layout.hpp"
#include "text.hpp"

using namespace transcript;
namespace tt = boost::test_tools;

namespace {

// One row as "line|kind|speaker|label|role|text" (NULL as in SQL).
std::string row(const Document& d, const Turn& t) {
  auto null_or = [](bool has, std::string_view s) { return has ? std::string(s) : std::string("NULL"); };
  const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
  return std::to_string(t.line) + "|" + std::string(kind_name(t.kind)) + "|" + null_or(sp, sp ? sp->name : "") +
         "|" + null_or(t.has_label, t.label.of(d.text)) + "|" + null_or(t.has_role, t.role.of(d.text)) + "|" +
         d.render_text(t);
}

using Rows = std::vector<std::string>;

Rows rows(const std::string& text, std::string_view format = "court") {
  Document d = parse(text, format);
  Rows out;
  for (const Turn& t : d.turns) out.push_back(row(d, t));
  return out;
}

// Speech rows only, as "speaker|label|text".
Rows speech(const std::string& text) {
  Document d = parse(text, "court");
  Rows out;
  for (const Turn& t : d.turns)
    if (t.kind == Kind::Speech)
      out.push_back(d.speakers[size_t(t.speaker)].name + "|" + std::string(t.label.of(d.text)) + "|" + d.render_text(t));
  return out;
}

// A page of a PACER transcript: the filing stamp, then the lines numbered from 1, double-spaced.
std::string page(int n, const std::vector<std::string>& lines) {
  std::string s = "Case 2:19-cv-00001-XYZ Document 9 Filed 01/02/20 Page " + std::to_string(n) +
                  " of 9 PageID #: 10" + std::to_string(n) + "\n\n";
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string num = std::to_string(i + 1);
    s += num + std::string(4 - num.size(), ' ') + lines[i] + "\n\n";
  }
  return s;
}

const std::string kFront = page(1, {"          IN THE UNITED STATES DISTRICT COURT",
                                    "          BEFORE THE HONORABLE JANE Q. MORROW",
                                    "   FOR THE PLAINTIFF:     Mr. Aaron B. Pike",
                                    "   FOR THE DEFENDANT:     MS. CORA LYNN FENWICK",
                                    "                 P R O C E E D I N G S"});

}  // namespace

BOOST_AUTO_TEST_SUITE(court_layout)

BOOST_AUTO_TEST_CASE(furniture_and_line_numbers_are_not_text) {
  std::string t = kFront + page(2, {"             THE COURT:     Be seated.", "   Counsel, proceed."}) +
                  page(3, {"   We are on the record.", "             MR. PIKE:     Thank you."});
  Document d = parse(t, "court");
  BOOST_TEST(d.layout == "court");
  Rows r = rows(t);
  // Front matter lines are one meta block up to the letter-spaced heading.
  BOOST_TEST(r == (Rows{"3|meta|NULL|NULL|NULL|IN THE UNITED STATES DISTRICT COURT BEFORE THE HONORABLE JANE Q. MORROW "
                        "FOR THE PLAINTIFF: Mr. Aaron B. Pike FOR THE DEFENDANT: MS. CORA LYNN FENWICK",
                        "11|meta|NULL|NULL|NULL|P R O C E E D I N G S",
                        "15|speech|JANE Q. MORROW|THE COURT|COURT|Be seated. Counsel, proceed. We are on the record.",
                        "23|speech|AARON B. PIKE|MR. PIKE|NULL|Thank you."}),
             tt::per_element());
  // The turn's span runs over the original bytes, page break and all.
  const Turn& court = d.turns[2];
  std::string_view span = court.span.of(t);
  BOOST_TEST(span.starts_with("THE COURT:"));
  BOOST_TEST(span.find("PageID") != std::string_view::npos);
  BOOST_TEST(span.ends_with("record."));
}

BOOST_AUTO_TEST_CASE(examination_q_is_the_lawyer_a_the_witness) {
  std::string t = kFront + page(2, {"             MR. PIKE:     We call as our first witness Mr. Dale Ortiz.",
                                    "             THE WITNESS:     Good morning.",
                                    "         DALE ORTIZ, PLAINTIFF'S WITNESS, PREVIOUSLY SWORN",
                                    "                        DIRECT EXAMINATION", "   BY MR. PIKE:",
                                    "   Q     Where do you live?", "   A     Tyler.",
                                    "   Q.    And your full name?", "   A.    Dale Everett Ortiz.",
                                    "   A lot of people call me Ev.", "             MS. FENWICK:     Objection.",
                                    "   Q     (By Mr. Pike)  Go on."});
  // The witness gives a fuller form of the heading's name: that is who A is, before and after.
  BOOST_TEST(speech(t) == (Rows{"AARON B. PIKE|MR. PIKE|We call as our first witness Mr. Dale Ortiz.",
                                "DALE EVERETT ORTIZ|THE WITNESS|Good morning.", "AARON B. PIKE|Q|Where do you live?",
                                "DALE EVERETT ORTIZ|A|Tyler.", "AARON B. PIKE|Q|And your full name?",
                                "DALE EVERETT ORTIZ|A|Dale Everett Ortiz. A lot of people call me Ev.",
                                "CORA LYNN FENWICK|MS. FENWICK|Objection.", "AARON B. PIKE|Q|Go on."}),
             tt::per_element());
  // A's role is carried from the witness's THE WITNESS turn; Q has none.
  Document d = parse(t, "court");
  for (const Turn& turn : d.turns) {
    std::string_view label = turn.label.of(t);
    if (turn.has_label && label == "A") BOOST_TEST(turn.role.of(t) == "WITNESS");
    if (turn.has_label && label == "Q") BOOST_TEST(!turn.has_role);
  }
}

BOOST_AUTO_TEST_CASE(a_second_witness_does_not_take_the_first_ones_words) {
  std::string t = kFront + page(2, {"         DALE ORTIZ, PLAINTIFF'S WITNESS, SWORN", "   BY MR. PIKE:",
                                    "   Q     Ready?", "   A     Yes.", "             THE COURT:     Step down.",
                                    "             THE WITNESS:     Thank you.",
                                    "             MR. PIKE:     We call our next witness.",
                                    "             THE WITNESS:     Hello.",
                                    "         RUTH ANN BELL, PLAINTIFF'S WITNESS, SWORN", "   BY MR. PIKE:",
                                    "   Q     Ready?", "   A     Yes, my name is Ruth Ann Kowalski Bell."});
  Rows s = speech(t);
  BOOST_TEST_REQUIRE(s.size() == 8u);
  BOOST_TEST(s[3] == "DALE ORTIZ|THE WITNESS|Thank you.");
  BOOST_TEST(s[5] == "RUTH ANN KOWALSKI BELL|THE WITNESS|Hello.");  // her own fuller name, before and after
  BOOST_TEST(s[7] == "RUTH ANN KOWALSKI BELL|A|Yes, my name is Ruth Ann Kowalski Bell.");
}

BOOST_AUTO_TEST_CASE(examiner_named_in_the_examination_heading) {
  std::string t = kFront + page(2, {"         DALE ORTIZ, DEFENDANT'S WITNESS, SWORN",
                                    "                 CROSS-EXAMINATION BY MS. FENWICK", "   Q     Ready?",
                                    "   A     Yes."});
  BOOST_TEST(speech(t) == (Rows{"CORA LYNN FENWICK|Q|Ready?", "DALE ORTIZ|A|Yes."}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(jurors_are_the_names_they_give) {
  std::string t = kFront + page(2, {"             THE COURT:     Mr. Fenwick, No. 3.",
                                    "             JUROR FENWICK:     Good morning.   My name is",
                                    "   Gordon Fenwick.   I live in Hallsville.",
                                    "             JUROR SUE GREEN:     I'm here.",
                                    "             JUROR BAXTER:     Nothing to add."});
  BOOST_TEST(speech(t) == (Rows{"JANE Q. MORROW|THE COURT|Mr. Fenwick, No. 3.",
                                "GORDON FENWICK|JUROR FENWICK|Good morning. My name is Gordon Fenwick. I live in Hallsville.",
                                "SUE GREEN|JUROR SUE GREEN|I'm here.", "BAXTER|JUROR BAXTER|Nothing to add."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(staff_named_by_the_judge_after_the_label) {
  std::string t = kFront + page(2, {"             COURT SECURITY OFFICER:     All rise.",
                                    "             THE COURT:     I'll ask Mr. Tolliver, our Court",
                                    "   Security Officer, to hand these out.",
                                    "             COURTROOM DEPUTY:     Raise your hand."});
  BOOST_TEST(speech(t) == (Rows{"TOLLIVER|COURT SECURITY OFFICER|All rise.",
                                "JANE Q. MORROW|THE COURT|I'll ask Mr. Tolliver, our Court Security Officer, to hand these out.",
                                "COURTROOM DEPUTY|COURTROOM DEPUTY|Raise your hand."}),
             tt::per_element());
}

// Runs of blanks of any length (they are skipped sixteen bytes at a time), a non-ASCII space
// at the end of one, and tabs: the same turns as single spaces give.
BOOST_AUTO_TEST_CASE(blanks_of_any_length_before_and_after_a_label) {
  const std::string nbsp = "\xC2\xA0";
  std::string wide = kFront + page(2, {std::string(29, ' ') + "THE COURT:" + std::string(33, ' ') + "Be seated.",
                                       std::string(12, ' ') + "Counsel," + std::string(15, ' ') + "proceed.",
                                       std::string(13, ' ') + "We are on" + std::string(16, ' ') + "the record.",
                                       std::string(14, ' ') + nbsp + "   Now" + std::string(17, ' ') + "then.",
                                       std::string(20, ' ') + "\t \t   MR. PIKE:" + std::string(16, ' ') + "\tThank you.",
                                       std::string(18, ' ') + "MS. FENWICK:" + std::string(14, ' ') + nbsp + "Yes."});
  std::string narrow = kFront + page(2, {"THE COURT: Be seated.", "Counsel, proceed.", "We are on the record.",
                                         "Now then.", "MR. PIKE: Thank you.", "MS. FENWICK: Yes."});
  BOOST_TEST(speech(wide) == speech(narrow), tt::per_element());
  BOOST_TEST(speech(narrow) == (Rows{"JANE Q. MORROW|THE COURT|Be seated. Counsel, proceed. We are on the record. Now then.",
                                     "AARON B. PIKE|MR. PIKE|Thank you.", "CORA LYNN FENWICK|MS. FENWICK|Yes."}),
             tt::per_element());
}

// A label's ':' or '(' far into the line (sought sixteen bytes at a time), and lines that only
// look like labels: a colon past the longest label, words after a parenthetical.
BOOST_AUTO_TEST_CASE(label_ends_far_into_the_line) {
  std::string t = kFront + page(2, {"             COURTROOM DEPUTY CLERK:     Please be seated.",
                                    "             MR. PIKE (Continuing):     Thank you.",
                                    "   Mr. Pike has a great deal more to say about all of this than anyone here thought: he",
                                    "   Mr. Pike (smiling) said: we are done.",
                                    "             MS. FENWICK (Through the interpreter of the court):     Fine."});
  BOOST_TEST(speech(t) ==
                 (Rows{"COURTROOM DEPUTY CLERK|COURTROOM DEPUTY CLERK|Please be seated.",
                       "AARON B. PIKE|MR. PIKE (Continuing)|Thank you. Mr. Pike has a great deal more to say about all of "
                       "this than anyone here thought: he Mr. Pike (smiling) said: we are done.",
                       "CORA LYNN FENWICK|MS. FENWICK (Through the interpreter of the court)|Fine."}),
             tt::per_element());
}

// A post named in a line's last bytes (the keywords are sought sixteen places at a time, the
// last ones in a block that overlaps the one before): at every offset, and across a line end.
BOOST_AUTO_TEST_CASE(staff_named_at_any_offset_of_the_line) {
  for (size_t pad = 0; pad <= 17; ++pad) {
    std::string t = kFront + page(2, {"             THE COURT:     I'll ask Mr. Tolliver," + std::string(pad + 1, ' ') +
                                          "our bailiff",
                                      "             BAILIFF:     All rise."});
    Rows s = speech(t);
    BOOST_TEST_REQUIRE(s.size() == 2u);
    BOOST_TEST(s[1] == "TOLLIVER|BAILIFF|All rise.", "pad " << pad);
  }
  std::string t = kFront + page(2, {"             THE COURT:     I'll ask Mr. Tolliver, our", "   bailiff, to stand.",
                                    "             BAILIFF:     All rise."});
  BOOST_TEST(speech(t).back() == "TOLLIVER|BAILIFF|All rise.");
}

BOOST_AUTO_TEST_CASE(events_split_turns_and_may_wrap) {
  std::string t = kFront + page(2, {"             THE COURT:     Bring them in.", "             (Jury in.)",
                                    "             THE COURT:     Be seated.", "   (indicating) here.",
                                    "             (Whereupon, at 11:41 a.m., the case",
                                    "   was submitted.)"});
  Rows r = rows(t);
  BOOST_TEST_REQUIRE(r.size() == 6u);
  BOOST_TEST(r[2] == "15|speech|JANE Q. MORROW|THE COURT|COURT|Bring them in.");
  BOOST_TEST(r[3] == "17|event|NULL|NULL|NULL|(Jury in.)");
  BOOST_TEST(r[4] == "19|speech|JANE Q. MORROW|THE COURT|COURT|Be seated. (indicating) here.");
  BOOST_TEST(r[5] == "23|event|NULL|NULL|NULL|(Whereupon, at 11:41 a.m., the case was submitted.)");
}

BOOST_AUTO_TEST_CASE(a_verdict_form_read_out_is_speech) {
  std::string t = kFront + page(2, {"             THE COURT:     The first question reads:",
                                    "             QUESTION NO. 1:   Did Plaintiff prove infringement?",
                                    "             ANSWER:   Yes."});
  BOOST_TEST(speech(t) == (Rows{"JANE Q. MORROW|THE COURT|The first question reads: QUESTION NO. 1: Did Plaintiff "
                                "prove infringement? ANSWER: Yes."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(an_interrupted_sentence_is_not_a_rule) {
  std::string t = kFront + page(2, {"             THE COURT:     But I -- 7421(a)", "   --",
                                    "             MR. PIKE:     Yes."});
  BOOST_TEST(speech(t)[0] == "JANE Q. MORROW|THE COURT|But I -- 7421(a) --");
}

BOOST_AUTO_TEST_CASE(realtime_clock_is_start_time) {
  std::string t = kFront +
                  "23:59:58    1          THE COURT:   Late night.\n\n"
                  "23:59:59    2   Still going.\n\n"
                  "00:00:03    3          MR. PIKE:   Past midnight.\n";
  Document d = parse(t, "court");
  std::vector<double> times;
  for (const Turn& turn : d.turns)
    if (turn.kind == Kind::Speech) times.push_back(turn.start_time);
  BOOST_TEST(times == (std::vector<double>{86398, 86400 + 3}), tt::per_element());
  BOOST_TEST(std::isnan(d.turns.front().start_time));  // the front matter has no clock
}

std::vector<double> speech_times(const std::string& t) {
  Document d = parse(t, "court");
  std::vector<double> times;
  for (const Turn& turn : d.turns)
    if (turn.kind == Kind::Speech) times.push_back(turn.start_time);
  return times;
}

// A 12-hour realtime clock in a session that the caption says began in the afternoon: 02:05:10
// is 14:05:10, seconds since midnight.
BOOST_AUTO_TEST_CASE(twelve_hour_clock_in_an_afternoon_session) {
  std::string front = page(1, {"          BEFORE THE HONORABLE JANE Q. MORROW",
                               "   KESTREL CORP.                )(   MAY 4, 2021",
                               "                                )(   2:05 P.M.",
                               "                 P R O C E E D I N G S"});
  std::string t = front + "02:05:10    1          THE COURT:   Be seated.\n\n"
                          "03:10:00    2          MR. PIKE:   Ready.\n";
  BOOST_TEST(speech_times(t) == (std::vector<double>{14 * 3600 + 5 * 60 + 10, 15 * 3600 + 10 * 60}),
             tt::per_element());
  // A morning session: the clock as written until it runs past noon from 12:xx to 01:xx.
  std::string am = page(1, {"          BEFORE THE HONORABLE JANE Q. MORROW", "   9:00 A.M.",
                            "                 P R O C E E D I N G S"}) +
                   "11:59:50    1          THE COURT:   Nearly noon.\n\n"
                   "12:00:10    2          MR. PIKE:   Noon.\n\n"
                   "01:00:00    3          THE COURT:   After lunch.\n";
  BOOST_TEST(speech_times(am) == (std::vector<double>{43190, 43210, 46800}), tt::per_element());
  // A clock with a one-digit hour: still a clock, out of the text.
  std::string one_digit = front + "2:05:10    1          THE COURT:   Be seated.\n";
  BOOST_TEST(speech_times(one_digit) == (std::vector<double>{14 * 3600 + 5 * 60 + 10}), tt::per_element());
  BOOST_TEST(speech(one_digit).back() == "JANE Q. MORROW|THE COURT|Be seated.");
  // 24-hour clocks stay as written, whatever the caption says.
  std::string h24 = front + "14:05:10    1          THE COURT:   Be seated.\n\n"
                            "15:00:00    2          MR. PIKE:   Ready.\n";
  BOOST_TEST(speech_times(h24) == (std::vector<double>{50710, 54000}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(certificate_and_word_index_are_meta) {
  std::string t = kFront + page(2, {"             THE COURT:     We are adjourned.", "             (Recess.)",
                                    "                        CERTIFICATION",
                                    "             I HEREBY CERTIFY that the foregoing is correct.",
                                    "             THE COURT:     copied here by mistake"}) +
                  "                                                       12\n"
                  "         A             adjourned 2:1      C             court 2:1\n"
                  "able 3:4             Q                  case 1:2,5\n";
  Rows r = rows(t);
  size_t speech_rows = 0;
  for (auto& x : r) speech_rows += x.find("|speech|") != std::string::npos;
  BOOST_TEST(speech_rows == 1u);
  BOOST_TEST(r.back().find("|meta|") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(oral_argument_names_from_appearances) {
  std::string t =
      "                  Official - Subject to Final Review\n\n"
      " 1   APPEARANCES:\n\n"
      " 2   DONALD B. VERRILLI, JR., ESQ., Solicitor General, Department of\n\n"
      " 3      Justice, Washington, D.C.; on behalf of Petitioners.\n\n"
      " 4   PAUL D. CLEMENT, ESQ., Washington, D.C.; on behalf of\n\n"
      " 5      Respondents.\n\n"
      "                                  1\n\n"
      "                   Alderson Reporting Company\n"
      "\f                  Official - Subject to Final Review\n\n"
      " 1               CHIEF JUSTICE ROBERTS:              General\n\n"
      " 2   Verrilli.\n\n"
      " 3               GENERAL VERRILLI:           Thank you.\n\n"
      " 4               JUSTICE SCALIA:          Mr. Clement -\xC2\xAD\n\n"
      " 5               MR. CLEMENT:         Yes.\n";
  BOOST_TEST(speech(t) == (Rows{"ROBERTS|CHIEF JUSTICE ROBERTS|General Verrilli.",
                                "DONALD B. VERRILLI, JR.|GENERAL VERRILLI|Thank you.",
                                "SCALIA|JUSTICE SCALIA|Mr. Clement -\xC2\xAD", "PAUL D. CLEMENT|MR. CLEMENT|Yes."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_label_whose_colon_was_left_out) {
  std::string t = kFront + page(2, {"             MR. PIKE:     It used its powers -\xC2\xAD",
                                    "             THE COURT:     Yes, but --",
                                    "             MR. PIKE -- to solve the problem.",
                                    "             THE COURT:     I see."});
  BOOST_TEST(speech(t) == (Rows{"AARON B. PIKE|MR. PIKE|It used its powers -\xC2\xAD", "JANE Q. MORROW|THE COURT|Yes, but --",
                                "AARON B. PIKE|MR. PIKE|-- to solve the problem.", "JANE Q. MORROW|THE COURT|I see."}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(sniff_picks_court_for_numbered_pages_only) {
  std::string court = kFront + page(2, {"             THE COURT:     Be seated.", "   Counsel, proceed.",
                                        "   Q     Ready?", "   A     Yes."});
  BOOST_TEST(detect_layout(court).name == "court");
  BOOST_TEST(detect_layout("KELLY: Hello.\n\nSMITH: Hi there.\n\nKELLY: Bye.\n").name != "court");
  BOOST_TEST(detect_layout("Q: What is it?\n\nA: A sidechain.\n\nQ: Why?\n\nA: Because.\n").name != "court");
  std::string no_pages = "THE COURT: Be seated.\nMR. PIKE: Thank you.\nTHE COURT: Proceed.\nTHE WITNESS: Yes.\n";
  BOOST_TEST(detect_layout(no_pages).name == "court");
  // A deposition without line numbers: Q and A after the examining lawyer's BY line.
  std::string deposition =
      "        VIDEOTAPED DEPOSITION OF PAULA REYES\n\n"
      "        MR. KANE:  Let's begin.\n"
      "                    PAULA REYES,\n"
      "    having been first duly sworn, testified as follows:\n"
      "                     EXAMINATION\n"
      "BY MR. KANE:\n"
      "    Q.   State your name.\n"
      "    A.   Paula Reyes.\n"
      "    Q.   Thank you.\n";
  BOOST_TEST(detect_layout(deposition).name == "court");
  Document d = parse(deposition, "auto");
  std::vector<std::string> qa;
  for (const Turn& t : d.turns)
    if (t.kind == Kind::Speech) qa.push_back(d.speakers[size_t(t.speaker)].name);
  BOOST_TEST(qa == (std::vector<std::string>{"KANE", "KANE", "PAULA REYES", "KANE"}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(speaker_of_a_court_line) {
  BOOST_TEST(speaker_of_line("THE COURT: Be seated.").value_or("") == "THE COURT");
  BOOST_TEST(speaker_of_line("12    JUROR SUE GREEN:   Yes.").value_or("") == "SUE GREEN");
  BOOST_TEST(speaker_of_line("01:41:28    4      CHIEF JUSTICE ROBERTS:   We will hear").value_or("") == "ROBERTS");
  BOOST_TEST(!speaker_of_line("A lot of people came.").has_value());
  BOOST_TEST(!speaker_of_line("4   argument this morning in Case 11-398").has_value());
}

BOOST_AUTO_TEST_CASE(bad_input_does_not_crash) {
  for (std::string t : {std::string("("), std::string("1   (Whereupon,"), std::string("Q"), std::string("A."),
                        std::string("BY :"), std::string("\f\f\n1\n25\n26\n"), std::string("12:00:00"),
                        std::string("THE :"), std::string(" 1   JUROR :  x"), std::string("Case  Document"),
                        kFront + "1   Q     (By Mr."}) {
    BOOST_CHECK_NO_THROW(parse(t, "court"));
  }
}

BOOST_AUTO_TEST_SUITE_END()

// A cue that opens a line and a label after it on the same line: two rows that do not overlap
// (the label's row once began at the line's start, over the cue: found by fuzz_layout).
BOOST_AUTO_TEST_CASE(cue_then_label_on_one_line_do_not_overlap) {
  const std::string text = "THE COURT: Be seated.\n(Jury in.)   THE COURT: Good morning.\n";
  Document d = parse(text, "court");
  BOOST_TEST_REQUIRE(d.turns.size() == 3u);
  BOOST_TEST(d.turns[1].span.of(d.text) == "(Jury in.)");
  BOOST_TEST(d.turns[2].span.of(d.text) == "THE COURT: Good morning.");
  BOOST_TEST(d.turns[1].span.e <= d.turns[2].span.b);
}
