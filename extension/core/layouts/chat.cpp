// The chat layout: one message a line, a time stamp and a nick.
//
//   [2018-03-12 11:48:07] <sgp_[m]> text       IRC / Matrix log with the date
//   [11:48] <nick> text, 11:48:07 <@nick> text  time only (irssi, weechat, mIRC)
//   [11:48] nick: text                          a nick with a colon, after a time stamp
//   [2018-03-12 11:48:07] → x joined (...)      joins, quits, nick changes (`* a → b`),
//   [2018-03-12 11:48:07] * nick waves          actions (`/me`): events
//   2018-03-12 11:48:07<TAB>nick<TAB>text       WeeChat
//   12/03/2018, 11:48 - Ana Lima: text          phone exports ([3/12/18, 11:48:07 PM] Ana: text)
//   10:01:05 From Ana Lima to Everyone: text    Zoom meeting chat
//
// Consecutive messages of one nick are one turn (the assembler merges repeated labels);
// `nick: reply` inside a message addresses someone and stays text. start_time is the wall
// clock in seconds since midnight of the first day (a later day adds 86400), end_time the
// time of the turn's last message.
#include "layouts/chat.hpp"

#include <cmath>
#include <cstring>

#include "layouts/clock.hpp"
#include "text.hpp"

namespace transcript {
namespace {

constexpr size_t kMaxNickBytes = 48;
constexpr double kDay = 86400;

size_t skip_hspace(std::string_view s, size_t i, size_t e) {
  while (i < e && is_hspace(s[i])) ++i;
  return i;
}

struct Stamp {
  double wall = 0;        // seconds since midnight
  bool dated = false;     // the stamp holds a date
  bool whatsapp = false;  // "12/03/2018, 11:48": a phone export, "Full Name: text" follows
  int64_t day = 0;        // days since 1970 when dated
  size_t end = 0;         // after the stamp and its brackets
};

// "12/03/2018, " or "3/12/18 " at s[p]: the three numbers as written.
bool read_slash_date(std::string_view s, size_t& p, size_t e, int64_t (&n)[3]) {
  size_t q = p;
  for (int k = 0; k < 3; ++k) {
    size_t b = q;
    n[k] = 0;
    while (q < e && q - b < (k == 2 ? 4u : 2u) && is_digit(s[q])) n[k] = n[k] * 10 + (s[q++] - '0');
    if (q == b || (k == 2 && q - b != 2 && q - b != 4)) return false;
    if (k < 2 && (q >= e || s[q++] != '/')) return false;
  }
  if (q < e && s[q] == ',') ++q;
  if (q >= e || s[q] != ' ') return false;
  p = q + 1;
  return true;
}

// "[2018-03-12 11:48:07]" at s[b] on the day of the last stamp (`dates`), read at fixed places:
// most lines of a dated log. What read_stamp() would give, or nullopt where it must read on.
std::optional<Stamp> read_dated_stamp_fast(std::string_view s, size_t b, size_t e, const DateMemo& dates) {
  constexpr size_t kLength = 21;  // "[2018-03-12 11:48:07]"
  if (!dates.valid || e - b < kLength || s[b] != '[' || s[b + 11] != ' ' || s[b + 14] != ':' || s[b + 17] != ':' ||
      s[b + 20] != ']' || (b + kLength < e && !is_hspace(s[b + kLength])) ||
      !dates.same_date_at(s.data() + b + 1))
    return std::nullopt;
  int64_t f[3];
  for (int k = 0; k < 3; ++k) {
    const char hi = s[b + 12 + 3 * k], lo = s[b + 13 + 3 * k];
    if (!is_digit(hi) || !is_digit(lo)) return std::nullopt;
    f[k] = (hi - '0') * 10 + (lo - '0');
  }
  if (f[1] >= 60 || f[2] >= 60) return std::nullopt;
  Stamp st;
  st.dated = true;
  st.day = dates.day;
  st.wall = double(f[0] * 3600 + f[1] * 60 + f[2]);  // as Clock::wall() gives it
  st.end = b + kLength;
  return st;
}

// "[2018-03-12 11:48:07]", "[2018-03-12T11:48:07Z]", "[11:48]", "[11:48 PM]", "11:48:07",
// "12/03/2018, 11:48" at s[b]; followed by white space or the line's end.
std::optional<Stamp> read_stamp(std::string_view s, size_t b, size_t e, DateMemo* dates = nullptr, bool fixed = true) {
  if (fixed && dates)
    if (auto st = read_dated_stamp_fast(s, b, e, *dates)) return st;
  Stamp st;
  size_t p = b;
  char close = 0;
  if (p < e && (s[p] == '[' || s[p] == '(')) close = s[p++] == '[' ? ']' : ')';
  int64_t slash[3];
  if (read_date(s, p, e, st.day, dates)) {
    st.dated = true;
    if (p >= e || !(s[p] == ' ' || s[p] == 'T')) return std::nullopt;
    ++p;
  } else if (read_slash_date(s, p, e, slash)) {
    st.dated = st.whatsapp = true;
  }
  Clock clock;
  if (!read_clock(s, p, e, clock)) return std::nullopt;
  st.wall = clock.wall();
  if (st.dated && p < e && s[p] == 'Z') ++p;  // ISO 8601: "Z" or "+01:00"
  if (st.dated && p + 5 < e && (s[p] == '+' || s[p] == '-') && is_digit(s[p + 1])) {
    size_t q = p + 1;
    Clock zone;
    if (read_clock(s, q, e, zone)) p = q;
  }
  // "11:48 PM", "11:48\u202fp.m."
  bool twelve_hour = false;
  size_t q = skip_space(s, p, e);
  if (q + 1 < e && (s[q] == 'A' || s[q] == 'P' || s[q] == 'a' || s[q] == 'p')) {
    size_t m = q + 1 + (s[q + 1] == '.');
    if (m < e && (s[m] == 'M' || s[m] == 'm')) {
      ++m;
      if (m < e && s[m] == '.') ++m;
      if (m == e || !is_alpha(s[m])) {
        if (clock.f[0] < 1 || clock.f[0] > 12) return std::nullopt;
        if (clock.f[0] == 12) st.wall -= 12 * 3600;
        if (s[q] == 'P' || s[q] == 'p') st.wall += 12 * 3600;
        twelve_hour = true;
        p = m;
      }
    }
  }
  if (st.whatsapp) {  // day/month unless the day is the second number (or a 12-hour clock says US)
    int64_t y = slash[2] < 100 ? 2000 + slash[2] : slash[2];
    bool month_first = slash[1] > 12 || (slash[0] <= 12 && twelve_hour);
    int64_t month = month_first ? slash[0] : slash[1], day = month_first ? slash[1] : slash[0];
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    st.day = days_from_civil(y, unsigned(month), unsigned(day));
  }
  if (close) {
    if (p >= e || s[p] != close) return std::nullopt;
    ++p;
  }
  if (p < e && !is_hspace(s[p])) return std::nullopt;
  st.end = p;
  return st;
}

// "Full Name: text" of a phone export: anything up to the first colon, within a short reach.
bool read_contact(std::string_view s, size_t b, size_t e, Span& name, size_t& end) {
  size_t ne = b;
  while (ne < e && ne - b <= kMaxNickBytes && s[ne] != ':' && s[ne] != '<' && s[ne] != '>') ++ne;
  if (ne == b || ne >= e || s[ne] != ':' || (ne + 1 < e && !space_at(s, ne + 1))) return false;
  name = {uint32_t(b), uint32_t(trim_end(s, b, ne))};
  end = ne + 1;
  return true;
}

// The bytes that may end a nick: '<', '>', ':', ASCII white space, and the first byte of any
// non-ASCII character (then asked whether it is a Unicode space). A table, as nicks are read
// on every line.
struct NickStops {
  bool stop[256] = {};
  constexpr NickStops() {
    for (int c = 0; c < 256; ++c) stop[c] = c == '<' || c == '>' || c == ':' || c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x80;
  }
};
constexpr NickStops kNickStops;

// The end of the word at s[b] within a nick's reach: the first white space, '<' or '>' (and
// ':' if `colon_ends`), or where the reach ends.
size_t nick_end(std::string_view s, size_t b, size_t e, bool colon_ends) {
  const size_t limit = std::min(e, b + kMaxNickBytes + 1);
  size_t i = b;
#if defined(__SSE2__)
  // Sixteen bytes a step to the first byte of the table (a nick is read on every line): the
  // loop below then says whether it ends the nick.
  while (i < limit && i + 16 <= s.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i stop = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')), _mm_cmpeq_epi8(v, _mm_set1_epi8('>'))),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')), ascii_space_mask(v)));
    const unsigned bits = unsigned(_mm_movemask_epi8(stop)) | unsigned(_mm_movemask_epi8(v));  // and bytes >= 0x80
    if (bits) {
      i += size_t(__builtin_ctz(bits));
      break;
    }
    i += 16;
  }
  if (i >= limit) return limit;
