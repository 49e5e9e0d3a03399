#include "names.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <unordered_set>

#include "text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(TRANSCRIPT_AVX2_DISPATCH)
#include <immintrin.h>
#endif

namespace transcript {

namespace {
// What a byte is to split_words: ASCII white space, another ASCII byte, or the first byte of a
// character that may be a Unicode space (asked of space_at). A table: labels and names are split
// on every line.
enum : unsigned char { kWordByte, kSpaceByte, kMaybeSpace };
struct SpaceClasses {
  unsigned char of[256] = {};
  constexpr SpaceClasses() {
    for (int c = 0; c < 256; ++c)
      of[c] = c == ' ' || (c >= '\t' && c <= '\r') ? kSpaceByte : c >= 0x80 ? kMaybeSpace : kWordByte;
  }
};
constexpr SpaceClasses kSpaceClasses;
}  // namespace

Words split_words(std::string_view s) {
  Words out;
  const size_t n = s.size();
  size_t i = 0;
  // The length of the space at s[i], 0 if none.
  auto space = [&](size_t at) -> size_t {
    switch (kSpaceClasses.of[static_cast<unsigned char>(s[at])]) {
      case kWordByte: return 0;
      case kSpaceByte: return 1;
      default: return space_at_slow(s, at);
    }
  };
  while (i < n) {
    size_t k;
    while (i < n && (k = space(i))) i += k;
    const size_t b = i;
    while (i < n && !space(i)) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

static std::string_view strip_dot(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  return w;
}

// "(UNKNOWN)" -> "UNKNOWN"
static std::string_view strip_brackets(std::string_view w) {
  while (!w.empty() && (w.front() == '(' || w.front() == '[')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == ')' || w.back() == ']')) w.remove_suffix(1);
  return w;
}

bool is_title_word(std::string_view word) {
  static const WordSet kTitles = {
      "mr", "ms", "mrs", "miss", "mx", "dr", "hon", "sen", "senator", "rep", "representative",
      "gen", "general", "chairman", "chairwoman", "chair", "chief", "justice", "judge", "the",
      "gov", "governor", "president", "pres", "rev", "reverend", "prof", "professor",
      "congressman", "congresswoman", "secretary", "amb", "ambassador", "lt", "col", "capt",
      "sgt", "adm", "mayor", "honorable"};
  return kTitles.contains(strip_dot(word));
}

std::string canonical_name(std::string_view name) {
  auto words = split_words(name);
  size_t first = 0;
  // "Chief Justice", "Vice President": drop the leading titles but keep at least one word.
  auto is_leading_title = [&](size_t i) {
    std::string_view w = strip_dot(words[i]);
    if (iequals(w, "vice")) return true;
    // "SPEAKER PAUL RYAN" (the office) but not "SPEAKER 1" (a voice).
    if (iequals(w, "speaker")) return !is_anonymous_name(name);
    return is_title_word(words[i]);
  };
  while (first + 1 < words.size() && is_leading_title(first)) ++first;
  // "THE COURT", "The WITNESS": a title-only label is kept as written.
  if (first > 0 && words.size() - first == 1 && iequals(words[0], "the")) first = 0;
  std::string out;
  for (size_t i = first; i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    std::string_view w = words[i];
    // "Speaker4" is the voice "Speaker 4" written without its space.
    constexpr size_t kVoice = 7;  // "speaker"
    if (w.size() > kVoice && istarts_with(w, "speaker") &&
        std::all_of(w.begin() + kVoice, w.end(), [](char c) { return is_digit(c); })) {
      out.append(w.substr(0, kVoice)).push_back(' ');
      w.remove_prefix(kVoice);
    }
    out.append(w);
  }
  return out;
}

std::string speaker_key(std::string_view canonical) {
  // A name in ASCII (nearly every one) is lower-cased as it is read, without a folded copy.
  const bool ascii = std::all_of(canonical.begin(), canonical.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string folded_copy;
  if (!ascii) folded_copy = fold_case(canonical);
  const std::string_view folded = ascii ? canonical : std::string_view(folded_copy);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    auto c = static_cast<unsigned char>(folded[i]);
    if (c >= 0x80) {
      // Typographic apostrophe (U+2019) is punctuation; other non-ASCII letters stay.
      if (c == 0xE2 && i + 2 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(folded[i + 2]) == 0x99 || static_cast<unsigned char>(folded[i + 2]) == 0x98)) {
        i += 2;
        continue;
      }
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(folded[i]);
      continue;
    }
    c = static_cast<unsigned char>(lower_ascii(static_cast<char>(c)));
    if (is_lower(c) || is_digit(c)) {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(static_cast<char>(c));
    } else if (c == '\'' || c == '.') {
      // O'MALLEY -> omalley, J. -> j
    } else {
      space = true;
    }
  }
  // Drop leading title words that survived (e.g. "the"). In ASCII the words of `out` are
  // separated by one space: they are dropped in place.
  if (std::all_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    size_t from = 0;
    for (size_t sp; (sp = out.find(' ', from)) != std::string::npos && is_title_word(std::string_view(out).substr(from, sp - from));)
      from = sp + 1;
    out.erase(0, from);
    return out;
  }
  // Else a Unicode space may part words too: split and join again.
  auto words = split_words(out);
  size_t first = 0;
  while (first + 1 < words.size() && is_title_word(words[first])) ++first;
  std::string key;
  for (size_t i = first; i < words.size(); ++i) {
    if (!key.empty()) key.push_back(' ');
    key.append(words[i]);
  }
  return key;
}

bool has_number(std::string_view name) {
  return std::any_of(name.begin(), name.end(), [](char c) { return is_digit(c); });
}

bool is_anonymous_name(std::string_view name) {
  static constexpr std::array<std::string_view, 5> kMarkers = {
      "unidentified", "unknown", "unidentifiable", "anonymous", "unnamed"};
  // Generic nouns that name a voice, not a person: SPEAKER 1, Speaker_00, AUDIENCE MEMBER,
  // AI-GENERATED VOICE #2; but SPEAKER PAUL RYAN is the Speaker of the House.
  static constexpr std::array<std::string_view, 3> kVoices = {"speaker", "voice", "audience"};
  static const WordSet kWhole = {
      "male", "female", "man", "woman", "men", "women", "boy", "girl", "child", "children",
      "crowd", "group", "protester", "protesters", "participant", "participants", "question",
      "answer", "q", "a", "caller", "interviewer", "interpreter", "multiple",
      "voices", "several", "many", "various",  // SEVERAL VOICES, MANY VOICES
      "member", "members"};                    // AUDIENCE MEMBER
  auto words = split_words(name);
  if (words.empty()) return true;
  auto is_number = [](std::string_view w) {
    if (!w.empty() && w[0] == '#') w.remove_prefix(1);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || is_upper(c); }) &&
           w.size() <= 3;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view bare = strip_brackets(strip_dot(words[i]));
    // Every marker and voice starts with u, a, s or v: most words need no comparison.
    const char first = bare.empty() ? '\0' : lower_ascii(bare[0]);
    if (first != 'u' && first != 'a' && first != 's' && first != 'v') continue;
    auto marked = [&](std::string_view m) {
      return istarts_with(bare, m) && (bare.size() == m.size() || is_digit(bare[m.size()]) || bare[m.size()] == '_');
    };
    for (auto m : kMarkers)
      if (marked(m)) return true;
    for (auto v : kVoices)
      if (marked(v) && (bare.size() > v.size() || i + 1 == words.size() || is_number(words[i + 1]) ||
                        iequals(strip_dot(words[i + 1]), "member") || iequals(strip_dot(words[i + 1]), "members")))
        return true;
  }
  // "MALE", "FEMALE #2", "AUDIENCE MEMBER", "CROWD": every word generic or a number.
  for (auto w : words) {
    std::string_view bare = strip_dot(w);
    if (!bare.empty() && bare[0] == '#') continue;
    if (std::all_of(bare.begin(), bare.end(), [](char c) { return is_digit(c); })) continue;
    if (!kWhole.contains(bare)) return false;
  }
  return true;
}

