// Invariants that every parsed Document must satisfy, shared by the libFuzzer targets of the
// core (fuzz_parse, fuzz_layout, fuzz_detect, fuzz_scale). A failed check is __builtin_trap():
// libFuzzer reports it as a crash, and the FUZZ_CHECK line on the stack trace names the check.
#pragma once
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

namespace fuzz {

// A check that must hold: __builtin_trap() (SIGILL, reported by libFuzzer as a crash) if not.
// The line number in the stack trace tells which invariant failed.
#define FUZZ_CHECK(cond)          \
  do {                            \
    if (!(cond)) __builtin_trap(); \
  } while (0)

inline size_t count_utf8_chars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Words of a rendered text: runs of bytes other than ' '.
inline size_t count_space_separated(std::string_view s) {
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

inline void check_turn_at(const transcript::Document& doc, int64_t pos) {
  const transcript::Turn* t = doc.turn_at(pos);
  if (!t) return;
  // The result is one of the document's turns and holds the position.
  bool member = false;
  for (const transcript::Turn& u : doc.turns) member |= &u == t;
  FUZZ_CHECK(member);
  FUZZ_CHECK(pos >= int64_t(t->char_start));
  FUZZ_CHECK(pos < int64_t(t->char_start) + int64_t(t->char_length));
}

inline void check_document(const transcript::Document& doc, std::string_view text) {
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

// A copy of s in a heap block of exactly its size, so that AddressSanitizer sees any read past
// its end (std::string's spare capacity would hide it).
struct ExactCopy {
  std::unique_ptr<char[]> bytes;
  size_t size = 0;
  explicit ExactCopy(std::string_view s) : bytes(new char[s.empty() ? 1 : s.size()]), size(s.size()) {
    if (!s.empty()) std::memcpy(bytes.get(), s.data(), s.size());
  }
  std::string_view view() const { return {bytes.get(), size}; }
};

// Parses and checks; invalid UTF-8 (or an oversized text) must be transcript::Error, nothing
// else. Returns the document's layout name, or "" when parse() raised Error.
inline std::string parse_and_check(std::string_view text, std::string_view format) {
  transcript::Document doc;
  try {
    doc = transcript::parse(text, format);
  } catch (const transcript::Error&) {
    return {};
  }
  check_document(doc, text);
  return doc.layout;
}

// Every format that parse() accepts: "auto" and each implemented layout of layout_names().
inline const std::vector<std::string_view>& parseable_formats() {
  static const std::vector<std::string_view> formats = [] {
    std::vector<std::string_view> v;
    for (std::string_view n : transcript::layout_names())
      if (n == "auto" || transcript::find_layout(n)) v.push_back(n);
    return v;
  }();
  return formats;
}

}  // namespace fuzz
