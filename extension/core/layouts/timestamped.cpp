// The timestamped layout: a speaker label that carries the time the turn starts.
//
//   Lenny Rachitsky (00:01:23):        the label alone on its line, speech below
//   (00:41:39):                        no name: the current speaker goes on
//   Stephan Livera 00:02:14            no colon (Otter), speech after a blank line
//   Sergi Delgado: 00:00:00            one sentence a line below
//   **Max Hillebrand:** 00:00:00       markdown bold
//   [Speaker 1] [00:03] text           diarized ASR, one segment a line
//   [00:01:23] Name: text              a leading time (the name may be in bold)
//
// A time is mm:ss or hh:mm:ss (the width changes after the first hour), with an optional
// fraction. Times inside speech (`[inaudible 00:15:57]`, `10:00 PM`) are text: a label is a
// whole name followed by its time, and a bare time ends the line.
#include "layouts/timestamped.hpp"

#include <cmath>

#include "layouts/clock.hpp"
#include "text.hpp"

namespace transcript {
namespace {

constexpr size_t kMaxNameBytes = 64;
constexpr size_t kMaxNameWords = 6;
constexpr size_t kMaxCueBytes = 60;

// Lower-case words inside a name: "Jan van der Berg", "Ana de la Cruz".
bool is_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"van", "von", "der", "den", "de", "da", "del", "della",
                                                    "di", "du", "la", "le", "bin", "al", "y", "dos", "das"};
  for (auto p : kParticles)
    if (w == p) return true;
  return false;
}

// One word of a name as these exports write it: "Lenny", "Lütke", "O'Brien", "Jean-Luc",
// "J.", "SPEAKER_00", and after the first word a number ("Speaker 1", "Audience #2").
bool is_name_word(std::string_view w, bool first) {
  if (w.empty()) return false;
  size_t i = 0;
  if (w[0] == '#') {
    if (first || w.size() == 1) return false;
    i = 1;
  }
  bool lead = is_upper(w[i]) || non_ascii_letter_at(w, i) || (!first && is_digit(w[i]));
  if (!lead && (first || !is_particle(w))) return false;
  while (i < w.size()) {
    char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (size_t k = non_ascii_letter_at(w, i)) {
        i += k;
        continue;
      }
      if (w.substr(i, 3) == "\xE2\x80\x99") {  // ’ in O’Brien
        i += 3;
        continue;
      }
      return false;
    }
    if (!(is_alpha(c) || is_digit(c) || c == '.' || c == '\'' || c == '-' || c == '_' || c == '&')) return false;
    ++i;
  }
  return true;
}

bool is_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  auto words = split_words(name);
  if (words.empty() || words.size() > kMaxNameWords) return false;
  for (size_t k = 0; k < words.size(); ++k)
    if (!is_name_word(words[k], k == 0)) return false;
  return true;
}

size_t skip_hspace(std::string_view s, size_t i, size_t e) {
  while (i < e && is_hspace(s[i])) ++i;
  return i;
}

// A label line, or a bare time that continues the current speaker.
struct LabelLine {
  LabelParts parts;   // label = name; end: after the time and its markup
  double time = kNoTime;
  bool bare = false;  // "(00:41:39):": no name
  size_t text = 0;    // where speech on the same line begins (the line's end if none)
};

// "[00:01:23] Name: text" or "[00:01:23] text" once the leading time has been read; p is
// after the time's closing bracket.
LabelLine after_leading_time(std::string_view s, size_t p, size_t e, double time) {
  LabelLine l;
  l.time = time;
  size_t nb = skip_hspace(s, p, e);
  // "[00:00:05] **Ana Ruiz:** text" or "**Ana Ruiz**: text": the name in markdown bold.
  if (s.substr(nb, std::min<size_t>(2, e - nb)) == "**") {
    size_t ne = nb + 2;
    while (ne < e && ne - nb <= kMaxNameBytes && s[ne] != '*' && s[ne] != ':') ++ne;
    std::string_view close = s.substr(ne, std::min<size_t>(3, e - ne));
    if ((close == ":**" || close == "**:") && (ne + 3 == e || space_at(s, ne + 3)) &&
        is_name(s.substr(nb + 2, ne - nb - 2))) {
      l.parts.label = l.parts.name = {uint32_t(nb + 2), uint32_t(ne)};
      l.parts.end = ne + 3;
      l.text = skip_space(s, ne + 3, e);
      return l;
    }
  }
  size_t colon = nb;
  while (colon < e && colon - nb <= kMaxNameBytes && s[colon] != ':') ++colon;
  if (colon < e && s[colon] == ':' && (colon + 1 == e || space_at(s, colon + 1)) &&
      is_name(s.substr(nb, colon - nb))) {
    l.parts.label = l.parts.name = {uint32_t(nb), uint32_t(colon)};
    l.parts.end = colon + 1;
    l.text = skip_space(s, colon + 1, e);
    return l;
  }
  l.bare = true;
  l.parts.end = p;
  l.text = nb;
  return l;
}

