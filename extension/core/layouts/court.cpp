// The court layout: trial and oral-argument transcripts (LAYOUTS.md, "court").
//
// A page is 25 numbered lines, often double-spaced, between a filing stamp or running head and
// a page number or reporter's footer. The lexer reads each physical line once: it cuts off the
// realtime clock (start_time), the line number and the page furniture, so that a Text piece
// holds only the words of its line while its span stays in the original bytes. Parts: the front
// matter (caption, appearances: meta, and the source of full names and of the judge), the
// proceedings, and the back matter (reporter's certificate, word index: meta).
#include "layouts/court.hpp"

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

#include "text.hpp"

namespace transcript {
namespace {

constexpr size_t kMaxLabelBytes = 80;
constexpr size_t kMaxLabelWords = 7;
constexpr int kMaxCueLines = 6;     // a wrapped "(Whereupon, ..." closes within this many lines
constexpr size_t kHeadingGap = 8;   // headings are indented further than running text
constexpr size_t kMinNumbered = 10; // numbered lines seen before an unnumbered one may end the body

bool is_hspace_byte(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

size_t ifind(std::string_view s, std::string_view needle, size_t from = 0) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  // The usual answer, "nowhere", from icontains(), which reads sixteen places at a time.
  if (from == 0 && !icontains(s, needle)) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= s.size(); ++i)
    if (lower_ascii(s[i]) == lower_ascii(needle[0]) && iequals(s.substr(i, needle.size()), needle)) return i;
  return std::string_view::npos;
}

std::string_view strip_punct(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ':')) w.remove_suffix(1);
  return w;
}

bool word_is(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list)
    if (iequals(w, x)) return true;
  return false;
}

// ---------------------------------------------------------------- lines and page furniture

struct Line {
  uint32_t n = 0;          // line number as sed counts
  size_t lb = 0, le = 0;   // the physical line
  size_t b = 0, e = 0;     // its words: after the clock and the line number, trimmed
  size_t gap = 0;          // white space between the line number and the words
  bool numbered = false;   // carried a transcript line number (1-25)
  bool furniture = false;  // filing stamp, running head, footer, page number
  bool stamp = false;      // furniture that only court transcripts have
  double time = kNoTime;   // realtime clock at the line start
  bool empty() const { return b >= e; }
};

// "01:41:27" (or "1:41:27") at s[p]: seconds since midnight, or -1; `len` gets its length.
double clock_at(std::string_view s, size_t p, size_t e, size_t& len) {
  if (p >= e || !is_digit(s[p])) return -1;  // most lines: one look
  size_t h1 = p + 1 < e && s[p + 1] == ':' ? 1 : 2;  // digits of the hour
  if (h1 == 2 && !(p + 2 < e && s[p + 2] == ':')) return -1;  // a line number: two looks
  len = h1 + 6;
  if (p + len > e) return -1;
  auto d = [&](size_t i) { return is_digit(s[p + i]); };
  if (!(d(0) && (h1 == 1 || d(1)) && s[p + h1] == ':' && d(h1 + 1) && d(h1 + 2) && s[p + h1 + 3] == ':' &&
        d(h1 + 4) && d(h1 + 5)))
    return -1;
  if (p + len < e && !is_hspace_byte(s[p + len])) return -1;
  int h = h1 == 1 ? s[p] - '0' : (s[p] - '0') * 10 + (s[p + 1] - '0');
  int m = (s[p + h1 + 1] - '0') * 10 + (s[p + h1 + 2] - '0');
  int sec = (s[p + h1 + 4] - '0') * 10 + (s[p + h1 + 5] - '0');
  if (h > 23 || m > 59 || sec > 59) return -1;
  return h * 3600.0 + m * 60.0 + sec;
}

// The session's start in the caption, "1:41 P.M." / "9:05 a.m.": 1 for afternoon, 0 for
// morning, -1 if the line gives none.
int session_half(std::string_view c) {
  for (size_t i = 4; i + 2 < c.size(); ++i) {
    char h = lower_ascii(c[i]);
    if ((h != 'p' && h != 'a') || c[i + 1] != '.' || lower_ascii(c[i + 2]) != 'm') continue;
    size_t j = i;
    while (j > 0 && c[j - 1] == ' ') --j;
    if (j == i || j < 4 || !is_digit(c[j - 1]) || !is_digit(c[j - 2]) || c[j - 3] != ':' || !is_digit(c[j - 4]))
      continue;
    return h == 'p';
  }
  return -1;
}

// Page furniture that stands on a line of its own. One look at the first byte: most lines are
// speech.
void classify_furniture(std::string_view c, Line& L) {
  switch (c[0]) {
    case 'C':  // "Case 2:14-cv-00911-JRG Document 433 Filed 03/28/16 Page 71 of 145 PageID #: 16582"
      L.stamp = L.furniture = c.starts_with("Case ") && c.find(" Document ") != std::string_view::npos;
      return;
    case 'O':
      L.stamp = L.furniture = c.starts_with("Official - Subject to Final Review");
      return;
    case 'A':
      L.stamp = L.furniture = c.starts_with("Alderson Reporting");
      return;
    case 'H':
      L.stamp = L.furniture = c.starts_with("Heritage Reporting");
      return;
    default:
      if (is_digit(c[0])) L.furniture = std::all_of(c.begin(), c.end(), [](char ch) { return is_digit(ch); });
      return;
  }
}

// skip_space() for the long runs of blanks that indent a transcript line or follow its label
// ("17               MR. LONG:        Well,"): ASCII white space sixteen bytes at a time,
// skip_space() for the rest (the last bytes, a non-ASCII space). Inline: a call would cost more
// than the usual run.
[[gnu::always_inline]] inline size_t skip_blanks(std::string_view s, size_t b, size_t e) {
  if (b < e && s[b] > ' ') return b;  // a printable ASCII byte: no blank at all
#if defined(__SSE2__)
  for (; b + 16 <= e; b += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + b));
    if (unsigned m = unsigned(_mm_movemask_epi8(ascii_space_mask(v))) ^ 0xFFFFu) {
      b += size_t(__builtin_ctz(m));
      return s[b] >= 0 ? b : skip_space(s, b, e);  // an ASCII byte ends the run; NBSP may not
    }
  }
#endif
  return skip_space(s, b, e);
}

// decode() of a line that is not empty.
void decode_words(std::string_view s, Line& L) {
  size_t p = skip_blanks(s, L.lb, L.le);
  size_t clock_len = 0;
  if (double t = clock_at(s, p, L.le, clock_len); t >= 0) {
    L.time = t;
    p = skip_space(s, p + clock_len, L.le);
  }
  size_t q = p;
  while (q < L.le && q - p < 3 && is_digit(s[q])) ++q;
  if (q > p && q - p <= 2 && (q == L.le || space_at(s, q))) {
    int v = q - p == 1 ? s[p] - '0' : (s[p] - '0') * 10 + (s[p + 1] - '0');
    if (v >= 1 && v <= 25) {
      L.numbered = true;
      size_t w = skip_blanks(s, q, L.le);
      L.gap = w - q;
      p = w;
    }
  }
  L.b = p;
  L.e = trim_end(s, p, L.le);
  if (L.b < L.e && !L.numbered) classify_furniture(s.substr(L.b, L.e - L.b), L);
}

