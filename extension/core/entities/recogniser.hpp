// Named entities in running text: PERSON, ORG, PLACE, NORP, with the span conventions of
// shared/gold/entities (titles, determiners and possessives outside the span; the longest proper
// name wins; list items apart). Rules over capitalised spans and their context, and the lexicon
// compiled into the module (lexicon.hpp). No SQLite here.
//
// One pass builds the tokens, a second groups and classifies them; single words whose reading
// depends on the rest of the text (Ford after "Dr. Ford", Kurilla when ERIK KURILLA speaks) are
// settled last from hash maps. Linear in the text.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.hpp"

namespace transcript::entities {

enum class Type : uint8_t { Person, Org, Place, Norp };
std::string_view type_name(Type t);
// "PERSON" -> Person (case-insensitive, surrounding spaces ignored); nullopt for anything else.
std::optional<Type> type_from_name(std::string_view name);

struct Mention {
  uint32_t b = 0, e = 0;  // bytes of the text: the mention as written
  Type type = Type::Person;
};

// A byte range of the text to read. A fresh range begins a sentence; one that is not fresh
// goes on from the previous range (the next line of a numbered page), though no name spans both.
struct Range {
  uint32_t b = 0, e = 0;
  bool fresh = true;
};

struct KeyHash {  // FNV-1a over bytes; transparent, so string_view finds std::string keys
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return size_t(key_hash(s)); }
};
using KnownNames = std::unordered_map<std::string, uint8_t, KeyHash, std::equal_to<>>;

class Recogniser {
 public:
  // A person known to be in the text (a transcript's speaker): the full name and each of its
  // words are read as that person wherever they stand capitalised.
  void add_known_person(std::string_view name);

  // Mentions in the given ranges of `text`, in text order, never overlapping. skip_labels: a
  // line that opens with a speaker label (`TOM BOWMAN, BYLINE:`, `**Chris:**`, `    Mr. Reed.`)
  // has no mention in its label.
  std::vector<Mention> find(std::string_view text, const std::vector<Range>& ranges, bool skip_labels) const;
  // The whole text, labels skipped.
  std::vector<Mention> find(std::string_view text) const;

 private:
  KnownNames known_;  // folded name or word -> 1 word, 2 full name
};

}  // namespace transcript::entities
