// The broadcast layout: upper-case `NAME[, ROLE]:` labels, parenthesised cues.
#include "layouts/broadcast.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "patterns.hpp"
#include "text.hpp"

namespace transcript {
namespace {

constexpr size_t kMaxLabelBytes = 200;  // NAME (6 words), ROLE and parentheticals
constexpr size_t kMaxNameWords = 6;
constexpr size_t kMaxRoleWords = 10;
constexpr uint32_t kHeaderLines = 60;  // how far down a header line may stand

// Words that make an all-caps phrase a sentence or a tease rather than a name.
bool is_sentence_word(std::string_view w) {
  static const WordSet kWords = {
      "WE", "WILL", "NOT", "IS", "ARE", "WAS", "WERE", "TO", "IN", "ON", "AT", "FOR", "WITH", "THIS",
      "THAT", "THESE", "THOSE", "UP", "IT", "IT'S", "BE", "DO", "DOES", "DON'T", "WHAT", "HOW", "WHY",
      "WHO", "WHEN", "WHERE", "COMING", "NEXT", "BREAKING", "OUR", "YOUR", "MY", "I", "ME", "YOU", "HE",
      "SHE", "THEY", "HERE", "THERE", "NOW", "ALERT", "LIVE", "OR", "BUT", "IF", "SO", "NO", "YES",
      "ALL", "HAS", "HAVE", "HAD", "CAN", "JUST", "ABOUT", "FROM", "AN", "AS", "THE"};
  return kWords.contains(w);
}

// Label names that are headers, not speakers (`FULL TRANSCRIPT:`): the line is meta.
bool is_header_name(std::string_view name) {
  static const WordSet kHeaders = {
      "TRANSCRIPT", "FULL TRANSCRIPT", "RUSH TRANSCRIPT", "EDITOR'S NOTE", "NOTE", "CORRECTION",
      "UPDATE", "SOURCE", "COPYRIGHT", "MANDATORY CREDIT", "CREDIT", "DATE", "HEADLINE", "TITLE",
      "SUBJECT", "SHOW"};
  return kHeaders.contains(name);
}

bool is_abbreviation(std::string_view w) {  // words that may end with '.' inside a name
  static const WordSet kAbbr = {
      "MR", "MRS", "MS", "DR", "SEN", "REP", "GOV", "GEN", "JR", "SR", "ST", "LT", "COL", "SGT",
      "CAPT", "HON", "REV", "PROF", "ADM", "PRES"};
  return kAbbr.contains(w);
}

// One word of an upper-case name: KELLY, O'MALLEY, HOROWITZ-GHAZI, J., MR., McCAIN, #2, LÜTKE.
bool is_name_word(std::string_view w, bool first) {
  if (w.empty()) return false;
  if (w[0] == '#' || is_digit(w[0])) {  // "#2", "1" after a name: numbered anonymous voices
    if (first) return false;
    for (size_t i = w[0] == '#' ? 1 : 0; i < w.size(); ++i)
      if (!is_digit(w[i])) return false;
    return w.size() > (w[0] == '#' ? 1u : 0u);
  }
  std::string_view core = w;
  if (core.back() == '.') {
    core.remove_suffix(1);
    bool initial = core.size() == 1 && is_upper(core[0]);
    bool dotted = core.size() >= 3 && core[1] == '.';  // U.S.
    if (!initial && !dotted && !is_abbreviation(core)) return false;
  }
  bool letter = false;
  for (size_t i = 0; i < core.size(); ++i) {
    char c = core[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t len = non_ascii_letter_at(core, i);
      if (!len) return false;
      letter = true;
      i += len - 1;
      continue;
    }
    if (is_upper(c)) letter = true;
    else if (is_lower(c)) {
      // McCAIN, MacARTHUR, DeSANTIS: a lower-case letter inside a capitalised prefix.
      bool mc = (i == 1 && core[0] == 'M' && c == 'c') || (i == 2 && core.substr(0, 3) == "Mac") ||
                (i == 1 && core[0] == 'D' && (c == 'e' || c == 'a')) || (i == 1 && core[0] == 'L' && c == 'a');
      if (!mc) return false;
    } else if (!(c == '\'' || c == '-' || c == '.' || c == '&' || is_digit(c))) {
      return false;
    }
  }
  return letter;
}

// "Mr.", "Ms.", "Dr." written in mixed case before a name in capitals (older NPR style).
bool is_mixed_case_honorific(std::string_view w) {
  static constexpr std::string_view kHonorifics[] = {"Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Rep.", "Gov.",
                                                     "Gen.", "Prof.", "Rev.", "Sgt.", "Lt.", "Col.", "Capt."};
  for (auto h : kHonorifics)
    if (w == h) return true;
  return false;
}

// "Unidentified Man", "Unidentified Woman #2", "Unknown Speaker": anonymous labels in mixed case.
bool is_mixed_case_anonymous(const Words& words) {
  if (words.size() < 2 || words.size() > 4 || !(words[0] == "Unidentified" || words[0] == "Unknown")) return false;
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view w = words[i];
    bool number = w[0] == '#' || is_digit(w[0]);
    if (!number && !(is_upper(w[0]) && std::all_of(w.begin() + 1, w.end(), [](char c) { return is_lower(c); })))
      return false;
  }
  return true;
}

bool is_descriptor(std::string_view paren) {  // (voice-over), (on camera): not a role
  static constexpr std::string_view kPrefixes[] = {"voice-over", "voice over", "voiceover", "on camera", "off camera",
                                                   "via ", "through ", "on tape", "off-mike", "off mike",
                                                   "translat", "as "};
  static constexpr std::string_view kWords[] = {"vo", "v/o", "sot", "voice"};
  if (!paren.empty() && is_lower(paren[0])) return true;
  for (auto d : kPrefixes)
    if (istarts_with(paren, d)) return true;
  for (auto w : kWords)
    if (iequals(paren, w)) return true;
  return false;
}

// Parses s[b, colon) as a broadcast label. `colon` is the position of the closing ':'.
std::optional<LabelParts> parse_label(std::string_view s, size_t b, size_t colon) {
  size_t e = trim_end(s, b, colon);
  if (e <= b || e - b > kMaxLabelBytes || colon != e) return std::nullopt;  // no space before ':'
  // Name: up to the first ',' or '(' ; then ", role" and "(paren)" parts.
  size_t name_end = b;
  while (name_end < e && s[name_end] != ',' && s[name_end] != '(') ++name_end;
  size_t ne = trim_end(s, b, name_end);
  // "TOMAS REYES reporting:" (older NPR): a reporter's sign-on; the name is before it.
  constexpr std::string_view kReporting = " reporting";
  bool reporting = name_end == e && ne - b > kReporting.size() && s.substr(ne - kReporting.size(), kReporting.size()) == kReporting;
  if (reporting) ne = trim_end(s, b, ne - kReporting.size());
  std::string_view name = s.substr(b, ne - b);
  size_t words = 0;
  size_t letters = 0;
  bool first = true;
  auto name_words = split_words(name);
  // Older NPR transcripts: "Mr. BARACK OBAMA (Democrat, Illinois):", "Unidentified Man #1:".
  bool mixed_anonymous = is_mixed_case_anonymous(name_words);
  for (size_t k = 0; k < name_words.size(); ++k) {
    std::string_view w = name_words[k];
    bool honorific = first && name_words.size() > 1 && is_mixed_case_honorific(w);
    if (++words > kMaxNameWords || !(honorific || mixed_anonymous || is_name_word(w, first))) return std::nullopt;
    if (!(first && iequals(w, "THE")) && is_sentence_word(w)) return std::nullopt;
    for (char c : w) letters += is_alpha(c) || (static_cast<unsigned char>(c) >= 0xC0);
    first = false;
  }
  if (words == 0) return std::nullopt;
  if (letters < 2 && !(name == "Q" || name == "A")) return std::nullopt;
  LabelParts parts;
  parts.label = {uint32_t(b), uint32_t(e)};
  parts.name = {uint32_t(b), uint32_t(ne)};
  parts.end = colon + 1;
  // The rest: any mix of "(...)" and ", ...".
  size_t i = name_end;
  Span paren_role{};
  while (i < e) {
    if (s[i] == '(') {
      size_t close = s.substr(0, e).find(')', i);  // within the label: never a search of the rest
      if (close == std::string_view::npos || close >= e || close - i > 120) return std::nullopt;
      std::string_view inner = s.substr(i + 1, close - i - 1);
      bool letters = std::any_of(inner.begin(), inner.end(), [](char ch) { return is_alpha(ch); });
      if (paren_role.empty() && letters && !is_descriptor(inner))
        paren_role = {uint32_t(i + 1), uint32_t(close)};
      i = skip_space(s, close + 1, e);
    } else if (s[i] == ',') {
      size_t rb = skip_space(s, i + 1, e);
      size_t re = rb;
      while (re < e && s[re] != '(') ++re;
      size_t rt = trim_end(s, rb, re);
      if (rt <= rb) return std::nullopt;
      std::string_view role = s.substr(rb, rt - rb);
      if (split_words(role).size() > kMaxRoleWords || role.find_first_of(";\"?!") != std::string_view::npos)
        return std::nullopt;
      if (parts.role.empty()) parts.role = {uint32_t(rb), uint32_t(rt)};
      i = re;
    } else {
      return std::nullopt;  // words after a parenthetical: not a label
    }
  }
  if (parts.role.empty()) parts.role = paren_role;
  return parts;
}

// Where the colon of a label at s[b, e) is, or npos where the line cannot start with one.
size_t label_colon(std::string_view s, size_t b, size_t e) {
  if (b >= e) return std::string_view::npos;
  if (!(is_upper(s[b]) || non_ascii_letter_at(s, b))) return std::string_view::npos;
  size_t limit = std::min(e, b + kMaxLabelBytes + 1);
  const void* hit = std::memchr(s.data() + b, ':', limit - b);
  if (!hit) return std::string_view::npos;
  size_t colon = static_cast<const char*>(hit) - s.data();
  if (colon + 1 < e && !space_at(s, colon + 1)) return std::string_view::npos;  // "http://", "10:30"
  return colon;
}

// The label s[b, colon) and its colon: a function of those bytes alone (RecentLabels).
std::optional<LabelParts> label_before(std::string_view s, size_t b, size_t colon) {
  if (auto parts = parse_label(s, b, colon)) return parts;
  // Title-only labels in mixed case ("Question:" from the audience): the title is the role.
  static constexpr std::string_view kTitles[] = {"Question", "Answer", "Moderator", "Announcer", "Narrator"};
  std::string_view word = s.substr(b, colon - b);
  for (auto t : kTitles)
    if (word == t) {
      LabelParts parts;
      parts.label = parts.name = parts.role = {uint32_t(b), uint32_t(colon)};
      parts.end = colon + 1;
      return parts;
    }
  return std::nullopt;
}

// A label at s[b..e): finds the colon and parses (the sniffer, and speaker_of(line)).
std::optional<LabelParts> label_at(std::string_view s, size_t b, size_t e) {
  size_t colon = label_colon(s, b, e);
  if (colon == std::string_view::npos) return std::nullopt;
  return label_before(s, b, colon);
}

// A label at a line's start and whether its name is a header's ("SUBJECT:"): both functions of
// its bytes, so that a label met lately is neither parsed nor looked up again (RecentLabels).
struct LineLabel {
  LabelParts parts;
  bool header = false;
};
LineLabel moved(LineLabel l, size_t at, bool forward) {
  l.parts = transcript::moved(l.parts, at, forward);
  return l;
}

std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, 0, line.size());
  auto parts = label_at(line, b, line.size());
  if (parts && is_header_name(parts->name.of(line))) return std::nullopt;
  return parts;
}