// Upper-cased words joined by single spaces.
static std::string name_key(const Words& words, size_t from = 0) {
  std::string key;
  for (size_t i = from; i < words.size(); ++i) {
    if (!key.empty()) key += ' ';
    const size_t at = key.size();
    key += words[i];
    for (size_t k = at; k < key.size(); ++k) key[k] = is_lower(key[k]) ? char(key[k] - 32) : key[k];  // upper_ascii in place
  }
  return key;
}

// A generational suffix or post-nominal after a surname: "DONALD B. VERRILLI, JR." is VERRILLI.
static bool is_name_suffix(std::string_view w) {
  static const WordSet kSuffixes = {"jr", "sr", "ii", "iii", "iv", "esq"};
  return kSuffixes.contains(strip_dot(w));
}

// The word that a name is filed under: its last, or the one before a suffix.
static std::string surname_key(const Words& words) {
  size_t last = words.size() - 1;
  while (last > 1 && is_name_suffix(words[last])) --last;  // "JOHN JR": JR is all there is
  return upper_ascii(strip_dot(words[last]));
}

void NameIndex::add_full_name(std::string_view canonical, int weight) {
  auto words = split_words(canonical);
  if (words.size() < 2) return;
  Family& f = by_surname_[surname_key(words)];
  std::string key = name_key(words);
  auto [it, inserted] = f.by_key.try_emplace(key, uint32_t(f.names.size()));
  if (!inserted) {
    f.names[it->second].weight += weight;
  } else {
    f.names.push_back({std::string(canonical), std::move(key), weight, next_order_++});
  }
  f.dirty = true;
}

