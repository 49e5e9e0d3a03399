// Person names: canonical forms, join keys, anonymous labels, and resolving a surname-only
// label (KELLY) to the fullest name that the transcript gives (MARY LOUISE KELLY).
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace transcript {

// Splits on white space.
std::vector<std::string_view> split_words(std::string_view s);

// True for a title or honorific that is not part of a name (Mr., Sen., Chairman, The, ...).
bool is_title_word(std::string_view word);

// The name without leading titles, with single spaces: "SEN. BERNIE  SANDERS" -> "BERNIE SANDERS".
// A name that is only a title is kept as written.
std::string canonical_name(std::string_view name);

// The key for joining one person across transcripts: case-folded, no titles, no punctuation.
std::string speaker_key(std::string_view canonical);

// Labels that name nobody in particular: UNIDENTIFIED MALE, Speaker 1, AUDIENCE MEMBER, ...
bool is_anonymous_name(std::string_view canonical);
// Anonymous labels with a number (Speaker 1, UNIDENTIFIED PERSON #2) merge with the same number.
bool has_number(std::string_view canonical);

// Full names known in one transcript, looked up by their last word. Every operation is linear
// in the names added (hash maps, no pairwise tests), whatever the input.
class NameIndex {
 public:
  // A full name (two or more words) given by a label, a roster or an introduction.
  void add_full_name(std::string_view canonical, int weight = 1);
  // The fullest known form of a name: a surname (KELLY) or a shorter form (VANEK SMITH) of a
  // known full name (STACEY VANEK SMITH) resolves to it; "" where nothing is known.
  std::string lookup(std::string_view name) const;
  bool knows_surname(std::string_view surname) const;
  // Scans prose for "Firstname [X.] Surname" mentions of the given upper-case surnames and
  // records them: one pass over the text (and one more only if a sentence-opening word must be
  // checked for a lower-case use elsewhere).
  void add_mentions(std::string_view text, const std::vector<std::string>& surnames, bool upper_case);

 private:
  struct Candidate {
    std::string name;
    std::string key;  // upper-cased, single spaces
    int weight;
    size_t order;
  };
  // The names that share a surname, with what lookup() derives from them (rebuilt on demand).
  struct Family {
    std::vector<Candidate> names;
    std::unordered_map<std::string, uint32_t> by_key;
    mutable bool dirty = true;
    mutable int32_t best_for_surname = -1;
    mutable std::unordered_map<std::string, uint32_t> by_suffix;  // proper word-suffix -> best holder
  };
  const Family& refreshed(const Family& f) const;
  std::unordered_map<std::string, Family> by_surname_;
  size_t next_order_ = 0;
};

}  // namespace transcript
