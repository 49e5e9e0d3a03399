// Text primitives shared by every layout: UTF-8 checks, white space, lines, folding.
// All positions inside the core are byte offsets into the transcript; conversion to the
// character positions that SQL sees happens once, after parsing (Document::finish).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace transcript {

// The error type of the core: its message is user-facing, without the SQL function's name.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Stopping long work from outside (sqlite3_interrupt): the host installs a check for the
// duration of one parse on this thread (StopScope); the core polls it about every 256 KB of text (kStopPollBytes)
// of text read (poll_stop) and throws Stopped when the check says so.
struct Stopped : Error {
  Stopped() : Error("interrupted") {}
};
using StopCheck = bool (*)(void* arg);
class StopScope {
 public:
  StopScope(StopCheck check, void* arg);
  ~StopScope();
  StopScope(const StopScope&) = delete;
  StopScope& operator=(const StopScope&) = delete;

 private:
  StopCheck saved_check_;
  void* saved_arg_;
};
void poll_stop();  // throws Stopped where the installed check says so; cheap without one
constexpr size_t kStopPollBytes = size_t(1) << 18;  // 256 KB: a few milliseconds of any stage

// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates and code points
// beyond U+10FFFF are invalid), or nullopt. Sets *ascii_only when every byte is < 0x80.
std::optional<size_t> find_invalid_utf8(std::string_view s, bool* ascii_only = nullptr);

// Length in bytes of the UTF-8 BOM at the start of s (3) or 0.
inline size_t bom_length(std::string_view s) {
  return s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// Byte length of the white-space character at s[i], or 0. White space: ASCII space, tab,
// CR, LF, VT, FF, and the Unicode spaces NBSP, U+1680, U+2000..U+200A, U+2028/9, U+202F,
// U+205F, U+3000 (and the BOM, which only ever appears as a stray).
size_t space_at_slow(std::string_view s, size_t i);  // the non-ASCII cases
inline size_t space_at(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 0;
  return space_at_slow(s, i);
}

inline bool is_hspace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_cont(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte length of the non-ASCII letter at s[i], or 0 for ASCII, punctuation, symbols and emoji
// (U+0080..U+00BF, U+00D7, U+00F7, U+2000..U+2FFF, U+3000..U+303F, U+FE00..U+FFFF, U+1F000..).
size_t non_ascii_letter_at(std::string_view s, size_t i);

// Index of the first non-space byte in [b, e) (Unicode spaces included), or e.
inline size_t skip_space(std::string_view s, size_t b, size_t e) {
  while (b < e) {
    size_t k = space_at(s, b);
    if (!k) break;
    b += k;
  }
  return b;
}
// End of [b, e) once trailing white space is dropped.
size_t trim_end_slow(std::string_view s, size_t b, size_t e);
inline size_t trim_end(std::string_view s, size_t b, size_t e) {
  while (e > b && static_cast<unsigned char>(s[e - 1]) < 0x80) {  // ASCII: the usual case
    const char c = s[e - 1];
    if (!(c == ' ' || (c >= '\t' && c <= '\r'))) return e;
    --e;
  }
  return e > b ? trim_end_slow(s, b, e) : e;
}

// Appends s[b, e) to out with every run of white space folded into one space; a space is
// written between pieces only where out already holds text.
// The same into a buffer with room for (e - b + 1 + kFoldSlack) bytes (it stores 32 bytes at a
// time); a leading space only if space_first and a word follows. Returns the end of what it
// wrote.
inline constexpr size_t kFoldSlack = 32;
char* write_folded(char* out, bool space_first, std::string_view s, size_t b, size_t e);
// x86-64 builds with GCC or Clang pick at run time between 16 bytes a step (SSE2, every x86-64)
// and 32 (AVX2); the tests check each.
#if defined(__x86_64__) && defined(__GNUC__)
#define TRANSCRIPT_AVX2_DISPATCH 1
#endif
namespace detail {
char* write_folded_portable(char* out, bool space_first, std::string_view s, size_t b, size_t e);
#if defined(TRANSCRIPT_AVX2_DISPATCH)
char* write_folded_avx2(char* out, bool space_first, std::string_view s, size_t b, size_t e);
bool has_avx2();
#endif
}  // namespace detail
void append_folded(std::string& out, std::string_view s, size_t b, size_t e);

// ASCII case-insensitive comparisons and folding (names are compared upper-cased).
constexpr char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  return true;
}
inline bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}
bool icontains(std::string_view s, std::string_view needle);

