#include "patterns.hpp"

namespace transcript {

static std::unique_ptr<RE2> compile(const char* pattern, bool capture = false) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_never_capture(!capture);
  return std::make_unique<RE2>(pattern, o);
}

#define MONTH                                                                                       \
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
  "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"

const Patterns& Patterns::get() {
  static const Patterns p = [] {
    Patterns q;
    q.date_line = compile(
        "(?i)\\s*(?:(?:date|dated|aired|air date|broadcast|posted|published|updated)\\s*:?\\s*)?"
        "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?"
        "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|" MONTH "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" MONTH
        "\\s+\\d{4})"
        "(?:\\s*[-,]?\\s*\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*");
    q.photo_caption = compile(
        ", (?:left|right|center|second from (?:left|right)|top|bottom),|\\bCredit [A-Z][^/]{1,60}/[A-Z]");
    q.introduction = compile(
        "\\b(?:[Tt]his is(?: from)?|[Ff]rom|[Mm]eet|[Nn]ame is|[Ww]elcome)\\s+"
        "([A-Z][a-z]+(?:\\s+[A-Z]\\.)?\\s+[A-Z][A-Za-z'\\-]+)\\b",
        true);
    return q;
  }();
  return p;
}

std::string Patterns::error() const {
  for (const RE2* re : {date_line.get(), photo_caption.get(), introduction.get()})
    if (!re->ok()) return re->error();
  return {};
}

}  // namespace transcript
