#include "document.hpp"

#include <algorithm>

#include "text.hpp"

namespace transcript {

std::string_view kind_name(Kind k) {
  switch (k) {
    case Kind::Speech: return "speech";
    case Kind::Event: return "event";
    case Kind::Meta: return "meta";
    case Kind::Prose: return "prose";
  }
  return "speech";
}

size_t Document::text_capacity(const Turn& t, bool* source_only) const {
  size_t n = 1 + kFoldSlack;
  bool literal = false;
  for (uint32_t i = 0; i < t.segment_count; ++i) {
    const Segment& s = segments[t.first_segment + i];
    literal |= s.literal();
    n += (s.literal() ? s.lit_len : s.src.e - s.src.b) + 1;
  }
  if (source_only) *source_only = !literal;
  return n;
}

size_t Document::render_text(const Turn& t, char* out) const {
  char* p = out;
  for (uint32_t i = 0; i < t.segment_count; ++i) {
    const Segment& s = segments[t.first_segment + i];
    bool space = p != out && !s.glue;
    if (s.literal()) {
      std::string_view lit = literals.view(s.lit, s.lit_len);
      p = write_folded(p, space, lit, 0, lit.size());
    } else {
      p = write_folded(p, space, text, s.src.b, s.src.e);
    }
  }
  return size_t(p - out);
}

std::string Document::render_text(const Turn& t) const {
  std::string out(text_capacity(t), '\0');
  out.resize(render_text(t, out.data()));
  return out;
}

size_t Document::count_words(const Turn& t) const {
  size_t words = 0;
  bool in_word = false;
  for (uint32_t i = 0; i < t.segment_count; ++i) {
    const Segment& seg = segments[t.first_segment + i];
    std::string_view src = seg.literal() ? literals.view(seg.lit, seg.lit_len) : text;
    size_t b = seg.literal() ? 0 : seg.src.b, e = seg.literal() ? seg.lit_len : seg.src.e;
    if (!seg.glue) in_word = false;
    for (size_t p = b; p < e;) {
      size_t k = space_at(src, p);
      if (k) {
        in_word = false;
        p += k;
      } else {
        if (!in_word) ++words;
        in_word = true;
        ++p;
      }
    }
  }
  return words;
}

const Turn* Document::turn_at(int64_t pos) const {
  if (pos < 1 || turns.empty()) return nullptr;
  // Last turn starting at or before pos.
  auto it = std::upper_bound(turns.begin(), turns.end(), pos,
                             [](int64_t p, const Turn& t) { return p < int64_t(t.char_start); });
  if (it == turns.begin()) return nullptr;
  // Several rows may start at the same place (an empty turn); take the last that holds pos.
  for (auto r = it; r != turns.begin();) {
    --r;
    if (pos < int64_t(r->char_start) + int64_t(r->char_length)) return &*r;
    if (r->char_length > 0) break;
  }
  return nullptr;
}

void Document::place(Turn& t, CharCounter& cc) {
  size_t b = cc.chars_before(t.span.b);
  size_t e = cc.chars_before(t.span.e);
  t.char_start = static_cast<uint32_t>(b + 1);
  t.char_length = static_cast<uint32_t>(e - b);
}

void Document::finish(bool ascii_only) {
  CharCounter cc(text, ascii_only);
  for (Turn& t : turns) place(t, cc);
}

}  // namespace transcript