// What lookup() needs, from one pass over the family's names: for every proper word-suffix of a
// name (VANEK SMITH, SMITH of STACEY VANEK SMITH), the best name that it is a short form of; and
// the best name for the bare surname.
const NameIndex::Family& NameIndex::refreshed(const Family& f) const {
  if (!f.dirty) return f;
  auto better = [&](int32_t a, uint32_t c) {
    const Candidate& x = f.names[c];
    return a < 0 || x.weight > f.names[a].weight || (x.weight == f.names[a].weight && x.order < f.names[a].order);
  };
  // A key is upper case with single spaces: its proper word-suffixes are its tails after each
  // space, views into it (the names do not move until the next refresh). Sorted by suffix, the
  // best holder first, and one kept per suffix: a family has a few names, and a vector is one
  // allocation where a hash map is one per suffix.
  f.by_suffix.clear();
  for (uint32_t i = 0; i < f.names.size(); ++i) {
    const std::string_view key = f.names[i].key;
    for (size_t sp = key.find(' '); sp != std::string_view::npos; sp = key.find(' ', sp + 1))
      f.by_suffix.emplace_back(key.substr(sp + 1), i);
  }
  std::sort(f.by_suffix.begin(), f.by_suffix.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : better(int32_t(b.second), a.second);
  });
  f.by_suffix.erase(std::unique(f.by_suffix.begin(), f.by_suffix.end(),
                                [](const auto& a, const auto& b) { return a.first == b.first; }),
                    f.by_suffix.end());
  // A surname names the people whose own short form it is. Someone who goes by a longer short
  // form (VANEK SMITH) is not SMITH, and a short form is not a person of its own.
  int32_t best = -1, any = -1;
  for (uint32_t i = 0; i < f.names.size(); ++i) {
    if (better(any, i)) any = int32_t(i);
    const std::string_view key = f.names[i].key;
    bool is_short_form = f.holder_of_suffix(key) >= 0;
    bool has_short_form = false;
    for (size_t sp = key.find(' '); sp != std::string_view::npos && !has_short_form; sp = key.find(' ', sp + 1)) {
      const std::string_view tail = key.substr(sp + 1);
      if (tail.find(' ') == std::string_view::npos) break;  // suffixes of 2+ words
      has_short_form = f.by_key.find(tail) != f.by_key.end();
    }
    if (!is_short_form && !has_short_form && better(best, i)) best = int32_t(i);
  }
  f.best_for_surname = best >= 0 ? best : any;
  f.dirty = false;
  return f;
}

std::string NameIndex::lookup(std::string_view name) const {
  auto words = split_words(name);
  if (words.empty()) return {};
  auto it = by_surname_.find(surname_key(words));
  if (it == by_surname_.end() || it->second.names.empty()) return {};
  const Family& f = refreshed(it->second);
  if (words.size() >= 2) {  // a shorter form of a longer name
    const int32_t holder = f.holder_of_suffix(name_key(words));
    return holder < 0 ? std::string() : f.names[holder].name;
  }
  return f.best_for_surname >= 0 ? f.names[f.best_for_surname].name : std::string();
}

bool NameIndex::knows_surname(std::string_view surname) const {
  return by_surname_.count(upper_ascii(surname)) > 0;
}

