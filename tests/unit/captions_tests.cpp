// The caption layouts: webvtt, srt and captions (LAYOUTS.md "webvtt and srt").
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "layout.hpp"
#include "layouts/subtitles.hpp"
#include "text.hpp"

using namespace transcript;
namespace tt = boost::test_tools;

namespace {

std::string num(double v) {
  if (std::isnan(v)) return "NULL";
  std::ostringstream o;
  o << v;
  return o.str();
}

// One row as "kind|speaker|label|role|text|line|start_time|end_time" (NULL as in SQL).
std::string row(const Document& d, const Turn& t) {
  auto null_or = [](bool has, std::string_view s) { return has ? std::string(s) : std::string("NULL"); };
  const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
  return std::string(kind_name(t.kind)) + "|" + null_or(sp, sp ? sp->name : "") + "|" +
         null_or(t.has_label, t.label.of(d.text)) + "|" + null_or(t.has_role, t.role.of(d.text)) + "|" +
         d.render_text(t) + "|" + std::to_string(t.line) + "|" + num(t.start_time) + "|" + num(t.end_time);
}

using Rows = std::vector<std::string>;

Rows rows(const std::string& text, std::string_view format) {
  Document d = parse(text, format);
  Rows out;
  for (const Turn& t : d.turns) out.push_back(row(d, t));
  return out;
}

// The bytes of the turn as written.
std::string_view span(const Document& d, size_t i) { return d.turns.at(i).span.of(d.text); }

}  // namespace

BOOST_AUTO_TEST_SUITE(webvtt)

BOOST_AUTO_TEST_CASE(voices_merge_and_lose_their_markup) {
  std::string t =
      "WEBVTT\nKind: captions\n\n"
      "1\n00:00:00.000 --> 00:00:02.000\n<v.loud Ana Ruiz>Hello &amp; welcome,</v>\n\n"
      "2\n00:00:02.000 --> 00:00:04.500 align:start\n<v Ana Ruiz>to the <i>show</i>.\n\n"
      "00:04.500 --> 00:06.000\n<v Ben>Thanks&#39;s &lt;3\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT Kind: captions|1|NULL|NULL",
                                        "speech|Ana Ruiz|Ana Ruiz|NULL|Hello & welcome, to the show.|6|0|4.5",
                                        "speech|Ben|Ben|NULL|Thanks's <3|13|4.5|6"}),
             tt::per_element());
  Document d = parse(t, "webvtt");
  // The turn holds its cues as written, from the first cue's id to the last cue's text.
  BOOST_TEST(span(d, 1) == t.substr(t.find("1\n00"), t.find(".\n\n00:04") + 1 - t.find("1\n00")));
  BOOST_TEST(span(d, 2).starts_with("00:04.500 -->"));
}

BOOST_AUTO_TEST_CASE(cues_without_a_voice_are_turns_of_their_own) {
  std::string t =
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\ngood<00:00:01.500><c> evening</c>\n\n"
      "00:00:02.000 --> 00:00:03.000\ngood evening\n";
  Document d = parse(t, "webvtt");
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|NULL|NULL|NULL|good evening|4|1|2",
                                        "speech|NULL|NULL|NULL|good evening|7|2|3"}),
             tt::per_element());
  BOOST_TEST(span(d, 1).starts_with("00:00:01.000 -->"));  // Unnamed: from the timing line
  BOOST_TEST(d.turns[1].speaker == -1);
}

