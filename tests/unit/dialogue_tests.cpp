// The dialogue layout (LAYOUTS.md "dialogue"): `Name: text`, `**Name:**`, speech-recognition
// labels, Q/A of a single-speaker talk, CSV exports, and `auto`'s fallback.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "layout.hpp"
#include "text.hpp"

using namespace transcript;
namespace tt = boost::test_tools;

namespace {

// One row as "kind|speaker|label|text|line" (NULL as in SQL).
std::string row(const Document& d, const Turn& t) {
  auto null_or = [](bool has, std::string_view s) { return has ? std::string(s) : std::string("NULL"); };
  const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
  return std::string(kind_name(t.kind)) + "|" + null_or(sp, sp ? sp->name : "") + "|" +
         null_or(t.has_label, t.label.of(d.text)) + "|" + d.render_text(t) + "|" + std::to_string(t.line);
}

using Rows = std::vector<std::string>;

Rows rows(const std::string& text, std::string_view format = "dialogue") {
  Document d = parse(text, format);
  Rows out;
  for (const Turn& t : d.turns) out.push_back(row(d, t));
  return out;
}

std::vector<double> start_times(const std::string& text) {
  Document d = parse(text, "dialogue");
  std::vector<double> out;
  for (const Turn& t : d.turns) out.push_back(std::isnan(t.start_time) ? -1 : t.start_time);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dialogue)

BOOST_AUTO_TEST_CASE(mixed_case_full_names) {
  std::string t = "Joe R Biden: How you doing, man?\n\nDonald J Trump: How are you doing?\n\nJoe R Biden: I'm well.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Joe R Biden|Joe R Biden|How you doing, man?|1",
                              "speech|Donald J Trump|Donald J Trump|How are you doing?|3",
                              "speech|Joe R Biden|Joe R Biden|I'm well.|5"}),
             tt::per_element());
  BOOST_TEST(std::string(detect_layout(t).name) == "dialogue");
}

