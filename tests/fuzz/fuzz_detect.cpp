// libFuzzer target for layout detection: detect_layout(), every sniffer and speaker_of_line.
// Checks, besides the absence of crashes and sanitizer reports:
//   - detect_layout() returns an implemented layout of layout_names(), the same one twice;
//   - it reads the head only: the text cut at the last line end within its first 16 KB gets
//     the same layout;
//   - parse(text, "auto") uses the detected layout;
//   - each sniffer's score is within 0..100;
//   - speaker_of_line(), on each of the first lines, gives no name or a non-empty one that is
//     valid UTF-8 without a line end.
#include "fuzz_checks.hpp"

namespace {

constexpr size_t kHead = 16 * 1024;

const transcript::Layout& detect(std::string_view text) {
  const transcript::Layout& l = transcript::detect_layout(text);
  FUZZ_CHECK(transcript::find_layout(l.name) == &l);
  return l;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ExactCopy copy(std::string_view(reinterpret_cast<const char*>(data), size));
  std::string_view text = copy.view();
  const bool utf8 = !transcript::find_invalid_utf8(text);

  const transcript::Layout& l = detect(text);
  FUZZ_CHECK(&detect(text) == &l);
  for (std::string_view n : fuzz::parseable_formats()) {
    if (n == "auto") continue;
    const transcript::Layout* each = transcript::find_layout(n);
    if (!each->sniff) continue;
    int score = each->sniff(text.substr(0, std::min(text.size(), kHead)));
    FUZZ_CHECK(score >= 0 && score <= 100);
  }

  // Only the head counts.
  std::string_view head = text.substr(0, std::min(text.size(), kHead));
  if (head.size() < text.size()) {
    if (size_t nl = head.rfind('\n'); nl != std::string_view::npos) head = head.substr(0, nl + 1);
    fuzz::ExactCopy h(head);
    FUZZ_CHECK(&detect(h.view()) == &l);
  }

  if (utf8) {
    std::string via_parse = fuzz::parse_and_check(text, "auto");
    FUZZ_CHECK(via_parse == l.name);
    // speaker_of_line on the first few lines.
    transcript::LineReader lines(text);
    size_t b, e;
    for (int k = 0; k < 8 && lines.next(b, e); ++k) {
      fuzz::ExactCopy line(text.substr(b, e - b));
      if (auto who = transcript::speaker_of_line(line.view())) {
        FUZZ_CHECK(!who->empty());
        FUZZ_CHECK(!transcript::find_invalid_utf8(*who));
        FUZZ_CHECK(who->find_first_of("\r\n") == std::string::npos);
      }
    }
  }
  return 0;
}