// cue_at() for s[b] an opening bracket.
size_t bracketed_cue_at(std::string_view s, size_t b, size_t e) {
  char close = s[b] == '(' ? ')' : ']';
  int depth = 0;
  size_t i = b;
  for (; i < e; ++i) {
    if (s[i] == s[b]) ++depth;
    else if (s[i] == close && --depth == 0) break;
  }
  if (i >= e) return 0;
  std::string_view inner = s.substr(b + 1, i - b - 1);
  bool upper = false, lower = false;
  for (char c : inner) {
    upper |= is_upper(c);
    lower |= is_lower(c);
  }
  // Upper-case cues; mixed-case only for the structural ones ("(Soundbite of music)").
  // "(Singing)", "(As Grimes, singing)" at a paragraph's start are part of the speech.
  if (!upper) return 0;
  if (!lower) return i + 1;
  bool structural = istarts_with(inner, "soundbite") || istarts_with(inner, "begin ") ||
                    istarts_with(inner, "end ") || istarts_with(inner, "start ");
  // A mixed-case cue that is a whole line of its own is a cue too: "(Announcements)",
  // "(Laughter)", "(Videotape)" in transcripts that do not write cues in capitals.
  bool alone = i + 1 == e && b + 1 < i && is_upper(s[b + 1]) && split_words(inner).size() <= 4;
  return structural || alone ? i + 1 : 0;
}