// A fixed list of words looked up ASCII case-insensitively, as a loop of iequals() over the
// list would, but among the words of the same length and first letter only: the lists of
// titles, stop words and sentence words are asked about every word of every label.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);
  bool contains(std::string_view w) const {
    if (w.empty() || w.size() > kMaxLength) return false;
    const char first = lower_ascii(w[0]);
    for (uint32_t i = start_[w.size()]; i < start_[w.size() + 1]; ++i)
      if (firsts_[i] == first && iequals(words_[i], w)) return true;
    return false;
  }

 private:
  static constexpr size_t kMaxLength = 31;   // longer words are in no list
  std::vector<std::string_view> words_;       // by length
  std::vector<char> firsts_;                  // the first letter of each, lower-cased once
  uint32_t start_[kMaxLength + 2] = {};       // words_[start_[n], start_[n + 1]) have n bytes
};
// s.find(needle, from) for searches over whole heads of text: std::string_view::find calls
// memchr once for every occurrence of the needle's first byte (a space: every word), memmem
// does not.
size_t find_bytes(std::string_view s, std::string_view needle, size_t from = 0);
#if defined(__SSE2__)
// The ASCII white space of sixteen bytes (' ' and '\t'..'\r') as 0xFF bytes: what the loops that
// read sixteen bytes a step stop at or fold. (v - '\t') is at most 4 as an unsigned byte for
// '\t'..'\r'.
[[gnu::always_inline]] inline __m128i ascii_space_mask(__m128i v) {
  const __m128i ctl = _mm_sub_epi8(v, _mm_set1_epi8('\t'));
  return _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(ctl, _mm_set1_epi8(4)), ctl), _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
}
#endif
// How many bytes of s[b, e) are c (sixteen at a time).
size_t count_byte(std::string_view s, size_t b, size_t e, char c);
// The first position in s[b, e) that holds a, b2 or c (sixteen bytes a step), or e: for
// markup, where a text is copied in runs up to its next '<' or '&' (inline: tag-dense
// captions call it every few bytes).
inline size_t find_any_of(std::string_view s, size_t b, size_t e, char a, char b2, char c) {
  size_t i = b;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b2), vc = _mm_set1_epi8(c);
  auto hits = [&](size_t at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at));
    return unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc))));
  };
  for (; i + 16 <= e; i += 16)
    if (const unsigned m = hits(i)) return i + size_t(__builtin_ctz(m));
  // The last bytes in one more step where the text goes on past e (a hit there is none).
  if (i < e && i + 16 <= s.size()) {
    const unsigned m = hits(i) & ((1u << (e - i)) - 1);
    return m ? i + size_t(__builtin_ctz(m)) : e;
  }
#endif
  while (i < e && s[i] != a && s[i] != b2 && s[i] != c) ++i;
  return i;
}
// Lower-cases ASCII and the common Latin, Greek and Cyrillic capitals; other text unchanged.
std::string fold_case(std::string_view s);
std::string upper_ascii(std::string_view s);

// A user's string made safe to quote in an error message: at most `max` bytes (cut at a
// character boundary, "..." added), control characters and bytes that are not UTF-8 written
// as \xHH, so the message is always valid UTF-8 without NULs.
std::string printable(std::string_view s, size_t max = 40);

// Iterates the lines of a text as `sed` counts them: LF, CRLF and a lone CR end a line.
class LineReader {
 public:
  explicit LineReader(std::string_view s, size_t from = 0)
      : s_(s), pos_(from), has_cr_(s.find('\r', from) != std::string_view::npos), block_(from) {}
  // Next line as [begin, end) without its terminator; false at end of input.
  bool next(size_t& begin, size_t& end) {
    if (!has_cr_) {
      // LF ends only: memchr from line to line (cheaper than the bit masks below for lines of
      // any length, and more so for a paragraph on one line).
      if (pos_ >= s_.size()) return false;
      if (pos_ >= next_poll_) {
        poll_stop();
        next_poll_ = pos_ + kStopPollBytes;
      }
      begin = pos_;
      end = find_lf(pos_);
      pos_ = end + 1;
      ++line_;
      return true;
    }
    // Inline for the usual line: its LF is the next bit of the block in hand or of the next
    // whole block, and no poll is due.
    if (pos_ < next_poll_ && block_read_) {
      if (mask_ == 0 && block_ + 128 <= s_.size()) mask_ = terminators(block_ += 64);
      if (mask_ != 0) {
        const size_t at = block_ + size_t(__builtin_ctzll(mask_));
        if (at >= pos_ && s_[at] == '\n') {
          mask_ &= mask_ - 1;
          begin = pos_;
          end = at;
          pos_ = at + 1;
          ++line_;
          return true;
        }
      }
    }
    return next_slow(begin, end);
  }
  uint32_t line() const { return line_; }  // 1-based number of the line last returned
 private:
  bool next_slow(size_t& begin, size_t& end);
  // The first LF at or after `from`, or the end of the text. An empty line (between paragraphs)
  // is found without a call to memchr.
  size_t find_lf(size_t from) const {
    if (from < s_.size() && s_[from] == '\n') return from;
    const void* lf = std::memchr(s_.data() + from, '\n', s_.size() - from);
    return lf ? size_t(static_cast<const char*>(lf) - s_.data()) : s_.size();
  }
  // Where s_[at, at + 64) has a line terminator (LF, and CR in a text that has any), one bit
  // per byte: in a text with CRs, lines are found by counting bits, not by a search for each
  // kind of end per line (a text without CRs goes from LF to LF by memchr, in next()).
  uint64_t terminators(size_t at) const;

  std::string_view s_;
  size_t pos_;
  bool has_cr_;
  size_t block_;            // where the bits of mask_ start
  uint64_t mask_ = 0;       // terminators in s_[block_, block_ + 64) not yet passed
  bool block_read_ = false;  // whether mask_ was filled from block_ yet
  uint32_t line_ = 0;
  size_t next_poll_ = kStopPollBytes;  // where poll_stop() is due next
};

// Converts increasing byte offsets into 1-based character positions in one forward pass.
class CharCounter {
 public:
  CharCounter(std::string_view s, bool ascii_only) : s_(s), ascii_(ascii_only) {}
  // Number of characters in s[0, byte); cheap when calls move forward.
  size_t chars_before(size_t byte);
 private:
  std::string_view s_;
  bool ascii_;
  size_t byte_ = 0, chars_ = 0;
  size_t next_poll_ = kStopPollBytes;
};

}  // namespace transcript