BOOST_AUTO_TEST_CASE(rolling_repeats_collapse_only_when_adjacent) {
  std::string t =
      "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n \nso<00:00:01.000><c> the tide</c>\n\n"
      "00:00:02.000 --> 00:00:02.010\nso the tide\n \n\n"
      "00:00:02.010 --> 00:00:04.000\nso the tide\nturned\n\n"
      "00:00:04.000 --> 00:00:06.000\nlater\nmore\n\n"
      "00:00:06.000 --> 00:00:08.000\nso the tide\nturned again\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|NULL|NULL|NULL|so the tide|5|0|2",
                                        "speech|NULL|NULL|NULL|turned|13|2.01|4",
                                        "speech|NULL|NULL|NULL|later more|16|4|6",
                                        "speech|NULL|NULL|NULL|so the tide turned again|20|6|8"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(note_style_region_blocks_are_meta_and_split_turns) {
  std::string t =
      "WEBVTT\n\nSTYLE\n::cue { color: lime }\n\n00:01.000 --> 00:02.000\n<v Ana>One.\n\n"
      "NOTE a comment\n\n00:02.000 --> 00:03.000\n<v Ana>Two.\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "meta|NULL|NULL|NULL|STYLE ::cue { color: lime }|3|NULL|NULL",
                                        "speech|Ana|Ana|NULL|One.|7|1|2",
                                        "meta|NULL|NULL|NULL|NOTE a comment|9|NULL|NULL",
                                        "speech|Ana|Ana|NULL|Two.|12|2|3"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_voice_may_change_inside_a_cue) {
  std::string t = "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ana>Ready?</v> <v Ben>Yes.\n<v Ana>Go.\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|Ana|Ana|NULL|Ready?|4|1|3",
                                        "speech|Ben|Ben|NULL|Yes.|4|1|3",
                                        "speech|Ana|Ana|NULL|Go.|5|1|3"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(sdh_names_and_sounds) {
  std::string t =
      "WEBVTT\n\n00:01.000 --> 00:02.000\n[Alba] En 1928,\n\n00:02.000 --> 00:03.000\nllegó al puerto.\n\n"
      "00:03.000 --> 00:04.000\n[llora]\n\n00:04.000 --> 00:05.000\n[laughs] Yes.\n\n"
      "00:05.000 --> 00:06.000\nTOMÁS: ¿Y tú?\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|Alba|Alba|NULL|En 1928, llegó al puerto.|4|1|3",
                                        "event|NULL|NULL|NULL|[llora]|10|3|4",
                                        "speech|Alba|NULL|NULL|[laughs] Yes.|13|4|5",
                                        "speech|TOMÁS|TOMÁS|NULL|¿Y tú?|16|5|6"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(crlf_bom_and_other_scripts_keep_offsets) {
  std::string t =
      "\xEF\xBB\xBFWEBVTT\r\n\r\n01:00:00.000 --> 01:00:01.000\r\n<v Хана>Спасибо&nbsp;всем!\r\n\r\n"
      "01:00:01.000 --> 01:00:02.000\r\n<v 花子>ありがとう\r\n";
  Document d = parse(t, "auto");
  BOOST_TEST(d.layout == "webvtt");
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|Хана|Хана|NULL|Спасибо всем!|4|3600|3601",
                                        "speech|花子|花子|NULL|ありがとう|7|3601|3602"}),
             tt::per_element());
  BOOST_TEST(span(d, 1) == "01:00:00.000 --> 01:00:01.000\r\n<v Хана>Спасибо&nbsp;всем!");
  BOOST_TEST(d.turns[0].char_start == 2u);  // after the BOM, in characters
}

BOOST_AUTO_TEST_CASE(a_block_without_a_timing_line_goes_with_the_cue_before) {
  std::string t = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>One.\n\nstray words\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|Ana|Ana|NULL|One. stray words|4|1|2"}),
             tt::per_element());
}

// A stray block was read again at the start of the next cue's text ("stray wordsTwo.").
BOOST_AUTO_TEST_CASE(a_block_without_a_timing_line_is_read_once) {
  std::string t = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>One.\n\nstray words\n\n00:03.000 --> 00:04.000\n<v Bo><i>Two.</i>\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|Ana|Ana|NULL|One. stray words|4|1|2",
                                        "speech|Bo|Bo|NULL|Two.|9|3|4"}),
             tt::per_element());
}

// Lines without markup are read where they stand, lines with it through a cleaned copy: the
// rows read the same whichever mix a cue has, and a repeat that joins a row leaves its text as
// it was.
BOOST_AUTO_TEST_CASE(plain_and_marked_lines_read_alike) {
  std::string t =
      "WEBVTT\n\n00:00.000 --> 00:02.000\nfirst  line\n  second line\n\n"
      "00:02.000 --> 00:02.010\nsecond line\n\n"
      "00:02.010 --> 00:04.000\nsecond line\nthird &amp; <i>more</i>\nand   on\n\n"
      "00:04.000 --> 00:06.000\n<v Ana>plain after a voice\n<c>tagged</c> then plain\nplain again\n\n"
      "00:06.000 --> 00:06.010\nplain again\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|NULL|NULL|NULL|first line second line|4|0|2",
                                        "speech|NULL|NULL|NULL|third & more and on|12|2.01|4",
                                        "speech|Ana|Ana|NULL|plain after a voice tagged then plain plain again|16|4|6"}),
             tt::per_element());
}

