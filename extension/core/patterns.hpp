// Every regular expression of the core, each compiled once, on first use (RE2 objects are
// immutable and thread-safe, so one instance serves all connections; a process that never
// needs one does not compile it: compiling them took as long as the rest of loading the
// module). Only lines that a cheap byte test has already singled out reach them; the hot loop
// never runs a regex on every line.
#pragma once
#include <re2/re2.h>

#include <string>
#include <string_view>

namespace transcript::patterns {

const RE2& date_line();      // "date 2024-03-26", "October 13, 2015", "OCT. 28, 2015"
const RE2& introduction();   // "This is Todd Hicks", "this is from Anna Bettis": $1 the name

// Empty when every pattern compiled, else the first error (the unit tests check it; a
// pattern that did not compile matches nothing).
std::string error();

}  // namespace transcript::patterns

namespace transcript {

inline bool full_match(const RE2& re, std::string_view s) {
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re);
}
inline bool partial_match(const RE2& re, std::string_view s) {
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

}  // namespace transcript
