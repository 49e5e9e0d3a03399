#include "patterns.hpp"

namespace transcript::patterns {

namespace {
RE2::Options options(bool capture) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_never_capture(!capture);
  return o;
}
}  // namespace

#define MONTH                                                                                       \
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
  "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"

const RE2& date_line() {
  static const RE2 re(
      "(?i)\\s*(?:(?:date|dated|aired|air date|broadcast|posted|published|updated)\\s*:?\\s*)?"
      "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?"
      "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|" MONTH "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" MONTH
      "\\s+\\d{4})"
      "(?:\\s*[-,]?\\s*\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*",
      options(false));
  return re;
}

const RE2& introduction() {
  static const RE2 re(
      "\\b(?:[Tt]his is(?: from)?|[Ff]rom|[Mm]eet|[Nn]ame is|[Ww]elcome)\\s+"
      "([A-Z][a-z]+(?:\\s+[A-Z]\\.)?\\s+[A-Z][A-Za-z'\\-]+)\\b",
      options(true));
  return re;
}

std::string error() {
  for (const RE2* re : {&date_line(), &introduction()})
    if (!re->ok()) return re->error();
  return {};
}

}  // namespace transcript::patterns