// Reads the clock, the line number and the furniture of the line L.lb..L.le. Inline: every
// other line of a double-spaced page is empty, and is done with here.
[[gnu::always_inline]] inline void decode(std::string_view s, Line& L) {
  L.time = kNoTime;
  L.numbered = L.furniture = L.stamp = false;
  L.gap = 0;
  if (L.lb == L.le) {
    L.b = L.e = L.lb;
    return;
  }
  decode_words(s, L);
}

// A line that may be letter-spaced: one look, before any string is made (most lines are not).
bool may_be_spaced(std::string_view c) { return c.size() >= 7 && c[1] == ' ' && c[3] == ' '; }

// spaced_word() of a line that may be letter-spaced.
std::string letter_spaced_word(std::string_view c) {
  std::string w;
  size_t singles = 0;
  for (auto t : split_words(c)) {
    if (t.size() != 1 || !is_alpha(t[0])) return {};
    w += char(t[0] & ~0x20);
    ++singles;
  }
  return singles >= 4 ? w : std::string();
}

// "P R O C E E D I N G S" -> "PROCEEDINGS"; "" unless the line is letter-spaced. Inline, with
// its one look first: most lines are not, and need no call.
inline std::string spaced_word(std::string_view c) { return may_be_spaced(c) ? letter_spaced_word(c) : std::string(); }

// ---------------------------------------------------------------- labels

struct CourtLabel {
  LabelParts parts;         // label, name, role; end: after the ':' or '.'
  bool title_only = false;  // THE COURT, THE WITNESS, COURT SECURITY OFFICER, Q, A
  bool qa = false;
  bool strong = false;      // a form only court transcripts use (ends the front matter)
  bool juror = false;       // JUROR CROW: the name is the title, held by the juror's own full name
  std::string_view examiner;  // "Q (By Mr. Hueston)": the lawyer named inline
  size_t text_b = 0;          // where the words after the label start
};

Span span_of(std::string_view s, std::string_view part) {
  uint32_t b = uint32_t(part.data() - s.data());
  return {b, uint32_t(b + part.size())};
}

// One word of a label: KELLY, MR., O'MALLEY, McATEER, DeRIEUX, NO., 5.
bool is_label_word(std::string_view w, bool first) {
  if (w.empty()) return false;
  if (is_digit(w[0]) || w[0] == '#') return !first;
  if (!is_upper(w[0]) && !non_ascii_letter_at(w, 0)) return false;
  size_t lower = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) continue;
    if (is_lower(c)) ++lower;
    else if (!(is_upper(c) || c == '.' || c == '\'' || c == '-' || c == ',' || is_digit(c))) return false;
  }
  return lower <= 2;
}

bool is_rejected_first_word(std::string_view w) {
  return word_is(strip_punct(w), {"BY", "FOR", "APPEARANCES", "APPEARING", "PRESENT", "ALSO", "RE", "NOTE",
                                  "SUBJECT", "INDEX", "CONTENTS", "EXHIBITS", "WITNESSES", "AND", "IN", "OF",
                                  "TO", "ON", "AT", "DATE", "TIME", "PAGE", "CASE", "CIVIL", "CRIMINAL", "ORAL",
                                  "REBUTTAL", "ARGUMENT", "BEFORE", "TRANSCRIPT", "PLAINTIFF", "PLAINTIFFS",
                                  "DEFENDANT", "DEFENDANTS", "RESPONDENT", "PETITIONER", "CERTIFICATE",
                                  "ANSWER", "INSTRUCTION", "EXHIBIT", "COUNT", "CLAIM", "SECTION", "ARTICLE",
                                  "RULE", "TITLE", "VERDICT", "WHEREUPON"});
}

// Staff who speak under their post; the judge names who holds it.
bool is_staff_title(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kTitles = {
      "COURT SECURITY OFFICER", "COURTROOM DEPUTY", "DEPUTY CLERK", "LAW CLERK", "COURT REPORTER",
      "COURTROOM DEPUTY CLERK", "BAILIFF", "CLERK", "SECURITY OFFICER"};
  for (auto t : kTitles)
    if (iequals(name, t)) return true;
  return false;
}

bool is_honorific_word(std::string_view w) {
  return word_is(w, {"MR.", "MS.", "MRS.", "MISS", "DR.", "JUSTICE", "CHIEF", "GENERAL", "MR", "MS", "MRS", "DR"});
}

bool is_juror_prefix(std::string_view w) {
  return word_is(w, {"JUROR", "VENIREPERSON", "VENIREMAN", "VENIREWOMAN", "VENIREMEMBER", "PANELIST"});
}

// `Q` / `A` (also `Q.`, `A.`): without a period only before a wide gap, the end of the line or
// "(By Mr. X)", so that a line of speech that begins "A lot of" is no label.
std::optional<CourtLabel> qa_label(std::string_view s, size_t b, size_t e) {
  size_t p = b + 1, end = p;
  if (p < e && (s[p] == '.' || s[p] == ':')) {
    end = p + 1;
    if (end < e && !space_at(s, end)) return std::nullopt;
  } else if (p < e) {
    if (!is_hspace_byte(s[p])) return std::nullopt;
    size_t q = p;
    while (q < e && is_hspace_byte(s[q])) ++q;
    bool wide = q - p >= 2 || s[p] == '\t';
    std::string_view rest = s.substr(q, e - q);
    if (!wide && !(rest.starts_with("(By ") || rest.starts_with("(BY "))) return std::nullopt;
  }
  CourtLabel l;
  l.qa = l.title_only = l.strong = true;
  l.parts.label = l.parts.name = {uint32_t(b), uint32_t(b + 1)};
  l.parts.end = end;
  l.text_b = skip_blanks(s, end, e);
  std::string_view rest = s.substr(l.text_b, e - l.text_b);
  if (rest.starts_with("(By ") || rest.starts_with("(BY ")) {
    size_t close = rest.find(')');
    if (close != std::string_view::npos && close < 60) {
      l.examiner = rest.substr(4, close - 4);
      l.text_b = skip_space(s, l.text_b + close + 1, e);
    }
  }
  return l;
}

// A label at s[b..e): `THE COURT:`, `MR. SMITH:`, `CHIEF JUSTICE ROBERTS:`, `JUROR SUE GREEN:`,
// `COURT SECURITY OFFICER:`, `Q`, `A.`. `strict`: only the forms that court transcripts use
// (honorifics, THE + post, jurors, staff, Q/A), not any `NAME:`.
// A named label s[b, colon) ("THE COURT", "MR. VANCE", "JUROR NO. 5"), paren the position of its
// "(...)" or npos: a function of those bytes alone (RecentLabels); text_b is left to the caller.
std::optional<CourtLabel> court_label_before(std::string_view s, size_t b, size_t colon, size_t paren);

CourtLabel moved(CourtLabel l, size_t at, bool forward) {
  l.parts = moved(l.parts, at, forward);
  return l;
}

