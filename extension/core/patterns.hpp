// Every regular expression of the core, compiled once (RE2 objects are immutable and
// thread-safe, so one instance serves all connections). Only lines that a cheap byte test
// has already singled out reach them; the hot loop never runs a regex on every line.
#pragma once
#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

namespace transcript {

struct Patterns {
  std::unique_ptr<RE2> date_line;      // "date 2024-03-26", "October 13, 2015", "OCT. 28, 2015"
  std::unique_ptr<RE2> photo_caption;  // "X, left, Y ...", "... Credit Jim Wilson/The New York Times"
  std::unique_ptr<RE2> introduction;   // "This is Todd Hicks", "this is from Anna Bettis": $1 the name

  // The shared instance; compiled on first use.
  static const Patterns& get();
  // Empty when every pattern compiled, else the first error (checked when the extension loads).
  std::string error() const;
};

inline bool full_match(const RE2& re, std::string_view s) {
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re);
}
inline bool partial_match(const RE2& re, std::string_view s) {
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

}  // namespace transcript