// A cue starting at s[b]: "(APPLAUSE)", "[CROSSTALK]", "(SOUNDBITE OF MUSIC)". Returns its end,
// or 0. Asked at every line's start, where one look at the first byte settles most lines.
inline size_t cue_at(std::string_view s, size_t b, size_t e) {
  return b < e && (s[b] == '(' || s[b] == '[') ? bracketed_cue_at(s, b, e) : 0;
}

bool is_url_line(std::string_view line) {
  return (istarts_with(line, "http://") || istarts_with(line, "https://") || istarts_with(line, "www.")) &&
         line.find(' ') == std::string_view::npos;
}

// Boilerplate that may appear anywhere: footers and notices.
bool is_footer(std::string_view line) {
  switch (line[0]) {  // one look at the first byte: most lines are speech
    case 'C': case 'c': return istarts_with(line, "copyright");
    case '\xC2': return istarts_with(line, "\xC2\xA9");
    case 'N': return line.starts_with("NPR transcripts are created");
    case 'T': return line.starts_with("THIS IS A RUSH TRANSCRIPT");
    case 'M': return line.starts_with("MANDATORY CREDIT");
    case 'E': return line == "END";
    case 'h': case 'w': return is_url_line(line);
    default: return false;
  }
}

// A photo's caption: "Mayor Ana Ruiz, left, and ..." or "... Credit Jim Wilson/The New York
// Times" (`Credit`, a capital, 1 to 60 characters without a '/', then '/' and a capital).
// Written out rather than a regular expression: the bounded repeat made one that cost more to
// compile than a transcript of a few MB takes to read.
constexpr std::string_view kCaptionPlaces[] = {"left,", "right,", "center,", "second from left,",
                                                "second from right,", "top,", "bottom,"};