// A line is read for marks only where it may hold one, sixteen bytes at a time: a voice, chevrons
// or `&gt;&gt;` after k bytes of speech are found at every offset around that step, and
// chevrons without a blank before them are speech.
BOOST_AUTO_TEST_CASE(marks_are_found_at_every_offset) {
  for (size_t k = 1; k < 40; ++k) {
    const std::string words(k, 'x');
    for (std::string_view mark : {" >> BO: hi", " &gt;&gt; BO: hi", " <v BO>hi", "<v BO>hi"}) {
      std::string t = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>" + words + std::string(mark) + "\n";
      BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                            "speech|Ana|Ana|NULL|" + words + "|4|1|2", "speech|BO|BO|NULL|hi|4|1|2"}),
                 tt::per_element());
    }
    std::string t = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>" + words + ">> BO: hi\n";
    BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                          "speech|Ana|Ana|NULL|" + words + ">> BO: hi|4|1|2"}),
               tt::per_element());
  }
}

// Tags and references are found sixteen bytes at a time where the text goes on: at every offset
// around that step, at the end of the text and with the range ending before a tag closes.
BOOST_AUTO_TEST_CASE(markup_is_cleaned_at_every_offset) {
  struct Case {
    std::string_view markup, clean;
    bool any_tag;
  };
  const Case cases[] = {{"<i>", "", false},           {"</i>", "", false},           {"<00:00:01.500>", "", true},
                        {"<c.yellow>", "", true},     {"&amp;", "&", true},          {"<font color=\"red\">", "", false},
                        {"<blink>", "<blink>", false}, {"<3", "<3", true},            {"< b>", "< b>", true},
                        {"&#233;", "\xC3\xA9", true}, {"&nosuch;", "&nosuch;", true}, {"<i>", "", true},
                        // SRT: player tags in any case, and only whole tag names
                        {"<I>", "", false},           {"<FONT color=\"red\">", "", false},
                        {"<iframe>", "<iframe>", false}, {"<c>", "", false}, {"<cx>", "<cx>", false}};
  for (const Case& c : cases)
    for (size_t k = 0; k < 40; ++k)
      for (std::string_view after : {"", " word", " a much longer run of words after it"}) {
        const std::string text = std::string(k, 'x') + std::string(c.markup) + std::string(after);
        std::string out;
        subtitles::append_clean(out, text, 0, text.size(), c.any_tag);
        BOOST_TEST(out == std::string(k, 'x') + std::string(c.clean) + std::string(after), c.markup << " at " << k);
        // The range ends before the markup does: nothing in it closes, so it stays as written.
        const size_t cut = k + c.markup.size() - 1;
        out.clear();
        subtitles::append_clean(out, text, 0, cut, c.any_tag);
        BOOST_TEST(out == text.substr(0, cut), c.markup << " cut at " << k);
      }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(srt)

BOOST_AUTO_TEST_CASE(a_name_prefix_carries_to_later_cues) {
  std::string t =
      "1\n00:00:00,100 --> 00:00:01,000\nIntro music fades.\n\n"
      "2\n00:00:01,000 --> 00:00:02,000\nStill no name.\n\n"
      "3\n00:00:02,000 --> 00:00:03,000\nTravis: When you start\npodcasting,\n\n"
      "4\n00:00:03,000 --> 00:00:04,500\nyou make mistakes.\n\n"
      "5\n00:00:04,500 --> 00:00:05,000\nTravis: Many.\n\n"
      "6\n00:00:05,200 --> 00:00:06,000\nSarah: True.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|NULL|NULL|NULL|Intro music fades.|3|0.1|1",
                                     "speech|NULL|NULL|NULL|Still no name.|7|1|2",
                                     "speech|Travis|Travis|NULL|When you start podcasting, you make mistakes. Many.|11|2|5",
                                     "speech|Sarah|Sarah|NULL|True.|24|5.2|6"}),
             tt::per_element());
  Document d = parse(t, "auto");
  BOOST_TEST(d.layout == "srt");
  BOOST_TEST(span(d, 2).starts_with("3\n00:00:02,000"));  // the cue number belongs to the turn
  BOOST_TEST(span(d, 2).ends_with("Travis: Many."));
}