#endif
  for (; i < limit; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!kNickStops.stop[c]) continue;
    if (c >= 0x80 ? space_at(s, i) > 0 : c != ':' || colon_ends) break;
  }
  return i;
}

bool is_mode_prefix(char c) { return c == '@' || c == '+' || c == '%' || c == '~' || c == '&'; }

// "<nick>" at s[b]: the nick (without a mode prefix such as '@') and the end after '>'.
bool read_angle_nick(std::string_view s, size_t b, size_t e, Span& nick, size_t& end) {
  if (b >= e || s[b] != '<') return false;
  size_t nb = b + 1;
  if (nb < e && s[nb] == ' ') ++nb;  // irssi pads a nick without a mode: "< nick>"
  if (nb + 1 < e && is_mode_prefix(s[nb]) && s[nb + 1] != '>') ++nb;
  size_t ne = nick_end(s, nb, e, false);
  if (ne == nb || ne >= e || s[ne] != '>') return false;
  if (ne + 1 < e && !space_at(s, ne + 1)) return false;  // "<b>bold" is markup
  nick = {uint32_t(nb), uint32_t(ne)};
  end = ne + 1;
  return true;
}

// "nick: text" at s[b]: one word and a colon.
bool read_colon_nick(std::string_view s, size_t b, size_t e, Span& nick, size_t& end) {
  size_t ne = nick_end(s, b, e, true);
  if (ne == b || ne >= e || s[ne] != ':' || (ne + 1 < e && !space_at(s, ne + 1))) return false;
  if (!(is_alpha(s[b]) || static_cast<unsigned char>(s[b]) >= 0x80 || s[b] == '_' || s[b] == '[')) return false;
  nick = {uint32_t(b), uint32_t(ne)};
  end = ne + 1;
  return true;
}