constexpr std::string_view kPlaceFirsts = "lrcstb";  // their first letters
static_assert([] {
  for (std::string_view place : kCaptionPlaces)
    if (kPlaceFirsts.find(place[0]) == std::string_view::npos) return false;
  return true;
}());

// Whether the ", " at line[c] is followed by a place ("left,").
bool caption_place_at(std::string_view line, size_t c) {
  std::string_view after = line.substr(c + 2);
  for (std::string_view place : kCaptionPlaces)
    if (after.starts_with(place)) return true;
  return false;
}

// The credit of a line that holds a '/'.
bool has_credit(std::string_view line) {
  auto word_byte = [](char ch) { return is_alpha(ch) || is_digit(ch) || ch == '_'; };
  constexpr std::string_view kCredit = "Credit ";
  for (size_t at = line.find(kCredit); at != std::string_view::npos; at = line.find(kCredit, at + 1)) {
    const size_t name = at + kCredit.size();
    if ((at > 0 && word_byte(line[at - 1])) || name >= line.size() || !is_upper(line[name])) continue;
    // The words up to the first '/' after the capital (none can come between).
    const size_t slash = line.find('/', name + 1);
    if (slash == std::string_view::npos || slash == name + 1) continue;
    size_t chars = 0;
    for (size_t i = name + 1; i < slash; ++i) chars += !is_cont(line[i]);
    if (chars <= 60 && slash + 1 < line.size() && is_upper(line[slash + 1])) return true;
  }
  return false;
}

