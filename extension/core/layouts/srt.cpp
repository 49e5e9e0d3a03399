// The srt layout: the cue lexer of subtitles.cpp in its SubRip flavour.
#include "layouts/srt.hpp"

#include <algorithm>

#include "layouts/subtitles.hpp"
#include "text.hpp"

namespace transcript {
namespace {

void lex(std::string_view text, size_t from, Lexed& out) { subtitles::lex(text, from, out, subtitles::Flavor::SRT); }
std::unique_ptr<StepLexer> lex_in_steps(std::string_view text, size_t from, Lexed& out) {
  return subtitles::lex_in_steps(text, from, out, subtitles::Flavor::SRT);
}

// SDH captions name a speaker in brackets before the speech: `[Alba] En 1928,` (a description
// such as `[laughs] Yes.` names no one). `NAME:` labels are read by the other layouts.
std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, 0, line.size());
  auto n = subtitles::read_bracket_name(line, b, line.size());
  if (!n || skip_space(line, n->parts.end, line.size()) == line.size()) return std::nullopt;
  return n->parts;
}

bool is_number(std::string_view line) {
  return !line.empty() && std::all_of(line.begin(), line.end(), [](char c) { return is_digit(c); });
}

// A cue number and a timing line open the file (95), or a timing line does (cue numbers
// missing, 90), or timing lines follow a preamble (70).
int sniff(const Head& h) {
  std::string_view head = h.text;
  const size_t bom = bom_length(head);
  size_t seen = 0, timings = 0;
  bool number_first = false;
  double t0, t1;
  for (size_t i = 0; i < h.lines.size() && i < 60; ++i) {
    auto [b, e] = h.lines[i];
    b = skip_space(head, std::max(b, bom), e);
    e = trim_end(head, b, e);
    if (b == e) continue;
    std::string_view line = head.substr(b, e - b);
    bool timing = is_digit(line[0]) && subtitles::parse_timing(line, t0, t1);
    if (seen == 0 && timing) return 90;
    if (seen == 0) number_first = is_number(line);
    if (seen == 1 && number_first && timing) return 95;
    timings += timing;
    ++seen;
  }
  return timings >= 2 ? 70 : 0;
}

}  // namespace

const Layout& srt_layout() {
  static const Layout layout{"srt", &lex, &read_label, &sniff, 95, &lex_in_steps};  // 95: sniff's highest score
  return layout;
}

}  // namespace transcript
