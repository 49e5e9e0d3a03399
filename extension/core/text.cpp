#include "text.hpp"

#include <algorithm>
#include <cstring>

namespace transcript {

std::optional<size_t> find_invalid_utf8(std::string_view s, bool* ascii_only) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  bool ascii = true;
  size_t next_poll = kStopPollBytes;
  while (i < n) {
    if (i >= next_poll) {
      poll_stop();
      next_poll = i + kStopPollBytes;
    }
    // Fast path: sixty-four bytes a step, then sixteen (SSE2), or thirty-two, then eight ASCII
    // bytes at a time. With SSE2 a block that holds a byte past ASCII says where the first is:
    // the ASCII before it is passed at once, not eight bytes a step (a text with a curly quote
    // every line or two spent most of its check there).
#if defined(__SSE2__)
    while (i + 64 <= n && i < next_poll) {
      const auto* q = reinterpret_cast<const __m128i*>(p + i);
      const __m128i a = _mm_loadu_si128(q), b = _mm_loadu_si128(q + 1), c = _mm_loadu_si128(q + 2),
                    d = _mm_loadu_si128(q + 3);
      if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) == 0) {
        i += 64;
        continue;
      }
      const uint64_t high = uint64_t(unsigned(_mm_movemask_epi8(a))) | uint64_t(unsigned(_mm_movemask_epi8(b))) << 16 |
                            uint64_t(unsigned(_mm_movemask_epi8(c))) << 32 | uint64_t(unsigned(_mm_movemask_epi8(d))) << 48;
      i += size_t(__builtin_ctzll(high));
      break;
    }
    while (i + 16 <= n && i < next_poll) {
      const unsigned high = unsigned(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))));
      if (high != 0) {
        i += size_t(__builtin_ctz(high));
        break;
      }
      i += 16;
    }
#else
    while (i + 32 <= n && i < next_poll) {
      uint64_t w[4];
      std::memcpy(w, p + i, 32);
      if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull) != 0) break;
      i += 32;
    }
#endif
    if (i >= n) break;
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    ascii = false;
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return i;
    i += len;
  }
  if (ascii_only) *ascii_only = ascii;
  return std::nullopt;
}

size_t space_at_slow(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2) return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 ? 2 : 0;
  if (i + 2 >= s.size()) return 0;
  const auto c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
  if (c == 0xE2 && c1 == 0x80 && (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) return 3;
  if (c == 0xE2 && c1 == 0x81 && c2 == 0x9F) return 3;
  if (c == 0xE1 && c1 == 0x9A && c2 == 0x80) return 3;
  if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return 3;
  if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return 3;
  return 0;
}

size_t non_ascii_letter_at(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0xC3) return 0;  // ASCII, stray continuation bytes, U+0080..U+00BF
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + len > s.size()) return 0;
  const auto c1 = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC3 && (c1 == 0x97 || c1 == 0xB7)) return 0;  // multiplication and division signs
  if (c == 0xE2 || (c == 0xE3 && c1 == 0x80) || c == 0xEF || c >= 0xF0) return 0;
  return len;
}

size_t trim_end_slow(std::string_view s, size_t b, size_t e) {
  // Walk back one character at a time; a multi-byte space needs a forward check.
  while (e > b) {
    size_t k = e - 1;
    while (k > b && is_cont(s[k])) --k;
    size_t len = space_at(s, k);
    if (len == 0 || k + len != e) break;
    e = k;
  }
  return e;
}