BOOST_AUTO_TEST_CASE(lenient_timings_numbers_and_blank_lines) {
  std::string t =
      "1\n0:00:01,5 --> 0:00:02,25\n<i>One.</i>\n\n\n"
      "00:00:03 --> 00:00:04\n{\\an8}<font color=\"#ff0\">Two.</font>\n\n"
      "3\n00:00:04.000 --> 00:00:05.000\n\nThree\n\n1986\nwas the year.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|NULL|NULL|NULL|One.|3|1.5|2.25",
                                     "speech|NULL|NULL|NULL|Two.|7|3|4",
                                     "speech|NULL|NULL|NULL|Three 1986 was the year.|12|4|5"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(sdh_names_sounds_and_dialogue_dashes) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:02,000\n[door slams]\n\n"
      "2\n00:00:02,000 --> 00:00:03,000\nALBA: Who's there?\n\n"
      "3\n00:00:03,000 --> 00:00:04,000\n[Juan] Me.\n\n"
      "4\n00:00:04,000 --> 00:00:05,000\n- Why?\n- [Alba] Just because.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"event|NULL|NULL|NULL|[door slams]|3|1|2",
                                     "speech|ALBA|ALBA|NULL|Who's there?|7|2|3",
                                     "speech|Juan|Juan|NULL|Me.|11|3|4",
                                     "speech|NULL|NULL|NULL|Why?|15|4|5",
                                     "speech|ALBA|Alba|NULL|Just because.|16|4|5"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(sentences_with_colons_are_not_names) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:02,000\nHere's the thing: nobody knew.\n\n"
      "2\n00:00:02,000 --> 00:00:03,000\nAt 10:30 we left.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|NULL|NULL|NULL|Here's the thing: nobody knew.|3|1|2",
                                     "speech|NULL|NULL|NULL|At 10:30 we left.|7|2|3"}),
             tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(captions)

BOOST_AUTO_TEST_CASE(chevrons_start_turns_and_name_reporters) {
  std::string t =
      "A STORM TONIGHT.\n>>> GOOD EVENING.\n>> Reporter: THE PIER\nIS CLOSED.\n>> WE ARE READY. >> GOOD.\n"
      "[ APPLAUSE ]\n>> MAYOR DIAZ: STAY IN.\n>>> NEXT: SPORTS.\n";
  BOOST_TEST(rows(t, "captions") == (Rows{"speech|NULL|NULL|NULL|A STORM TONIGHT.|1|NULL|NULL",
                                          "speech|NULL|NULL|NULL|GOOD EVENING.|2|NULL|NULL",
                                          "speech|Reporter|Reporter|Reporter|THE PIER IS CLOSED.|3|NULL|NULL",
                                          "speech|NULL|NULL|NULL|WE ARE READY.|5|NULL|NULL",
                                          "speech|NULL|NULL|NULL|GOOD.|5|NULL|NULL",
                                          "event|NULL|NULL|NULL|[ APPLAUSE ]|6|NULL|NULL",
                                          "speech|DIAZ|MAYOR DIAZ|NULL|STAY IN.|7|NULL|NULL",
                                          "speech|NULL|NULL|NULL|NEXT: SPORTS.|8|NULL|NULL"}),
             tt::per_element());
  BOOST_TEST(parse(t, "auto").layout == "captions");
}