using CourtLabelMemo = RecentLabels<CourtLabel>;

// The first ':' or '(' in s[b, lim), or lim: sixteen bytes at a time where s holds them (a
// label's end is sought on every line that starts with a capital).
size_t find_colon_or_paren(std::string_view s, size_t b, size_t lim) {
#if defined(__SSE2__)
  for (; b < lim && b + 16 <= s.size(); b += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + b));
    unsigned m = unsigned(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')), _mm_cmpeq_epi8(v, _mm_set1_epi8('(')))));
    if (m) return std::min(lim, b + size_t(__builtin_ctz(m)));
  }
#endif
  while (b < lim && s[b] != ':' && s[b] != '(') ++b;
  return std::min(b, lim);
}

// parse_court_label() once s[b] is a capital.
std::optional<CourtLabel> court_label_at(std::string_view s, size_t b, size_t e, bool strict, CourtLabelMemo* memo) {
  if ((s[b] == 'Q' || s[b] == 'A') && (b + 1 == e || !is_alpha(s[b + 1]))) return qa_label(s, b, e);
  size_t lim = std::min(e, b + kMaxLabelBytes);
  size_t colon = std::string_view::npos, paren = std::string_view::npos, after_paren = 0;
  // Up to the first ':' or '(' no byte matters.
  for (size_t i = find_colon_or_paren(s, b, lim); i < lim; ++i) {
    char c = s[i];
    if (c == ':') {
      colon = i;
      break;
    }
    if (c == '(') {  // "THE WITNESS (Through Interpreter):"
      size_t close = s.substr(0, lim).find(')', i);  // within the label: never a search of the rest
      if (close == std::string_view::npos || close >= lim) return std::nullopt;
      if (paren == std::string_view::npos) paren = i;
      i = close;
      after_paren = close + 1;
      continue;
    }
    if (after_paren && !is_hspace_byte(c)) return std::nullopt;  // words after a parenthetical
  }
  if (colon == std::string_view::npos || colon == b) return std::nullopt;
  if (colon + 1 < e && !space_at(s, colon + 1)) return std::nullopt;  // "10:30", "http://"
  auto named = [&] { return court_label_before(s, b, colon, paren); };
  std::optional<CourtLabel> l = memo ? memo->get(s, b, colon, named) : named();
  if (!l || (strict && !l->strong)) return std::nullopt;
  l->text_b = skip_blanks(s, colon + 1, e);
  return l;
}

// A label at s[b, e); strict: only the forms that court transcripts alone use. With a memo, a
// named label met again is not parsed again. Every label starts with a capital: the lines of
// running text that do not are turned away here, inline.
[[gnu::always_inline]] inline std::optional<CourtLabel> parse_court_label(std::string_view s, size_t b, size_t e,
                                                                          bool strict, CourtLabelMemo* memo = nullptr) {
  if (b >= e || !is_upper(s[b])) return std::nullopt;
  return court_label_at(s, b, e, strict, memo);
}

std::optional<CourtLabel> court_label_before(std::string_view s, size_t b, size_t colon, size_t paren) {
  if (trim_end(s, b, colon) != colon) return std::nullopt;  // "NAME :"
  size_t ne = trim_end(s, b, paren != std::string_view::npos ? paren : colon);
  std::string_view name = s.substr(b, ne - b);
  auto words = split_words(name);
  if (words.empty() || words.size() > kMaxLabelWords || is_rejected_first_word(words[0])) return std::nullopt;
  // Numbers only in numbered voices (JUROR NO. 5, SPEAKER 2), not in "QUESTION NO. 1:" read
  // out from a verdict form.
  bool numbered_voice = is_juror_prefix(words[0]) ||
                        word_is(words[0], {"PROSPECTIVE", "SPEAKER", "UNIDENTIFIED", "VOICE", "UNKNOWN"});
  for (size_t i = 0; i < words.size(); ++i)
    if (!is_label_word(words[i], i == 0) || (!numbered_voice && is_digit(words[i][0]))) return std::nullopt;
  CourtLabel l;
  l.parts.label = {uint32_t(b), uint32_t(colon)};
  l.parts.name = span_of(s, name);
  l.parts.end = colon + 1;
  std::string_view w0 = words[0];
  if (iequals(w0, "THE") && words.size() >= 2) {  // THE COURT, THE WITNESS, THE CLERK: the post is the role
    l.title_only = true;
    std::string_view post(words[1].data(), name.data() + name.size() - words[1].data());
    l.parts.role = span_of(s, post);
    l.strong = word_is(words[1], {"COURT", "WITNESS", "CLERK", "BAILIFF", "MARSHAL", "INTERPRETER", "REPORTER",
                                  "DEPUTY", "FOREPERSON", "FOREMAN", "VIDEOGRAPHER"});
  } else if (is_staff_title(name)) {
    l.title_only = true;
    l.parts.role = l.parts.name;
    l.strong = !iequals(name, "COURT REPORTER");  // the reporter's line of the appearances
  } else if (is_juror_prefix(w0) || (words.size() >= 3 && iequals(w0, "PROSPECTIVE") && is_juror_prefix(words[1]))) {
    // "JUROR SUE GREEN" is Sue Green; "JUROR NO. 5" names no one else.
    size_t k = iequals(w0, "PROSPECTIVE") ? 2 : 1;
    if (k < words.size() && !is_digit(words[k][0]) && words[k][0] != '#' && !iequals(words[k], "NO.")) {
      std::string_view rest(words[k].data(), name.data() + name.size() - words[k].data());
      l.parts.name = span_of(s, rest);
      l.juror = l.title_only = true;
    }
    l.strong = true;
  } else {
    l.strong = is_honorific_word(w0) && words.size() >= 2;
  }
  return l;
}

// ---------------------------------------------------------------- names in the text

bool is_person_word(std::string_view w) {
  w = strip_punct(w);
  if (w.empty() || !(is_upper(w[0]) || w[0] == '"')) return false;
  for (char c : w)
    if (!(is_alpha(c) || c == '\'' || c == '-' || c == '.' || c == '"' || static_cast<unsigned char>(c) >= 0x80))
      return false;
  return true;
}

bool is_suffix_word(std::string_view w) { return word_is(strip_punct(w), {"JR", "SR", "II", "III", "IV"}); }

// Name words from words[i]: up to five, stopping at a comma (", JR." is kept) or a non-name.
std::string read_person(const Words& words, size_t i, size_t max_words = 5) {
  std::string name;
  size_t n = 0;
  for (; i < words.size() && n < max_words; ++i) {
    std::string_view w = words[i];
    if (!is_person_word(w)) break;
    bool comma = w.back() == ',';
    if (comma) w.remove_suffix(1);
    if (!name.empty()) name += ' ';
    name.append(w);
    ++n;
    // "Green." ends the name (not "C.", the initial): "My name is Larry Green. I live ..."
    if (w.back() == '.' && strip_punct(w).size() > 1 && !is_suffix_word(w) && !is_honorific_word(w)) break;
    if (comma) {
      if (i + 1 < words.size() && is_suffix_word(words[i + 1])) {
        std::string_view sfx = words[i + 1];
        while (!sfx.empty() && (sfx.back() == ',' || sfx.back() == ';')) sfx.remove_suffix(1);
        name += ", ";
        name.append(sfx);
        ++n;
      }
      break;
    }
  }
  while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == ':')) name.pop_back();
  if (name.size() > 2 && name.back() == '.' && name[name.size() - 3] != ' ' && !name.ends_with("JR.") &&
      !name.ends_with("SR.") && !name.ends_with("Jr.") && !name.ends_with("Sr."))
    name.pop_back();  // the full stop after a surname, not an initial's
  return n >= 2 ? upper_ascii(name) : std::string();
}