// Zoom's meeting chat: "From Ana Lima to Everyone: text", "From  Ana Lima : text".
bool read_zoom_sender(std::string_view s, size_t b, size_t e, Span& name, size_t& end) {
  constexpr std::string_view kFrom = "From ";
  if (!s.substr(b, e - b).starts_with(kFrom)) return false;
  size_t nb = skip_hspace(s, b + kFrom.size(), e);
  size_t colon = nb;
  while (colon < e && colon - nb <= 2 * kMaxNickBytes && s[colon] != ':') ++colon;
  if (colon >= e || s[colon] != ':' || (colon + 1 < e && !space_at(s, colon + 1))) return false;
  std::string_view head = s.substr(nb, colon - nb);
  size_t to = head.rfind(" to ");
  if (to == std::string_view::npos) to = head.rfind(" To ");
  size_t ne = trim_end(s, nb, to == std::string_view::npos ? colon : nb + to);
  if (ne <= nb) return false;
  name = {uint32_t(nb), uint32_t(ne)};
  end = colon + 1;
  return true;
}

// System lines and actions after the stamp: "→ x joined", "⇐ x quit", "— nick waves",
// "* nick waves", "-!- x has joined", "*** Joins: x", "--> x", "<-- x".
bool is_event_start(std::string_view rest) {
  static constexpr std::string_view kMarks[] = {
      "\xE2\x86\x92", "\xE2\x86\x90", "\xE2\x87\x90", "\xE2\x87\x92",  // → ← ⇐ ⇒
      "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2",                  // — – •
      "* ", "**", "-!-", "-->", "<--", "--", "==", "!"};
  // "**Ana:** text" is a name in markdown bold, not a "*** Joins" line.
  if (rest.size() > 2 && rest.starts_with("**") && rest[2] != '*' && rest[2] != ' ') return false;
  for (auto m : kMarks)
    if (rest.starts_with(m)) return true;
  return false;
}

// A message line: the stamp, the nick and where the text begins.
struct Line {
  std::optional<Stamp> stamp;
  bool event = false;
  bool marked = false;  // an event with a mark (→, *, -!-), or a nick in angle brackets
  Span nick;
  size_t label_end = 0, body = 0;  // after the label (or the stamp, for an event); the text
};