namespace {
// Byte classes for write_folded: 0 printable ASCII, 1 ASCII white space, 2 anything else.
struct FoldClasses {
  unsigned char cls[256];
  constexpr FoldClasses() : cls{} {
    for (int c = 0; c < 256; ++c) cls[c] = (c > ' ' && c < 0x80) ? 0 : (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 2;
  }
};
constexpr FoldClasses kFold;
}  // namespace

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(TRANSCRIPT_AVX2_DISPATCH)
#include <immintrin.h>
#endif

namespace {
#if defined(__SSE2__)
// One block of write_folded(): stores the block with its white space written as spaces, and
// gives the bits of its white space and of its bytes below ' ' or above 0x7F.
struct Sse2Block {
  static constexpr size_t kWidth = 16;
  static constexpr bool kCompacts = false;  // no byte shuffle in SSE2
  static char* compact(char* out, uint32_t) { return out; }
  static void read(const char* p, char* out, uint32_t& ws_bits, uint32_t& low_bits) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i ws = ascii_space_mask(v);
    ws_bits = uint32_t(_mm_movemask_epi8(ws));
    // A signed compare puts bytes >= 0x80 below ' ' with the controls.
    low_bits = uint32_t(_mm_movemask_epi8(_mm_cmplt_epi8(v, space)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_or_si128(_mm_andnot_si128(ws, v), _mm_and_si128(ws, space)));
  }
};
#endif
#if defined(TRANSCRIPT_AVX2_DISPATCH)
// For each 8-bit mask: the positions of its set bits, in order (a byte shuffle's indices),
// and how many there are.
struct Picks {
  uint64_t order[256];
  uint8_t count[256];
  constexpr Picks() : order{}, count{} {
    for (unsigned m = 0; m < 256; ++m) {
      uint64_t o = 0;
      unsigned n = 0;
      for (unsigned k = 0; k < 8; ++k)
        if (m & (1u << k)) o |= uint64_t(k) << (8 * n++);
      order[m] = o;
      count[m] = uint8_t(n);
    }
  }
};
constexpr Picks kPicks{};

struct Avx2Block {
  static constexpr size_t kWidth = 32;
  __attribute__((target("avx2"))) static void read(const char* p, char* out, uint32_t& ws_bits, uint32_t& low_bits) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i space = _mm256_set1_epi8(' ');
    const __m256i ws = _mm256_or_si256(_mm256_cmpeq_epi8(v, space),
                                       _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('\t' - 1)),
                                                        _mm256_cmpgt_epi8(_mm256_set1_epi8('\r' + 1), v)));
    ws_bits = uint32_t(_mm256_movemask_epi8(ws));
    low_bits = uint32_t(_mm256_movemask_epi8(_mm256_cmpgt_epi8(space, v)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out),
                        _mm256_or_si256(_mm256_andnot_si256(ws, v), _mm256_and_si256(ws, space)));
  }
  // The block just stored at `out`, with only the bytes whose bit is set in `keep` kept, in
  // order (eight at a time: a shuffle picks them out); returns the end of what is kept. Text
  // that sets sentences apart by two spaces drops a byte every sentence: squeezing them out in
  // place beats a stop and a new block at each.
  static constexpr bool kCompacts = true;
  __attribute__((target("avx2"))) static char* compact(char* out, uint32_t keep) {
    alignas(32) char block[32];
    std::memcpy(block, out, 32);
    for (int g = 0; g < 4; ++g) {
      const unsigned m = (keep >> (8 * g)) & 0xFFu;
      const __m128i bytes = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(block + 8 * g));
      const __m128i picks = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(&kPicks.order[m]));
      _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_shuffle_epi8(bytes, picks));
      out += kPicks.count[m];
    }
    return out;
  }
};
#endif

