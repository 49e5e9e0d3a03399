// libFuzzer harness for the parser core: transcript::parse, Document's accessors and
// speaker_of_line. Any crash, sanitizer report or __builtin_trap() here is a bug in extension/core/.
//
// Input: the transcript bytes. If the first byte is 0x01..0x03 it selects a transformation of
// the rest (to reach paths the raw corpus rarely takes); any other first byte means "as is":
//   0x01  a UTF-8 BOM before the rest
//   0x02  the rest with every LF turned into CRLF (an existing CR before LF stays as it is)
//   0x03  the rest flattened to one line (CR and LF replaced by spaces)
//   0x04  the rest as is, parsed with the explicit format "broadcast" instead of "auto"
// The text handed to the core always lives in a heap buffer of exactly its size, so
// AddressSanitizer sees any read past its end.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "document.hpp"
#include "layout.hpp"
#include "text.hpp"

namespace {

// A check that must hold: __builtin_trap() (SIGILL, reported by libFuzzer as a crash) if not.
// The line number in the stack trace tells which invariant failed.
#define FUZZ_CHECK(cond)          \
  do {                            \
    if (!(cond)) __builtin_trap(); \
  } while (0)

size_t count_utf8_chars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Words of a rendered text: runs of bytes other than ' '.
size_t count_space_separated(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ') {
      in_word = false;
    } else {
      if (!in_word) ++words;
      in_word = true;
    }
  }
  return words;
}

void check_turn_at(const transcript::Document& doc, int64_t pos) {
  const transcript::Turn* t = doc.turn_at(pos);
  if (!t) return;
  // The result is one of the document's turns and holds the position.
  FUZZ_CHECK(t >= doc.turns.data() && t < doc.turns.data() + doc.turns.size());
  FUZZ_CHECK(pos >= int64_t(t->char_start));
  FUZZ_CHECK(pos < int64_t(t->char_start) + int64_t(t->char_length));
}

void check_document(const transcript::Document& doc, std::string_view text) {
  FUZZ_CHECK(doc.text.data() == text.data() && doc.text.size() == text.size());
  const size_t size = text.size();
  const size_t nchars = count_utf8_chars(text);
  const size_t nsegments = doc.segments.size();
  const size_t nspeakers = doc.speakers.size();

  for (size_t i = 0; i < doc.turns.size(); ++i) {
    const transcript::Turn& t = doc.turns[i];
    // Span inside the text.
    FUZZ_CHECK(t.span.b <= t.span.e);
    FUZZ_CHECK(t.span.e <= size);
    // Rows in text order, never overlapping.
    if (i + 1 < doc.turns.size()) {
      const transcript::Turn& n = doc.turns[i + 1];
      FUZZ_CHECK(t.char_start <= n.char_start);
      FUZZ_CHECK(t.span.e <= n.span.b);
    }
    // Segments exist and lie inside the text.
    FUZZ_CHECK(t.first_segment <= nsegments);
    FUZZ_CHECK(t.segment_count <= nsegments - t.first_segment);
    for (uint32_t k = 0; k < t.segment_count; ++k) {
      const transcript::Segment& seg = doc.segments[t.first_segment + k];
      FUZZ_CHECK(seg.src.b <= seg.src.e);
      FUZZ_CHECK(seg.src.e <= size);
      if (seg.literal()) FUZZ_CHECK(size_t(seg.lit) + seg.lit_len <= doc.literals.size());
    }
    // Label and role inside the turn.
    if (t.has_label) {
      FUZZ_CHECK(t.label.b <= t.label.e);
      FUZZ_CHECK(t.span.b <= t.label.b && t.label.e <= t.span.e);
    }
    // A role is the turn's own (inside its span) or carried from earlier in the text (README:
    // "carried to that speaker's later turns"): then it lies inside an earlier turn (possibly
    // in a label reprinted mid-turn, so not necessarily that turn's own role).
    if (t.has_role) {
      FUZZ_CHECK(t.role.b < t.role.e);
      FUZZ_CHECK(t.role.e <= size);
      if (!(t.span.b <= t.role.b && t.role.e <= t.span.e)) {
        FUZZ_CHECK(t.role.e <= t.span.b);
        // The last earlier turn starting at or before the role (turns are sorted, see above).
        auto it = std::upper_bound(doc.turns.begin(), doc.turns.begin() + i, t.role.b,
                                   [](uint32_t b, const transcript::Turn& u) { return b < u.span.b; });
        FUZZ_CHECK(it != doc.turns.begin());
        --it;
        FUZZ_CHECK(it->span.b <= t.role.b && t.role.e <= it->span.e);
      }
    }
    FUZZ_CHECK(!transcript::kind_name(t.kind).empty());
    // Speaker index.
    FUZZ_CHECK(t.speaker >= -1);
    FUZZ_CHECK(t.speaker < 0 || size_t(t.speaker) < nspeakers);
    // Character positions (1-based, inclusive end).
    FUZZ_CHECK(t.char_start >= 1);
    FUZZ_CHECK(size_t(t.char_start) + size_t(t.char_length) - 1 <= nchars);

    // Rendered text: within its capacity, folded, words counted alike.
    const size_t cap = doc.text_capacity(t);
    const std::string rendered = doc.render_text(t);
    FUZZ_CHECK(rendered.size() <= cap);
    if (!rendered.empty()) {
      FUZZ_CHECK(rendered.front() != ' ');
      FUZZ_CHECK(rendered.back() != ' ');
      FUZZ_CHECK(rendered.find("  ") == std::string::npos);
    }
    FUZZ_CHECK(doc.count_words(t) == count_space_separated(rendered));
    // The buffer form into a heap block of exactly text_capacity bytes (ASan catches overruns),
    // and it writes the same text.
    std::unique_ptr<char[]> buf(new char[cap]);
    const size_t len = doc.render_text(t, buf.get());
    FUZZ_CHECK(len <= cap);
    FUZZ_CHECK(std::string_view(buf.get(), len) == rendered);
  }

  // Speakers: an anonymous voice has no join key.
  for (const transcript::Speaker& s : doc.speakers) FUZZ_CHECK(!s.anonymous || s.key.empty());

  // turn_at at the edges and in the middle.
  const int64_t n = int64_t(nchars);
  for (int64_t pos : {int64_t(0), int64_t(1), n / 2, n, n + 1, int64_t(-1), INT64_MIN, INT64_MAX})
    check_turn_at(doc, pos);
  for (const transcript::Turn& t : doc.turns) {
    check_turn_at(doc, int64_t(t.char_start));
    check_turn_at(doc, int64_t(t.char_start) + int64_t(t.char_length) - 1);
  }
}

