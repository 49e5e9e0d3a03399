// libFuzzer target for one layout at a time: transcript::parse(text, NAME) for a layout that
// find_layout() knows, or "auto". Every Document is checked (fuzz_checks.hpp), and:
//   - the document names the layout asked for (auto: the one detect_layout() picks);
//   - parsing the same text twice gives the same turns (no hidden state between parses), the
//     second time row by row as transcript_turns reads them (RowStream: rows built on demand),
//     and again with the text lexed in steps after a census of its labels (webvtt, srt).
//
// The layout: the environment variable FUZZ_LAYOUT (a name, or "auto"); without it, the first
// byte of the input picks one of the parseable formats and is dropped. FUZZ_LAYOUT=list prints
// the parseable formats and exits (tests/fuzz/run.sh asks it so that new layouts are fuzzed
// without a change here). A following byte 0x01..0x03 transforms the rest as in fuzz_parse:
// BOM before it, LF -> CRLF, flattened to one line.
#include <cstdio>
#include <cstdlib>

#include "fuzz_checks.hpp"

namespace {

std::string g_layout;  // from FUZZ_LAYOUT; empty: chosen per input

// The rows of a whole parse, read again one at a time from a RowStream of the same text.
void same_turns_streamed(const transcript::Document& a, std::string_view text, std::string_view format,
                         transcript::LexSteps steps) {
  transcript::RowStream stream;
  stream.start(text, format, steps);
  size_t i = 0;
  for (; stream.reach(i); ++i) {
    const transcript::Document& b = stream.doc();
    FUZZ_CHECK(i < a.turns.size());
    const transcript::Turn &x = a.turns[i], &y = stream.placed(i);
    FUZZ_CHECK(x.span.b == y.span.b && x.span.e == y.span.e);
    FUZZ_CHECK(x.kind == y.kind && x.speaker == y.speaker && x.clip == y.clip);
    FUZZ_CHECK(x.char_start == y.char_start && x.char_length == y.char_length);
    FUZZ_CHECK(a.render_text(x) == b.render_text(y));
  }
  FUZZ_CHECK(i == a.turns.size());
}

void run(std::string_view text, std::string_view format) {
  fuzz::ExactCopy copy(text);
  text = copy.view();
  transcript::Document doc;
  try {
    doc = transcript::parse(text, format);
  } catch (const transcript::Error&) {
    FUZZ_CHECK(transcript::find_invalid_utf8(text).has_value() || text.size() >= UINT32_MAX);
    return;
  }
  fuzz::check_document(doc, text);
  if (format == "auto") FUZZ_CHECK(doc.layout == transcript::detect_layout(text).name);
  same_turns_streamed(doc, text, format, {});
  same_turns_streamed(doc, text, format, {0, 1});  // lexed in steps of a line or so (webvtt, srt)
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* env = std::getenv("FUZZ_LAYOUT");
  if (!env) return 0;
  const auto& formats = fuzz::parseable_formats();
  if (std::string_view(env) == "list") {
    for (auto f : formats) std::printf("%.*s\n", int(f.size()), f.data());
    std::exit(0);
  }
  if (std::find(formats.begin(), formats.end(), std::string_view(env)) == formats.end()) {
    std::fprintf(stderr, "fuzz_layout: FUZZ_LAYOUT=%s is not a parseable format (FUZZ_LAYOUT=list)\n", env);
    std::exit(2);
  }
  g_layout = env;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view format = g_layout;
  if (format.empty()) {
    if (in.empty()) return 0;
    const auto& formats = fuzz::parseable_formats();
    format = formats[static_cast<unsigned char>(in[0]) % formats.size()];
    in.remove_prefix(1);
  }
  const uint8_t mode = in.empty() ? 0 : static_cast<uint8_t>(in[0]);
  if (mode < 0x01 || mode > 0x03) {
    run(in, format);
    return 0;
  }
  in.remove_prefix(1);
  std::string t;
  if (mode == 0x01) {
    t = "\xEF\xBB\xBF";
    t += in;
  } else if (mode == 0x02) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (in[i] == '\n' && (i == 0 || in[i - 1] != '\r')) t += '\r';
      t += in[i];
    }
  } else {
    t.assign(in);
    for (char& c : t)
      if (c == '\n' || c == '\r') c = ' ';
  }
  run(t, format);
  return 0;
}