// write_folded() a block of Block::kWidth bytes at a time (none without SIMD).
template <class Block>
[[gnu::always_inline]] inline char* fold_blocks(char* out, bool space_first, std::string_view s, size_t b, size_t e) {
  // Every byte is stored (a space for any white space) and the output advances unless it is
  // white space after white space; a space at the end is taken back.
  char* const start = out;
  bool after_space = true;  // no space before the first word...
  if (space_first) *out++ = ' ';  // ...but the separator from the previous piece
  const char* src = s.data();
  size_t i = b;
  while (i < e) {
    // A block at a time (fewer bytes at the end of the piece, when the text goes on for a block
    // more to read): the bytes up to the first one to drop (white space after white space: a
    // line end after its trailing space, indentation) or to copy with care (non-ASCII,
    // controls) are stored at once.
    constexpr size_t kWidth = Block::kWidth;
    if (kWidth > 0 && i + kWidth <= s.size()) {
      uint32_t ws_bits, low_bits;
      Block::read(src + i, out, ws_bits, low_bits);
      uint32_t dropped = ws_bits & ((ws_bits << 1) | uint32_t(after_space));
      // The usual block (nothing to drop nor to copy with care) stays as stored and the next
      // one is read at once, while it lies inside the piece: a tight loop, a third of the
      // steps of the general one below, which takes the block that ends the run.
      if constexpr (kWidth > 0) {  // (a reader of whole blocks: no shift by kWidth - 1 otherwise)
        while (!(dropped | (low_bits & ~ws_bits)) && i + 2 * kWidth <= e) {
          out += kWidth;
          i += kWidth;
          after_space = (ws_bits >> (kWidth - 1)) & 1u;
          Block::read(src + i, out, ws_bits, low_bits);
          dropped = ws_bits & ((ws_bits << 1) | uint32_t(after_space));
        }
      }
      const size_t left = e - i;
      const uint32_t beyond = (kWidth < 32 ? ~0u << (kWidth % 32) : 0u) | (left < 32 ? ~0u << left : 0u);
      if constexpr (Block::kCompacts) {
        // White space to drop among ASCII bytes only: squeezed out of the block in place.
        if ((dropped & ~beyond) && !(low_bits & ~ws_bits & ~beyond)) {
          const size_t n = beyond ? size_t(__builtin_ctz(beyond)) : kWidth;
          out = Block::compact(out, ~dropped & ~beyond);
          after_space = (ws_bits >> (n - 1)) & 1u;
          i += n;
          continue;
        }
      }
      const uint32_t stop = dropped | (low_bits & ~ws_bits) | beyond;
      const size_t n = stop ? size_t(__builtin_ctz(stop)) : 32;
      if (n > 0) {
        out += n;
        i += n;
        after_space = (ws_bits >> (n - 1)) & 1u;
        if (n == kWidth || i == e) continue;
      }
      if ((dropped >> n) & 1u) {  // a run of white space: skipped (one space is already out)
        ++i;
        while (i < e && kFold.cls[static_cast<unsigned char>(src[i])] == 1) ++i;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(src[i]);
    const unsigned cls = kFold.cls[c];
    if (cls < 2) {
      const bool space = cls == 1;
      *out = space ? ' ' : char(c);
      out += !(space && after_space);
      after_space = space;
      ++i;
      if (space && after_space) {  // a run of blanks (indentation, centred headings)
        while (i + 8 <= e) {
          uint64_t w;
          std::memcpy(&w, src + i, 8);
          if (w != 0x2020202020202020ull) break;
          i += 8;
        }
      }
    } else if (size_t k = space_at(s, i)) {  // NBSP and the other Unicode spaces
      if (!after_space) *out++ = ' ';
      after_space = true;
      i += k;
    } else {  // a non-ASCII character or a control byte, copied whole
      size_t j = i + 1;
      while (j < e && is_cont(src[j])) ++j;
      std::memcpy(out, src + i, j - i);
      out += j - i;
      after_space = false;
      i = j;
    }
  }
  if (after_space && out > start) --out;  // the trailing space, or a separator before nothing
  return out;
}

#if !defined(__SSE2__)
struct NoBlock {  // a byte at a time
  static constexpr size_t kWidth = 0;
  static constexpr bool kCompacts = false;
  static char* compact(char* out, uint32_t) { return out; }
  static void read(const char*, char*, uint32_t&, uint32_t&) {}
};
#endif
}  // namespace

namespace detail {
char* write_folded_portable(char* out, bool space_first, std::string_view s, size_t b, size_t e) {
#if defined(__SSE2__)
  return fold_blocks<Sse2Block>(out, space_first, s, b, e);
#else
  return fold_blocks<NoBlock>(out, space_first, s, b, e);
#endif
}
#if defined(TRANSCRIPT_AVX2_DISPATCH)
__attribute__((target("avx2"))) char* write_folded_avx2(char* out, bool space_first, std::string_view s, size_t b, size_t e) {
  return fold_blocks<Avx2Block>(out, space_first, s, b, e);
}
bool has_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2");
  return yes;
}
#endif
}  // namespace detail