// Words that precede a name without being its first name: function words, and the titles
// and offices of running text ("State Treasurer Priya Raman", "Coach Smith").
static bool is_stop_before_name(std::string_view w) {
  static const WordSet kStop = {
      "i", "i'm", "im", "a", "an", "and", "but", "so", "or", "of", "in", "on", "at", "to", "for",
      "with", "by", "from", "thank", "thanks", "hi", "hello", "hey", "welcome", "dear", "yes", "no",
      "well", "now", "oh", "ok", "okay", "this", "that", "former", "vice", "mister", "missus",
      "sir", "madam", "host", "anchor", "correspondent", "reporter", "as", "like", "state", "county",
      "city", "federal", "deputy", "assistant", "acting", "treasurer", "attorney", "commissioner",
      "councilman", "councilwoman", "councilmember", "councillor", "sheriff", "minister", "premier",
      "chancellor", "superintendent", "director", "candidate", "officer", "detective", "coach",
      "dean", "principal", "captain", "sergeant", "colonel", "lieutenant", "admiral", "commander",
      "father", "pastor", "rabbi", "imam", "bishop", "cardinal", "pope", "king", "queen", "prince",
      "princess", "lord", "lady", "speaker", "leader", "delegate", "moderator", "economist",
      "professor", "author", "producer", "editor"};
  return is_title_word(w) || kStop.contains(strip_dot(w));
}

static bool is_capitalized_word(std::string_view w) {
  if (w.size() < 2 || !is_upper(w[0])) return false;
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return is_lower(c); });
}

// The ways a surname given in capitals is written in running text: Quintanilla, O'Malley,
// Horowitz-Ghazi, McCain, MacArthur.
static std::vector<std::string> written_forms(std::string_view upper) {
  std::string plain = fold_case(upper), marked = plain;
  if (!plain.empty() && is_lower(plain[0])) plain[0] = marked[0] = char(plain[0] - 32);
  for (size_t i = 1; i < marked.size(); ++i)
    if ((marked[i - 1] == '\'' || marked[i - 1] == '-') && is_lower(marked[i])) marked[i] = char(marked[i] - 32);
  std::vector<std::string> forms{plain};
  if (marked != plain) forms.push_back(marked);
  for (std::string_view prefix : {"Mc", "Mac"})
    if (plain.size() > prefix.size() + 1 && plain.starts_with(prefix) && is_lower(plain[prefix.size()])) {
      std::string f = plain;
      f[prefix.size()] = char(f[prefix.size()] - 32);
      forms.push_back(f);
    }
  return forms;
}

static bool is_word_byte(std::string_view text, size_t i) {
  char c = text[i];
  if (static_cast<unsigned char>(c) < 0x80) return is_alpha(c) || c == '\'' || c == '-' || c == '.';
  size_t b = i;
  while (b > 0 && is_cont(text[b])) --b;  // the lead byte of this character
  return non_ascii_letter_at(text, b) > 0;
}

// Words that often open a sentence before a name ("Ask Kelly", "Tonight Kelly", "Even Smith").
static bool is_sentence_opener(std::string_view w) {
  static const WordSet kOpeners = {
      "ask", "tonight", "today", "tomorrow", "yesterday", "even", "still", "only", "here", "there",
      "meanwhile", "maybe", "perhaps", "please", "let", "tell", "listen", "look", "watch", "says",
      "said", "when", "then", "also", "just", "both", "all", "every", "why", "how", "what", "who",
      "where", "did", "does", "do", "is", "was", "has", "had", "can", "will", "would", "should",
      "could", "after", "before", "since", "until", "while", "if", "because", "although", "though",
      "not", "never", "always", "again", "next", "first", "last", "later", "earlier", "sorry"};
  return kOpeners.contains(strip_dot(w));
}

// End of the word of letters (and ' and -) that starts at text[i].
static size_t word_end(std::string_view text, size_t i) {
  while (i < text.size()) {
    char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (!(is_alpha(c) || c == '\'' || c == '-')) break;
      ++i;
    } else if (size_t k = non_ascii_letter_at(text, i)) {
      i += k;
    } else {
      break;
    }
  }
  return i;
}