BOOST_AUTO_TEST_CASE(a_garbled_label_after_chevrons_is_kept_as_written) {
  std::string t = ">> eporter: COLLEGE HOOPS.\n>> I LIKE THAT.\nr: NOT A LABEL\n";
  BOOST_TEST(rows(t, "captions") == (Rows{"speech|eporter|eporter|NULL|COLLEGE HOOPS.|1|NULL|NULL",
                                          "speech|NULL|NULL|NULL|I LIKE THAT. r: NOT A LABEL|2|NULL|NULL"}),
             tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(caption_helpers)

BOOST_AUTO_TEST_CASE(timestamps) {
  double s = -1;
  BOOST_TEST(subtitles::parse_timestamp("00:02:14,570", 0, s) == 12u);
  BOOST_TEST(s == 134.57);
  BOOST_TEST(subtitles::parse_timestamp("01:02.500", 0, s) == 9u);
  BOOST_TEST(s == 62.5);
  BOOST_TEST(subtitles::parse_timestamp("0:00:07", 0, s) == 7u);
  BOOST_TEST(s == 7.0);
  BOOST_TEST(subtitles::parse_timestamp("00:00:01,50", 0, s) == 11u);
  BOOST_TEST(s == 1.5);
  BOOST_TEST(subtitles::parse_timestamp("10:30 PM", 0, s) == 5u);  // a time, though not on a timing line
  BOOST_TEST(subtitles::parse_timestamp("00:61:00.000", 0, s) == 0u);
  BOOST_TEST(subtitles::parse_timestamp("12", 0, s) == 0u);
  double a, b;
  BOOST_TEST(subtitles::parse_timing("00:00:01.000 --> 00:00:02.000 align:start position:0%", a, b));
  BOOST_TEST((a == 1.0 && b == 2.0));
  BOOST_TEST(!subtitles::parse_timing("00:00:01.000 --> soon", a, b));
  BOOST_TEST(!subtitles::parse_timing("see 00:00:01.000 --> 00:00:02.000", a, b));
}

// `HH:MM:SS.mmm` is read at fixed places; the reading agrees with the full parser on that form
// and on every change of one byte of it, a byte cut off or added, at any offset.
BOOST_AUTO_TEST_CASE(a_timestamp_read_at_fixed_places_is_the_timestamp_read_in_full) {
  std::mt19937 rng(42);
  const std::string bytes = "0123456789:.,-> a";
  size_t checked = 0;
  for (int k = 0; k < 20000; ++k) {
    std::string t = "12:34:56.789";
    for (char& c : t)
      if (is_digit(c)) c = char('0' + rng() % 10);
    switch (rng() % 4) {
      case 0: t[rng() % t.size()] = bytes[rng() % bytes.size()]; break;
      case 1: t.erase(rng() % t.size(), 1); break;
      case 2: t.insert(rng() % (t.size() + 1), 1, bytes[rng() % bytes.size()]); break;
      default: break;
    }
    const std::string before(rng() % 3, ' ');
    const std::string s = before + t + (rng() % 2 ? " --> x" : "");
    double fast = -1, full = -1;
    const size_t n = subtitles::parse_timestamp(s, before.size(), fast);
    BOOST_TEST(n == subtitles::detail::parse_timestamp_in_full(s, before.size(), full), s);
    if (n) {
      BOOST_TEST(fast == full, s);
      ++checked;
    }
  }
  BOOST_TEST(checked > 5000u);
}

BOOST_AUTO_TEST_CASE(sound_descriptions_are_not_names) {
  for (const char* d : {"laughs", "door slams", "llora", "LAUGHS", "MUSIC PLAYING", "Risas", "смеётся", "笑",
                        "Birds Chirping", "Llaman a la puerta", "Coup de feu"})
    BOOST_TEST(subtitles::is_sound_description(d), d);
  for (const char* n : {"Alba", "ALBA", "María de la Torre", "Хана", "花子", "Speaker 2", "Stephen King"})
    BOOST_TEST(!subtitles::is_sound_description(n), n);
}

BOOST_AUTO_TEST_CASE(speaker_of_reads_caption_labels) {
  BOOST_TEST(speaker_of_line("<v Ana>Hola").value_or("NULL") == "Ana");
  BOOST_TEST(speaker_of_line("<v.loud Ana Ruiz>Hola</v>").value_or("NULL") == "Ana Ruiz");
  BOOST_TEST(speaker_of_line("[Alba] En 1928,").value_or("NULL") == "Alba");
  BOOST_TEST(speaker_of_line(">> Reporter: THE BULLS").value_or("NULL") == "Reporter");
  BOOST_TEST(speaker_of_line("[laughs] Okay.").value_or("NULL") == "NULL");
  BOOST_TEST(speaker_of_line("<i>Hola</i>").value_or("NULL") == "NULL");
  BOOST_TEST(speaker_of_line("<v >Hola").value_or("NULL") == "NULL");
}

BOOST_AUTO_TEST_CASE(detection) {
  BOOST_TEST(detect_layout("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n").name == "webvtt");
  BOOST_TEST(detect_layout("WEBVTTX\n").name != "webvtt");
  BOOST_TEST(detect_layout("1\n00:00:01,000 --> 00:00:02,000\nHi\n").name == "srt");
  BOOST_TEST(detect_layout("\n00:00:01,000 --> 00:00:02,000\nHi\n").name == "srt");
  BOOST_TEST(detect_layout(">> HELLO.\n>> HI THERE.\n").name == "captions");
  BOOST_TEST(detect_layout("KELLY: Hi.\n\nBOWMAN: Hello.\n").name != "captions");
  BOOST_TEST(detect_layout("Just prose.").name != "srt");
}

BOOST_AUTO_TEST_CASE(bad_input_never_crashes) {
  for (const char* t :
       {"WEBVTT", "WEBVTT\n\n-->", "WEBVTT\n\n00:01.000 -->\n<v", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana",
        "WEBVTT\n\n00:01.000 --> 00:02.000\n&#xFFFFFFFF; &#0; &#xD800; &", "1\n\n\n", "1\n99999999999:00:00,000 --> 2",
        "00:00:01,000 --> 00:00:02,000", "00:00:01,000 --> 00:00:02,000\n[", "00:00:01,000 --> 00:00:02,000\n- \n-",
        ">>", ">>>", ">> :", "\xEF\xBB\xBF", ""})
    for (const char* f : {"webvtt", "srt", "captions"}) BOOST_CHECK_NO_THROW(parse(t, f));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cue_chevrons)

BOOST_AUTO_TEST_CASE(chevrons_in_cues_change_the_speaker) {
  std::string t =
      "WEBVTT\n\n00:01.000 --> 00:02.000\n&gt;&gt; JUDY LEE: Good evening.\n\n"
      "00:02.000 --> 00:03.000\nWe begin abroad.\n\n"
      "00:03.000 --> 00:04.000\nThank you. &gt;&gt; Thanks, Judy.\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|JUDY LEE|JUDY LEE|NULL|Good evening. We begin abroad. Thank you.|4|1|4",
                                        "speech|NULL|NULL|NULL|Thanks, Judy.|10|3|4"}),
             tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cue_edges)

