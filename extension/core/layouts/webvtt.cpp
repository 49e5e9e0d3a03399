// The webvtt layout: the cue lexer of subtitles.cpp in its WebVTT flavour.
#include "layouts/webvtt.hpp"

#include "layouts/subtitles.hpp"
#include "text.hpp"

namespace transcript {
namespace {

void lex(std::string_view text, size_t from, Lexed& out) { subtitles::lex(text, from, out, subtitles::Flavor::WebVTT); }
std::unique_ptr<StepLexer> lex_in_steps(std::string_view text, size_t from, Lexed& out) {
  return subtitles::lex_in_steps(text, from, out, subtitles::Flavor::WebVTT);
}

// `<v Ana>Hola`: the voice that opens the line.
std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, 0, line.size());
  if (auto n = subtitles::read_voice(line, b, line.size())) return n->parts;
  return std::nullopt;
}

// The signature `WEBVTT` on the first line is certain.
int sniff(const Head& h) {
  std::string_view head = h.text;
  return subtitles::is_webvtt_signature(h.first_line(bom_length(head))) ? 100 : 0;
}

}  // namespace

const Layout& webvtt_layout() {
  static const Layout layout{"webvtt", &lex, &read_label, &sniff, 100, &lex_in_steps};  // 100: sniff's highest score
  return layout;
}

}  // namespace transcript