// The words after "HONORABLE" in "BEFORE THE HONORABLE JUDGE RODNEY GILSTRAP": the judge.
std::string judge_in(std::string_view c) {
  size_t h = ifind(c, "HONORABLE ");
  if (h == std::string_view::npos) return {};
  auto words = split_words(c.substr(h + 10));
  size_t i = 0;
  while (i < words.size() &&
         word_is(strip_punct(words[i]), {"JUDGE", "JUSTICE", "CHIEF", "MAGISTRATE", "DISTRICT", "SENIOR", "U.S"}))
    ++i;
  return read_person(words, i);
}

// A witness heading: `MATHIEU MARTYN, PLAINTIFF'S WITNESS, PREVIOUSLY SWORN`,
// `QI "PETER" LI, PLAINTIFF'S WITNESS, SWORN`, `JOHN DOE, having been duly sworn, ...`.
std::string witness_in(std::string_view c) {
  size_t comma = c.find(',');
  if (comma == std::string_view::npos || comma < 3) return {};
  std::string_view rest = c.substr(comma);
  bool sworn = icontains(rest, "sworn") || icontains(rest, "witness") || icontains(rest, "called");
  if (!sworn) return {};
  std::string_view name = c.substr(0, comma);
  bool caps = std::none_of(name.begin(), name.end(), [](char ch) { return is_lower(ch); });
  if (!caps && !icontains(rest, "having been")) return {};
  auto words = split_words(name);
  if (words.size() < 2 || words.size() > 6) return {};
  for (auto w : words)
    if (!is_person_word(w)) return {};
  return upper_ascii(name);
}

// "Mr. McAteer, our Court Security Officer" / "the Court Security Officer, Mr. Floyd".
const RE2& staff_before_title() {
  static const RE2 re(
      "(?:^|[^A-Za-z])(?:Mr|Ms|Mrs|Miss)\\.?\\s+([A-Z][A-Za-z'\\-]+),?\\s+(?:who is\\s+)?(?:our|the|my)\\s+"
      "((?i:court\\s+security\\s+officer|courtroom\\s+deputy|deputy\\s+clerk|law\\s+clerk|bailiff))");
  return re;
}
const RE2& staff_after_title() {
  static const RE2 re(
      "((?i:court\\s+security\\s+officer|courtroom\\s+deputy|deputy\\s+clerk|law\\s+clerk|bailiff)),?\\s+"
      "(?:Mr|Ms|Mrs|Miss)\\.?\\s+([A-Z][A-Za-z'\\-]+)");
  return re;
}

// The words that a line of speech is tested for, found in one pass over it.
struct Words {
  bool witness = false, call = false, staff = false;
};
// The keyword (if any) at c[i]: a place whose letters pass the test of keywords() below.
void keyword_at(std::string_view c, size_t i, Words& k) {
  std::string_view at = c.substr(i);
  switch (lower_ascii(c[i])) {
    case 'w': k.witness |= istarts_with(at, "witness"); break;
    case 'c': k.call |= istarts_with(at, "call"); k.staff |= istarts_with(at, "clerk"); break;
    case 'o': k.staff |= istarts_with(at, "officer"); break;
    case 'd': k.staff |= istarts_with(at, "deputy"); break;
    case 'b': k.staff |= istarts_with(at, "bailiff"); break;
    default: break;
  }
}

Words keywords(std::string_view c) {
  // A keyword starts with wi, ca, cl, of, de or ba (either case): the places with one of these
  // pairs are found sixteen at a time, the few of them read with keyword_at().
  Words k;
  size_t i = 0;
#if defined(__SSE2__)
  // Bit j: a pair starts at c[at + j] (c[at, at + 17) is read).
  auto pairs = [&](size_t at) {
    const __m128i lower = _mm_set1_epi8(0x20);  // ASCII letters to lower case; others do not matter
    const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c.data() + at)), lower);
    const __m128i n = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c.data() + at + 1)), lower);
    auto eq = [](__m128i x, char ch) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(ch)); };
    const __m128i a = eq(n, 'a');
    const __m128i w = _mm_or_si128(_mm_and_si128(eq(v, 'w'), eq(n, 'i')),
                                   _mm_and_si128(eq(v, 'c'), _mm_or_si128(a, eq(n, 'l'))));
    const __m128i o = _mm_or_si128(_mm_and_si128(eq(v, 'o'), eq(n, 'f')), _mm_and_si128(eq(v, 'd'), eq(n, 'e')));
    return unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(w, o), _mm_and_si128(eq(v, 'b'), a))));
  };
  for (; i + 17 <= c.size(); i += 16) {
    for (unsigned m = pairs(i); m; m &= m - 1) {
      const size_t p = i + size_t(__builtin_ctz(m));
      if (p + 4 <= c.size()) keyword_at(c, p, k);
    }
  }
  // The last places (a keyword has four letters or more): one block that ends where c ends,
  // with the places already read shifted out.
  if (i + 4 <= c.size() && c.size() >= 17) {
    const size_t at = c.size() - 17;
    for (unsigned m = (pairs(at) >> (i - at)) & ((1u << (c.size() - 3 - i)) - 1); m; m &= m - 1)
      keyword_at(c, i + size_t(__builtin_ctz(m)), k);
    i = c.size();
  }
#endif
  for (; i + 4 <= c.size(); ++i) {
    char next = lower_ascii(c[i + 1]);  // the second letter rules out most places
    if (next != 'i' && next != 'a' && next != 'l' && next != 'f' && next != 'e') continue;
    keyword_at(c, i, k);
  }
  return k;
}

// title_key(name) is "A" or "WITNESS": the witness speaks. Such a name ends in an A or an S
// before any '.' or ':', which spares most titles (THE COURT, Q) the building of a key.
bool witness_title(std::string_view name) {
  size_t e = trim_end(name, 0, name.size());
  while (e > 0 && (name[e - 1] == '.' || name[e - 1] == ':')) --e;
  char last = e > 0 ? lower_ascii(name[e - 1]) : '\0';
  if (last != 'a' && last != 's') return false;
  std::string key = title_key(name);
  return key == "A" || key == "WITNESS";
}

std::string single_spaced_upper(std::string_view s) {
  std::string out;
  for (auto w : split_words(s)) {
    if (!out.empty()) out += ' ';
    out += upper_ascii(w);
  }
  return out;
}

// ---------------------------------------------------------------- the lexer

