#include "names.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "text.hpp"

namespace transcript {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t k;
    while (i < s.size() && (k = space_at(s, i))) i += k;
    size_t b = i;
    while (i < s.size() && !space_at(s, i)) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

static std::string_view strip_dot(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  return w;
}

bool is_title_word(std::string_view word) {
  static constexpr std::array<std::string_view, 40> kTitles = {
      "mr", "ms", "mrs", "miss", "mx", "dr", "hon", "sen", "senator", "rep", "representative",
      "gen", "general", "chairman", "chairwoman", "chair", "chief", "justice", "judge", "the",
      "gov", "governor", "president", "pres", "rev", "reverend", "prof", "professor",
      "congressman", "congresswoman", "secretary", "amb", "ambassador", "lt", "col", "capt",
      "sgt", "adm", "mayor", "honorable"};
  std::string_view w = strip_dot(word);
  for (auto t : kTitles)
    if (iequals(w, t)) return true;
  return false;
}

std::string canonical_name(std::string_view name) {
  auto words = split_words(name);
  size_t first = 0;
  // "Chief Justice", "Vice President": drop the leading titles but keep at least one word.
  while (first + 1 < words.size() && (is_title_word(words[first]) || iequals(strip_dot(words[first]), "vice")))
    ++first;
  std::string out;
  for (size_t i = first; i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(words[i]);
  }
  return out;
}

std::string speaker_key(std::string_view canonical) {
  std::string folded = fold_case(canonical);
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
  // Drop leading title words that survived (e.g. "the").
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
  static constexpr std::array<std::string_view, 8> kMarkers = {
      "unidentified", "unknown", "unidentifiable", "anonymous", "unnamed", "speaker", "voice", "audience"};
  static constexpr std::array<std::string_view, 24> kWhole = {
      "male", "female", "man", "woman", "men", "women", "boy", "girl", "child", "children",
      "crowd", "group", "protester", "protesters", "participant", "participants", "question",
      "answer", "q", "a", "caller", "interviewer", "interpreter", "multiple"};
  auto words = split_words(name);
  if (words.empty()) return true;
  for (auto w : words) {
    std::string_view bare = strip_dot(w);
    for (auto m : kMarkers)
      if (istarts_with(bare, m) && (bare.size() == m.size() || is_digit(bare[m.size()]) || bare[m.size()] == '_'))
        return true;
  }
  // "MALE", "FEMALE #2", "AUDIENCE MEMBER", "CROWD": every word generic or a number.
  for (auto w : words) {
    std::string_view bare = strip_dot(w);
    if (!bare.empty() && bare[0] == '#') continue;
    if (std::all_of(bare.begin(), bare.end(), [](char c) { return is_digit(c); })) continue;
    bool generic = iequals(bare, "member") || iequals(bare, "members");
    for (auto g : kWhole) generic = generic || iequals(bare, g);
    if (!generic) return false;
  }
  return true;
}

void NameIndex::add_full_name(std::string_view canonical, int weight) {
  auto words = split_words(canonical);
  if (words.size() < 2) return;
  std::string surname = upper_ascii(strip_dot(words.back()));
  auto& list = by_surname_[surname];
  for (auto& c : list)
    if (iequals(c.name, canonical)) {
      c.weight += weight;
      return;
    }
  list.push_back({std::string(canonical), weight, next_order_++});
}

std::string NameIndex::lookup(std::string_view surname) const {
  auto it = by_surname_.find(upper_ascii(surname));
  if (it == by_surname_.end() || it->second.empty()) return {};
  const Candidate* best = &it->second.front();
  for (const auto& c : it->second)
    if (c.weight > best->weight || (c.weight == best->weight && c.order < best->order)) best = &c;
  return best->name;
}

bool NameIndex::knows_surname(std::string_view surname) const {
  return by_surname_.count(upper_ascii(surname)) > 0;
}

// Words that precede a name without being its first name.
static bool is_stop_before_name(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kStop = {
      "i", "i'm", "im", "a", "an", "and", "but", "so", "or", "of", "in", "on", "at", "to", "for",
      "with", "by", "from", "thank", "thanks", "hi", "hello", "hey", "welcome", "dear", "yes", "no",
      "well", "now", "oh", "ok", "okay", "this", "that", "former", "vice", "mister", "missus",
      "sir", "madam", "host", "anchor", "correspondent", "reporter"};
  if (is_title_word(w)) return true;
  std::string_view bare = strip_dot(w);
  for (auto s : kStop)
    if (iequals(bare, s)) return true;
  return false;
}

static bool is_capitalized_word(std::string_view w) {
  if (w.size() < 2 || !is_upper(w[0])) return false;
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return is_lower(c); });
}

void NameIndex::add_mentions(std::string_view text, const std::vector<std::string>& surnames, bool upper_case) {
  if (surnames.empty()) return;
  std::unordered_set<std::string> wanted(surnames.begin(), surnames.end());
  // Words as [b, e) of letters, apostrophes, hyphens and dots (initials).
  auto word_char = [](char c) {
    return is_alpha(c) || c == '\'' || c == '-' || c == '.' || (static_cast<unsigned char>(c) >= 0x80);
  };
  std::string_view prev1, prev2;  // the two words before the current one, if adjacent
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (!word_char(text[i])) {
      // Anything other than a single space breaks the chain of adjacent words.
      if (!(text[i] == ' ' && i + 1 < n && word_char(text[i + 1]))) prev1 = prev2 = {};
      ++i;
      continue;
    }
    size_t b = i;
    while (i < n && word_char(text[i])) ++i;
    std::string_view w = text.substr(b, i - b);
    std::string_view bare = strip_dot(w);
    bool sentence_end = w.size() > bare.size() && bare.size() > 1;  // "Huckabee." ends a chain
    if (is_capitalized_word(bare) && bare.size() >= 2 && wanted.count(upper_ascii(bare))) {
      // prev1 is the first name, or an initial with prev2 the first name.
      std::string_view first, middle;
      if (!prev1.empty() && strip_dot(prev1).size() == 1 && !prev2.empty()) {
        first = prev2;
        middle = prev1;
      } else {
        first = prev1;
      }
      if (!first.empty() && is_capitalized_word(first) && first.back() != '.' && !is_stop_before_name(first)) {
        std::string name(first);
        if (!middle.empty()) name.append(" ").append(middle);
        name.append(" ").append(bare);
        add_full_name(upper_case ? upper_ascii(name) : name, 1);
      }
    }
    prev2 = prev1;
    prev1 = sentence_end ? std::string_view{} : w;
    if (sentence_end) prev2 = {};
  }
}

}  // namespace transcript