// Fills `l` in place and says whether the line is a message or an event. (An optional<Line>
// returned by value was built on the stack and copied with wide loads of what narrow stores had
// just written; in place, the copy goes: 0.8% fewer instructions for a log, no change in time
// that a run could tell.)
bool read_line(std::string_view s, size_t b, size_t e, Line& l, DateMemo* dates = nullptr) {
  l = Line{};
  if (s.substr(b, e - b).starts_with("\xE2\x80\x8E")) b += 3;  // a left-to-right mark (phone exports)
  size_t p = b;
  // A cheap test first: a stamp starts with a digit or a bracket, a bare message with '<'.
  if (b < e && (is_digit(s[b]) || s[b] == '[' || s[b] == '(')) {
    l.stamp = read_stamp(s, b, e, dates);
    if (l.stamp) p = skip_hspace(s, l.stamp->end, e);
  }
  // WeeChat: "2018-03-12 11:48:07<TAB>nick<TAB>text", events under "-->", "<--", "--", " *".
  if (l.stamp && l.stamp->end < e && s[l.stamp->end] == '\t') {
    size_t fb = l.stamp->end + 1, fe = fb;
    while (fe < e && fe - fb <= kMaxNickBytes && s[fe] != '\t') ++fe;
    if (fe < e && s[fe] == '\t') {
      size_t nb = skip_hspace(s, fb, fe), ne = trim_end(s, nb, fe);
      std::string_view field = s.substr(nb, ne - nb);
      if (field.empty() || field == "-->" || field == "<--" || field == "--" || field == "*" || field == "=!=" ||
          field.find(' ') != std::string_view::npos) {
        l.event = l.marked = true;
        l.label_end = l.body = nb < ne ? nb : skip_hspace(s, fe + 1, e);
        return true;
      }
      if (ne - nb > 1 && is_mode_prefix(s[nb])) ++nb;
      l.marked = true;
      l.nick = {uint32_t(nb), uint32_t(ne)};
      l.label_end = ne;
      l.body = skip_space(s, fe + 1, e);
      return true;
    }
  }
  if (read_angle_nick(s, p, e, l.nick, l.label_end)) {
    l.marked = true;
    l.body = skip_space(s, l.label_end, e);
    return true;
  }
  if (!l.stamp || p >= e) return false;
  // "00:00:01.520 --> 00:00:04.000" is a caption's timing line.
  if (s.substr(p, e - p).starts_with("-->")) {
    size_t q = skip_hspace(s, p + 3, e);
    if (q < e && is_digit(s[q])) return false;
  }
  if (is_event_start(s.substr(p, e - p))) {
    l.event = l.marked = true;
    l.label_end = l.body = p;
    return true;
  }
  if (read_zoom_sender(s, p, e, l.nick, l.label_end)) {
    l.marked = true;
    l.body = skip_space(s, l.label_end, e);
    return true;
  }
  if (l.stamp->whatsapp) {
    if (s.substr(p, e - p).starts_with("- ")) p = skip_hspace(s, p + 2, e);
    if (read_contact(s, p, e, l.nick, l.label_end)) {
      l.body = skip_space(s, l.label_end, e);
      return true;
    }
  } else if (read_colon_nick(s, p, e, l.nick, l.label_end)) {
    l.body = skip_space(s, l.label_end, e);
    return true;
  }
  // A stamped line of another shape ("[12:00] Topic changed to ..."): the server speaks.
  l.event = true;
  l.label_end = l.body = p;
  return true;
}

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lexed_(out), out_(out.pieces) {}

  void run(size_t from) {
    lexed_.names_upper = false;
    // A nick is a handle, not a surname: a message that mentions "Mark Ruffalo" does not name
    // the user `ruffalo`. Full names come from the nicks themselves (`Ana Ruiz` in a Slack or
    // WhatsApp export) only, and the search of every message for them is not run.
    lexed_.names_from_prose = false;
    for_each_line(s_, from, lexed_, [&](size_t b, size_t e, uint32_t line, bool para) {
      line_ = line;
      para_ = para;
      lex_line(b, e);
    });
  }

 private:
  Piece& push(Piece::Type type, size_t b, size_t e) {
    Piece& p = push_piece(out_, type, line_, b, e, para_);
    para_ = false;
    return p;
  }

  // Seconds since midnight of the first day.
  double time_of(const Stamp& st) {
    if (st.dated) {
      if (!has_first_day_) first_day_ = st.day, has_first_day_ = true;
      last_wall_ = st.wall;
      return st.wall + kDay * double(st.day - first_day_);
    }
    // Time only: a clock that runs backwards by hours has passed midnight.
    if (!std::isnan(last_wall_) && st.wall + 6 * 3600 < last_wall_) ++days_;
    last_wall_ = st.wall;
    return st.wall + kDay * double(days_);
  }

  void lex_line(size_t b, size_t e) {
    std::string_view line = s_.substr(b, e - b);
    Line l;
    if (!read_line(s_, b, e, l, &dates_)) {
      // irssi's own lines: "--- Log opened Tue Mar 02 23:50:01 2021", "--- Day changed Wed Mar 03 2021".
      if (line.starts_with("---")) {
        if (line.find("Day changed") != std::string_view::npos) {
          ++days_;
          last_wall_ = kNoTime;
        }
        push(Piece::Type::Meta, b, e);
        return;
      }
      push(Piece::Type::Text, b, e);  // a message that wraps onto the next line
      return;
    }
    double t = l.stamp ? time_of(*l.stamp) : kNoTime;
    if (l.event) {  // the row spans the stamp; its text is the event as written after it
      Piece& p = push(Piece::Type::Cue, b, e);
      out_.set_times(p, t, t);
      lexed_.literal(p, s_.substr(l.body, e - l.body));
      return;
    }
    Piece& p = push(Piece::Type::Label, b, l.label_end);
    out_.set_label(p, l.nick, l.nick);
    out_.set_times(p, t, t);
    if (l.body < e) push(Piece::Type::Text, l.body, e);
  }

  std::string_view s_;
  Lexed& lexed_;
  PieceList& out_;
  uint32_t line_ = 0;
  bool para_ = true;
  bool has_first_day_ = false;
  int64_t first_day_ = 0, days_ = 0;
  double last_wall_ = kNoTime;
  DateMemo dates_;  // the day of the last stamp, by its bytes
};