BOOST_AUTO_TEST_CASE(srt_cues_without_blank_lines_between) {
  std::string t = "1\n00:00:01,000 --> 00:00:02,000\nOne.\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n";
  Document d = parse(t, "srt");
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|NULL|NULL|NULL|One.|3|1|2", "speech|NULL|NULL|NULL|Two.|6|2|3"}),
             tt::per_element());
  BOOST_TEST(span(d, 1).starts_with("2\n00:00:02,000"));
}

BOOST_AUTO_TEST_CASE(a_one_line_cue_may_say_the_same_again) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:02,000\nNo.\n\n2\n00:00:02,000 --> 00:00:03,000\nNo.\n\n"
      "3\n00:00:03,000 --> 00:00:04,000\nTravis: Fine.\nSarah: Good.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|NULL|NULL|NULL|No.|3|1|2", "speech|NULL|NULL|NULL|No.|7|2|3",
                                     "speech|Travis|Travis|NULL|Fine.|11|3|4",
                                     "speech|Sarah|Sarah|NULL|Good.|12|3|4"}),
             tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(caption_properties)

// Random caption-like texts: rows keep their order, never overlap, are trimmed, and begin on a
// line that their span holds.
BOOST_AUTO_TEST_CASE(random_caption_texts_give_well_formed_rows) {
  static const char* kAtoms[] = {"WEBVTT", "\n", "\r\n", "\r", " ", "-->", "00:00:01.000", "0:00:02,5", "01:02.500",
                                 "<v Ana>", "<v.loud Bob Li>", "</v>", "<", "<i>", "&amp;", "&#x1F600;", "&#", "&", "[",
                                 "]", "(", ")", "[Alba]", "[laughs]", "ALBA:", "Travis:", ">>", ">>>", "&gt;&gt;", "- ",
                                 "\xE2\x80\x93", "{\\an8}", "NOTE", "STYLE", "1", "23", "\xE2\x99\xAA", "Хана", "\t",
                                 "word", "\n\n", "00:00:01.000 --> 00:00:02.000\n"};
  std::mt19937 rng(20261130);
  size_t rows = 0;
  for (int n = 0; n < 1500; ++n) {
    std::string t;
    for (int k = int(rng() % 60); k > 0; --k) t += kAtoms[rng() % (sizeof kAtoms / sizeof *kAtoms)];
    for (const char* f : {"webvtt", "srt", "captions"}) {
      Document d = parse(t, f);
      rows += d.turns.size();
      size_t prev_end = 0;
      for (const Turn& r : d.turns) {
        BOOST_TEST_CONTEXT(f << " " << t) {
          BOOST_TEST_REQUIRE(r.span.b >= prev_end);
          BOOST_TEST_REQUIRE(r.span.e >= r.span.b);
          prev_end = r.span.e;
          if (r.span.empty()) continue;
          BOOST_TEST(space_at(t, r.span.b) == 0u);
          uint32_t first = 1;
          for (size_t i = 0; i < r.span.b; ++i) first += t[i] == '\n' || (t[i] == '\r' && (i + 1 >= t.size() || t[i + 1] != '\n'));
          uint32_t last = first;
          for (size_t i = r.span.b; i + 1 < r.span.e; ++i) last += t[i] == '\n' || (t[i] == '\r' && t[i + 1] != '\n');
          BOOST_TEST((r.line >= first && r.line <= last));
          BOOST_TEST(d.render_text(r).find("  ") == std::string::npos);
        }
      }
    }
  }
  BOOST_TEST(rows > 4000u);  // the texts do hold cues, labels and chevrons
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cue_more_forms)