// "[Speaker 1] [00:03] text", "[00:03] ...". s[b] is '['.
std::optional<LabelLine> bracketed(std::string_view s, size_t b, size_t e) {
  size_t close = b + 1;
  while (close < e && close - b <= kMaxNameBytes + 1 && s[close] != ']' && s[close] != '[') ++close;
  if (close >= e || s[close] != ']') return std::nullopt;
  Clock clock;
  size_t q = b + 1;
  if (read_clock(s, q, close, clock) && q == close) return after_leading_time(s, close + 1, e, clock.offset());
  size_t nb = skip_hspace(s, b + 1, close), ne = trim_end(s, nb, close);
  if (ne <= nb) return std::nullopt;
  size_t p = skip_hspace(s, close + 1, e);
  if (p >= e || s[p] != '[') return std::nullopt;
  ++p;
  if (!read_clock(s, p, e, clock) || p >= e || s[p] != ']') return std::nullopt;
  ++p;
  if (p < e && s[p] == ':') ++p;
  bool letter = false;
  for (size_t i = nb; i < ne; ++i) letter |= is_alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80;
  if (!letter) return std::nullopt;
  LabelLine l;
  l.parts.label = l.parts.name = {uint32_t(nb), uint32_t(ne)};
  l.parts.end = p;
  l.time = clock.offset();
  l.text = skip_space(s, p, e);
  return l;
}

// "(00:41:39):" with or without speech after it. s[b] is '('.
std::optional<LabelLine> bare_time(std::string_view s, size_t b, size_t e) {
  size_t p = b + 1;
  Clock clock;
  if (!read_clock(s, p, e, clock) || p >= e || s[p] != ')') return std::nullopt;
  ++p;
  if (p < e && s[p] == ':') ++p;
  if (p < e && !space_at(s, p)) return std::nullopt;
  LabelLine l;
  l.bare = true;
  l.time = clock.offset();
  l.parts.end = p;
  l.text = skip_space(s, p, e);
  return l;
}

// "Name (00:01:23):", "Name 00:02:14", "Name: 00:02:14", "**Name:** 00:00:00", "Name [00:03] text".
std::optional<LabelLine> name_first(std::string_view s, size_t b, size_t e) {
  size_t p = b;
  bool bold = s.substr(b, std::min<size_t>(2, e - b)) == "**";
  if (bold) p += 2;
  size_t nb = p, ne = p;
  // The name runs to its markup or to a word that is a time.
  while (ne < e) {
    char c = s[ne];
    if (c == ':' || c == '*' || c == '(' || c == '[') break;
    if (ne - nb > kMaxNameBytes) return std::nullopt;
    if (is_digit(c) && ne > nb && is_hspace(s[ne - 1])) {
      size_t q = ne;
      Clock clock;
      if (read_clock(s, q, e, clock)) break;
    }
    ++ne;
  }
  size_t nt = trim_end(s, nb, ne);
  if (nt <= nb || !is_name(s.substr(nb, nt - nb))) return std::nullopt;
  p = ne;
  auto at = [&](std::string_view what) { return s.substr(p, std::min(what.size(), e - p)) == what; };
  bool colon = false;  // "Name:", "**Name:**", "**Name**:", "Name (00:01):"
  if (bold) {
    if (at(":**") || at("**:")) p += 3, colon = true;
    else if (at("**")) p += 2;
    else return std::nullopt;
  } else if (at(":")) {
    p += 1, colon = true;
  }
  size_t q = skip_hspace(s, p, e);
  if (q >= e) return std::nullopt;
  char open = s[q] == '(' || s[q] == '[' ? s[q] : 0;
  if (!open && !is_hspace(s[q - 1])) return std::nullopt;  // "Name:00:01"
  if (open) ++q;
  Clock clock;
  if (!read_clock(s, q, e, clock)) return std::nullopt;
  if (open) {
    if (q >= e || s[q] != (open == '(' ? ')' : ']')) return std::nullopt;
    ++q;
  }
  if (q < e && s[q] == ':') ++q, colon = true;
  size_t text = skip_space(s, q, e);
  // A bare time ends the line ("Kim: 10:00 works for me" is speech), and so does one in
  // parentheses without a colon ("Thanks Bob (00:12:00) for that").
  if (text < e && (!open || !space_at(s, q) || (open == '(' && !colon))) return std::nullopt;
  LabelLine l;
  l.parts.label = l.parts.name = {uint32_t(nb), uint32_t(nt)};
  l.parts.end = q;
  l.time = clock.offset();
  l.text = text;
  return l;
}

// A label line at s[b, e) (trimmed of white space).
std::optional<LabelLine> label_line(std::string_view s, size_t b, size_t e) {
  if (b >= e) return std::nullopt;
  // Every form holds a time: a line without a colon is no label.
  if (std::string_view(s.data() + b, e - b).find(':') == std::string_view::npos) return std::nullopt;
  if (s[b] == '[') return bracketed(s, b, e);
  if (s[b] == '(') return bare_time(s, b, e);
  return name_first(s, b, e);
}