// Finds each mention of a wanted surname in one pass over the words of the text, then reads the
// given names right before it: up to two capitalised words (and an initial) joined by single
// spaces. Two given names only where the first is not merely the first word of a sentence
// ("Yesterday Mike Huckabee").
namespace {
// Hash sets of std::string looked up by string_view, without building a string per probe.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using ViewSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

// A cheap first test before a set lookup: most words of a text are not in the set, and a few
// bits on the length and the first and last bytes tell most of them apart without hashing.
class WordFilter {
 public:
  void add(std::string_view w) { bits_[key(w)] = true; }
  bool may_hold(std::string_view w) const { return bits_[key(w)]; }

 private:
  static size_t key(std::string_view w) {
    if (w.empty()) return 0;
    return (w.size() * 977 + static_cast<unsigned char>(w[0]) * 31 + static_cast<unsigned char>(w.back())) & 4095;
  }
  std::bitset<4096> bits_;
};

// The first two and three bytes of the words looked for, as filters (false positives only):
// most capitalised words that start with a wanted letter go on with bytes that none does (a
// hearing's sixty surnames start with most capitals).
class PairFilter {
 public:
  void add(std::string_view w) {
    if (w.size() < 2) {
      any_ = true;
      return;
    }
    bits_[key(w[0], w[1])] = true;
    if (w.size() >= 3) triples_[key3(w[0], w[1], w[2])] = true;
    else any_third_ = true;
  }
  // Whether a word looked for may start at text[at] (its third byte is tested where every word
  // has one).
  bool may_start_at(std::string_view text, size_t at) const {
    if (any_) return true;
    if (at + 1 >= text.size() || !bits_[key(text[at], text[at + 1])]) return false;
    return any_third_ || (at + 2 < text.size() && triples_[key3(text[at], text[at + 1], text[at + 2])]);
  }

 private:
  static size_t key(char a, char b) {
    return (size_t(static_cast<unsigned char>(a) & 31) << 7) | (static_cast<unsigned char>(b) & 127);
  }
  static size_t key3(char a, char b, char c) {
    const uint32_t x = (uint32_t(static_cast<unsigned char>(a)) << 16) | (uint32_t(static_cast<unsigned char>(b)) << 8) |
                       static_cast<unsigned char>(c);
    return (x * 2654435761u) >> 20;  // 12 bits
  }
  std::bitset<4096> bits_;
  std::bitset<4096> triples_;
  bool any_ = false;        // a word of one byte: no second byte to test
  bool any_third_ = false;  // a word of two bytes: no third byte to test
};
}  // namespace

// The first letters that the words looked for start with; up to four are tested one by one
// in a block of text, more as a whole range (A..Z, a..z).
namespace {
struct FirstLetters {
  bool any[256] = {};
  char few[4] = {};
  int count = 0;  // distinct letters; > 4: test the range (SSE2) or the nibble tables (AVX2)
  char lo = 'A', hi = 'Z';  // the range: capitals or lower case
  // The set as two byte shuffles: by_low[c & 15] has bit (c >> 4) set for each ASCII c in it.
  alignas(16) uint8_t by_low[16] = {};
  void add(char c) {
    if (any[static_cast<unsigned char>(c)]) return;
    any[static_cast<unsigned char>(c)] = true;
    if (count < 4) few[count] = c;
    ++count;
    if (static_cast<unsigned char>(c) < 0x80) by_low[c & 15] |= uint8_t(1u << (static_cast<unsigned char>(c) >> 4));
  }
};

// Bits of p[0, 64) that may start a word looked for: one of the letters (or, with more than
// four, any in [lo, hi]) after a byte that is no ASCII letter (p[-1] is read). The caller
// checks FirstLetters::any: a bit may be set where no such word starts, never the reverse.
using StartBits = uint64_t (*)(const char* p, const FirstLetters& first);

#if defined(__SSE2__)
uint64_t start_bits_sse2(const char* p, const FirstLetters& first) {
  auto in = [](__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(lo - 1))), _mm_cmplt_epi8(v, _mm_set1_epi8(char(hi + 1))));
  };
  uint64_t bits = 0;
  for (int k = 0; k < 64; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k - 1));
    __m128i hit = _mm_setzero_si128();
    if (first.count > 4) hit = in(v, first.lo, first.hi);
    else
      for (int j = 0; j < first.count; ++j) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(first.few[j])));
    const __m128i letter_before = _mm_or_si128(in(before, 'A', 'Z'), in(before, 'a', 'z'));
    bits |= uint64_t(unsigned(_mm_movemask_epi8(_mm_andnot_si128(letter_before, hit)))) << k;
  }
  return bits;
}
#endif
#if defined(TRANSCRIPT_AVX2_DISPATCH)
__attribute__((target("avx2"))) inline __m256i in_range(__m256i v, char lo, char hi) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(char(lo - 1))),
                          _mm256_cmpgt_epi8(_mm256_set1_epi8(char(hi + 1)), v));
}