// is_photo_caption() for the line s[b, e). Asked of every line: one pass over it, sixteen bytes
// a step, finds both a ", " before a place's first letter and any '/' (a search for every comma
// and one for a '/' took a fifth of the lexer's time); the place's letters are looked for only
// in a block that holds a comma.
bool is_photo_caption(std::string_view s, size_t b, size_t e) {
  const std::string_view line = s.substr(b, e - b);
  bool slash = false;
  size_t i = b;
#if defined(__SSE2__)
  auto load = [&](size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at)); };
  auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  // Whether one of the commas (bits) of the block at `at` starts ", " and a place.
  auto place_after_comma = [&](size_t at, unsigned commas) {
    const __m128i v1 = load(at + 1), v2 = load(at + 2);
    __m128i first = eq(v2, kPlaceFirsts[0]);
    for (char c : kPlaceFirsts.substr(1)) first = _mm_or_si128(first, eq(v2, c));
    unsigned hits = unsigned(_mm_movemask_epi8(_mm_and_si128(eq(v1, ' '), first))) & commas;
    for (; hits; hits &= hits - 1)
      if (caption_place_at(line, at + size_t(__builtin_ctz(hits)) - b)) return true;
    return false;
  };
  // Whole blocks, where every byte and every ", " pair is inside the line: no masks to apply,
  // and the slashes gathered in a register. Most blocks of prose hold no comma: done then.
  __m128i slashes = _mm_setzero_si128();
  for (; i + 17 <= e && i + 18 <= s.size(); i += 16) {  // reads s[i, i + 18): inside the text
    const __m128i v0 = load(i);
    slashes = _mm_or_si128(slashes, eq(v0, '/'));
    if (const unsigned commas = unsigned(_mm_movemask_epi8(eq(v0, ','))); commas && place_after_comma(i, commas))
      return true;
  }
  slash = _mm_movemask_epi8(slashes) != 0;
  // The line's last bytes, masked to the line.
  for (; i < e && i + 18 <= s.size(); i += 16) {
    const __m128i v0 = load(i);
    const size_t left = e - i;
    // Bits of positions inside the line, and of those where ", " and one more byte fit in it.
    const unsigned in_line = left >= 16 ? 0xFFFFu : (1u << left) - 1;
    const unsigned pair_fits = left >= 17 ? 0xFFFFu : left >= 2 ? (1u << (left - 1)) - 1 : 0u;
    slash |= (unsigned(_mm_movemask_epi8(eq(v0, '/'))) & in_line) != 0;
    if (const unsigned commas = unsigned(_mm_movemask_epi8(eq(v0, ','))) & pair_fits; commas && place_after_comma(i, commas))
      return true;
  }
#endif
  for (; i < e; ++i) {
    if (s[i] == '/') slash = true;
    else if (s[i] == ',' && i + 1 < e && s[i + 1] == ' ' && caption_place_at(line, i - b)) return true;
  }
  return slash && has_credit(line);
}

// Web-page debris in scraped transcripts (the line s[b, e)): prose that no one says.
bool is_web_debris(std::string_view s, size_t b, size_t e) {
  static constexpr std::array<std::string_view, 12> kDebris = {
      "Advertisement", "Continue reading the main story", "RELATED COVERAGE", "Photo", "Video",
      "Supported by", "Share this article", "Read more", "Skip to content", "Image", "Related", "Watch"};
  if (e - b <= 32)
    for (auto d : kDebris)
      if (iequals(s.substr(b, e - b), d)) return true;
  return is_photo_caption(s, b, e);
}

// Title Case text without a full stop: "Interview With Governor Delia Harwick; Plan Debated".
bool is_title_case(std::string_view s) {
  constexpr size_t kMaxTitleBytes = 300;  // a title is a line, not a paragraph
  if (s.empty() || s.size() > kMaxTitleBytes || s.back() == '.' || s.back() == '?' || s.back() == '!') return false;
  size_t long_words = 0, capitalised = 0;
  for (auto w : split_words(s)) {
    size_t letters = 0;
    for (char c : w) letters += is_alpha(c);
    if (letters <= 3) continue;  // "of", "and", "the" may stay lower-case in a title
    ++long_words;
    capitalised += is_upper(w[0]);
  }
  return long_words >= 2 && capitalised * 10 >= long_words * 9;
}

// A header line before anyone speaks: a title, a date, a credit, transcript boilerplate.
bool is_header(std::string_view line, bool first_line) {
  if (is_footer(line) || icontains(line, "transcript") || istarts_with(line, "Heard on ") || is_title_case(line))
    return true;
  bool maybe_date = line.size() <= 80 && line.find_first_of("0123456789") != std::string_view::npos;
  if (maybe_date && full_match(patterns::date_line(), line)) return true;
  // A show title in capitals ("EVENING DISPATCH") or a short first line without a full stop.
  if (line.size() <= 80 && std::none_of(line.begin(), line.end(), [](char c) { return is_lower(c); }) &&
      std::any_of(line.begin(), line.end(), [](char c) { return is_upper(c); }))
    return true;
  if (first_line && line.size() <= 100) {
    char last = line.back();
    return !(last == '.' || last == '?' || last == '!' || last == '"');
  }
  return false;
}

