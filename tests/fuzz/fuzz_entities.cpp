// libFuzzer target for named entities: Recogniser::find over a text, and transcript_mentions
// over a parsed transcript (auto). Checks, besides crashes and sanitizer reports:
//   - mentions lie inside the text, are non-empty, in text order and never overlap, begin and
//     end on character boundaries, and carry one of the four types;
//   - a transcript's mentions are in order, each inside the turn it names, with a canonical form;
//   - the same text gives the same mentions twice.
#include "entities/linking.hpp"
#include "entities/recogniser.hpp"
#include "fuzz_checks.hpp"

namespace {

namespace ent = transcript::entities;

bool boundary(std::string_view s, size_t i) { return i == s.size() || !transcript::is_cont(s[i]); }

void check_mention(std::string_view text, uint32_t b, uint32_t e, ent::Type type) {
  FUZZ_CHECK(b < e && e <= text.size());
  FUZZ_CHECK(boundary(text, b) && boundary(text, e));
  FUZZ_CHECK(!ent::type_name(type).empty());
  FUZZ_CHECK(ent::type_from_name(ent::type_name(type)) == type);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ExactCopy copy(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string_view text = copy.view();
  if (transcript::find_invalid_utf8(text)) return 0;  // the SQL layer refuses it before here

  const ent::Recogniser rec;
  const std::vector<ent::Mention> found = rec.find(text);
  uint32_t last = 0;
  for (const ent::Mention& m : found) {
    check_mention(text, m.b, m.e, m.type);
    FUZZ_CHECK(m.b >= last);  // in order, never overlapping
    last = m.e;
  }
  const std::vector<ent::Mention> again = rec.find(text);
  FUZZ_CHECK(again.size() == found.size());
  for (size_t i = 0; i < found.size(); ++i)
    FUZZ_CHECK(again[i].b == found[i].b && again[i].e == found[i].e && again[i].type == found[i].type);

  transcript::Document doc;
  try {
    doc = transcript::parse(text, "auto");
  } catch (const transcript::Error&) {
    FUZZ_CHECK(false);  // valid UTF-8 always parses
  }
  last = 0;
  for (const ent::TranscriptMention& m : ent::transcript_mentions(doc)) {
    check_mention(text, m.b, m.e, m.type);
    FUZZ_CHECK(m.b >= last);
    last = m.b;
    FUZZ_CHECK(m.turn < doc.turns.size());
    const transcript::Turn& t = doc.turns[m.turn];
    FUZZ_CHECK(t.span.b <= m.b && m.e <= t.span.e);
    FUZZ_CHECK(!m.canonical.empty());
  }
  return 0;
}
