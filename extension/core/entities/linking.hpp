// The entities of a parsed transcript: mentions in its turns' text (never in labels), the turn
// and speaker that mention them, and the fullest form the transcript gives for each.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "document.hpp"
#include "recogniser.hpp"

namespace transcript::entities {

struct TranscriptMention {
  uint32_t b = 0, e = 0;  // bytes of the transcript
  Type type = Type::Person;
  uint32_t turn = 0;      // index into Document::turns
  std::string canonical;  // the fullest form: a speaker's canonical name, an earlier longer mention
};

std::vector<TranscriptMention> transcript_mentions(const Document& doc);

}  // namespace transcript::entities