// A line that is one bracketed cue and nothing else: "[Music]", "(laughs)".
bool is_cue_line(std::string_view line) {
  if (line.size() < 3 || line.size() > kMaxCueBytes) return false;
  char open = line.front(), close = line.back();
  if (!((open == '[' && close == ']') || (open == '(' && close == ')'))) return false;
  std::string_view inner = line.substr(1, line.size() - 2);
  if (inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos) return false;
  for (char c : inner)
    if (is_alpha(c)) return true;
  return false;
}

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lexed_(out), out_(out.pieces) {}

  void run(size_t from) {
    lexed_.names_upper = false;  // names are written in mixed case
    for_each_line(
        s_, from, lexed_,
        [&](size_t b, size_t e, uint32_t line, bool para) {
          line_ = line;
          para_ = para;
          lex_line(b, e);
        },
        [&] { flush_pending(); });  // a bare time before a heading: its row comes first
    flush_pending();
  }

 private:
  Piece& push(Piece::Type type, size_t b, size_t e) {
    Piece& p = push_piece(out_, type, line_, b, e, para_);
    para_ = false;
    return p;
  }

  // Speech s[b, e). The first text after a bare time carries that time (it starts a turn only
  // after an event or a heading) and spans the time too, which is not part of what is said.
  void text(size_t b, size_t e) {
    if (pending_at_ == kNone) {
      push(Piece::Type::Text, b, e);
      return;
    }
    Piece& p = push(Piece::Type::Text, pending_at_, e);
    p.line = pending_line_;
    p.paragraph_start = pending_para_;
    if (!std::isnan(pending_)) out_.extra(p).start_time = pending_;
    lexed_.literal(p, s_.substr(b, e - b));
    pending_at_ = kNone;
  }

  // A bare time that no text follows (a label or a cue comes next) is a row of its own.
  void flush_pending() {
    if (pending_at_ == kNone) return;
    uint32_t line = line_;
    bool para = para_;
    line_ = pending_line_, para_ = pending_para_;
    push(Piece::Type::Meta, pending_at_, pending_end_);
    line_ = line, para_ = para;
    pending_at_ = kNone;
  }

  void lex_line(size_t b, size_t e) {
    if (auto l = label_line(s_, b, e)) {
      if (l->bare) {
        flush_pending();
        pending_ = l->time;
        pending_at_ = b, pending_end_ = l->parts.end, pending_line_ = line_, pending_para_ = para_;
        para_ = false;
      } else {
        flush_pending();
        Piece& p = push(Piece::Type::Label, b, l->parts.end);
        out_.set_label(p, l->parts.label, l->parts.name);
        out_.extra(p).start_time = l->time;
      }
      if (l->text < e) text(l->text, e);
      return;
    }
    if (is_cue_line(s_.substr(b, e - b))) {
      flush_pending();
      push(Piece::Type::Cue, b, e);
      return;
    }
    text(b, e);
  }

  std::string_view s_;
  Lexed& lexed_;
  PieceList& out_;
  uint32_t line_ = 0;
  bool para_ = true;
  // A bare time waiting for its text: the time, where it is written, its line.
  static constexpr size_t kNone = size_t(-1);
  double pending_ = kNoTime;
  size_t pending_at_ = kNone, pending_end_ = 0;
  uint32_t pending_line_ = 0;
  bool pending_para_ = false;
};

void lex(std::string_view text, size_t from, Lexed& out) { Lexer(text, out).run(from); }

std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, bom_length(line), line.size());
  size_t e = trim_end(line, b, line.size());
  auto l = label_line(line, b, e);
  if (!l || l->bare) return std::nullopt;
  return l->parts;
}

// Lines that are labels with a time. Three make the layout near certain: no other layout
// writes a name and a time alone on a line.
// Whether s holds a clock's shape anywhere (a digit, ':', two digits), as every label line does
// (read_clock): a text without one needs no line read.
bool has_clock_shape(std::string_view s) {
  for (size_t at = s.find(':'); at != std::string_view::npos; at = s.find(':', at + 1))
    if (at > 0 && at + 2 < s.size() && is_digit(s[at - 1]) && is_digit(s[at + 1]) && is_digit(s[at + 2])) return true;
  return false;
}

int sniff(const Head& h) {
  std::string_view head = h.text;
  if (!has_clock_shape(head)) return 0;
  size_t labels = 0;
  for (auto [b, e] : h.lines) {
    b = skip_space(head, b, e);
    e = trim_end(head, b, e);
    if (auto l = label_line(head, b, e); l && !l->bare && ++labels == 3) return 80;  // the most it gives
  }
  return labels >= 3 ? 80 : labels == 2 ? 50 : labels == 1 ? 20 : 0;
}

}  // namespace

const Layout& timestamped_layout() {
  static const Layout layout{"timestamped", &lex, &read_label, &sniff, 80};  // 80: sniff's highest score
  return layout;
}

}  // namespace transcript