char* write_folded(char* out, bool space_first, std::string_view s, size_t b, size_t e) {
#if defined(TRANSCRIPT_AVX2_DISPATCH)
  // 32 bytes a step where the processor has AVX2: turns are folded line by line, so half the
  // steps for a line of 60 bytes.
  if (detail::has_avx2()) return detail::write_folded_avx2(out, space_first, s, b, e);
#endif
  return detail::write_folded_portable(out, space_first, s, b, e);
}

void append_folded(std::string& out, std::string_view s, size_t b, size_t e) {
  size_t at = out.size();
  out.resize(at + (e - b) + 1 + kFoldSlack);
  char* end = write_folded(out.data() + at, at > 0, s, b, e);
  out.resize(end - out.data());
}

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (w.empty() || w.size() > kMaxLength) throw std::logic_error("WordSet: a word of 1 to 31 bytes");
    words_.push_back(w);
  }
  std::stable_sort(words_.begin(), words_.end(), [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
  for (std::string_view w : words_) firsts_.push_back(lower_ascii(w[0]));
  for (size_t n = 0, i = 0; n <= kMaxLength + 1; ++n) {
    while (i < words_.size() && words_[i].size() < n) ++i;
    start_[n] = uint32_t(i);
  }
}

size_t find_bytes(std::string_view s, std::string_view needle, size_t from) {
  if (from > s.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  if (s.size() - from < needle.size()) return std::string_view::npos;
  // memchr (vectorised) for the needle's rarest byte in text, then a compare: glibc's memmem
  // reads short needles a byte at a time. Rarest: punctuation other than . , : ; - ' ", then
  // the rest of the punctuation, digits and capitals, lower case, white space last.
  auto rarity = [](unsigned char c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 0;
    if (is_lower(char(c))) return 1;
    if (is_upper(char(c)) || is_digit(char(c)) || c >= 0x80) return 2;
    if (c == '.' || c == ',' || c == ':' || c == ';' || c == '-' || c == '\'' || c == '"') return 3;
    return 4;
  };
  size_t k = 0;
  for (size_t j = 1; j < needle.size(); ++j)
    if (rarity(static_cast<unsigned char>(needle[j])) > rarity(static_cast<unsigned char>(needle[k]))) k = j;
  const char anchor = needle[k];
  const char* base = s.data();
  for (size_t i = from + k; i + (needle.size() - k) <= s.size();) {
    const void* hit = std::memchr(base + i, anchor, s.size() - (needle.size() - k - 1) - i);
    if (!hit) return std::string_view::npos;
    size_t at = size_t(static_cast<const char*>(hit) - base) - k;
    if (std::memcmp(base + at, needle.data(), needle.size()) == 0) return at;
    i = at + k + 1;
  }
  return std::string_view::npos;
}

static char up_ascii(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }

#if defined(__SSE2__)
// How many bytes of p[0, 16 * blocks) `match` marks (a lane of 0xFF), sixteen a step: each lane
// counts in a byte of its own for up to 255 steps, then the lanes are summed (psadbw), instead
// of a movemask and a bit count every step.
template <class Match>
inline size_t count_marked(const char* p, size_t blocks, Match match) {
  size_t n = 0;
  const __m128i zero = _mm_setzero_si128();
  while (blocks > 0) {
    const size_t run = std::min<size_t>(blocks, 255);
    __m128i lanes = zero;
    for (size_t k = 0; k < run; ++k, p += 16)
      lanes = _mm_sub_epi8(lanes, match(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
    const __m128i sums = _mm_sad_epu8(lanes, zero);  // two 64-bit sums of eight lanes each
    n += size_t(_mm_cvtsi128_si32(sums)) + size_t(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    blocks -= run;
  }
  return n;
}
#endif

size_t count_byte(std::string_view s, size_t b, size_t e, char c) {
  size_t n = 0, i = b;
  e = std::min(e, s.size());
#if defined(__SSE2__)
  if (i + 16 <= e) {
    const __m128i vc = _mm_set1_epi8(c);
    const size_t blocks = (e - i) / 16;
    n = count_marked(s.data() + i, blocks, [&](__m128i v) { return _mm_cmpeq_epi8(v, vc); });
    i += 16 * blocks;
  }
  // The last bytes in one more step where the text goes on past e: the callers count short
  // runs (from tag to tag of a page), where a byte at a time was most of the cost.
  if (i < e && i + 16 <= s.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    unsigned m = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)))) & ((1u << (e - i)) - 1);
    // The bits of 16 counted in place (a popcnt instruction is not in the baseline x86-64).
    m = m - ((m >> 1) & 0x5555u);
    m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
    m = (m + (m >> 4)) & 0x0F0Fu;
    return n + size_t((m + (m >> 8)) & 0x1Fu);
  }
#endif
  for (; i < e; ++i) n += s[i] == c;
  return n;
}

bool icontains(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > s.size()) return false;
  // Where the first byte matches in either case (the same byte twice for a non-letter).
  const char lo = lower_ascii(needle[0]), up = up_ascii(needle[0]);
  const std::string_view rest = needle.substr(1);
  const size_t last = s.size() - needle.size();
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen candidate positions at a time (layouts ask this of every line), each needing the
  // needle's first and last bytes in place: a common first letter ("having been": every h of
  // the line) then seldom calls for a comparison.
  const size_t k = needle.size() - 1;
  const char last_lo = lower_ascii(needle[k]), last_up = up_ascii(needle[k]);
  const __m128i vlo = _mm_set1_epi8(lo), vup = _mm_set1_epi8(up);
  const __m128i vlast_lo = _mm_set1_epi8(last_lo), vlast_up = _mm_set1_epi8(last_up);
  auto candidates = [&](size_t at) {  // positions at..at+15; at + k + 16 <= s.size()
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at));
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at + k));
    const __m128i first = _mm_or_si128(_mm_cmpeq_epi8(v, vlo), _mm_cmpeq_epi8(v, vup));
    const __m128i final = _mm_or_si128(_mm_cmpeq_epi8(w, vlast_lo), _mm_cmpeq_epi8(w, vlast_up));
    return unsigned(_mm_movemask_epi8(_mm_and_si128(first, final)));
  };
  auto any_match = [&](size_t at, unsigned m) {
    for (; m; m &= m - 1)
      if (iequals(s.substr(at + size_t(__builtin_ctz(m)) + 1, rest.size()), rest)) return true;
    return false;
  };
  if (last + 1 >= 16) {
    for (; i + 16 <= last + 1; i += 16)
      if (any_match(i, candidates(i))) return true;
    // The positions left: one more block, ending at the last, less those already tested.
    if (i <= last) {
      const size_t at = last + 1 - 16;
      if (any_match(at, candidates(at) & (~0u << (i - at)))) return true;
    }
    return false;
  }
