// The chat layout (LAYOUTS.md "chat"): one message a line, a time stamp and a nick.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "layout.hpp"
#include "layouts/chat.hpp"
#include "layouts/clock.hpp"

using namespace transcript;
namespace tt = boost::test_tools;

namespace {

std::string secs(double t) { return std::isnan(t) ? "NULL" : std::to_string(long(t)); }

// One row as "kind|speaker|label|line|start_time|end_time|text" (NULL as in SQL).
std::vector<std::string> rows(const std::string& text, std::string_view format = "chat") {
  Document d = parse(text, format);
  std::vector<std::string> out;
  for (const Turn& t : d.turns) {
    const Speaker* sp = t.speaker >= 0 ? &d.speakers[size_t(t.speaker)] : nullptr;
    out.push_back(std::string(kind_name(t.kind)) + "|" + (sp ? sp->name : "NULL") + "|" +
                  (t.has_label ? std::string(t.label.of(d.text)) : "NULL") + "|" + std::to_string(t.line) + "|" +
                  secs(t.start_time) + "|" + secs(t.end_time) + "|" + d.render_text(t));
  }
  return out;
}

using Rows = std::vector<std::string>;

std::string speaker(std::string_view line) { return speaker_of_line(line).value_or("NULL"); }

}  // namespace

BOOST_AUTO_TEST_SUITE(chat)