void lex(std::string_view text, size_t from, Lexed& out) { Lexer(text, out).run(from); }

std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, bom_length(line), line.size());
  size_t e = trim_end(line, b, line.size());
  Line l;
  // A time stamp and a nick: "<nick>" alone could be markup, "nick:" alone any label.
  if (!read_line(line, b, e, l) || l.event || !l.stamp || !(l.marked || l.stamp->dated)) return std::nullopt;
  LabelParts parts;
  parts.label = parts.name = l.nick;
  parts.end = l.label_end;
  return parts;
}

// Stamped messages and events with a nick in angle brackets or a date: near certain.
int sniff(const Head& h) {
  std::string_view head = h.text;
  size_t chat = 0, bare = 0, other = 0;
  DateMemo dates;
  for (size_t i = 0; i < h.lines.size(); ++i) {
    // Settled once the lines left could not tip the balance: a log is seldom read to the end.
    if (chat >= 3 && chat * 2 >= other + (h.lines.size() - i)) return 90;
    auto [b, e] = h.lines[i];
    b = skip_space(head, b, e);
    e = trim_end(head, b, e);
    if (b == e) continue;
    Line l;
    const bool read = read_line(head, b, e, l, &dates);
    if (read && l.stamp && (l.marked || (l.stamp->dated && !l.event))) ++chat;
    else if (read && !l.stamp) ++bare;
    else ++other;
  }
  if (chat >= 3 && chat * 2 >= other) return 90;
  if (chat >= 1 && chat >= other) return 60;  // a short log
  if (bare >= 5 && bare * 2 >= other) return 55;
  return 0;
}

}  // namespace

namespace detail {
std::optional<ChatStamp> chat_stamp(std::string_view line, std::string_view date_before, bool fixed) {
  DateMemo dates;
  int64_t day;
  size_t at = 0;
  if (!date_before.empty()) read_date(date_before, at, date_before.size(), day, &dates);
  auto st = read_stamp(line, 0, line.size(), &dates, fixed);
  if (!st) return std::nullopt;
  return ChatStamp{st->wall, st->day, st->end, st->dated, st->whatsapp};
}
}  // namespace detail

const Layout& chat_layout() {
  static const Layout layout{"chat", &lex, &read_label, &sniff, 90};  // 90: sniff's highest score
  return layout;
}

}  // namespace transcript