BOOST_AUTO_TEST_CASE(ruby_text_is_a_reading_not_speech) {
  std::string t = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v 花子><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>です\n";
  BOOST_TEST(rows(t, "webvtt").at(1) == "speech|花子|花子|NULL|漢字です|4|1|2");
}

BOOST_AUTO_TEST_CASE(full_width_brackets_of_cjk_subtitles) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:02,000\n（花子）1928年に\n\n2\n00:00:02,000 --> 00:00:03,000\n（笑い）\n\n"
      "3\n00:00:03,000 --> 00:00:04,000\n【太郎】はい\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|花子|花子|NULL|1928年に|3|1|2", "event|NULL|NULL|NULL|（笑い）|7|2|3",
                                     "speech|太郎|太郎|NULL|はい|11|3|4"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(generic_speakers_in_lower_case_brackets) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:03,000\n<i>[narradora] En 1928,</i>\n\n2\n00:00:03,000 --> 00:00:04,000\nNadie la esperaba.\n\n"
      "3\n00:00:04,000 --> 00:00:05,000\n[man] Get down!\n\n4\n00:00:05,000 --> 00:00:06,000\n[man laughs]\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|narradora|narradora|narradora|En 1928, Nadie la esperaba.|3|1|4",
                                     "speech|man|man|NULL|Get down!|11|4|5", "event|NULL|NULL|NULL|[man laughs]|15|5|6"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_name_then_a_manner_of_speaking) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:02,000\n[Alba, whispering] Come here.\n\n"
      "2\n00:00:02,000 --> 00:00:03,000\n[man laughing] No.\n\n"
      "3\n00:00:03,000 --> 00:00:04,000\n[Tense Music] Run.\n\n"
      "4\n00:00:04,000 --> 00:00:05,000\n[Alba, en voz baja] Ven.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|Alba|Alba, whispering|NULL|Come here.|3|1|2",
                                     "speech|man|man laughing|NULL|No. [Tense Music] Run.|7|2|4",
                                     "speech|Alba|Alba, en voz baja|NULL|Ven.|15|4|5"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(youtube_sbv_timings) {
  std::string t = "0:00:01.000,0:00:03.500\n>> HOST: Welcome.\n\n0:00:03.500,0:00:05.000\n[Music]\n";
  BOOST_TEST(detect_layout(t).name == "srt");
  BOOST_TEST(rows(t, "auto") == (Rows{"speech|HOST|HOST|HOST|Welcome.|2|1|3.5", "event|NULL|NULL|NULL|[Music]|5|3.5|5"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(descriptors_and_a_lone_dash_before_a_name) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:02,000\nALBA (V.O.): En 1928,\n\n"
      "2\n00:00:02,000 --> 00:00:03,000\n- JUAN: ¿Y?\n\n"
      "3\n00:00:03,000 --> 00:00:04,000\n- seguimos.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|ALBA|ALBA (V.O.)|NULL|En 1928,|3|1|2", "speech|JUAN|JUAN|NULL|¿Y? - seguimos.|7|2|4"}),
             tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cue_rolling_events)

BOOST_AUTO_TEST_CASE(a_repeated_sound_joins_its_event) {
  std::string t =
      "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n[Music]\n\n00:00:02.000 --> 00:00:02.010\n[Music]\n \n\n"
      "00:00:02.010 --> 00:00:04.000\n[Music]\nhello there\n";
  Document d = parse(t, "webvtt");
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL", "event|NULL|NULL|NULL|[Music]|4|0|2",
                                        "speech|NULL|NULL|NULL|hello there|12|2.01|4"}),
             tt::per_element());
  BOOST_TEST(span(d, 1) == "00:00:00.000 --> 00:00:02.000\n[Music]\n\n00:00:02.000 --> 00:00:02.010\n[Music]");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(caption_label_markup)

