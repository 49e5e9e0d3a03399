// The captions layout: raw TV line-21 caption text (no header, 32-column rows, often CAPS).
// `>>` starts a new speaker, `>>>` a new story, `>> Reporter:` names the speaker; rows
// without a chevron continue the current turn.
#include "layouts/captions.hpp"

#include "layouts/subtitles.hpp"
#include "text.hpp"

namespace transcript {
namespace {

// `>>` at s[q], at the start of a line or after white space (rows are sometimes joined).
bool chevron_at(std::string_view s, size_t q, size_t line_b) {
  return q + 1 < s.size() && s[q] == '>' && s[q + 1] == '>' && (q == line_b || is_hspace(s[q - 1]));
}

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lexed_(out), out_(out.pieces) {}

  void run(size_t from) {
    for_each_line(s_, from, lexed_, [&](size_t b, size_t e, uint32_t line, bool) {
      line_ = line;
      lex_line(b, e);
    });
  }

 private:
  Piece& push(Piece::Type type, size_t b, size_t e) { return push_piece(out_, type, line_, b, e); }

  void lex_line(size_t b, size_t e) {
    std::string_view line = s_.substr(b, e - b);
    if (!chevron_at(s_, b, b) && subtitles::is_sound_line(line)) {  // `[ APPLAUSE ]`, `♪♪`
      push(Piece::Type::Cue, b, e);
      return;
    }
    size_t pos = b;
    for (size_t q = line.find(">>"); q != std::string_view::npos; q = line.find(">>", q + 1)) {
      size_t at = b + q;
      if (at < pos || !chevron_at(s_, at, b)) continue;
      text(pos, at);
      size_t r = at;
      while (r < e && s_[r] == '>') ++r;
      size_t t = skip_space(s_, r, e);
      if (auto n = subtitles::read_colon_name(s_, t, e, false, true)) {
        Piece& p = push(Piece::Type::Label, at, n->parts.end);
        out_.set_label(p, n->parts.label, n->parts.name, n->parts.role);
        p.title_only = n->title_only;
        r = n->parts.end;
      } else {
        push(Piece::Type::Unnamed, at, r);
      }
      started_ = true;
      pos = skip_space(s_, r, e);
      q = pos - b - 1;
    }
    text(pos, e);
  }

  void text(size_t b, size_t e) {
    e = trim_end(s_, b, e);
    if (b >= e) return;
    if (!started_) {  // captions that start mid-speech: someone unnamed is talking
      push(Piece::Type::Unnamed, b, b);
      started_ = true;
    }
    push(Piece::Type::Text, b, e);
  }

  std::string_view s_;
  Lexed& lexed_;
  PieceList& out_;
  uint32_t line_ = 0;
  bool started_ = false;
};

void lex(std::string_view text, size_t from, Lexed& out) { Lexer(text, out).run(from); }

// `>> Reporter: text`.
std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, 0, line.size());
  if (!chevron_at(line, b, b)) return std::nullopt;
  while (b < line.size() && line[b] == '>') ++b;
  if (auto n = subtitles::read_colon_name(line, skip_space(line, b, line.size()), line.size(), false, false))
    return n->parts;
  return std::nullopt;
}

// Lines that open with `>>`: a few, or one that opens the text.
int sniff(const Head& h) {
  std::string_view head = h.text;
  if (find_bytes(head, ">>") == std::string_view::npos) return 0;  // no chevron at all: no line to read
  const size_t bom = bom_length(head);
  size_t nonblank = 0, chevrons = 0;
  bool first_chevron = false;
  for (size_t i = 0; i < h.lines.size(); ++i) {
    // Settled once the lines left could not thin the chevrons out below one line in forty.
    if (chevrons >= 2 && chevrons * 40 >= nonblank + (h.lines.size() - i)) return 60;
    auto [b, e] = h.lines[i];
    b = skip_space(head, std::max(b, bom), e);
    if (b == trim_end(head, b, e)) continue;
    bool chevron = chevron_at(head, b, b);
    if (nonblank == 0) first_chevron = chevron;
    chevrons += chevron;
    ++nonblank;
  }
  if (chevrons >= 2 && chevrons * 40 >= nonblank) return 60;
  return first_chevron ? 50 : 0;
}

}  // namespace

const Layout& captions_layout() {
  static const Layout layout{"captions", &lex, &read_label, &sniff, 60};  // 60: sniff's highest score
  return layout;
}

}  // namespace transcript