enum class Part { Front, Body, Back };

constexpr size_t kLongLine = 4096;

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lx_(out), out_(out.pieces) {}

  void run(size_t from) {
    LineReader lines(s_, from);
    Line L;
    while (next(lines, L)) {
      if (L.furniture) {
        page_break_ = true;
        continue;
      }
      if (L.empty()) {
        if (L.numbered) break_ = true;
        continue;
      }
      if (!std::isnan(L.time)) L.time = wall_clock(L.time);
      if (L.numbered) ++numbered_;
      std::string_view c = s_.substr(L.b, L.e - L.b);
      // A line of kilobytes is no label, heading or roster line of a court transcript (their
      // lines hold some 60 characters): its words are read without the per-line analyses,
      // which split a line into words.
      if (c.size() > kLongLine) {
        if (part_ == Part::Body) text(L, L.b, L.e);
        else block(Piece::Type::Meta, L);
        page_break_ = break_ = false;
        continue;
      }
      switch (part_) {
        case Part::Front: front(L, c, lines); break;
        case Part::Body: body(L, c, lines); break;
        case Part::Back: back(L, c); break;
      }
      page_break_ = break_ = false;
    }
    finish();
  }

 private:
  bool next(LineReader& lines, Line& L) {
    size_t lb, le;
    if (!lines.next(lb, le)) return false;
    L.n = lines.line();
    L.lb = lb;
    L.le = le;
    decode(s_, L);
    return true;
  }

  // Seconds since midnight of the first day from a realtime clock as written. Reporters'
  // clocks are often 12-hour: "01:41:27" in a session that the caption says began at
  // "1:41 P.M." is 13:41:27, and so is every clock before 12:00 after one that ran from 12:xx
  // to 01:xx (past noon). A clock at 00:xx or past 12:59 is a 24-hour clock, read as written.
  // A clock that goes back by half a day is the next day.
  double wall_clock(double t) {
    int h = int(t / 3600);
    if (h == 0 || h >= 13) twenty_four_ = true;
    bool before_noon = !twenty_four_ && h >= 1 && h <= 11;
    if (before_noon && last_hour_ == 12) afternoon_ = true;
    if (before_noon && afternoon_) t += 43200;
    last_hour_ = h;
    if (t + day_ + 43200 < last_time_) day_ += 86400;
    t += day_;
    last_time_ = t;
    return t;
  }

  // Inline: once a piece, where the call cost as much as the push.
  [[gnu::always_inline]] Piece& push(Piece::Type type, const Line& L, size_t b, size_t e) {
    Piece& p = push_piece(out_, type, L.n, b, e);
    if (!std::isnan(L.time)) out_.extra(p).start_time = L.time;
    return p;
  }

  // Meta and prose lines: one row per block, a block ending at a page break, an empty
  // numbered line or a change of kind.
  void block(Piece::Type type, const Line& L, bool new_block = false) {
    bool start = new_block || page_break_ || break_ || out_.empty() || out_.back().type != type;
    push(type, L, L.b, L.e).paragraph_start = start;
  }

  // ---- front matter: caption, appearances, contents

  void front(const Line& L, std::string_view c, LineReader& lines) {
    // The first time in the caption is the session's start (later ones may be a schedule).
    if (!session_known_ && last_time_ < 0) {
      int half = session_half(c);
      session_known_ = half >= 0;
      afternoon_ = half == 1;
    }
    if (spaced_word(c) == "PROCEEDINGS") {
      block(Piece::Type::Meta, L, true);
      part_ = Part::Body;
      return;
    }
    if (auto l = parse_court_label(s_, L.b, L.e, true, &labels_); l && !l->qa) {
      part_ = Part::Body;
      body(L, c, lines);
      return;
    }
    // "The above-entitled matter came on for oral argument ... at 10:12 a.m." is prose.
    if (prose_ > 0 || istarts_with(c, "The above-entitled") || istarts_with(c, "The above entitled")) {
      block(Piece::Type::Prose, L);
      prose_ = c.back() == '.' ? 0 : prose_ > 0 ? prose_ - 1 : 4;  // up to its full stop
      return;
    }
    front_names(c);
    block(Piece::Type::Meta, L);
  }

  // Full names on the caption and appearances pages: the judge, the lawyers.
  void front_names(std::string_view c) {
    if (judge_.empty()) {
      if (std::string j = judge_in(c); !j.empty()) {
        judge_ = j;
        lx_.names.add_full_name(j, 5);
        lx_.hold("COURT", j);
        return;
      }
    }
    // "Also Present:  DEREK HOLT, Videographer": THE VIDEOGRAPHER is Derek Holt.
    for (std::string_view post : {"Videographer", "Interpreter"}) {
      size_t at = ifind(c, post);
      if (at == std::string_view::npos || at < 2 || c[at - 2] != ',' || at + post.size() != c.size()) continue;
      std::string_view before = c.substr(0, at - 2);
      if (size_t colon = before.rfind(": "); colon != std::string_view::npos) before.remove_prefix(colon + 2);
      std::string name = read_person(split_words(before), 0);
      if (name.empty() || split_words(before).size() != split_words(name).size()) continue;
      add_name(name);
      lx_.hold(upper_ascii(post), name);
      return;
    }
    // "ROBERT A. LONG, ESQ., Washington, D.C.; for ..."
    if (size_t esq = ifind(c, ", ESQ"); esq != std::string_view::npos) {
      // The name after any lead-in that ends in a colon: "BY:  THOMAS R. VANCE, ESQ.".
      std::string_view before = c.substr(0, esq);
      if (size_t colon = before.rfind(": "); colon != std::string_view::npos) before.remove_prefix(colon + 2);
      auto words = split_words(before);
      bool all = !words.empty() && std::all_of(words.begin(), words.end(), [](auto w) { return is_person_word(w); });
      if (all && words.size() <= 6) add_name(read_person(words, 0, 6));
      return;
    }
    auto words = split_words(c);
    bool any = false;
    for (size_t i = 0; i + 1 < words.size(); ++i) {  // "Mr. John C. Hueston", "MS. TERESA MONROE"
      if (word_is(words[i], {"Mr.", "Ms.", "Mrs.", "Dr.", "Miss"})) {
        std::string name = read_person(words, i + 1);
        if (!name.empty()) add_name(name), any = true;
      }
    }
    // "ALAN G. LAQUER": a name with a middle initial, alone on its line.
    if (!any && words.size() >= 3 && words.size() <= 4) {
      bool caps = std::none_of(c.begin(), c.end(), [](char ch) { return is_lower(ch); });
      bool initial = false;
      for (size_t i = 1; i + 1 < words.size(); ++i) initial |= words[i].size() == 2 && words[i][1] == '.';
      if (caps && initial && words.front().size() >= 2 && words.back().size() >= 2) add_name(read_person(words, 0));
    }
  }

  void add_name(const std::string& name) {
    if (!name.empty()) lx_.names.add_full_name(name, 5);
  }

  // ---- back matter: certificate, word index

  void back(const Line& L, std::string_view c) {
    if (spaced_word(c) == "PROCEEDINGS") {  // the next session of a file that holds several
      block(Piece::Type::Meta, L, true);
      part_ = Part::Body;
      return;
    }
    block(Piece::Type::Meta, L);
  }

  bool starts_back_matter(const Line& L, std::string_view c) {
    // The word index after the last page: lines without numbers, full of page:line references.
    if (!L.numbered && numbered_ >= kMinNumbered) {
      for (size_t i = 1; i + 1 < c.size(); ++i)
        if (c[i] == ':' && is_digit(c[i - 1]) && is_digit(c[i + 1])) return true;
    }
    // The reporter's certificate: its heading in capitals, or its first sentence.
    char c0 = c[0];
    if (c0 != 'C' && c0 != 'R' && c0 != 'I') return false;
    if (istarts_with(c, "I HEREBY CERTIFY")) return true;
    if (c.size() > 48 || std::any_of(c.begin(), c.end(), [](char ch) { return is_lower(ch); })) return false;
    std::string squeezed;
    for (char ch : c)
      if (is_alpha(ch)) squeezed += char(ch & ~0x20);
    return squeezed == "CERTIFICATE" || squeezed == "CERTIFICATION" || squeezed == "REPORTERSCERTIFICATE" ||
           squeezed == "COURTREPORTERSCERTIFICATE" || squeezed == "CERTIFICATEOFREPORTER" ||
           squeezed == "CERTIFICATEOFCOURTREPORTER" || squeezed == "CERTIFICATEOFOFFICIALREPORTER";
  }

  // ---- the proceedings

  void body(const Line& L, std::string_view c, LineReader& lines) {
    if (starts_back_matter(L, c)) {
      part_ = Part::Back;
      block(Piece::Type::Meta, L, true);
      return;
    }
    if (c[0] == '(' && cue(L, lines)) return;
    if (auto l = parse_court_label(s_, L.b, L.e, false, &labels_)) {
      speech(L, *l);
      return;
    }
    if (L.gap >= kHeadingGap) {  // "GENERAL VERRILLI -- providing for the": the colon left out
      size_t dash = c.find(" --");
      if (dash != std::string_view::npos && dash < kMaxLabelBytes) {
        size_t end = trim_end(s_, L.b, L.b + dash);
        auto words = split_words(c.substr(0, dash));
        bool caps = std::none_of(c.begin(), c.begin() + dash, [](char ch) { return is_lower(ch); });
        if (caps && words.size() >= 2 && words.size() <= 4 && is_honorific_word(words[0])) {
          CourtLabel d;
          d.parts.label = d.parts.name = {uint32_t(L.b), uint32_t(end)};
          d.parts.end = end;
          d.text_b = skip_space(s_, end, L.e);
          speech(L, d);
          return;
        }
      }
    }
    if (heading(L, c)) return;
    text(L, L.b, L.e);
  }

  // Headings between the turns: letter-spaced titles, `BY MR. HUESTON:`, witness headings,
  // `DIRECT EXAMINATION`, `ORAL ARGUMENT OF ...`, rules of asterisks. All meta.
  bool heading(const Line& L, std::string_view c) {
    // A rule of asterisks; not "--", the end of an interrupted sentence.
    if (c.size() >= 3 &&
        std::all_of(c.begin(), c.end(), [](char ch) { return ch == '*' || ch == '=' || ch == '_' || ch == ' '; })) {
      block(Piece::Type::Meta, L);
      return true;
    }
    if (!spaced_word(c).empty()) {
      block(Piece::Type::Meta, L, true);
      return true;
    }
    bool caps = std::none_of(c.begin(), c.end(), [](char ch) { return is_lower(ch); });
    // The examining lawyer from here on: `BY MR. HUESTON:`, `CROSS-EXAMINATION BY MS. DOE`.
    size_t by = istarts_with(c, "BY ") ? 0 : caps ? ifind(c, " BY ") : std::string_view::npos;
    if (by != std::string_view::npos && (by > 0 || c.back() == ':')) {
      std::string_view who = c.substr(by == 0 ? 3 : by + 4);
      while (!who.empty() && (who.back() == ':' || who.back() == '.' || who.back() == ' ')) who.remove_suffix(1);
      auto words = split_words(who);
      bool name = words.size() >= 2 && words.size() <= 5 && is_honorific_word(words[0]) &&
                  std::all_of(words.begin() + 1, words.end(), [](auto w) { return is_person_word(w); });
      if (name) {
        lx_.hold("Q", upper_ascii(who));
        block(Piece::Type::Meta, L);
        return true;
      }
    }
    // witness_in() needs a comma: one memchr() spares most lines the search for "having been".
    bool comma = c.find(',') != std::string_view::npos;
    std::string witness = comma && (caps || icontains(c, "having been")) ? witness_in(c) : std::string();
    if (!witness.empty()) {
      new_witness(witness);
      block(Piece::Type::Meta, L, true);
      return true;
    }
    // A deposition's heading over two lines: "GRETA ANN OSTROWSKI," alone, then "having been
    // first duly sworn, was examined and testified as follows:" (which may wrap).
    if (!pending_witness_.empty()) {
      std::string name = std::move(pending_witness_);
      pending_witness_.clear();
      if (istarts_with(c, "having been") || istarts_with(c, "called as") || istarts_with(c, "a witness") ||
          istarts_with(c, "being first") || istarts_with(c, "after having")) {
        new_witness(name);
        block(Piece::Type::Meta, L);
        sworn_tail_ = c.back() != ':' && c.back() != '.';
        return true;
      }
    }
    if (sworn_tail_) {  // "as follows:", the end of the wrapped heading
      sworn_tail_ = false;
      if (c.size() < 80 && (c.back() == ':' || c.back() == '.') && icontains(c, "follows")) {
        block(Piece::Type::Meta, L);
        return true;
      }
    }
    if (caps && c.back() == ',' && (L.numbered ? L.gap : L.b - L.lb) >= kHeadingGap) {
      auto words = split_words(c.substr(0, c.size() - 1));
      if (words.size() >= 2 && words.size() <= 6 &&
          std::all_of(words.begin(), words.end(), [](auto w) { return is_person_word(w) && w.back() != ','; })) {
        pending_witness_ = upper_ascii(c.substr(0, c.size() - 1));
        block(Piece::Type::Meta, L, true);
        return true;
      }
    }
    if (!caps) return false;
    size_t long_words = 0;
    for (auto w : split_words(c)) long_words += strip_punct(w).size() >= 2;
    bool keyword = icontains(c, "EXAMINATION") || icontains(c, "ARGUMENT OF") || icontains(c, "ON BEHALF OF") ||
                   icontains(c, "VOIR DIRE");
    if (!(keyword || (L.gap >= kHeadingGap && long_words >= 2))) return false;
    for (std::string_view lead : {"ORAL ARGUMENT OF ", "REBUTTAL ARGUMENT OF "})
      if (istarts_with(c, lead)) add_name(read_person(split_words(c.substr(lead.size())), 0, 6));
    block(Piece::Type::Meta, L);
    return true;
  }

  // A parenthesised event: `(Jury out.)`, `(10:12 a.m.)`, or `(Whereupon, at 11:41 a.m., the
  // case in the` wrapped over the next lines up to its `)`.
  bool cue(const Line& L, LineReader& lines) {
    size_t i = L.b + 1;
    while (i < L.e && !is_alpha(s_[i]) && !is_digit(s_[i])) ++i;
    if (i >= L.e || !(is_upper(s_[i]) || is_digit(s_[i]))) return false;  // "(indicating)" is speech
    int depth = 0;
    size_t close = L.e;
    for (size_t k = L.b; k < L.e; ++k) {
      if (s_[k] == '(') ++depth;
      else if (s_[k] == ')' && --depth == 0) {
        close = k;
        break;
      }
    }
    if (close + 1 == L.e) {  // the whole line
      push(Piece::Type::Cue, L, L.b, L.e);
      after_cue();
      return true;
    }
    if (close < L.e) {  // "(Jury in.) THE COURT: ..." but not "(A) the penalty"
      if (s_[close - 1] != '.') return false;
      push(Piece::Type::Cue, L, L.b, close + 1);
      after_cue();
      size_t b = skip_space(s_, close + 1, L.e);
      if (auto l = parse_court_label(s_, b, L.e, false, &labels_)) speech(L, *l, b);  // the label starts after the cue
      else text(L, b, L.e);
      return true;
    }
    // Wrapped: look ahead for the line that closes it.
    LineReader ahead = lines;
    Line x;
    std::string words;
    append_folded(words, s_, L.b, L.e);
    for (int k = 0; k < kMaxCueLines && next(ahead, x);) {
      if (x.furniture || x.empty()) continue;
      ++k;
      if (parse_court_label(s_, x.b, x.e, false, &labels_)) return false;
      for (size_t j = x.b; j < x.e; ++j) {
        if (s_[j] == '(') ++depth;
        else if (s_[j] == ')' && --depth == 0) {
          if (j + 1 != x.e) return false;
          append_folded(words, s_, x.b, x.e);
          lines = ahead;
          Piece& p = push(Piece::Type::Cue, L, L.b, x.e);
          lx_.literal(p, words);
          after_cue();
          return true;
        }
      }
      append_folded(words, s_, x.b, x.e);
    }
    return false;
  }

  void after_cue() {
    target_.kind = Target::None;
    end_introduction();
    std::string_view cue = out_.back().span.of(s_);
    if (icontains(cue, "sworn")) witness_call_ = out_.size();  // (Witness sworn.), not (Witness excused.)
    in_witness_ = false;
  }

  void speech(const Line& L, const CourtLabel& l) { speech(L, l, L.b); }
  void speech(const Line& L, const CourtLabel& l, size_t from) {
    if (!l.examiner.empty()) lx_.hold("Q", upper_ascii(l.examiner));
    Piece& p = push(Piece::Type::Label, L, from, l.parts.end);
    out_.set_label(p, l.parts.label, l.parts.name, l.parts.role);
    p.title_only = l.title_only;
    in_witness_ = false;
    examination_ = l.qa;  // a question may mention calling witnesses
    if (l.title_only) {
      if (witness_title(out_.extra(p).name.of(s_))) {
        // After a call to the stand, THE WITNESS is the witness whose heading follows.
        if (witness_call_ <= last_witness_use_) last_witness_use_ = out_.size();
        in_witness_ = true;
      }
    }
    intro_target(l, p);
    turn_start_ = true;
    if (l.text_b < L.e) text(L, l.text_b, L.e);
  }

  void text(const Line& L, size_t b, size_t e) {
    push(Piece::Type::Text, L, b, e);
    std::string_view c = s_.substr(b, e - b);
    Words k = keywords(c);
    // "The Plaintiff calls as its first witness ...": THE WITNESS from here on is the one
    // whose heading follows.
    if (k.witness && k.call && !examination_) witness_call_ = out_.size();
    if (target_.kind != Target::None) introduction(c);
    turn_start_ = false;
    // The judge names who holds a post: "Mr. McAteer, our Court Security Officer".
    bool staff = k.staff;
    if (staff || prev_staff_) {
      window_.assign(prev_text_);
      window_ += ' ';
      window_.append(c);
      re2::StringPiece in(window_), name, title;
      if (RE2::PartialMatch(in, staff_before_title(), &name, &title) ||
          RE2::PartialMatch(in, staff_after_title(), &title, &name))
        lx_.hold(single_spaced_upper(std::string_view(title.data(), title.size())),
                 upper_ascii(std::string_view(name.data(), name.size())));
    }
    prev_staff_ = staff;
    prev_text_ = c.substr(c.size() > 80 ? c.size() - 80 : 0);  // a view: the text outlives the lexer
  }

  // Self-introductions: "JUROR CROW:  Hi.  I'm Katherine Crow from ...", "A   My name is Mathieu
  // Kennedy O'Brien Martyn." Capitalised words after the cue up to the speaker's surname, also
  // across a line end; anything else ends the search.
  void introduction(std::string_view c) {
    std::string_view rest = c;
    if (!intro_open_) {
      // The cue, which may end the line; or, first thing in the turn, the name itself
      // ("JUROR PEMBERTON:  Sam Pemberton.  I have two kids").
      size_t m = cue_end(c);
      if (m != std::string_view::npos) rest = c.substr(m);
      else if (!turn_start_) return;
      intro_open_ = true;
    }
    for (auto w : split_words(rest)) {
      bool stop = !is_person_word(w) || intro_words_.size() >= 5;
      if (!stop) {
        intro_words_.push_back(w);
        if (iequals(strip_punct(w), target_.surname)) {
          introduced();
          return;
        }
        stop = w.back() == ',' || w.back() == ';' || (w.back() == '.' && strip_punct(w).size() > 1);
      }
      if (stop) {
        end_introduction();
        return;
      }
    }
    // The words ran to the end of the line: the name may go on with the next one.
  }

  // Where the name starts after "my name is", "Name is", "I'm", "I am"; npos if none.
  static size_t cue_end(std::string_view c) {
    auto after = [&](size_t m, size_t len) {
      bool left = m == 0 || c[m - 1] == ' ';
      bool right = m + len == c.size() || c[m + len] == ' ';
      return left && right ? m + len : std::string_view::npos;
    };
    size_t m;
    if ((m = ifind(c, "my name is")) != std::string_view::npos) return after(m, 10);
    if (istarts_with(c, "name is")) return after(0, 7);
    if ((m = c.find("I'm")) != std::string_view::npos) return after(m, 3);
    if ((m = c.find("I am")) != std::string_view::npos) return after(m, 4);
    return std::string_view::npos;
  }

  void end_introduction() {
    intro_words_.clear();
    intro_open_ = false;
  }

  void introduced() {
    std::string name;
    for (auto w : intro_words_) {
      if (!name.empty()) name += ' ';
      name.append(w);
    }
    end_introduction();
    while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ';')) name.pop_back();
    name = upper_ascii(name);
    auto said = split_words(name);
    if (said.size() < 2) return;
    if (target_.kind == Target::Juror) {  // JUROR CROW is Katherine Crow, before and after
      lx_.hold(target_.key, name);
      lx_.names.add_full_name(name, 1);
      introduced_.push_back(target_.key);
    } else {  // the witness of the heading: only a fuller form of the same name
      auto heading = split_words(witness_);
      if (said.size() > heading.size() && iequals(strip_punct(said.front()), strip_punct(heading.front())))
        fuller_[witness_] = name;
    }
    target_.kind = Target::None;
  }

  // Whose introduction the text after this label may hold.
  void intro_target(const CourtLabel& l, const Piece& p) {
    end_introduction();
    target_.kind = Target::None;
    std::string_view name = out_.extra(p).name.of(s_);
    if (l.juror) {
      std::string key = title_key(name);
      if (std::find(introduced_.begin(), introduced_.end(), key) != introduced_.end()) return;
      auto words = split_words(name);
      target_ = {Target::Juror, key, upper_ascii(strip_punct(words.back()))};
    } else if (in_witness_ && !witness_.empty() && !fuller_.count(witness_)) {
      auto words = split_words(witness_);
      size_t last = words.size() - 1;
      while (last > 0 && is_suffix_word(words[last])) --last;
      target_ = {Target::Witness, witness_, std::string(strip_punct(words[last]))};
    }
  }

  // A witness heading: A and THE WITNESS are this witness from the call to the stand on
  // (THE WITNESS may speak before the heading), but not before the last witness's last word.
  void new_witness(const std::string& name) {
    witness_ = name;
    size_t from = out_.size();
    if (witness_call_ >= last_witness_use_ && witness_call_ < from) from = witness_call_;
    for (std::string_view title : {"A", "WITNESS"}) {
      TitleHolder h{from, title_key(title), name};
      auto it = std::upper_bound(lx_.holders.begin(), lx_.holders.end(), from,
                                 [](size_t f, const TitleHolder& x) { return f < x.from_piece; });
      lx_.holders.insert(it, std::move(h));
    }
    witnesses_.push_back(name);
  }

  void finish() {
    for (const std::string& w : witnesses_) {
      auto it = fuller_.find(w);
      lx_.names.add_full_name(it == fuller_.end() ? w : it->second, 10);
    }
    if (fuller_.empty()) return;
    for (TitleHolder& h : lx_.holders)
      if (auto it = fuller_.find(h.holder); it != fuller_.end()) h.holder = it->second;
  }

  std::string_view s_;
  Lexed& lx_;
  PieceList& out_;
  CourtLabelMemo labels_;  // the named labels parsed last
  Part part_ = Part::Front;
  bool page_break_ = false, break_ = false;
  int prose_ = 0;  // lines the front matter's narrative may still run
  size_t numbered_ = 0;
  double day_ = 0, last_time_ = -1;
  int last_hour_ = -1;        // hour of the last clock as written
  bool afternoon_ = false;    // 12-hour clocks before 12:00 are P.M.
  bool twenty_four_ = false;  // the clocks are 24-hour
  bool session_known_ = false;  // the caption gave the session's start time
  std::string judge_;
  std::string witness_;                  // the witness of the last heading
  std::string pending_witness_;          // "JOHN DOE," alone: a heading if "having been" follows
  bool sworn_tail_ = false;              // the two-line heading may wrap onto "as follows:"
  std::vector<std::string> witnesses_;
  std::unordered_map<std::string, std::string> fuller_;  // heading name -> self-stated full name
  size_t witness_call_ = 0;              // 1 + index of the last piece that called a witness
  size_t last_witness_use_ = 0;          // 1 + index of the last A / THE WITNESS label
  bool in_witness_ = false;              // the witness is speaking
  bool examination_ = false;             // in a Q or A turn
  bool prev_staff_ = false;
  struct Target {
    enum Kind { None, Juror, Witness } kind = None;
    std::string key;      // Juror: the title of the label (CROW)
    std::string surname;  // where the introduced name ends
  } target_;
  std::vector<std::string_view> intro_words_;  // an introduction read so far
  bool intro_open_ = false;                     // its cue was read; the name may go on
  bool turn_start_ = false;                     // the next text is the first after a label
  std::vector<std::string> introduced_;         // jurors whose full name is known
  std::string_view prev_text_;  // the last 80 bytes of the last text line
  std::string window_;
};