BOOST_AUTO_TEST_CASE(non_ascii_names_and_particles) {
  std::string t = "Tobi Lütke: Hallo.\n\nGreta van der Berg: Hi.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Tobi Lütke|Tobi Lütke|Hallo.|1",
                              "speech|Greta van der Berg|Greta van der Berg|Hi.|3"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(speech_recognition_labels) {
  std::string t = "SPEAKER_00: one\n\nSpeaker 1:Yeah, two\n\nSpeaker4: three\n\nSpeaker 4: four\n";
  // `Speaker4` is `Speaker 4`: the two labels are one voice, so one turn.
  BOOST_TEST(rows(t) == (Rows{"speech|SPEAKER_00|SPEAKER_00|one|1", "speech|Speaker 1|Speaker 1|Yeah, two|3",
                              "speech|Speaker 4|Speaker4|three four|5"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(anonymous_labels_never_merge) {
  BOOST_TEST(rows("Q: One?\n\nQ: Two?\n") == (Rows{"speech|Q|Q|One?|1", "speech|Q|Q|Two?|3"}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(markdown_labels_times_and_escapes) {
  std::string t =
      "**Jerod Santo:** \\[04:33\\] You tend to keep going.\n\n**Chris Coyier**: \\[laughs\\] I do. OP\\_CODE\n\n"
      "\\[05:10\\] And a second paragraph.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Jerod Santo|Jerod Santo|You tend to keep going.|1",
                              "speech|Chris Coyier|Chris Coyier|[laughs] I do. OP_CODE And a second paragraph.|3"}),
             tt::per_element());
  // Only a time that leads a turn is its start_time; one inside a turn is dropped.
  BOOST_TEST(start_times(t) == (std::vector<double>{273, -1}), tt::per_element());
}

// An escaped backslash escapes nothing after it, a backslash before other text stays, and so
// does one that ends the line.
BOOST_AUTO_TEST_CASE(markdown_escapes_at_the_edges) {
  std::string t = "**Ann Lee:** a\\\\*b c\\\\\\*d \\q e\\\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ann Lee|Ann Lee|a\\*b c\\*d \\q e\\|1"}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(segment_markers_are_events_with_times) {
  std::string t = "**Ann Lee:** Hi.\n\n**Break:** \\[01:06:22.12\\]\n\n**Jingle**: \\[46:04\\]\n\n**Ann Lee:** Back.\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ann Lee|Ann Lee|Hi.|1", "event|NULL|NULL|Break|3", "event|NULL|NULL|Jingle|5",
                              "speech|Ann Lee|Ann Lee|Back.|7"}),
             tt::per_element());
  auto times = start_times(t);
  BOOST_TEST(std::abs(times[1] - 3982.12) < 1e-6);
  BOOST_TEST(times[2] == 2764);
}

BOOST_AUTO_TEST_CASE(header_traps_are_not_labels) {
  std::string t =
      "---\ntitle: Drivechain\n---\nDrivechain: A layer between layers\n\nAgenda: <https://example.org/1>\n\n"
      "Ann Lee: Hello.\nHere is the plan: we wait.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|--- title: Drivechain ---|1",
                              "meta|NULL|NULL|Drivechain: A layer between layers|4",
                              "meta|NULL|NULL|Agenda: <https://example.org/1>|6",
                              "speech|Ann Lee|Ann Lee|Hello. Here is the plan: we wait.|8"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(label_needs_one_to_four_name_tokens) {
  BOOST_TEST(rows("One Two Three Four Five: text\n") == (Rows{"prose|NULL|NULL|One Two Three Four Five: text|1"}));
  BOOST_TEST(rows("Coming up: the news.\n") == (Rows{"prose|NULL|NULL|Coming up: the news.|1"}));
  BOOST_TEST(rows("At 10:30 we left.\n") == (Rows{"prose|NULL|NULL|At 10:30 we left.|1"}));
  // Document parts and quoted mail headers are not speakers.
  BOOST_TEST(rows("Bo Chen: Read it.\n\nStep 2: Stir.\n\nFrom: Ann Lee\n\nChapter One: The Sea\n") ==
             (Rows{"speech|Bo Chen|Bo Chen|Read it. Step 2: Stir. From: Ann Lee Chapter One: The Sea|1"}));
}

BOOST_AUTO_TEST_CASE(verse_ending_in_a_colon_stays_speech) {
  std::string t = "Ann Lee: She read it out:\nand the sea was calm:\nAnd the Lord said:\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ann Lee|Ann Lee|She read it out: and the sea was calm: And the Lord said:|1"}));
}

BOOST_AUTO_TEST_CASE(a_single_speaker_talk_owns_the_text_before_labels_and_the_answers) {
  std::string t =
      "---\ntitle: Tides\nspeakers:\n  - Rosa Quintero\n---\n## Intro\n\nHello all.\n\nQ: Deep?\n\nA: Knee deep.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|--- title: Tides speakers: - Rosa Quintero ---|1",
                              "meta|NULL|NULL|## Intro|6", "speech|Rosa Quintero|NULL|Hello all.|8",
                              "speech|Q|Q|Deep?|10", "speech|Rosa Quintero|A|Knee deep.|12"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_roster_line_names_the_single_speaker) {
  std::string t = "Speaker: Rosa Quintero\n\nHello all.\n\nQ: Deep?\n\nA: Knee deep.\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|Speaker: Rosa Quintero|1", "speech|Rosa Quintero|NULL|Hello all.|3",
                              "speech|Q|Q|Deep?|5", "speech|Rosa Quintero|A|Knee deep.|7"}),
             tt::per_element());
  // Two names: no single speaker; `Speaker:` with speech is a voice.
  BOOST_TEST(rows("Speakers: Ann Lee, Bo Chen\n\nA: Yes.\n") ==
                 (Rows{"meta|NULL|NULL|Speakers: Ann Lee, Bo Chen|1", "speech|A|A|Yes.|3"}),
             tt::per_element());
  BOOST_TEST(rows("Speaker: hello there\n") == (Rows{"speech|Speaker|Speaker|hello there|1"}));
}