// CJK subtitles close a name with the full-width colon (`李娜：`); Russian and French ones open
// each speaker's line of a two-speaker cue with an em dash.
BOOST_AUTO_TEST_CASE(full_width_colon_and_em_dash_dialogue) {
  std::string t =
      "WEBVTT\n\n00:01.000 --> 00:02.000\n李娜：我们走吧。\n\n"
      "00:02.000 --> 00:03.000\n\u2014 Кто там?\n\u2014 Это я.\n";
  BOOST_TEST(rows(t, "webvtt") == (Rows{"meta|NULL|NULL|NULL|WEBVTT|1|NULL|NULL",
                                        "speech|李娜|李娜|NULL|我们走吧。|4|1|2",
                                        "speech|NULL|NULL|NULL|Кто там?|7|2|3",
                                        "speech|NULL|NULL|NULL|Это я.|8|2|3"}),
             tt::per_element());
  Document d = parse(t, "webvtt");
  BOOST_TEST(span(d, 3) == "\u2014 Это я.");
}

// A name whose formatting closes right after its colon (`<i>ANNA:</i> Hallo`) is still a label;
// a colon glued to other text (`10:30`) is not.
BOOST_AUTO_TEST_CASE(a_label_in_italics_or_a_font_tag) {
  std::string t =
      "1\n00:00:01,000 --> 00:00:03,000\nKLAUS: Guten Tag.\n\n"
      "2\n00:00:03,000 --> 00:00:05,000\n<i>ANNA:</i> Wer ist da?\n\n"
      "3\n00:00:05,000 --> 00:00:07,000\n<font color=\"#ffff00\">KLAUS:</font> Ich.\n\n"
      "4\n00:00:07,000 --> 00:00:09,000\nUm 10:30</i> kommt er.\n";
  BOOST_TEST(rows(t, "srt") == (Rows{"speech|KLAUS|KLAUS|NULL|Guten Tag.|3|1|3",
                                     "speech|ANNA|ANNA|NULL|Wer ist da?|7|3|5",
                                     "speech|KLAUS|KLAUS|NULL|Ich. Um 10:30 kommt er.|11|5|9"}),
             tt::per_element());
  Document d = parse(t, "srt");
  BOOST_TEST(span(d, 1) == "2\n00:00:03,000 --> 00:00:05,000\n<i>ANNA:</i> Wer ist da?");
}

BOOST_AUTO_TEST_SUITE_END()