bool ends_sentence(char c) {
  return c == '.' || c == '?' || c == '!' || c == '"' || c == ')' || c == '\'' || c == ']';
}

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lexed_(out), out_(out.pieces) {}

  void run(size_t from) {
    bool first_line = true;
    for_each_line(s_, from, lexed_, [&](size_t b, size_t e, uint32_t line, bool paragraph_start) {
      line_ = line;
      para_ = paragraph_start;
      lex_line(b, e, first_line);
      first_line = false;
    });
  }

 private:
  void push(Piece::Type type, size_t b, size_t e) {
    push_piece(out_, type, line_, b, e, para_);
    para_ = false;
  }

  void push_label(const LabelParts& l, size_t b, bool weak) {
    push(Piece::Type::Label, b, l.end);
    Piece& p = out_.back();
    out_.set_label(p, l.label, l.name, l.role);
    p.weak = weak;
    seen_label_ = true;
  }

  void lex_line(size_t b, size_t e, bool first_line) {
    std::string_view line = s_.substr(b, e - b);
    // Headers stand at the top: before the first label, in the first lines of the text.
    if (!seen_label_ && line_ <= kHeaderLines && !cue_at(s_, b, e)) {
      auto l = label_at_line(b, e);
      // "CNN NEWSROOM: Interview With Delia Harwick" is a show title, not a speaker.
      bool title = l && l->parts.role.empty() && is_title_case(s_.substr(l->parts.end, e - l->parts.end));
      if (title || (!l && is_header(line, first_line))) {
        push(Piece::Type::Meta, b, e);
        return;
      }
    }
    if (is_footer(line)) {
      push(Piece::Type::Meta, b, e);
      return;
    }
    if (is_web_debris(s_, b, e)) {
      push(Piece::Type::Prose, b, e);
      return;
    }
    // "(UNKNOWN): You're at work with our allies." A bracketed generic label, not a cue.
    size_t ce = cue_at(s_, b, e);
    if (ce && ce < e && s_[ce] == ':' && (ce + 1 == e || space_at(s_, ce + 1))) {
      LabelParts l;
      l.label = l.name = {uint32_t(b), uint32_t(ce)};
      l.end = ce + 1;
      push_label(l, b, false);
      if (size_t t = skip_space(s_, l.end, e); t < e) text(t, e);
      return;
    }
    // Cues at the start of the line, possibly glued to a label or to speech.
    size_t pos = b;
    for (; ce; ce = cue_at(s_, pos, e)) {
      push(Piece::Type::Cue, pos, ce);
      pos = skip_space(s_, ce, e);
    }
    if (pos >= e) return;
    if (auto l = label_at_line(pos, e)) {
      if (l->header) {
        push(Piece::Type::Meta, pos, e);
        return;
      }
      push_label(l->parts, pos, false);
      pos = skip_space(s_, l->parts.end, e);
      if (pos >= e) return;
    }
    text(pos, e);
  }

  // Speech text s[b, e); a transcript flattened onto one line holds labels mid-line, after
  // the end of a sentence: "... is there. BOBBY ALLYN, BYLINE: There's ...".
  void text(size_t b, size_t e) {
    // A transcript flattened onto one line ends with its footer: "... Transcript provided by
    // NPR, Copyright NPR." is meta.
    size_t footer = skip_space(s_, e, s_.size()) == s_.size() ? footer_start(b, e) : e;  // the text's tail only
    if (footer < e) {
      text(b, trim_end(s_, b, footer));
      push(Piece::Type::Meta, footer, e);
      return;
    }
    size_t from = b;
    size_t search = b;
    while (search < e) {
      size_t colon = colon_from(search);
      if (colon >= e) break;
      search = colon + 1;
      if (colon + 1 < e && !space_at(s_, colon + 1)) continue;
      size_t start = mid_line_label_start(from, colon);
      if (start == 0) continue;
      auto l = parse_label(s_, start, colon);
      if (!l || is_header_name(l->name.of(s_))) continue;
      size_t te = trim_end(s_, from, start);
      if (te > from) push(Piece::Type::Text, from, te);
      // A single word without a role is weak: kept only if that name speaks elsewhere.
      bool weak = l->role.empty() && split_words(l->name.of(s_)).size() < 2;
      push_label(*l, start, weak);
      from = skip_space(s_, l->end, e);
      search = from;
    }
    if (from < e) push(Piece::Type::Text, from, e);
  }

  // A YAML block needs its closing "---" line within the first few kilobytes; a lone rule on
  // line 1 is not one.
  // The first ':' at or after pos (or the end of the text). Positions only move forward, so
  // the whole text is searched for colons once, not once per line.
  size_t colon_from(size_t pos) {
    if (colon_known_ && colon_ >= pos) return colon_;
    colon_known_ = true;
    const void* hit = std::memchr(s_.data() + pos, ':', s_.size() - pos);
    colon_ = hit ? size_t(static_cast<const char*>(hit) - s_.data()) : s_.size();
    return colon_;
  }

  // A label at s[b, e): only worth reading where the line holds a colon.
  std::optional<LineLabel> label_at_line(size_t b, size_t e) {
    if (colon_from(b) >= e) return std::nullopt;
    size_t colon = label_colon(s_, b, e);
    if (colon == std::string_view::npos) return std::nullopt;
    return labels_.get(s_, b, colon, [&]() -> std::optional<LineLabel> {
      auto parts = label_before(s_, b, colon);
      if (!parts) return std::nullopt;
      return LineLabel{*parts, is_header_name(parts->name.of(s_))};
    });
  }

  // Where a footer begins after the end of a sentence in the last 400 bytes, or e.
  size_t footer_start(size_t b, size_t e) {
    size_t lo = e - std::min<size_t>(e - b, 400);
    const std::string_view tail = s_.substr(lo, e - lo);  // search this line's tail only
    for (std::string_view marker : {"Transcript provided by", "Copyright"}) {
      for (size_t hit = tail.find(marker); hit != std::string_view::npos; hit = tail.find(marker, hit + 1)) {
        size_t at = lo + hit;
        size_t q = at;
        while (q > b && s_[q - 1] == ' ') --q;
        if (q < at && q > b && ends_sentence(s_[q - 1])) return at;
      }
    }
    return e;
  }

  // Where a label ending at `colon` starts, if it follows the end of a sentence; else 0.
  size_t mid_line_label_start(size_t from, size_t colon) {
    size_t lo = colon > from + kMaxLabelBytes ? colon - kMaxLabelBytes : from;
    // Candidates: after "<sentence end><space>", leftmost first; a few tries at most, so that
    // a line of nothing but "A. A. A.:" stays linear.
    int tries = 0;
    for (size_t p = lo + 1; p < colon && tries < 6; ++p) {
      if (s_[p - 1] != ' ' || s_[p] == ' ') continue;
      size_t q = p - 1;
      while (q > from && s_[q - 1] == ' ') --q;
      if (q <= from) continue;
      // Typographic quotes end in 0x9D/0x99 (”, ’).
      char before = s_[q - 1];
      bool end = ends_sentence(before) || (static_cast<unsigned char>(before) == 0x9D) ||
                 (static_cast<unsigned char>(before) == 0x99);
      if (!end || !is_upper(s_[p])) continue;
      ++tries;
      if (parse_label(s_, p, colon)) return p;
    }
    return 0;
  }

  std::string_view s_;
  Lexed& lexed_;
  PieceList& out_;
  uint32_t line_ = 0;
  bool para_ = true;
  bool seen_label_ = false;
  size_t colon_ = 0;  // cache of colon_from(): the first colon at or after the last search
  bool colon_known_ = false;
  RecentLabels<LineLabel> labels_;  // the labels of line starts parsed last
};

void lex(std::string_view text, size_t from, Lexed& out) { Lexer(text, out).run(from); }

// Upper-case `NAME:` labels at line starts: the more, the surer. A middling score, so that
// a layout with a stronger signature (a GPO header, numbered lines, `WEBVTT`) wins.
int sniff(const Head& h) {
  std::string_view head = h.text;
  size_t labels = 0;
  for (auto [b, e] : h.lines) {
    b = skip_space(head, b, e);
    // One-letter labels (`Q:`, `A:`) are no broadcast names: a talk's question time is dialogue.
    if (auto l = label_at(head, b, e); l && l->name.e > l->name.b + 1 && is_upper(head[l->name.b]) && ++labels == 3)
      return 45;  // the most this sniffer gives: no need to read on
  }
  return labels >= 3 ? 45 : labels >= 1 ? 25 : 0;
}

}  // namespace

const Layout& broadcast_layout() {
  static const Layout layout{"broadcast", &lex, &read_label, &sniff, 45};  // 45: sniff's highest score
  return layout;
}

}  // namespace transcript