BOOST_AUTO_TEST_CASE(answers_without_a_single_speaker_stay_as_written) {
  BOOST_TEST(rows("Q: Deep?\n\nA: Yes.\n") == (Rows{"speech|Q|Q|Deep?|1", "speech|A|A|Yes.|3"}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(csv_export_with_speaker_column) {
  std::string t =
      "speaker,words,tags,timestamp\n,\"(Noise)\",,\nDB:,\"Hi &amp; \"\"<em>welcome</em>\"\"\",a,0:00:45\n"
      "LG:,\"Two\nlines\",,\n,More.,,\n";
  BOOST_TEST(rows(t, "auto") == (Rows{"meta|NULL|NULL|speaker,words,tags,timestamp|1", "event|NULL|NULL|(Noise)|2",
                                      "speech|DB|DB|Hi & \"welcome\"|3", "speech|LG|LG|Two lines More.|4"}),
             tt::per_element());
  BOOST_TEST(start_times(t)[2] == 45);
  // Doubled quotes with no markup, a quote at either end, and a field with neither.
  t = "speaker,words\nAl,\"\"\"Go\"\", he said \"\"now\"\"\"\nBo,\"Plain, quoted\"\nCy,bare words\n";
  BOOST_TEST(rows(t, "auto") == (Rows{"meta|NULL|NULL|speaker,words|1", "speech|Al|Al|\"Go\", he said \"now\"|2",
                                      "speech|Bo|Bo|Plain, quoted|3", "speech|Cy|Cy|bare words|4"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(csv_fields_and_quotes_at_every_offset) {
  // The fields, the quotes and the line ends of the records stand before, across and after
  // each step of sixteen bytes the lexer reads; the last record ends the text.
  std::string t = "speaker,words,timestamp\n";
  Rows want = {"meta|NULL|NULL|speaker,words,timestamp|1"};
  std::vector<double> times = {-1};
  for (int n = 1; n <= 20; ++n) {
    const std::string who = n % 2 ? "Al" : "Bo", words(size_t(n), 'w');
    t += who + ",\"" + words + "\nx, \"\"y\"\"\",0:0" + std::to_string(n % 10) + "\n";
    want.push_back("speech|" + who + "|" + who + "|" + words + " x, \"y\"|" + std::to_string(2 * n));
    times.push_back(n % 10);
  }
  t += "Cy,\"a,b\",0:07";
  want.push_back("speech|Cy|Cy|a,b|42");
  times.push_back(7);
  BOOST_TEST(rows(t) == want, tt::per_element());
  BOOST_TEST(start_times(t) == times, tt::per_element());
}

BOOST_AUTO_TEST_CASE(html_transcripts) {
  std::string t =
      "<cite>Ann:</cite>\n<time>1:05</time>\n<p>It&#39;s <i>very</i> old.</p>\n<p>[MUSIC]</p>\n"
      "<div><h4>BO CHEN:</h4><p begin=\"00:02:10.50\">Oil.</p><p begin=\"00:02:15.00\">Then gas.</p></div>\n"
      "<h2>Credits</h2><script>var x = '<p>no</p>';</script>";
  BOOST_TEST(rows(t, "auto") == (Rows{"speech|Ann|Ann|It's very old.|1", "event|NULL|NULL|[MUSIC]|4",
                                      "speech|BO CHEN|BO CHEN|Oil. Then gas.|5", "meta|NULL|NULL|Credits|6"}),
             tt::per_element());
  BOOST_TEST(start_times(t) == (std::vector<double>{65, -1, 130.5, -1}), tt::per_element());
  // Unclosed tags and stray brackets end the text, never the process.
  BOOST_TEST(!parse("<p>a <b", "dialogue").turns.empty());
  BOOST_TEST(parse("<p>x</p><script>", "dialogue").turns.size() == 1u);
}

BOOST_AUTO_TEST_CASE(no_labels_is_prose_and_the_fallback) {
  BOOST_TEST(std::string(detect_layout("Just prose, nothing else.\n").name) == "dialogue");
  BOOST_TEST(rows("Just prose.\n\nMore prose.\n") ==
                 (Rows{"prose|NULL|NULL|Just prose.|1", "prose|NULL|NULL|More prose.|3"}),
             tt::per_element());
  BOOST_TEST(rows("").empty());
}

BOOST_AUTO_TEST_CASE(label_alone_at_the_end_is_an_empty_turn) {
  BOOST_TEST(rows("Ann Lee: Hi.\n\nBo Chen:\n") == (Rows{"speech|Ann Lee|Ann Lee|Hi.|1", "speech|Bo Chen|Bo Chen||3"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(speaker_of_line_reads_dialogue_labels) {
  BOOST_TEST(speaker_of_line("**Jerod Santo:** Hi").value_or("") == "Jerod Santo");
  BOOST_TEST(speaker_of_line("**Jerod Santo**: Hi").value_or("") == "Jerod Santo");
  BOOST_TEST(speaker_of_line("Speaker 1:Yeah").value_or("") == "Speaker 1");
  BOOST_TEST(!speaker_of_line("Agenda: <https://x.org>"));
  BOOST_TEST(!speaker_of_line("**Break:** \\[30:07\\]"));
  BOOST_TEST(!speaker_of_line("Here is the plan: we wait."));
}

BOOST_AUTO_TEST_CASE(sniff_leaves_other_layouts_alone) {
  // Upper-case labels are broadcast; caption cues are not dialogue; a name with only a time
  // after it is a timestamped layout.
  BOOST_TEST(std::string(detect_layout("KELLY: Hi.\n\nBOWMAN: Hey.\n\nKELLY: So.\n").name) == "broadcast");
  std::string vtt = "1\n00:00:01,000 --> 00:00:02,000\nAnn Lee: Hi.\n\n2\n00:00:03,000 --> 00:00:04,000\nAnn Lee: Yo.\n";
  const Layout* dialogue = find_layout("dialogue");
  BOOST_TEST_REQUIRE(dialogue);
  BOOST_TEST(dialogue->sniff(std::string_view(vtt)) == 0);
  BOOST_TEST(dialogue->sniff("Ann Lee: 00:00:01\n\nHi.\n\nBo Chen: 00:00:05\n\nYo.\n\nAnn Lee: 00:00:09\n\nOk.\n") == 0);
  BOOST_TEST(dialogue->sniff("Ann Lee: Hi.\n\nBo Chen: Yo.\n\nAnn Lee: Ok.\n") > 0);
  // A plain Q/A interview is dialogue; Q/A among upper-case names is broadcast's.
  BOOST_TEST(std::string(detect_layout("Q: One?\n\nA: Yes.\n\nQ: Two?\n\nA: No.\n").name) == "dialogue");
  BOOST_TEST(std::string(detect_layout("KELLY: Hi.\n\nQ: One?\n\nBOWMAN: Hey.\n\nA: Yes.\n\nKELLY: So.\n\nQ: Two?\n").name) ==
             "broadcast");
}

BOOST_AUTO_TEST_CASE(hostile_input_stays_linear_and_safe) {
  std::string t;
  for (int i = 0; i < 2000; ++i) t += "**A:** \\[\\[\\[ ::: **\n\\[99:99\\]\n,\"\n";
  Document d = parse(t, "dialogue");
  BOOST_TEST(!d.turns.empty());
  std::string csv = "speaker,words\n,\"never closed\n" + std::string(10000, 'x') + std::string(100000, '&');
  BOOST_TEST(!parse(csv, "dialogue").turns.empty());
}

BOOST_AUTO_TEST_SUITE_END()