// The bytes of v in the set (ASCII only): its bit for the high nibble, looked up by the low one.
__attribute__((target("avx2"))) inline __m256i in_set(__m256i v, const FirstLetters& first) {
  const __m256i by_low = _mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i*>(first.by_low)));
  const __m256i bit_of_high = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, char(128), 0, 0, 0, 0, 0, 0, 0, 0,  //
                                               1, 2, 4, 8, 16, 32, 64, char(128), 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i low = _mm256_and_si256(v, nibble), high = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
  const __m256i both = _mm256_and_si256(_mm256_shuffle_epi8(by_low, low), _mm256_shuffle_epi8(bit_of_high, high));
  return _mm256_xor_si256(_mm256_cmpeq_epi8(both, _mm256_setzero_si256()), _mm256_set1_epi8(char(0xFF)));
}

__attribute__((target("avx2"))) uint64_t start_bits_avx2(const char* p, const FirstLetters& first) {
  uint64_t hits = 0, letters = 0;
  for (int k = 0; k < 64; k += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + k));
    __m256i hit = _mm256_setzero_si256();
    if (first.count > 4) hit = in_set(v, first);  // exact: fewer places for the caller to try
    else
      for (int j = 0; j < first.count; ++j)
        hit = _mm256_or_si256(hit, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(first.few[j])));
    // ASCII letters, either case: a letter with its 0x20 bit set is in a..z.
    const __m256i letter = in_range(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 'z');
    hits |= uint64_t(unsigned(_mm256_movemask_epi8(hit))) << k;
    letters |= uint64_t(unsigned(_mm256_movemask_epi8(letter))) << k;
  }
  // A letter before each byte: the block's own letters one place on, and the byte before it.
  const uint64_t letter_before = (letters << 1) | uint64_t(is_alpha(p[-1]));
  return hits & ~letter_before;
}
#endif

// The same a byte at a time: the start of the text and its last block, or without SIMD.
uint64_t start_bits_scalar(std::string_view text, size_t at, size_t n, const FirstLetters& first) {
  uint64_t bits = 0;
  for (size_t k = 0; k < n; ++k) {
    size_t p = at + k;
    if (first.any[static_cast<unsigned char>(text[p])] && (p == 0 || !is_alpha(text[p - 1]))) bits |= uint64_t(1) << k;
  }
  return bits;
}

// The places where words looked for may start, in order, found 64 bytes at a time.
class WordStarts {
 public:
  WordStarts(std::string_view text, const FirstLetters& first) : text_(text), first_(first) {
#if defined(TRANSCRIPT_AVX2_DISPATCH)
    if (detail::has_avx2()) simd_ = &start_bits_avx2;
#endif
  }
  // With a given block reader (nullptr: a byte at a time), for the tests.
  WordStarts(std::string_view text, const FirstLetters& first, StartBits simd) : text_(text), first_(first), simd_(simd) {}
  // The first place at or after `from`, or text.size().
  size_t next(size_t from) {
    const size_t n = text_.size();
    while (from < n) {
      // Blocks start at 1 + 64k (a block's bits read the byte before it); position 0 alone.
      const size_t block = from == 0 ? 0 : from - (from - 1) % 64;
      if (block != block_) {
        block_ = block;
        const size_t len = block == 0 ? 1 : std::min<size_t>(64, n - block);
        bits_ = (simd_ && len == 64) ? simd_(text_.data() + block, first_) : start_bits_scalar(text_, block, len, first_);
      }
      const uint64_t m = bits_ & (~uint64_t(0) << (from - block));
      if (m) return block + size_t(__builtin_ctzll(m));
      from = block == 0 ? 1 : block + 64;
    }
    return n;
  }

 private:
  std::string_view text_;
  const FirstLetters& first_;
#if defined(__SSE2__)
  StartBits simd_ = &start_bits_sse2;
#else
  StartBits simd_ = nullptr;
#endif
  size_t block_ = SIZE_MAX;
  uint64_t bits_ = 0;
};
}  // namespace