BOOST_AUTO_TEST_CASE(messages_of_one_nick_merge_and_the_last_time_ends_the_turn) {
  std::string t =
      "[2018-03-12 10:46:28] <sarang> one\r\n[2018-03-12 10:46:37] <sarang> two\r\n"
      "[2018-03-12 10:47:07] <moneromooo> three\r\n";
  BOOST_TEST(rows(t) == (Rows{"speech|sarang|sarang|1|38788|38797|one two",
                              "speech|moneromooo|moneromooo|3|38827|38827|three"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(nicks_with_brackets_underscores_and_digits) {
  std::string t = "[2018-05-21 11:02:01] <sneurlax[m]1> hi\n[2018-05-21 11:02:41] <sgp_[m]> hello\n";
  BOOST_TEST(rows(t) == (Rows{"speech|sneurlax[m]1|sneurlax[m]1|1|39721|39721|hi",
                              "speech|sgp_[m]|sgp_[m]|2|39761|39761|hello"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(an_addressee_is_not_a_speaker) {
  std::string t = "[2018-05-21 11:02:41] <sarang> sneurlax: sorry to hear that\n";
  BOOST_TEST(rows(t) == (Rows{"speech|sarang|sarang|1|39761|39761|sneurlax: sorry to hear that"}), tt::per_element());
}

// A nick is a handle, not a surname: a message that names "Mark Ruffalo" leaves the user
// `ruffalo` as written, while full names that users go by still resolve their short forms.
BOOST_AUTO_TEST_CASE(a_nick_is_not_resolved_from_the_messages) {
  std::string t =
      "[2018-05-21 11:02:01] <ruffalo> saw Mark Ruffalo at the station\n"
      "[2018-05-21 11:02:41] <ana> ok\n";
  BOOST_TEST(rows(t) == (Rows{"speech|ruffalo|ruffalo|1|39721|39721|saw Mark Ruffalo at the station",
                              "speech|ana|ana|2|39761|39761|ok"}),
             tt::per_element());
  std::string phone = "12/03/2018, 11:48 - Ana Lima: hi\n12/03/2018, 11:49 - Bo: ok\n12/03/2018, 11:50 - Lima: saw Rui Lima\n";
  BOOST_TEST(rows(phone) == (Rows{"speech|Ana Lima|Ana Lima|1|42480|42480|hi", "speech|Bo|Bo|2|42540|42540|ok",
                                  "speech|Ana Lima|Lima|3|42600|42600|saw Rui Lima"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(joins_quits_nick_changes_and_actions_are_events_that_split_turns) {
  std::string t =
      "[2018-03-12 11:06:53] <sarang> brief\n"
      "[2018-03-12 11:06:54] \xE2\x86\x92 msvb joined (~m@example.org)\n"
      "[2018-03-12 11:06:55] <sarang> version\n"
      "[2018-03-12 11:06:56] \xE2\x87\x90 seacur quit (~s@example.org): Quit\n"
      "[2018-03-12 11:06:57] * wraithm_ \xE2\x86\x92 wraithm\n"
      "[2018-03-12 11:06:58] \xE2\x80\x94 surae waggles eyebrows\n";
  BOOST_TEST(rows(t) == (Rows{"speech|sarang|sarang|1|40013|40013|brief",
                              "event|NULL|NULL|2|40014|40014|\xE2\x86\x92 msvb joined (~m@example.org)",
                              "speech|sarang|sarang|3|40015|40015|version",
                              "event|NULL|NULL|4|40016|40016|\xE2\x87\x90 seacur quit (~s@example.org): Quit",
                              "event|NULL|NULL|5|40017|40017|* wraithm_ \xE2\x86\x92 wraithm",
                              "event|NULL|NULL|6|40018|40018|\xE2\x80\x94 surae waggles eyebrows"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_later_day_adds_a_day) {
  std::string t = "[2018-12-31 23:59:59] <ana> late\n[2019-01-01 00:00:01] <bo> early\n";
  BOOST_TEST(rows(t) == (Rows{"speech|ana|ana|1|86399|86399|late", "speech|bo|bo|2|86401|86401|early"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(time_only_logs_irssi_padding_modes_and_midnight) {
  std::string t =
      "--- Log opened Tue Mar 02 23:50:01 2021\n23:50 -!- heron [~h@example.net] has joined #boats\n"
      "23:51 <@heron> evening\n23:52 < gull> yes\n00:01 <+heron> ok\n";
  BOOST_TEST(rows(t) == (Rows{"meta|NULL|NULL|1|NULL|NULL|--- Log opened Tue Mar 02 23:50:01 2021",
                              "event|NULL|NULL|2|85800|85800|-!- heron [~h@example.net] has joined #boats",
                              "speech|heron|heron|3|85860|85860|evening", "speech|gull|gull|4|85920|85920|yes",
                              "speech|heron|heron|5|86460|86460|ok"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_nick_and_a_colon_after_a_bracketed_time) {
  std::string t = "[12:01] ana: hi bo\n[12:02] bo: hi\n[12:03] Topic changed to boats\n";
  BOOST_TEST(rows(t) == (Rows{"speech|ana|ana|1|43260|43260|hi bo", "speech|bo|bo|2|43320|43320|hi",
                              "event|NULL|NULL|3|43380|43380|Topic changed to boats"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(phone_exports_with_full_names_and_twelve_hour_clocks) {
  std::string t =
      "[3/12/18, 11:48:07 PM] John Smith: hi\n[3/13/18, 12:01:00 AM] Ana Lima: yo: deal\n"
      "13/03/2018, 00:02 - Ana Lima: again\n";
  BOOST_TEST(rows(t) == (Rows{"speech|John Smith|John Smith|1|85687|85687|hi",
                              "speech|Ana Lima|Ana Lima|2|86460|86520|yo: deal again"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(weechat_tab_separated_fields) {
  std::string t =
      "2018-03-12 11:48:07\t-->\theron (~h@x) has joined #boats\n2018-03-12 11:48:09\t@heron\thello\n"
      "2018-03-12 11:48:10\theron\tand more\n2018-03-12 11:48:13\t *\tgull waves\n";
  BOOST_TEST(rows(t) == (Rows{"event|NULL|NULL|1|42487|42487|--> heron (~h@x) has joined #boats",
                              "speech|heron|heron|2|42489|42490|hello and more", "event|NULL|NULL|4|42493|42493|* gull waves"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(zoom_meeting_chat) {
  std::string t =
      "10:01:05 From Ana Lima to Everyone: hello: all\n10:01:09 From Ana Lima to Everyone: again\n"
      "10:02:00\t From  Bo Chen : hi\n";
  BOOST_TEST(rows(t) == (Rows{"speech|Ana Lima|Ana Lima|1|36065|36069|hello: all again", "speech|Bo Chen|Bo Chen|3|36120|36120|hi"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(a_line_without_a_stamp_continues_the_message) {
  std::string t = "[2018-03-26 11:10:58] <surae> I'm not\nputting effort into that\n";
  BOOST_TEST(rows(t) == (Rows{"speech|surae|surae|1|40258|40258|I'm not putting effort into that"}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(speaker_of_reads_stamped_nicks_only) {
  BOOST_TEST(speaker("[2018-03-12 11:48:07] <sgp_> hi") == "sgp_");
  BOOST_TEST(speaker("\xEF\xBB\xBF[2018-03-12 11:48:07] <sgp_[m]> hi") == "sgp_[m]");
  BOOST_TEST(speaker("[11:48] <@op> hi") == "op");
  BOOST_TEST(speaker("[2018-03-12 11:48:07] kestrel: hi") == "kestrel");
  BOOST_TEST(speaker("[2018-03-12 11:03:49] \xE2\x86\x92 Osiris1 joined") == "NULL");
  BOOST_TEST(speaker("[12:01] ana: hi") == "NULL");  // could be a timed `Name:` of another layout
  BOOST_TEST(speaker("<b> bold") == "NULL");
  BOOST_TEST(speaker("00:00:01.500 --> 00:00:04.000") == "NULL");
}

BOOST_AUTO_TEST_CASE(auto_picks_chat_for_logs_and_not_for_captions) {
  BOOST_TEST(detect_layout("[2018-03-12 10:46:28] <a1> x\n[2018-03-12 10:46:37] <b2> y\n[2018-03-12 10:47:07] <a1> z\n")
                 .name == "chat");
  BOOST_TEST(detect_layout("[2018-03-12 10:46:28] <a1> x\n").name == "chat");  // a short log
  const Layout* chat = find_layout("chat");
  BOOST_TEST(chat->sniff("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\n00:00:02.000 --> 00:00:03.000\nHo\n\n"
                         "00:00:03.000 --> 00:00:04.000\nHa\n") == 0);
  BOOST_TEST(chat->sniff("1\n00:02:14,570 --> 00:02:19,219\nHi\n\n2\n00:02:19,219 --> 00:02:20,000\nHo\n") == 0);
  BOOST_TEST(chat->sniff("[Speaker 1] [00:03] a\n[Speaker 2] [00:05] b\n[Speaker 1] [00:09] c\n") == 0);
  BOOST_TEST(chat->sniff("KELLY: Hi.\n\nBOWMAN: Hey.\n") == 0);
}

BOOST_AUTO_TEST_CASE(cut_off_lines_do_not_crash) {
  for (std::string t : {"[", "[2018-03-12", "[2018-03-12 11:48", "[2018-03-12 11:48:07]", "[2018-03-12 11:48:07] <",
                        "[2018-03-12 11:48:07] <nick", "<nick>", "<>", "12:01 <", "[3/12/18, 11:48", "[3/12/18, 13:00 PM] x: y",
                        "99/99/99, 10:00 - a: b", "\xE2\x80\x8E", "[11:48 P", "--- Day changed"}) {
    BOOST_CHECK_NO_THROW(parse(t, "chat"));
    BOOST_CHECK_NO_THROW(speaker_of_line(t));
  }
}

// A log writes its day on every line: read_date() remembers the last day it read by its bytes.
// With the memo it must read what it reads without one, for days that repeat, change, and fail.
BOOST_AUTO_TEST_CASE(dates_read_with_the_memo_are_dates_read_without) {
  const std::string_view dates[] = {"2018-03-12", "2018-03-12", "2018-03-13", "2018-13-01", "2018-03-12",
                                    "1969-12-31", "2000-02-29", "2000-02-29", "20x0-02-29", "2024-01-0", "2024-01-01"};
  DateMemo memo;
  for (std::string_view d : dates) {
    std::string s = std::string(d) + " 11:48";
    size_t i_plain = 0, i_memo = 0;
    int64_t day_plain = -1, day_memo = -1;
    bool plain = read_date(s, i_plain, s.size(), day_plain);
    bool with_memo = read_date(s, i_memo, s.size(), day_memo, &memo);
    BOOST_TEST(plain == with_memo, d);
    BOOST_TEST(i_plain == i_memo, d);
    if (plain) BOOST_TEST(day_plain == day_memo, d);
  }
  size_t i = 0;
  int64_t day = 0;
  std::string epoch = "1970-01-01";
  BOOST_TEST_REQUIRE(read_date(epoch, i, epoch.size(), day, &memo));
  BOOST_TEST(day == 0);
}

// A dated stamp on the day of the line before is read at fixed places: the same stamp as the
// general reading gives, for stamps of every shape around that one (other days, hours and
// minutes out of range, other separators, fractions, zones, AM/PM, what follows, cut short).
BOOST_AUTO_TEST_CASE(a_stamp_read_at_fixed_places_is_the_stamp_read_in_full) {
  const std::vector<std::string> days = {"2018-03-12", "2018-03-13", "2018-13-12", "2018-03-1x"};
  const std::vector<std::string> tails = {"", " ", "\t", " <nick> hi", " <a> b", "", " x", "x",
                                          "]", "Z]", ".5]", "] PM", "]\xC2\xA0"};
  uint32_t seed = 5;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  auto two = [&] {
    const uint32_t r = next() % 20;
    return r < 18 ? std::string(1, char('0' + next() % 7)) + char('0' + next() % 10) : r == 18 ? std::string("7") : std::string("6x");
  };
  size_t fast = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string line = next() % 8 ? "[" : "(";
    line += days[next() % 4 ? 0 : next() % days.size()];
    line += next() % 10 ? ' ' : 'T';
    line += two() + (next() % 12 ? ":" : ".") + two() + (next() % 12 ? ":" : "") + two();
    line += next() % 6 ? "]" + tails[next() % tails.size()] : tails[next() % tails.size()];
    if (next() % 10 == 0) line.resize(next() % (line.size() + 1));
    const std::string before = next() % 10 ? "2018-03-12" : "";
    auto want = detail::chat_stamp(line, before, false);
    auto got = detail::chat_stamp(line, before, true);
    BOOST_TEST_REQUIRE(got.has_value() == want.has_value(), line);
    if (!want) continue;
    fast += line.starts_with("[2018-03-12 ") && !before.empty();  // read at fixed places
    BOOST_TEST(got->wall == want->wall, line);
    BOOST_TEST(got->day == want->day, line);
    BOOST_TEST(got->end == want->end, line);
    BOOST_TEST(got->dated == want->dated, line);
    BOOST_TEST(got->whatsapp == want->whatsapp, line);
  }
  BOOST_TEST(fast > 2000u);  // a good share of them read at fixed places
}

BOOST_AUTO_TEST_SUITE_END()