#endif
  for (; i <= last; ++i)
    if ((s[i] == lo || s[i] == up) && iequals(s.substr(i + 1, rest.size()), rest)) return true;
  return false;
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = up_ascii(c);
  return out;
}

// Appends code point cp as UTF-8.
static void put_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) out.push_back(static_cast<char>(cp));
  else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

static uint32_t lower_cp(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return cp + 32;                 // Latin-1
  if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 && cp != 0x149) {  // Latin Ext-A
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_upper) return (cp & 1) ? cp + 1 : cp;
    return (cp & 1) ? cp : cp + 1;
  }
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                  // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

std::string fold_case(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(lower_ascii(static_cast<char>(c)));
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = s.size() - i;
    uint32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : len == 2 ? c & 0x1F : c;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (len == 1) out.push_back(static_cast<char>(c));
    else put_utf8(out, lower_cp(cp));
    i += len;
  }
  return out;
}

std::string printable(std::string_view s, size_t max) {
  std::string out;
  static constexpr char kHex[] = "0123456789abcdef";
  auto escape = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (size_t i = 0; i < s.size();) {
    if (out.size() >= max) {
      out += "...";
      break;
    }
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      escape(c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += char(c);
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::string_view ch = s.substr(i, len);
    if (len > 1 && ch.size() == len && !find_invalid_utf8(ch)) {
      out += ch;
      i += len;
    } else {
      escape(c);
      ++i;
    }
  }
  return out;
}

namespace {
// initial-exec: the module's two pointers live in the static TLS that glibc keeps for dlopen'ed
// modules, so that a poll costs no __tls_get_addr call and the module has no dynamic TLS block
// (LeakSanitizer misreads those of dlopen'ed modules at exit: its tracer crashed in sql_golden).
__attribute__((tls_model("initial-exec"))) thread_local StopCheck stop_check = nullptr;
__attribute__((tls_model("initial-exec"))) thread_local void* stop_arg = nullptr;
}  // namespace

StopScope::StopScope(StopCheck check, void* arg) : saved_check_(stop_check), saved_arg_(stop_arg) {
  stop_check = check;
  stop_arg = arg;
}
StopScope::~StopScope() {
  stop_check = saved_check_;
  stop_arg = saved_arg_;
}

void poll_stop() {
  if (stop_check && stop_check(stop_arg)) throw Stopped();
}

uint64_t LineReader::terminators(size_t at) const {
  const char* p = s_.data() + at;
  const size_t n = std::min<size_t>(64, s_.size() - at);
  uint64_t bits = 0;
#if defined(__SSE2__)
  if (n == 64) {
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
      __m128i hit = _mm_cmpeq_epi8(v, lf);
      if (has_cr_) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, cr));
      bits |= uint64_t(unsigned(_mm_movemask_epi8(hit))) << (16 * k);
    }
    return bits;
  }