namespace detail {
std::vector<size_t> word_starts(std::string_view text, std::string_view letters, bool capitals, int reader) {
  FirstLetters first;
  if (!capitals) first.lo = 'a', first.hi = 'z';
  for (char c : letters) first.add(c);
  StartBits simd = nullptr;
#if defined(__SSE2__)
  if (reader == 1) simd = &start_bits_sse2;
#endif
#if defined(TRANSCRIPT_AVX2_DISPATCH)
  if (reader == 2 && has_avx2()) simd = &start_bits_avx2;
#endif
  WordStarts starts(text, first, simd);
  std::vector<size_t> out;
  for (size_t at = starts.next(0); at < text.size(); at = starts.next(at + 1))
    if (first.any[static_cast<unsigned char>(text[at])]) out.push_back(at);
  return out;
}
}  // namespace detail

void NameIndex::add_mentions_later(std::string_view text, std::vector<std::string> surnames, bool upper_case) {
  settle();
  if (surnames.empty()) return;
  PendingSearch p;
  p.text = text;
  p.surnames = std::move(surnames);
  p.upper_case = upper_case;
  pending_ = std::move(p);
}

void NameIndex::settle_for(std::string_view name) {
  if (!pending_) return;
  PendingSearch& p = *pending_;
  if (p.families.empty()) {
    // A mention is filed under its last word, the surname as written (add_full_name): its
    // forms differ in ASCII case only, so the key is the surname's own, upper-cased (for an
    // upper-case ASCII surname, the usual case, the surname itself). A surname that is also a
    // name suffix ("John Smith Jr") files it under the word before.
    p.families.reserve(p.surnames.size());
    for (const std::string& surname : p.surnames) {
      if (is_name_suffix(surname)) p.any_family = true;
      const std::string_view plain = strip_dot(surname);
      const bool is_key = std::all_of(plain.begin(), plain.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80 && !is_lower(c);
      });
      p.families.push_back(is_key ? std::string(plain) : upper_ascii(strip_dot(fold_case(surname))));
    }
    std::sort(p.families.begin(), p.families.end());
  }
  if (!p.any_family) {
    auto words = split_words(name);
    if (words.empty()) return;
    if (!std::binary_search(p.families.begin(), p.families.end(), surname_key(words))) return;
  }
  settle();
}

void NameIndex::settle() {
  if (!pending_) return;
  PendingSearch p = std::move(*pending_);
  pending_.reset();
  add_mentions(p.text, p.surnames, p.upper_case);
}

