// transcript::parse() on small broadcast transcripts (SPEC.md, LAYOUTS.md "broadcast").
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "layout.hpp"
#include "patterns.hpp"
#include "text.hpp"

using namespace transcript;
namespace utf = boost::unit_test;
namespace tt = boost::test_tools;

namespace {

// One row as "kind|speaker|speaker_key|label|role|text|line|clip" (NULL as in SQL).
std::string row(const Document& d, const Turn& t) {
  auto null_or = [](bool has, std::string_view s) { return has ? std::string(s) : std::string("NULL"); };
  const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
  std::string s = std::string(kind_name(t.kind)) + "|" + null_or(sp, sp ? sp->name : "") + "|" +
                  null_or(sp && !sp->key.empty(), sp ? sp->key : "") + "|" + null_or(t.has_label, t.label.of(d.text)) +
                  "|" + null_or(t.has_role, t.role.of(d.text)) + "|" + d.render_text(t) + "|" + std::to_string(t.line) +
                  "|" + std::to_string(t.clip ? 1 : 0);
  return s;
}

std::vector<std::string> rows(const std::string& text, std::string_view format = "broadcast") {
  Document d = parse(text, format);
  std::vector<std::string> out;
  for (const Turn& t : d.turns) out.push_back(row(d, t));
  return out;
}

using Rows = std::vector<std::string>;

// The turn as written: substr(text, start, length) in characters.
std::string span_chars(const std::string& text, const Turn& t) {
  size_t b = 0, chars = 0;
  while (b < text.size() && chars + 1 < t.char_start) chars += !is_cont(text[++b]);
  while (b < text.size() && is_cont(text[b])) ++b;
  size_t e = b, n = 0;
  while (e < text.size() && n < t.char_length) {
    ++e;
    while (e < text.size() && is_cont(text[e])) ++e;
    ++n;
  }
  return text.substr(b, e - b);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(parse_broadcast)

BOOST_AUTO_TEST_CASE(label_alone_on_its_line_then_paragraph) {
  std::string t =
      "MARY LOUISE KELLY, HOST:\n\nRussian authorities arrested 11 people.\n\n"
      "TOM BOWMAN, BYLINE:\n\nHi, Mary Louise.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|MARY LOUISE KELLY|mary louise kelly|MARY LOUISE KELLY, HOST|HOST|"
                              "Russian authorities arrested 11 people.|1|0",
                              "speech|TOM BOWMAN|tom bowman|TOM BOWMAN, BYLINE|BYLINE|Hi, Mary Louise.|5|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(label_inline_with_speech) {
  std::string t = "ANDERSON COOPER, CNN ANCHOR:  And good evening.  We are live.\nCOOPER:  Welcome.\n";
  // The reprinted short label of the same speaker continues the turn.
  BOOST_TEST(rows(t) == (Rows{"speech|ANDERSON COOPER|anderson cooper|ANDERSON COOPER, CNN ANCHOR|CNN ANCHOR|"
                              "And good evening. We are live. Welcome.|1|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(surname_resolves_to_earlier_full_label_and_role_is_carried) {
  std::string t =
      "MARY LOUISE KELLY, HOST: Hello.\n\nTOM BOWMAN, BYLINE: Hi.\n\nKELLY: So what is it?\n\nBOWMAN: A group.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|MARY LOUISE KELLY|mary louise kelly|MARY LOUISE KELLY, HOST|HOST|Hello.|1|0",
                              "speech|TOM BOWMAN|tom bowman|TOM BOWMAN, BYLINE|BYLINE|Hi.|3|0",
                              "speech|MARY LOUISE KELLY|mary louise kelly|KELLY|HOST|So what is it?|5|0",
                              "speech|TOM BOWMAN|tom bowman|BOWMAN|BYLINE|A group.|7|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(surname_resolves_to_later_full_label) {
  std::string t = "GOLDSTEIN: Hi.\n\nALEX GOLDMARK, HOST: Hello.\n\nJACOB GOLDSTEIN, HOST: It is me.\n";
  auto r = rows(t);
  BOOST_TEST(r == (Rows{"speech|JACOB GOLDSTEIN|jacob goldstein|GOLDSTEIN|NULL|Hi.|1|0",
                        "speech|ALEX GOLDMARK|alex goldmark|ALEX GOLDMARK, HOST|HOST|Hello.|3|0",
                        "speech|JACOB GOLDSTEIN|jacob goldstein|JACOB GOLDSTEIN, HOST|HOST|It is me.|5|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(surname_without_full_name_stays_as_written) {
  BOOST_TEST(rows("KASICH: Good question.\n\nQUINTANILLA: Governor?\n") ==
                 (Rows{"speech|KASICH|kasich|KASICH|NULL|Good question.|1|0",
                       "speech|QUINTANILLA|quintanilla|QUINTANILLA|NULL|Governor?|3|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(surname_resolves_through_an_introduction) {
  std::string t =
      "QUINTANILLA: Good evening, I'm Carl Quintanilla, with my colleagues Becky Quick and John Harwood.\n\n"
      "QUICK: Thank you.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|CARL QUINTANILLA|carl quintanilla|QUINTANILLA|NULL|Good evening, I'm Carl "
                              "Quintanilla, with my colleagues Becky Quick and John Harwood.|1|0",
                              "speech|BECKY QUICK|becky quick|QUICK|NULL|Thank you.|3|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(titles_dropped_from_speaker_kept_in_label) {
  std::string t = "SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE: Enough.\n\nCOOPER: Thanks.\n\nSANDERS: More.\n";
  BOOST_TEST(rows(t) ==
                 (Rows{"speech|BERNIE SANDERS|bernie sanders|SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE|"
                       "PRESIDENTIAL CANDIDATE|Enough.|1|0",
                       "speech|COOPER|cooper|COOPER|NULL|Thanks.|3|0",
                       "speech|BERNIE SANDERS|bernie sanders|SANDERS|PRESIDENTIAL CANDIDATE|More.|5|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(descriptors_are_not_roles) {
  std::string t = "JAKE TAPPER (voice-over): Narration.\n\nDONALD TRUMP (via telephone): Hello.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|JAKE TAPPER|jake tapper|JAKE TAPPER (voice-over)|NULL|Narration.|1|0",
                              "speech|DONALD TRUMP|donald trump|DONALD TRUMP (via telephone)|NULL|Hello.|3|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(lower_case_role_of_old_npr) {
  BOOST_TEST(rows("JOHN YDSTIE, host: Good morning.\n") ==
             (Rows{"speech|JOHN YDSTIE|john ydstie|JOHN YDSTIE, host|host|Good morning.|1|0"}));
}

BOOST_AUTO_TEST_CASE(name_words_with_apostrophes_and_mixed_case) {
  std::string t = "MARTIN O'MALLEY: Hi.\n\nJOHN McCAIN: Hey.\n\nO'MALLEY: Again.\n\nMcCAIN: Yes.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|MARTIN O'MALLEY|martin omalley|MARTIN O'MALLEY|NULL|Hi.|1|0",
                              "speech|JOHN McCAIN|john mccain|JOHN McCAIN|NULL|Hey.|3|0",
                              "speech|MARTIN O'MALLEY|martin omalley|O'MALLEY|NULL|Again.|5|0",
                              "speech|JOHN McCAIN|john mccain|McCAIN|NULL|Yes.|7|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(unlabelled_paragraphs_continue_the_turn) {
  std::string t = "JUDY WOODRUFF: Hello.\nA second line.\n\nA second paragraph.\n\nBOB SMITH: Hi.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|JUDY WOODRUFF|judy woodruff|JUDY WOODRUFF|NULL|Hello. A second line. A second "
                              "paragraph.|1|0",
                              "speech|BOB SMITH|bob smith|BOB SMITH|NULL|Hi.|6|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(events_split_turns) {
  std::string t = "JUDY WOODRUFF: Hello.\n\n(LAUGHTER)\n\nAfter the laughter.\n\n(APPLAUSE)\n(CHEERS)\n\nJUDY WOODRUFF: Still me.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|JUDY WOODRUFF|judy woodruff|JUDY WOODRUFF|NULL|Hello.|1|0",
                              "event|NULL|NULL|NULL|NULL|(LAUGHTER)|3|0",
                              "speech|JUDY WOODRUFF|judy woodruff|NULL|NULL|After the laughter.|5|0",
                              "event|NULL|NULL|NULL|NULL|(APPLAUSE)|7|0", "event|NULL|NULL|NULL|NULL|(CHEERS)|8|0",
                              "speech|JUDY WOODRUFF|judy woodruff|JUDY WOODRUFF|NULL|Still me.|10|0"}),
             tt::per_element());
}

// Transcripts that write cues in mixed case ("(Announcements)" between segments): a cue alone on
// its line is an event; "(laughs)" inside speech and "(Singing) words" stay speech.
BOOST_AUTO_TEST_CASE(mixed_case_cue_alone_on_its_line) {
  std::string t = "MS. VELLA: Back after this.\n\n(Announcements)\n\nMS. VELLA: (Singing) We return -- (laughs) -- now.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|VELLA|vella|MS. VELLA|NULL|Back after this.|1|0",
                              "event|NULL|NULL|NULL|NULL|(Announcements)|3|0",
                              "speech|VELLA|vella|MS. VELLA|NULL|(Singing) We return -- (laughs) -- now.|5|0"}),
             tt::per_element());
}

// `Q:` / `A:` are no broadcast names: a question time in `Name:` dialogue stays dialogue.
BOOST_AUTO_TEST_CASE(one_letter_labels_do_not_make_broadcast) {
  BOOST_TEST(detect_layout("Q: What is it?\n\nA: A sidechain.\n\nQ: Why?\n\nA: Because.\n").name != "broadcast");
  BOOST_TEST(detect_layout("Mia Toll: Welcome.\n\nQ: A question?\n\nA: An answer.\n").name != "broadcast");
  BOOST_TEST(detect_layout("KELLY: Hello.\n\nSMITH: Hi there.\n\nKELLY: Bye.\n").name == "broadcast");
}

BOOST_AUTO_TEST_CASE(cue_glued_before_a_label) {
  std::string t = "(SOUNDBITE OF GENERATOR WHIRRING)TIM MAK, BYLINE: The power is out.\n";
  Document d = parse(t, "broadcast");
  BOOST_TEST(rows(t) == (Rows{"event|NULL|NULL|NULL|NULL|(SOUNDBITE OF GENERATOR WHIRRING)|1|0",
                              "speech|TIM MAK|tim mak|TIM MAK, BYLINE|BYLINE|The power is out.|1|0"}),
             tt::per_element());
  BOOST_REQUIRE(d.turns.size() == 2u);
  BOOST_TEST(d.turns[0].char_start == 1u);
  BOOST_TEST(d.turns[0].char_length == 33u);
  BOOST_TEST(d.turns[1].char_start == 34u);
  BOOST_TEST(span_chars(t, d.turns[1]) == "TIM MAK, BYLINE: The power is out.");
}

BOOST_AUTO_TEST_CASE(cue_glued_before_speech) {
  std::string t = "QUINTANILLA: Governor Chris Christie.\n\n(APPLAUSE) And Senator Rand Paul.\n\n(APPLAUSE)\n";
  BOOST_TEST(rows(t) == (Rows{"speech|QUINTANILLA|quintanilla|QUINTANILLA|NULL|Governor Chris Christie.|1|0",
                              "event|NULL|NULL|NULL|NULL|(APPLAUSE)|3|0",
                              "speech|QUINTANILLA|quintanilla|NULL|NULL|And Senator Rand Paul.|3|0",
                              "event|NULL|NULL|NULL|NULL|(APPLAUSE)|5|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(video_clip_turns_are_clip) {
  std::string t =
      "JAKE TAPPER, CNN ANCHOR: Take a look.\n\n(BEGIN VIDEO CLIP)\n\nJOHN DOE: Played back.\n\n"
      "(END VIDEO CLIP)\n\nTAPPER: Live again.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|JAKE TAPPER|jake tapper|JAKE TAPPER, CNN ANCHOR|CNN ANCHOR|Take a look.|1|0",
                              "event|NULL|NULL|NULL|NULL|(BEGIN VIDEO CLIP)|3|0",
                              "speech|JOHN DOE|john doe|JOHN DOE|NULL|Played back.|5|1",
                              "event|NULL|NULL|NULL|NULL|(END VIDEO CLIP)|7|0",
                              "speech|JAKE TAPPER|jake tapper|TAPPER|CNN ANCHOR|Live again.|9|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(videotape_and_events_inside_a_clip) {
  std::string t = "(BEGIN VIDEOTAPE)\n\nJANE ROE: One.\n\n(APPLAUSE)\n\nJANE ROE: Two.\n\n(END VIDEOTAPE)\n\nBOB SMITH: Live.\n";
  BOOST_TEST(rows(t) == (Rows{"event|NULL|NULL|NULL|NULL|(BEGIN VIDEOTAPE)|1|0",
                              "speech|JANE ROE|jane roe|JANE ROE|NULL|One.|3|1",
                              "event|NULL|NULL|NULL|NULL|(APPLAUSE)|5|1",
                              "speech|JANE ROE|jane roe|JANE ROE|NULL|Two.|7|1",
                              "event|NULL|NULL|NULL|NULL|(END VIDEOTAPE)|9|0",
                              "speech|BOB SMITH|bob smith|BOB SMITH|NULL|Live.|11|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(soundbite_introduces_played_turns_until_a_live_speaker) {
  std::string t =
      "TOM BOWMAN, BYLINE: Let's listen.\n\n(SOUNDBITE OF ARCHIVED RECORDING)\n\nERIK KURILLA: The risk is "
      "increasing.\n\nUNIDENTIFIED MALE: Indeed.\n\nBOWMAN: Now, Kurilla also said more.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|TOM BOWMAN|tom bowman|TOM BOWMAN, BYLINE|BYLINE|Let's listen.|1|0",
                              "event|NULL|NULL|NULL|NULL|(SOUNDBITE OF ARCHIVED RECORDING)|3|0",
                              "speech|ERIK KURILLA|erik kurilla|ERIK KURILLA|NULL|The risk is increasing.|5|1",
                              "speech|UNIDENTIFIED MALE|NULL|UNIDENTIFIED MALE|NULL|Indeed.|7|1",
                              "speech|TOM BOWMAN|tom bowman|BOWMAN|BYLINE|Now, Kurilla also said more.|9|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(anonymous_voices_are_never_merged) {
  std::string t = "UNIDENTIFIED MALE: One.\n\nUNIDENTIFIED MALE: Two.\n\nUNIDENTIFIED FEMALE: Three.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|UNIDENTIFIED MALE|NULL|UNIDENTIFIED MALE|NULL|One.|1|0",
                              "speech|UNIDENTIFIED MALE|NULL|UNIDENTIFIED MALE|NULL|Two.|3|0",
                              "speech|UNIDENTIFIED FEMALE|NULL|UNIDENTIFIED FEMALE|NULL|Three.|5|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(numbered_voices_merge_only_with_the_same_number) {
  std::string t =
      "AI-GENERATED VOICE #1: A.\n\nAI-GENERATED VOICE #1: B.\n\nAI-GENERATED VOICE #2: C.\n\n"
      "UNIDENTIFIED PERSON #1: D.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|AI-GENERATED VOICE #1|NULL|AI-GENERATED VOICE #1|NULL|A. B.|1|0",
                              "speech|AI-GENERATED VOICE #2|NULL|AI-GENERATED VOICE #2|NULL|C.|5|0",
                              "speech|UNIDENTIFIED PERSON #1|NULL|UNIDENTIFIED PERSON #1|NULL|D.|7|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(all_caps_sentences_and_prose_colons_are_not_labels) {
  std::string t =
      "ANDERSON COOPER, CNN ANCHOR: The crowd chanted.\n\nWE WILL NOT BACK DOWN: they said it again.\n\n"
      "COMING UP: the weather.\n\nComing up: Is the Internet broken?\n\nThe ratio was 3:1 at 10:30 p.m.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|ANDERSON COOPER|anderson cooper|ANDERSON COOPER, CNN ANCHOR|CNN ANCHOR|The crowd "
                              "chanted. WE WILL NOT BACK DOWN: they said it again. COMING UP: the weather. Coming up: "
                              "Is the Internet broken? The ratio was 3:1 at 10:30 p.m.|1|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(meta_header_lede_and_footer) {
  std::string t =
      "CNN Democratic Debate - Full Transcript\nMANDATORY CREDIT // CNN\n"
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\nOctober 13, 2015\n\n"
      "Five candidates meet on one stage tonight.\n\n"
      "ANDERSON COOPER, CNN ANCHOR: Good evening.\n\n"
      "https://www.example.com/transcripts/debate\nCopyright 2015 Cable News Network. All rights reserved.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|NULL|CNN Democratic Debate - Full Transcript MANDATORY CREDIT // "
                              "CNN THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM. October 13, "
                              "2015|1|0",
                              "prose|NULL|NULL|NULL|NULL|Five candidates meet on one stage tonight.|6|0",
                              "speech|ANDERSON COOPER|anderson cooper|ANDERSON COOPER, CNN ANCHOR|CNN ANCHOR|Good "
                              "evening.|8|0",
                              "meta|NULL|NULL|NULL|NULL|https://www.example.com/transcripts/debate Copyright 2015 "
                              "Cable News Network. All rights reserved.|10|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(date_line_and_lede_like_the_seed) {
  std::string t = " date 2024-03-26 \n\n\n\nISIS-K has claimed the attack.\n\nMARY LOUISE KELLY, HOST:\n\nHello.\n";
  Document d = parse(t, "broadcast");
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|NULL|date 2024-03-26|1|0",
                              "prose|NULL|NULL|NULL|NULL|ISIS-K has claimed the attack.|5|0",
                              "speech|MARY LOUISE KELLY|mary louise kelly|MARY LOUISE KELLY, HOST|HOST|Hello.|7|0"}),
             tt::per_element());
  BOOST_REQUIRE(d.turns.size() == 3u);
  BOOST_TEST(d.turns[0].char_start == 2u);  // the leading space is not part of the row
  BOOST_TEST(d.turns[0].char_length == 15u);
}

BOOST_AUTO_TEST_CASE(one_line_flattened_transcript) {
  std::string t =
      "SACHA PFEIFFER, HOST: Crews search the town. NPR's Bobby Allyn is there. BOBBY ALLYN, BYLINE: There's ash "
      "everywhere. CHUCK WILLIAMS: We hunt for remains. ALLYN: It could take months. WILLIAMS: It's like a war zone. "
      "ALLYN: Bobby Allyn, NPR News, Paradise.";
  Document d = parse(t, "broadcast");
  BOOST_TEST(rows(t) == (Rows{"speech|SACHA PFEIFFER|sacha pfeiffer|SACHA PFEIFFER, HOST|HOST|Crews search the town. "
                              "NPR's Bobby Allyn is there.|1|0",
                              "speech|BOBBY ALLYN|bobby allyn|BOBBY ALLYN, BYLINE|BYLINE|There's ash everywhere.|1|0",
                              "speech|CHUCK WILLIAMS|chuck williams|CHUCK WILLIAMS|NULL|We hunt for remains.|1|0",
                              "speech|BOBBY ALLYN|bobby allyn|ALLYN|BYLINE|It could take months.|1|0",
                              "speech|CHUCK WILLIAMS|chuck williams|WILLIAMS|NULL|It's like a war zone.|1|0",
                              "speech|BOBBY ALLYN|bobby allyn|ALLYN|BYLINE|Bobby Allyn, NPR News, Paradise.|1|0"}),
             tt::per_element());
  BOOST_REQUIRE(d.turns.size() == 6u);
  BOOST_TEST(span_chars(t, d.turns[1]) == "BOBBY ALLYN, BYLINE: There's ash everywhere.");
  BOOST_TEST(span_chars(t, d.turns[5]) == "ALLYN: Bobby Allyn, NPR News, Paradise.");
}

BOOST_AUTO_TEST_CASE(mid_line_caps_word_with_colon_is_not_a_label) {
  // A single unknown upper-case word after a sentence is not taken for a label mid-line.
  std::string t = "BOB SMITH: We have one rule. NOTE: never stop. And that is it.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|BOB SMITH|bob smith|BOB SMITH|NULL|We have one rule. NOTE: never stop. And that "
                              "is it.|1|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(bom_crlf_and_nbsp) {
  std::string t =
      "\xEF\xBB\xBFMARY LOUISE KELLY, HOST:\r\n\r\nGood\xC2\xA0morning,\xC2\xA0" "all.\r\n\r\nTOM BOWMAN, BYLINE: "
      "Hi.\r\n\r\nKELLY:\xC2\xA0Thanks.\r\n";
  Document d = parse(t, "broadcast");
  BOOST_TEST(rows(t) == (Rows{"speech|MARY LOUISE KELLY|mary louise kelly|MARY LOUISE KELLY, HOST|HOST|Good morning, "
                              "all.|1|0",
                              "speech|TOM BOWMAN|tom bowman|TOM BOWMAN, BYLINE|BYLINE|Hi.|5|0",
                              "speech|MARY LOUISE KELLY|mary louise kelly|KELLY|HOST|Thanks.|7|0"}),
             tt::per_element());
  BOOST_REQUIRE(d.turns.size() == 3u);
  BOOST_TEST(d.turns[0].char_start == 2u);  // after the BOM
  BOOST_TEST(span_chars(t, d.turns[0]) == "MARY LOUISE KELLY, HOST:\r\n\r\nGood\xC2\xA0morning,\xC2\xA0" "all.");
  BOOST_TEST(span_chars(t, d.turns[2]) == "KELLY:\xC2\xA0Thanks.");
}

BOOST_AUTO_TEST_CASE(lone_cr_and_form_feed) {
  std::string t = "BOB SMITH: One.\r\rJANE ROE: Two\fthree.\rBOB SMITH: Four.";
  BOOST_TEST(rows(t) == (Rows{"speech|BOB SMITH|bob smith|BOB SMITH|NULL|One.|1|0",
                              "speech|JANE ROE|jane roe|JANE ROE|NULL|Two three.|3|0",
                              "speech|BOB SMITH|bob smith|BOB SMITH|NULL|Four.|4|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(empty_label_turn_before_another_label) {
  std::string t = "KELLY:\n\nTOM BOWMAN, BYLINE: Hi.\n\nMARY LOUISE KELLY, HOST: Hello.\n\nBOWMAN:\n";
  Document d = parse(t, "broadcast");
  BOOST_TEST(rows(t) == (Rows{"speech|MARY LOUISE KELLY|mary louise kelly|KELLY|NULL||1|0",
                              "speech|TOM BOWMAN|tom bowman|TOM BOWMAN, BYLINE|BYLINE|Hi.|3|0",
                              "speech|MARY LOUISE KELLY|mary louise kelly|MARY LOUISE KELLY, HOST|HOST|Hello.|5|0",
                              "speech|TOM BOWMAN|tom bowman|BOWMAN|BYLINE||7|0"}),
             tt::per_element());
  BOOST_REQUIRE(d.turns.size() == 4u);
  BOOST_TEST(span_chars(t, d.turns[0]) == "KELLY:");
  BOOST_TEST(d.count_words(d.turns[0]) == 0u);
  BOOST_TEST(span_chars(t, d.turns[3]) == "BOWMAN:");
}

BOOST_AUTO_TEST_CASE(character_positions_count_characters) {
  std::string t = "JOSÉ DÍAZ: Olé \xF0\x9F\x98\x80 done.\n\nBOB SMITH: Next.\n";
  Document d = parse(t, "broadcast");
  BOOST_REQUIRE(d.turns.size() == 2u);
  BOOST_TEST(d.turns[0].char_start == 1u);
  BOOST_TEST(d.turns[0].char_length == 22u);
  BOOST_TEST(d.turns[1].char_start == 25u);
  BOOST_TEST(span_chars(t, d.turns[1]) == "BOB SMITH: Next.");
  BOOST_TEST(d.speakers[size_t(d.turns[0].speaker)].name == "JOSÉ DÍAZ");
  BOOST_TEST(d.speakers[size_t(d.turns[0].speaker)].key == "josé díaz");
}

BOOST_AUTO_TEST_CASE(turn_at_positions) {
  std::string t = "BOB SMITH: One.\n\n(APPLAUSE)\n\nJANE ROE: Two.";
  Document d = parse(t, "broadcast");
  BOOST_REQUIRE(d.turns.size() == 3u);
  BOOST_TEST(d.turn_at(0) == nullptr);
  BOOST_TEST(d.turn_at(1) == &d.turns[0]);
  BOOST_TEST(d.turn_at(15) == &d.turns[0]);
  BOOST_TEST(d.turn_at(16) == nullptr);  // the line end between rows
  BOOST_TEST(d.turn_at(18) == &d.turns[1]);
  BOOST_TEST(d.turn_at(30) == &d.turns[2]);
  BOOST_TEST(d.turn_at(43) == &d.turns[2]);
  BOOST_TEST(d.turn_at(44) == nullptr);
  BOOST_TEST(d.turn_at(-5) == nullptr);
}

BOOST_AUTO_TEST_CASE(yaml_front_matter_and_headings_are_meta) {
  std::string t = "---\ntitle: Morning Edition\n---\n\n# Part one\n\nJANE ROE: Hi.\n\n## Part two\n\nJANE ROE: Again.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|NULL|NULL|--- title: Morning Edition ---|1|0",
                              "meta|NULL|NULL|NULL|NULL|# Part one|5|0",
                              "speech|JANE ROE|jane roe|JANE ROE|NULL|Hi.|7|0",
                              "meta|NULL|NULL|NULL|NULL|## Part two|9|0",
                              "speech|JANE ROE|jane roe|JANE ROE|NULL|Again.|11|0"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(web_debris_is_prose) {
  std::string t = "BOB SMITH: Hi.\n\nContinue reading the main story\n\nAdvertisement\n\nStill Bob.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|BOB SMITH|bob smith|BOB SMITH|NULL|Hi.|1|0",
                              "prose|NULL|NULL|NULL|NULL|Continue reading the main story|3|0",
                              "prose|NULL|NULL|NULL|NULL|Advertisement|5|0",
                              "speech|BOB SMITH|bob smith|NULL|NULL|Still Bob.|7|0"}),
             tt::per_element());
}

// Photo captions of a scraped page: "X, left, and Y" or a credit line "Credit Name/Agency" (a
// capital, 1 to 60 characters without a '/', then a capital); nothing else.
BOOST_AUTO_TEST_CASE(photo_captions_are_prose) {
  const std::string credit60 = "Credit A" + std::string(60, 'b') + "/The Times";  // 60 after the capital
  const std::string credit61 = "Credit A" + std::string(61, 'b') + "/The Times";
  const std::string wide60 = "Credit A" + [] { std::string w; for (int i = 0; i < 60; ++i) w += "\xC3\xA9"; return w; }() + "/X";
  const std::pair<std::string, bool> lines[] = {
      {"Credit Jim Wilson/The New York Times", true},
      {"Ana Ruiz, left, and Bo Lee at the hearing.", true},
      {"Ana Ruiz, second from right, speaks.", true},
      {"Ana Ruiz, second from the left, speaks.", false},
      {"We turned left, then right.", false},
      {"The Credit Union/Bank said so.", true},
      {"NoCredit Jim Wilson/The Times", false},      // no word boundary before Credit
      {"Credit jim Wilson/The Times", false},        // no capital after it
      {"Credit Jim Wilson/the Times", false},        // no capital after the slash
      {"Credit J/Times", false},                     // no character between
      {"Credit Jim Wilson and/or Bo/Times", false},  // the first slash decides
      {credit60, true},
      {credit61, false},
      {wide60, true},  // characters, not bytes
  };
  for (const auto& [line, caption] : lines) {
    std::string t = "BOB SMITH: Hi.\n\n" + line + "\n";
    auto r = rows(t, "broadcast");  // a caption: a prose row; else Bob's words go on
    const bool prose = r.size() == 2 && r[1].rfind("prose|", 0) == 0;
    BOOST_TEST(prose == caption, line << " -> " << r.back());
  }
}

// The caption test reads a line sixteen bytes a step: a place or a '/' at every offset from a
// step's start, at the end of the text, and what lies just past the line's end (the next line,
// a trimmed space) must count as in a byte-at-a-time reading.
BOOST_AUTO_TEST_CASE(photo_captions_at_every_offset) {
  auto is_prose_row = [](const std::string& line, const std::string& after) {
    auto r = rows("BOB SMITH: Hi.\n\n" + line + after, "broadcast");
    return r.size() == 2 && r[1].rfind("prose|", 0) == 0;
  };
  for (size_t k = 0; k <= 40; ++k) {
    const std::string pad(k, 'a');
    for (std::string end : {"\n", "", " \n", "  "}) {  // a line end, the text's end, trimmed spaces
      const std::string at = std::to_string(k) + " [" + end + "]";
      BOOST_TEST(is_prose_row("Ana" + pad + ", left, and Bo Lee.", end), at);
      BOOST_TEST(is_prose_row("Ana" + pad + ", bottom,", end), at);
      BOOST_TEST(is_prose_row("Photo Credit Ab" + pad + "/The Times", end), at);
      BOOST_TEST(!is_prose_row("Ana" + pad + ", lefty, and Bo Lee.", end), at);
      BOOST_TEST(!is_prose_row("Ana" + pad + ", left", end), at);  // no comma after the place
    }
    // What follows the line is not read as part of it.
    const std::string at = std::to_string(k);
    BOOST_TEST(!is_prose_row("Ana" + pad + ",", "\nleft, said Bo.\n"), at);
    BOOST_TEST(!is_prose_row("Ana" + pad + ", ", "\nleft, said Bo.\n"), at);
    BOOST_TEST(!is_prose_row("Said Credit Ab" + pad, "\n/The Times\n"), at);
  }
}

BOOST_AUTO_TEST_CASE(empty_and_blank_input) {
  BOOST_TEST(parse("").turns.empty());
  BOOST_TEST(parse(" \n\r\n\t\n").turns.empty());
  BOOST_TEST(parse("\xEF\xBB\xBF").turns.empty());
}

BOOST_AUTO_TEST_CASE(text_without_labels_is_prose_or_meta) {
  for (const auto& r : rows("Just a sentence that nobody says.\n\nAnd another one.\n"))
    BOOST_TEST((r.rfind("prose|", 0) == 0 || r.rfind("meta|", 0) == 0), r);
}

BOOST_AUTO_TEST_CASE(layout_is_recorded) {
  BOOST_TEST(parse("KELLY: Hi.").layout == "broadcast");
  BOOST_TEST(parse("KELLY: Hi.", "broadcast").layout == "broadcast");
  BOOST_TEST(detect_layout("KELLY: Hi.").name == "broadcast");
}

BOOST_AUTO_TEST_CASE(unknown_format_is_an_error) {
  BOOST_CHECK_EXCEPTION(parse("KELLY: Hi.", "vtt2"), Error, [](const Error& e) {
    return std::string(e.what()) ==
           "unknown format 'vtt2' (expected auto, broadcast, hearing, court, dialogue, timestamped, webvtt, srt, "
           "captions, chat, play)";
  });
}

BOOST_AUTO_TEST_CASE(unsupported_format_is_an_error) {
  for (auto name : layout_names())
    if (!find_layout(name) && name != "auto")
      BOOST_CHECK_EXCEPTION(parse("KELLY: Hi.", name), Error, [&](const Error& e) {
        return std::string(e.what()).starts_with("format '" + std::string(name) + "' is not supported yet (supported: auto, broadcast");
      });
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error) {
  BOOST_CHECK_EXCEPTION(parse("KELLY: Caf\xC3(\n"), Error,
                        [](const Error& e) { return std::string(e.what()) == "invalid UTF-8 at byte 11"; });
  BOOST_CHECK_EXCEPTION(parse("\xFF"), Error,
                        [](const Error& e) { return std::string(e.what()) == "invalid UTF-8 at byte 1"; });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(speaker_of_line_tests)

BOOST_AUTO_TEST_CASE(names_without_role_or_title) {
  BOOST_TEST(*speaker_of_line("MARY LOUISE KELLY, HOST: Okay.") == "MARY LOUISE KELLY");
  BOOST_TEST(*speaker_of_line("KELLY: Okay.") == "KELLY");
  BOOST_TEST(*speaker_of_line("SEN. BERNIE SANDERS (I-VT): Enough.") == "BERNIE SANDERS");
  BOOST_TEST(*speaker_of_line("TOM BOWMAN, BYLINE:") == "TOM BOWMAN");
  BOOST_TEST(*speaker_of_line("\xEF\xBB\xBFKELLY: Hi.") == "KELLY");
  BOOST_TEST(*speaker_of_line("  KELLY: Hi.") == "KELLY");
  BOOST_TEST(*speaker_of_line("UNIDENTIFIED MALE: Hey.") == "UNIDENTIFIED MALE");
  BOOST_TEST(*speaker_of_line("KELLY: Hi.\nBOWMAN: Hey.") == "KELLY");  // only the first line counts
}

BOOST_AUTO_TEST_CASE(no_label) {
  BOOST_TEST(!speaker_of_line("").has_value());
  BOOST_TEST(!speaker_of_line("Okay. So what is it?").has_value());
  BOOST_TEST(!speaker_of_line("WE WILL NOT BACK DOWN: again").has_value());
  BOOST_TEST(!speaker_of_line("Coming up: the news").has_value());
  BOOST_TEST(!speaker_of_line("(APPLAUSE)").has_value());
  BOOST_TEST(!speaker_of_line("https://www.npr.org/transcripts/1").has_value());
  BOOST_TEST(!speaker_of_line("At 10:30 we left.").has_value());
  BOOST_TEST(!speaker_of_line("\nKELLY: Hi.").has_value());  // the first line is empty
}

BOOST_AUTO_TEST_SUITE_END()

// The core's regular expressions are compiled on first use, not when the module loads: each
// must compile, and match what its comment promises.
BOOST_AUTO_TEST_SUITE(patterns_compiled_on_first_use)

BOOST_AUTO_TEST_CASE(every_pattern_compiles_and_matches) {
  BOOST_TEST(transcript::patterns::error() == "");
  BOOST_TEST(transcript::full_match(transcript::patterns::date_line(), "October 13, 2015"));
  BOOST_TEST(transcript::full_match(transcript::patterns::date_line(), "date 2024-03-26"));
  BOOST_TEST(!transcript::full_match(transcript::patterns::date_line(), "KELLY: October 13, 2015"));
  std::string name;
  BOOST_TEST(RE2::PartialMatch("And this is Todd Hicks from Tempe.", transcript::patterns::introduction(), &name));
  BOOST_TEST(name == "Todd Hicks");
}

BOOST_AUTO_TEST_SUITE_END()
