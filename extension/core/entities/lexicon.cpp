#include "lexicon.hpp"

#include <cstddef>
#include <unordered_map>

#include "text.hpp"

namespace transcript::entities {

extern const char kLexiconData[];
extern const size_t kLexiconSize;

namespace {

struct KeyHash {  // FNV-1a: short keys, no allocation
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return size_t(h ^ (h >> 29));
  }
};

using Map = std::unordered_map<std::string_view, uint16_t, KeyHash>;

int hex(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

// Built once, on first use; the keys point into the static data (no copies).
const Map& map() {
  static const Map m = [] {
    Map out;
    out.reserve(110000);
    std::string_view data(kLexiconData, kLexiconSize);
    size_t p = 0;
    while (p + 4 <= data.size()) {
      size_t nl = data.find('\n', p);
      if (nl == std::string_view::npos) nl = data.size();
      auto flags = uint16_t(hex(data[p]) << 8 | hex(data[p + 1]) << 4 | hex(data[p + 2]));
      out.emplace(data.substr(p + 3, nl - p - 3), flags);
      p = nl + 1;
    }
    return out;
  }();
  return m;
}

}  // namespace

uint16_t lexicon_flags(std::string_view key) {
  const Map& m = map();
  auto it = m.find(key);
  return it == m.end() ? 0 : it->second;
}

size_t fold_key(std::string_view s, char* out) {
  size_t n = 0;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    if (size_t k = space_at(s, i)) {
      space = n > 0;
      i += k;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    // Typographic apostrophe as ASCII, so O’Malley and O'Malley are one key.
    if (static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99') {
      out[n++] = '\'';
      i += 3;
      continue;
    }
    out[n++] = lower_ascii(s[i]);
    ++i;
  }
  return n;
}

}  // namespace transcript::entities