void run(std::string_view text, std::string_view format = "auto") {
  transcript::Document doc;
  try {
    doc = transcript::parse(text, format);
  } catch (const transcript::Error&) {
    return;  // invalid UTF-8 (or too large): an error, never a crash
  }
  check_document(doc, text);

  // speaker_of_line on the first line alone, then on the whole text (it reads the first line).
  // Both are valid UTF-8 here: the SQL layer checks UTF-8 before calling it, as parse did.
  size_t eol = text.find_first_of("\r\n");
  std::string_view first = text.substr(0, eol == std::string_view::npos ? text.size() : eol);
  std::unique_ptr<char[]> line(new char[first.size() ? first.size() : 1]);
  if (!first.empty()) std::memcpy(line.get(), first.data(), first.size());
  (void)transcript::speaker_of_line(std::string_view(line.get(), first.size()));
  (void)transcript::speaker_of_line(text);
}

}  // namespace

// Once per process: an unknown format raises Error.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (std::string_view format : {"nonsense", "no such layout"}) {
    bool threw = false;
    try {
      (void)transcript::parse("HOST: hi", format);
    } catch (const transcript::Error&) {
      threw = true;
    }
    FUZZ_CHECK(threw);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const char* bytes = reinterpret_cast<const char*>(data);
  const uint8_t mode = size ? data[0] : 0;
  if (mode < 0x01 || mode > 0x04) {
    run(std::string_view(bytes, size));
    return 0;
  }
  std::string_view rest(bytes + 1, size - 1);
  if (mode == 0x04) {
    std::unique_ptr<char[]> exact(new char[rest.size() ? rest.size() : 1]);
    if (!rest.empty()) std::memcpy(exact.get(), rest.data(), rest.size());
    run(std::string_view(exact.get(), rest.size()), "broadcast");
    return 0;
  }
  std::string t;
  switch (mode) {
    case 0x01:
      t = "\xEF\xBB\xBF";
      t += rest;
      break;
    case 0x02:
      t.reserve(rest.size() * 2);
      for (size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '\n' && (i == 0 || rest[i - 1] != '\r')) t += '\r';
        t += rest[i];
      }
      break;
    case 0x03:
      t.assign(rest);
      for (char& c : t)
        if (c == '\n' || c == '\r') c = ' ';
      break;
  }
  // Exactly sized heap copy (std::string's spare capacity would hide overreads).
  std::unique_ptr<char[]> exact(new char[t.size() ? t.size() : 1]);
  if (!t.empty()) std::memcpy(exact.get(), t.data(), t.size());
  run(std::string_view(exact.get(), t.size()));
  return 0;
}
