#include "lexicon.hpp"

#include <cstddef>
#include <cstring>
#include <vector>

#include "text.hpp"

namespace transcript::entities {

extern const char kLexiconData[];
extern const size_t kLexiconSize;

namespace {

// Open addressing over a power-of-two table: one multiply-free probe sequence, no division and
// no allocation per lookup. Keys point into the static data.
struct Slot {
  const char* key = nullptr;
  uint16_t len = 0;
  uint16_t flags = 0;
  uint32_t tag = 0;  // the hash's high bits: a probe that meets another key rarely compares bytes
};

int hex(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

struct Table {
  std::vector<Slot> slots;
  size_t mask = 0;
  Table() {
    std::string_view data(kLexiconData, kLexiconSize);
    size_t lines = 0;
    for (char c : data) lines += c == '\n';
    size_t size = 1;
    while (size < lines * 2 + 16) size <<= 1;
    slots.resize(size);
    mask = size - 1;
    size_t p = 0;
    while (p + 4 <= data.size()) {
      size_t nl = data.find('\n', p);
      if (nl == std::string_view::npos) nl = data.size();
      std::string_view key = data.substr(p + 3, nl - p - 3);
      auto flags = uint16_t(hex(data[p]) << 8 | hex(data[p + 1]) << 4 | hex(data[p + 2]));
      uint64_t h = key_hash(key);
      for (size_t i = h & mask;; i = (i + 1) & mask) {
        if (!slots[i].key) {
          slots[i] = {key.data(), uint16_t(key.size()), flags, uint32_t(h >> 32)};
          break;
        }
      }
      p = nl + 1;
    }
  }
  uint16_t find(std::string_view key, uint64_t h) const {
    const uint32_t tag = uint32_t(h >> 32);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (!s.key) return 0;
      if (s.tag == tag && s.len == key.size() && std::memcmp(s.key, key.data(), key.size()) == 0) return s.flags;
    }
  }
};

const Table& table() {
  static const Table t;  // built once, on first use
  return t;
}

}  // namespace

uint16_t lexicon_flags(std::string_view key) { return key.empty() ? 0 : table().find(key, key_hash(key)); }
uint16_t lexicon_flags(std::string_view key, uint64_t hash) { return key.empty() ? 0 : table().find(key, hash); }

size_t fold_key(std::string_view s, char* out) {
  size_t n = 0;
  // Most keys are one ASCII word: lower-cased as they are, up to the first byte that needs care.
  while (n < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[n]);
    if (c <= ' ' || c >= 0x80) break;
    out[n++] = lower_ascii(char(c));
  }
  if (n == s.size()) return n;
  bool space = false;
  for (size_t i = n; i < s.size();) {
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