void NameIndex::add_mentions(std::string_view text, const std::vector<std::string>& surnames, bool upper_case) {
  ViewSet forms;
  size_t shortest = SIZE_MAX, longest = 0;
  for (const std::string& surname : surnames)
    for (std::string& form : written_forms(surname)) {
      shortest = std::min(shortest, form.size());
      longest = std::max(longest, form.size());
      forms.insert(std::move(form));
    }
  if (forms.empty()) return;
  struct Mention {
    std::vector<std::string_view> given;  // nearest first
    std::string_view surname;
    bool opener_in_doubt;  // given.back() opens a sentence: a name only if never written in lower case
  };
  std::vector<Mention> mentions;
  ViewSet doubtful;  // lower-cased words to look for
  // A mention starts with an ASCII capital that begins one of the forms: the bytes before the
  // next such capital are skipped without further tests (inside a word they could start nothing).
  FirstLetters starts;
  WordFilter maybe_form;
  PairFilter pairs;
  for (const std::string& f : forms) {
    if (is_upper(f[0])) starts.add(f[0]);
    maybe_form.add(f);
    pairs.add(f);
  }
  WordStarts capital_words(text, starts);
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t next_poll = kStopPollBytes;
  for (size_t at = 0; at < text.size(); ++at) {
    at = capital_words.next(at);
    if (at >= text.size()) break;
    if (at >= next_poll) {
      poll_stop();
      next_poll = at + kStopPollBytes;
    }
    if (!starts.any[bytes[at]]) continue;
    if (!pairs.may_start_at(text, at)) continue;
    if (at > 0 && is_word_byte(text, at - 1)) continue;
    size_t end = word_end(text, at);
    size_t len = end - at;
    if (len >= shortest && len <= longest && (end == text.size() || !is_word_byte(text, end) || text[end] == '.') &&
        maybe_form.may_hold(text.substr(at, len)) && forms.find(text.substr(at, len)) != forms.end()) {
      // Words before it, right to left, while separated by single spaces.
      std::vector<std::string_view> words;
      size_t p = at;
      while (words.size() < 3 && p >= 2 && text[p - 1] == ' ' && is_word_byte(text, p - 2)) {
        size_t e = p - 1, b = e;
        while (b > 0 && is_word_byte(text, b - 1)) --b;
        words.push_back(text.substr(b, e - b));
        p = b;
      }
      // Where the chain starts: a sentence start says nothing about a capital.
      size_t q = p;
      while (q > 0 && text[q - 1] == ' ') --q;
      bool sentence_start = q == 0 || text[q - 1] == '\n' || text[q - 1] == '\r' || text[q - 1] == '.' ||
                            text[q - 1] == '?' || text[q - 1] == '!' || text[q - 1] == ':';
      Mention m{{}, text.substr(at, len), false};
      size_t taken = 0;
      for (size_t j = 0; j < words.size(); ++j) {
        std::string_view g = words[j];
        bool initial = strip_dot(g).size() == 1 && is_upper(g[0]);
        if (initial && m.given.empty()) {
          m.given.push_back(g);
          continue;
        }
        if (!is_capitalized_word(g) || g.back() == '.' || is_stop_before_name(g) ||
            g.find('\'') != std::string_view::npos)
          break;
        m.given.push_back(g);
        if (++taken == 2) break;
      }
      while (!m.given.empty() && strip_dot(m.given.back()).size() == 1) m.given.pop_back();  // an initial needs a name
      // A given name that opens the sentence may be any capitalised word ("Ask Kelly about
      // it."): it stands only if it is no common word: not a sentence opener and never written
      // in lower case in this text (checked below, in one more pass).
      auto opens_sentence = [&](size_t k) {  // given[k - 1] is the first word of a sentence
        if (k == words.size()) return sentence_start;
        std::string_view before = words[k];
        char last = before.back();
        return (last == '.' || last == '?' || last == '!' || last == ':') && strip_dot(before).size() > 1 &&
               !is_title_word(before);
      };
      if (!m.given.empty() && opens_sentence(m.given.size())) {
        if (is_sentence_opener(m.given.back())) {
          m.given.pop_back();
        } else {
          m.opener_in_doubt = true;
          doubtful.insert(fold_case(strip_dot(m.given.back())));
        }
      }
      if (!m.given.empty()) mentions.push_back(std::move(m));
    }
    at = end > at ? end - 1 : at;
  }
  // Which doubtful words the text also writes in lower case, as words of their own.
  ViewSet in_lower_case;
  WordFilter maybe_doubtful;
  PairFilter doubtful_pairs;
  for (const std::string& d : doubtful) {
    maybe_doubtful.add(d);
    doubtful_pairs.add(d);
  }
  if (!doubtful.empty()) {
    FirstLetters first;
    first.lo = 'a', first.hi = 'z';
    for (const std::string& d : doubtful)
      if (!d.empty() && is_lower(d[0])) first.add(d[0]);
    WordStarts lower_words(text, first);
    size_t next_poll_lower = kStopPollBytes;
    for (size_t i = 0; i < text.size();) {
      i = lower_words.next(i);
      if (i >= text.size()) break;
      if (i >= next_poll_lower) {
        poll_stop();
        next_poll_lower = i + kStopPollBytes;
      }
      if (!first.any[static_cast<unsigned char>(text[i])] ||
          !doubtful_pairs.may_start_at(text, i)) {  // no doubtful word starts so
        ++i;
        continue;
      }
      size_t e = i;
      while (e < text.size() && is_alpha(text[e])) ++e;
      std::string_view word = text.substr(i, e - i);
      if (maybe_doubtful.may_hold(word) && doubtful.find(word) != doubtful.end()) in_lower_case.emplace(word);
      i = e;
    }
  }
  for (Mention& m : mentions) {
    if (m.opener_in_doubt && in_lower_case.count(fold_case(strip_dot(m.given.back())))) m.given.pop_back();
    if (m.given.empty()) continue;
    std::string name;
    for (size_t j = m.given.size(); j-- > 0;) name.append(m.given[j]).append(" ");
    name.append(m.surname);
    add_full_name(upper_case ? upper_ascii(name) : name, 1);
  }
}

}  // namespace transcript