void lex(std::string_view text, size_t from, Lexed& out) { Lexer(text, out).run(from); }

std::optional<LabelParts> read_label(std::string_view line) {
  Line L;
  L.lb = 0;
  L.le = line.size();
  decode(line, L);
  if (L.furniture || L.empty()) return std::nullopt;
  auto l = parse_court_label(line, L.b, L.e, true);
  if (!l) return std::nullopt;
  return l->parts;
}

// Pages of numbered lines, filing stamps and running heads; else court labels alone.
int sniff(const Head& h) {
  std::string_view head = h.text;
  Line L;
  size_t content = 0, numbered = 0, court = 0, qa = 0, by = 0;
  bool stamp = false;
  for (auto [lb, le] : h.lines) {
    L.lb = lb;
    L.le = le;
    decode(head, L);
    stamp |= L.stamp;
    if (L.furniture || L.empty()) continue;
    ++content;
    numbered += L.numbered;
    // "BY MR. VANCE:", the examining lawyer's line before Q and A.
    std::string_view c = head.substr(L.b, L.e - L.b);
    if (c.back() == ':' && c.size() < 40 && c.starts_with("BY ")) {
      auto words = split_words(c.substr(3));
      by += words.size() >= 2 && is_honorific_word(words[0]);
    }
    // Only Q, A and the bench's labels count here, and a label starts the line: the rest
    // need not be read as labels at all.
    const char first = lower_ascii(c[0]);  // one look decides for most lines
    bool bench = (first == 't' && (istarts_with(c, "THE COURT") || istarts_with(c, "THE WITNESS"))) ||
                 (first == 'j' && istarts_with(c, "JUSTICE ")) || (first == 'c' && istarts_with(c, "CHIEF JUSTICE "));
    if (!bench && c[0] != 'Q' && c[0] != 'A') continue;
    if (auto l = parse_court_label(head, L.b, L.e, true)) {
      std::string_view name = l->parts.label.of(head);
      qa += l->qa;
      court += istarts_with(name, "THE COURT") || istarts_with(name, "THE WITNESS") ||
               istarts_with(name, "JUSTICE ") || istarts_with(name, "CHIEF JUSTICE ");
    }
  }
  bool pages = numbered >= 8 && numbered * 10 >= content * 4;
  if (pages && (stamp || court + qa >= 1)) return 90;
  if (pages) return 60;
  // Without numbered pages only the bench's labels count: `Q:` / `A:` are dialogue's too,
  // unless a `BY MR. X:` line says who asks (a deposition without line numbers).
  return court >= 3 || (by >= 1 && qa >= 2) ? 50 : 0;
}

}  // namespace

const Layout& court_layout() {
  static const Layout layout{"court", &lex, &read_label, &sniff, 90};  // 90: sniff's highest score
  return layout;
}

}  // namespace transcript