#endif
  for (size_t k = 0; k < n; ++k)
    if (p[k] == '\n' || (p[k] == '\r' && has_cr_)) bits |= uint64_t(1) << k;
  return bits;
}

bool LineReader::next_slow(size_t& begin, size_t& end) {
  const size_t n = s_.size();
  if (pos_ >= n) {
    // A final empty line after a trailing terminator is not a line (as wc -l / sed see it).
    return false;
  }
  if (pos_ >= next_poll_) {
    poll_stop();
    next_poll_ = pos_ + kStopPollBytes;
  }
  begin = pos_;
  ++line_;
  for (;;) {
    while (mask_ == 0) {
      if (block_read_) block_ += 64;
      block_read_ = true;
      if (block_ >= n) {  // the last line, without a terminator
        end = pos_ = n;
        return true;
      }
      mask_ = terminators(block_);
    }
    const size_t at = block_ + size_t(__builtin_ctzll(mask_));
    mask_ &= mask_ - 1;
    if (at < pos_) continue;  // the LF of a CRLF, passed with its CR
    end = at;
    pos_ = (s_[at] == '\r' && at + 1 < n && s_[at + 1] == '\n') ? at + 2 : at + 1;
    return true;
  }
}

size_t CharCounter::chars_before(size_t byte) {
  if (ascii_) return byte;
#if defined(__SSE2__)
  // Sixteen bytes a step: characters are the bytes that are not continuation bytes (10xxxxxx,
  // -128..-65 as signed bytes).
  const __m128i last_cont = _mm_set1_epi8(-65);
  while (byte_ + 16 <= byte) {
    if (byte_ >= next_poll_) {  // a turn can span the whole text
      poll_stop();
      next_poll_ = byte_ + kStopPollBytes;
    }
    const size_t blocks = std::min((byte - byte_) / 16, (next_poll_ - byte_ + 15) / 16);
    chars_ += count_marked(s_.data() + byte_, blocks, [&](__m128i v) { return _mm_cmpgt_epi8(v, last_cont); });
    byte_ += 16 * blocks;
  }
#endif
  // Eight bytes a step: characters are the bytes that are not continuation bytes (10xxxxxx).
  while (byte_ + 8 <= byte) {
    if (byte_ >= next_poll_) {  // a turn can span the whole text
      poll_stop();
      next_poll_ = byte_ + kStopPollBytes;
    }
    uint64_t w;
    std::memcpy(&w, s_.data() + byte_, 8);
    uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;  // bit 7 set and bit 6 clear
    chars_ += 8 - size_t(((cont >> 7) * 0x0101010101010101ull) >> 56);  // count the marked bytes
    byte_ += 8;
  }
  for (; byte_ < byte; ++byte_)
    if (!is_cont(s_[byte_])) ++chars_;
  for (; byte_ > byte; --byte_)  // rare: a caller stepping back
    if (!is_cont(s_[byte_ - 1])) --chars_;
  return chars_;
}

}  // namespace transcript
