// The dialogue layout: `Name: text` paragraphs with mixed-case names, markdown `**Name:**`
// labels with `\[mm:ss\]` times, speech-recognition labels, `Q:`/`A:`, CSV exports.
#include "layouts/dialogue.hpp"

#include <array>
#include <cmath>
#include <cstring>
#include <vector>

#include "text.hpp"

namespace transcript {
namespace {

constexpr size_t kMaxLabelBytes = 64;  // four name-like tokens
constexpr size_t kMaxNameTokens = 4;
constexpr uint32_t kHeaderLines = 40;  // how far down header lines (subtitle, links) may stand

bool is_letter_at(std::string_view s, size_t i) { return is_alpha(s[i]) || non_ascii_letter_at(s, i); }

// Lower-case words inside a name: "Ludwig van Beethoven", "Juan de la Cruz".
bool is_particle(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kParticles = {
      "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al",
      "el", "y", "dos", "das", "ter"};
  for (auto p : kParticles)
    if (w == p) return true;
  return false;
}

// A lower-case word after a name that says how the voice is heard: "Announcer offscreen".
bool is_descriptor(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kWords = {"offscreen", "off-screen", "onscreen",
                                                             "on-screen", "voiceover", "voice-over"};
  for (auto d : kWords)
    if (w == d) return true;
  return false;
}

// Names that head a line of a header or of a document, not a speaker: `Agenda: <https://...>`,
// `Note: ...`, `Step 2: ...`, `From: ...` (an e-mail quoted in prose).
bool is_header_name(std::string_view name) {
  static constexpr std::array<std::string_view, 78> kHeaders = {
      "agenda", "title", "subtitle", "date", "tags", "topic", "topics", "summary", "transcript",
      "note", "notes", "source", "sources", "link", "links", "media", "speakers", "subject", "website",
      "episode", "update", "edit", "warning", "example", "examples", "chapter", "location", "duration",
      "guests", "participants", "attendees", "present", "recorded", "slides", "abstract", "description",
      "keywords", "categories", "copyright", "credits", "transcribed", "internet", "fax", "phone",
      "mail", "email", "contact", "available", "from", "to", "cc", "bcc", "sent", "re", "fwd", "ps",
      "usage", "tip", "important", "caution", "todo", "fixme", "result", "results", "conclusion",
      "background", "objective", "problem", "solution", "input", "output", "returns", "error", "status",
      "version", "author", "license", "requirements"};
  // "Step 2", "Part One", "Chapter IV": a numbered part of a document.
  static constexpr std::array<std::string_view, 14> kNumbered = {
      "step", "part", "chapter", "figure", "table", "section", "item", "phase", "option", "rule", "day", "week",
      "book", "act"};
  // Asked of every label: only the headers of the name's first letter are compared.
  static const auto by_letter = [] {
    std::array<std::vector<std::string_view>, 26> out;
    for (auto h : kHeaders) out[size_t(h[0] - 'a')].push_back(h);
    return out;
  }();
  if (!name.empty() && is_alpha(name[0]))
    for (auto h : by_letter[size_t(lower_ascii(name[0]) - 'a')])
      if (iequals(name, h)) return true;
  // Two words, the first of kNumbered (read without splitting: this runs on every label).
  size_t b = 0;
  while (b < name.size() && space_at(name, b)) b += space_at(name, b);
  size_t e = b;
  while (e < name.size() && !space_at(name, e)) ++e;
  if (e > b && e < name.size()) {
    size_t rest = e;
    while (rest < name.size() && space_at(name, rest)) rest += space_at(name, rest);
    size_t rest_e = rest;
    while (rest_e < name.size() && !space_at(name, rest_e)) ++rest_e;
    size_t tail = rest_e;
    while (tail < name.size() && space_at(name, tail)) tail += space_at(name, tail);
    if (rest_e > rest && tail == name.size())
      for (auto n : kNumbered)
        if (iequals(name.substr(b, e - b), n)) return true;
  }
  return istarts_with(name, "show notes") || istarts_with(name, "transcript by") || istarts_with(name, "edited by");
}

// One token of a speaker name: "Jerod", "R", "J.", "Lütke", "O'Brien", "Johnson-Pint",
// "SPEAKER_00", "Speaker4"; a number after a name ("Speaker 1"); a particle inside one.
bool is_name_token(std::string_view w, bool first, bool last) {
  if (w.empty()) return false;
  if (is_digit(w[0]) || w[0] == '#') {  // "Speaker 1", "Guest #2"
    if (first || w.size() > 4) return false;
    for (size_t i = w[0] == '#' ? 1 : 0; i < w.size(); ++i)
      if (!is_digit(w[i])) return false;
    return true;
  }
  if (is_lower(w[0])) return !first && (last ? is_descriptor(w) : is_particle(w));
  if (!(is_upper(w[0]) || non_ascii_letter_at(w, 0))) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) {
      if (size_t len = non_ascii_letter_at(w, i)) {
        i += len - 1;
        continue;
      }
      // A typographic apostrophe: O’Brien.
      if (w.substr(i, 3) == "\xE2\x80\x99") {
        i += 2;
        continue;
      }
      return false;
    }
    if (!(is_alpha(c) || is_digit(c) || c == '-' || c == '\'' || c == '.' || c == '_')) return false;
  }
  return true;
}

// The name tokens s[b, e) of a label: 1-4 name-like tokens.
bool is_label_name(std::string_view s, size_t b, size_t e) {
  if (b >= e || e - b > kMaxLabelBytes) return false;
  auto words = split_words(s.substr(b, e - b));
  if (words.empty() || words.size() > kMaxNameTokens) return false;
  for (size_t i = 0; i < words.size(); ++i)
    if (!is_name_token(words[i], i == 0, i + 1 == words.size())) return false;
  return true;
}

// "04:33", "01:06:22.12", "1:45:22" -> seconds, or NaN.
double parse_clock(std::string_view t) {
  uint32_t parts[3] = {0, 0, 0};  // whole numbers: the same as doubles, and cheaper to add up
  int n = 0;
  size_t i = 0;
  while (n < 3) {
    size_t b = i;
    uint32_t v = 0;
    while (i < t.size() && is_digit(t[i]) && i - b < 3) v = v * 10 + uint32_t(t[i++] - '0');
    if (i == b) return kNoTime;
    parts[n++] = v;
    if (i < t.size() && t[i] == ':') {
      ++i;
      continue;
    }
    break;
  }
  if (n < 2) return kNoTime;
  double frac = 0;
  if (i < t.size() && t[i] == '.') {
    double scale = 0.1;
    size_t b = ++i;
    for (; i < t.size() && is_digit(t[i]) && i - b < 6; ++i, scale /= 10) frac += (t[i] - '0') * scale;
    if (i == b) return kNoTime;
  }
  if (i != t.size()) return kNoTime;
  double secs = n == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
  return secs + frac;
}

// A bracketed time at s[b]: `\[04:33\]` (markdown-escaped) or `[04:33]`. Sets *time and
// returns the end of the bracket, or b.
size_t bracket_time_at(std::string_view s, size_t b, size_t e, double* time) {
  bool escaped = b + 1 < e && s[b] == '\\' && s[b + 1] == '[';
  if (!escaped && !(b < e && s[b] == '[')) return b;
  size_t in = b + (escaped ? 2 : 1);
  size_t limit = std::min(e, in + 16);
  size_t close = in;
  while (close < limit && s[close] != ']' && s[close] != '\\') ++close;
  if (close >= limit) return b;
  size_t end = close + (escaped ? 2 : 1);
  if (escaped && (close + 1 >= e || s[close] != '\\' || s[close + 1] != ']')) return b;
  if (!escaped && s[close] != ']') return b;
  double t = parse_clock(s.substr(in, close - in));
  if (std::isnan(t)) return b;  // not a time
  *time = t;
  return end;
}

bool is_md_punct(char c) { return std::strchr("[]_*#()`\\.!-+{}<>|~", c) != nullptr && c != '\0'; }

// Markdown with its backslash escapes removed: `\[laughs\]` -> `[laughs]`.
std::string unescape_markdown(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  // The runs between backslashes copied whole (a line of an escaped transcript has a few).
  auto backslash = [&](size_t from) {
    const void* hit = from < t.size() ? std::memchr(t.data() + from, '\\', t.size() - from) : nullptr;
    return hit ? size_t(static_cast<const char*>(hit) - t.data()) : t.size();
  };
  size_t from = 0;
  for (size_t i = backslash(0); i + 1 < t.size();) {
    if (!is_md_punct(t[i + 1])) {  // kept as written; what follows it is read as usual
      i = backslash(i + 1);
      continue;
    }
    out.append(t.data() + from, i - from);
    from = i + 1;          // the escaped character starts the next run...
    i = backslash(i + 2);  // ... and escapes nothing itself
  }
  out.append(t.data() + from, t.size() - from);
  return out;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) out.push_back(char(cp));
  else if (cp < 0x800) out += {char(0xC0 | (cp >> 6)), char(0x80 | (cp & 0x3F))};
  else if (cp < 0x10000) out += {char(0xE0 | (cp >> 12)), char(0x80 | ((cp >> 6) & 0x3F)), char(0x80 | (cp & 0x3F))};
  else
    out += {char(0xF0 | (cp >> 18)), char(0x80 | ((cp >> 12) & 0x3F)), char(0x80 | ((cp >> 6) & 0x3F)),
            char(0x80 | (cp & 0x3F))};
}

// Length of a simple inline HTML tag at t[i] (`<em>`, `</i>`, `<br/>`), else 0.
size_t inline_tag_at(std::string_view t, size_t i) {
  size_t k = i + 1;
  if (k < t.size() && t[k] == '/') ++k;
  size_t name = k;
  while (k < t.size() && k - name < 10 && is_alpha(t[k])) ++k;
  if (k == name) return 0;
  if (k < t.size() && t[k] == '/') ++k;
  return k < t.size() && t[k] == '>' ? k + 1 - i : 0;
}

// HTML character references (`&#8212;`, `&amp;`) decoded and inline tags (`<em>`) dropped, as
// an export from a web page writes them; other text kept as written. Into `out` (its room kept
// from call to call), t[from] being the first '<' or '&': the bytes before it are not searched
// again.
void decode_entities(std::string_view t, std::string& out, size_t from) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"},
      {"mdash", "\xE2\x80\x94"}, {"ndash", "\xE2\x80\x93"}, {"hellip", "\xE2\x80\xA6"},
      {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"rdquo", "\xE2\x80\x9D"}, {"ldquo", "\xE2\x80\x9C"}};
  out.clear();
  out.reserve(t.size());
  out.append(t.data(), from);
  for (size_t i = from; i < t.size(); ++i) {
    // The bytes up to the next tag or reference, as they are.
    if (size_t j = find_any_of(t, i, t.size(), '<', '&', '&'); j > i) {
      out.append(t.data() + i, j - i);
      if (j == t.size()) break;
      i = j;
    }
    if (t[i] == '<') {
      if (size_t n = inline_tag_at(t, i)) {
        i += n - 1;
        continue;
      }
    }
    if (t[i] != '&') {
      out.push_back(t[i]);
      continue;
    }
    size_t semi = t.substr(0, std::min(t.size(), i + 12)).find(';', i + 1);  // a short look only
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view ref = t.substr(i + 1, semi - i - 1);
    bool done = false;
    if (ref.size() >= 2 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      uint32_t cp = 0;
      size_t k = hex ? 2 : 1;
      bool ok = k < ref.size();
      for (; ok && k < ref.size(); ++k) {
        char c = ref[k];
        int d = is_digit(c) ? c - '0' : hex && lower_ascii(c) >= 'a' && lower_ascii(c) <= 'f' ? lower_ascii(c) - 'a' + 10 : -1;
        if (d < 0) ok = false;
        else cp = cp * (hex ? 16 : 10) + uint32_t(d);
      }
      if (ok) append_utf8(out, cp), done = true;
    } else {
      for (auto& [name, value] : kNamed)
        if (ref == name) {
          out += value;
          done = true;
          break;
        }
    }
    if (done) i = semi;
    else out.push_back('&');
  }
}
std::string decode_entities(std::string_view t) {
  std::string out;
  decode_entities(t, out, 0);
  return out;
}

bool is_url_start(std::string_view t) {
  if (!t.empty() && t[0] == '<') t.remove_prefix(1);
  // Asked of the speech after every label: its first letter nearly always tells.
  if (t.empty() || (lower_ascii(t[0]) != 'h' && lower_ascii(t[0]) != 'w')) return false;
  return istarts_with(t, "http://") || istarts_with(t, "https://") || istarts_with(t, "www.");
}

// A line that is one bracketed or parenthesised group, markdown escapes allowed:
// `[Music]`, `\[laughter\]`, `(Conversation about ...)`.
bool is_cue_line(std::string_view t) {
  if (t.size() < 3) return false;
  size_t b = t[0] == '\\' ? 1 : 0;
  char open = t[b], close = open == '(' ? ')' : open == '[' ? ']' : 0;
  if (!close || t.back() != close) return false;
  int depth = 0;
  for (size_t i = b; i < t.size(); ++i) {
    if (t[i] == open) ++depth;
    else if (t[i] == close && --depth == 0 && i + 1 != t.size()) return false;
  }
  return depth == 0;
}

// Bold segment names that mark a part of the show, not a speaker: `**Break**: \[45:08\]`.
bool is_segment_name(std::string_view name) {
  static constexpr std::array<std::string_view, 10> kSegments = {
      "Break", "Jingle", "Outro", "Intro", "Music", "Interlude", "Sponsor", "Ad", "Commercial", "Ad break"};
  for (auto n : kSegments)
    if (iequals(name, n)) return true;
  return false;
}

// A markdown label `**Name:**` or `**Name**:` at s[b], its name not yet tested (is_label_name()).
std::optional<LabelParts> md_label_shape(std::string_view s, size_t b, size_t e) {
  if (e - b < 6 || s[b] != '*' || s[b + 1] != '*') return std::nullopt;
  size_t nb = b + 2;
  size_t limit = std::min(e, nb + kMaxLabelBytes + 4);
  size_t stars = s.substr(0, limit).find("**", nb);
  if (stars == std::string_view::npos || stars == nb) return std::nullopt;
  size_t ne, end;
  if (s[stars - 1] == ':') {  // **Name:**
    ne = stars - 1;
    end = stars + 2;
  } else if (stars + 2 < e && s[stars + 2] == ':') {  // **Name**:
    ne = stars;
    end = stars + 3;
  } else {
    return std::nullopt;
  }
  if (space_at(s, nb) || space_at(s, ne - 1)) return std::nullopt;
  LabelParts l;
  l.label = l.name = {uint32_t(nb), uint32_t(ne)};
  l.end = end;
  return l;
}

// A markdown label `**Name:**` or `**Name**:` at s[b].
std::optional<LabelParts> md_label_at(std::string_view s, size_t b, size_t e) {
  auto l = md_label_shape(s, b, e);
  if (!l || !is_label_name(s, l->name.b, l->name.e)) return std::nullopt;
  return l;
}

// A plain label `Name: ` at s[b], its name not yet tested (is_label_name()). `alone`: the
// label may end the line.
std::optional<LabelParts> plain_label_shape(std::string_view s, size_t b, size_t e, bool alone) {
  if (b >= e || !(is_upper(s[b]) || non_ascii_letter_at(s, b))) return std::nullopt;
  size_t limit = std::min(e, b + kMaxLabelBytes + 1);
  const void* hit = std::memchr(s.data() + b, ':', limit - b);
  if (!hit) return std::nullopt;
  size_t colon = static_cast<const char*>(hit) - s.data();
  if (colon == b || space_at(s, colon - 1)) return std::nullopt;
  if (colon + 1 < e && !space_at(s, colon + 1)) {
    // `Speaker 1:Yeah`: speech glued to a numbered voice; never `10:30` or `http://`.
    if (!(is_digit(s[colon - 1]) && is_letter_at(s, colon + 1))) return std::nullopt;
  } else if (colon + 1 >= e && !alone) {
    return std::nullopt;
  }
  LabelParts l;
  l.label = l.name = {uint32_t(b), uint32_t(colon)};
  l.end = colon + 1;
  return l;
}

// A plain label `Name: ` at s[b]. `alone`: the label may end the line.
std::optional<LabelParts> plain_label_at(std::string_view s, size_t b, size_t e, bool alone) {
  auto l = plain_label_shape(s, b, e, alone);
  if (!l || !is_label_name(s, l->name.b, l->name.e)) return std::nullopt;
  return l;
}

// What the lexer keeps for a label name it met lately (see Lexer::name_verdict()).
struct NameVerdict {
  bool header = false;  // is_header_name(): heads a line of a header, not a speaker's
};
inline NameVerdict moved(NameVerdict v, size_t, bool) { return v; }

std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, 0, line.size());
  auto l = md_label_at(line, b, line.size());
  if (!l) l = plain_label_at(line, b, line.size(), false);
  if (!l || is_header_name(l->name.of(line)) || is_segment_name(l->name.of(line))) return std::nullopt;
  return l;
}

// --- the header: YAML front matter (title, speakers) ---

struct Header {
  std::string_view title;
  std::vector<Span> speakers;  // names listed under `speakers:`, as spans of the text
};

// The value of a YAML scalar without quotes: s[b, e) -> span.
Span yaml_scalar(std::string_view s, size_t b, size_t e) {
  b = skip_space(s, b, e);
  e = trim_end(s, b, e);
  if (e - b >= 2 && (s[b] == '\'' || s[b] == '"') && s[e - 1] == s[b]) ++b, --e;
  return {uint32_t(b), uint32_t(e)};
}

Header read_header(std::string_view s, size_t from) {
  Header h;
  if (!s.substr(from).starts_with("---")) return h;  // no header: no reader (it looks for a CR in all the text)
  LineReader lines(s, from);
  size_t lb, le;
  if (!lines.next(lb, le) || s.substr(lb, le - lb) != "---") return h;
  bool in_speakers = false;
  while (lines.next(lb, le) && lines.line() < 200) {
    std::string_view line = s.substr(lb, le - lb);
    if (line == "---") break;
    bool indented = !line.empty() && (line[0] == ' ' || line[0] == '-');
    if (in_speakers && indented) {
      size_t dash = skip_space(s, lb, le);
      if (dash < le && s[dash] == '-') {
        Span v = yaml_scalar(s, dash + 1, le);
        if (!v.empty()) h.speakers.push_back(v);
      }
      continue;
    }
    in_speakers = false;
    if (line.starts_with("title:")) h.title = yaml_scalar(s, lb + 6, le).of(s);
    if (line.starts_with("speakers:")) {
      size_t vb = skip_space(s, lb + 9, le);
      if (vb < le && s[vb] == '[') {  // speakers: ['A', 'B']
        size_t ve = s.find(']', vb);
        if (ve == std::string_view::npos || ve > le) ve = le;
        for (size_t i = vb + 1; i < ve;) {
          size_t c = i;
          while (c < ve && s[c] != ',') ++c;
          Span v = yaml_scalar(s, i, c);
          if (!v.empty()) h.speakers.push_back(v);
          i = c + 1;
        }
      } else {
        in_speakers = vb >= le;
      }
    }
  }
  return h;
}

// --- the lexer ---

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lx_(out), out_(out.pieces) {}

  void run(size_t from) {
    header_ = read_header(s_, from);
    for (Span sp : header_.speakers) {
      std::string_view name = sp.of(s_);
      if (split_words(name).size() >= 2) lx_.names.add_full_name(canonical_name(name), 10);
    }
    // A talk by one speaker: `A:` in its question time is that speaker.
    if (header_.speakers.size() == 1) lx_.hold("A", header_.speakers[0].of(s_));
    if (is_csv_header(from)) return run_csv(from);
    if (looks_like_html(s_, from)) return run_html(from);
    for_each_line(s_, from, lx_, [&](size_t b, size_t e, uint32_t line, bool para) {
      line_ = line;
      para_ = para;
      lex_line(b, e);
    });
  }

 private:
  Piece& push(Piece::Type type, size_t b, size_t e) {
    Piece& p = push_piece(out_, type, line_, b, e, para_);
    para_ = false;
    return p;
  }

  Piece& push_label(const LabelParts& l, size_t b) {
    Piece& p = push(Piece::Type::Label, b, l.end);
    out_.set_label(p, l.label, l.name, l.role);
    std::string_view name = l.name.of(s_);
    p.title_only = header_.speakers.size() == 1 && name == "A";
    seen_label_ = true;
    return p;
  }

  // Speech words s[b, e): markdown escapes removed.
  void text(size_t b, size_t e) {
    if (b >= e) return;
    if (std::memchr(s_.data() + b, '\\', e - b)) {
      std::string words = unescape_markdown(s_.substr(b, e - b));
      Piece& p = push(Piece::Type::Text, b, e);
      lx_.literal(p, words);
      return;
    }
    push(Piece::Type::Text, b, e);
  }

  // After a label: a leading `\[04:33\]` is the label's time; the rest is speech.
  void speech_after(Piece& label, size_t pos, size_t e) {
    pos = skip_space(s_, pos, e);
    double t = kNoTime;
    size_t after = pos;
    if (pos < e && (s_[pos] == '[' || s_[pos] == '\\')) {  // (the usual speech: no call)
      after = bracket_time_at(s_, pos, e, &t);
    } else if (pos < e && is_digit(s_[pos])) {  // `Name: 00:02:14` alone on its line
      double bare = parse_clock(s_.substr(pos, e - pos));
      if (!std::isnan(bare)) t = bare, after = e;
    }
    if (after != pos) {
      out_.extra(label).start_time = t;
      pos = skip_space(s_, after, e);
    }
    text(pos, e);
  }

  bool is_title(std::string_view name) const { return !header_.title.empty() && iequals(name, header_.title); }

  // A label's name tested: nothing when is_label_name() says no, else whether is_header_name()
  // says yes; one look among the names met lately answers both (every label asks both).
  std::optional<NameVerdict> name_verdict(Span name) {
    return names_.get(s_, name.b, name.e, [&]() -> std::optional<NameVerdict> {
      if (!is_label_name(s_, name.b, name.e)) return std::nullopt;
      return NameVerdict{is_header_name(name.of(s_))};
    });
  }

  void lex_line(size_t b, size_t e) {
    std::string_view line = s_.substr(b, e - b);
    bool header_zone = !seen_label_ && line_ <= kHeaderLines;
    // Markdown labels, and bold segment markers that are events.
    // (Its first byte looked at here: most lines are no markdown label.)
    auto l = b < e && s_[b] == '*' ? md_label_shape(s_, b, e) : std::nullopt;
    if (std::optional<NameVerdict> md_name = l ? name_verdict(l->name) : std::nullopt) {
      std::string_view name = l->name.of(s_);
      size_t rest = skip_space(s_, l->end, e);
      double t = kNoTime;
      size_t after = bracket_time_at(s_, rest, e, &t);
      if (is_segment_name(name) && skip_space(s_, after, e) == e) {
        Piece& p = push(Piece::Type::Cue, b, e);
        if (!std::isnan(t)) out_.extra(p).start_time = t;
        lx_.literal(p, name);
        return;
      }
      if (!md_name->header) {
        Piece& p = push_label(*l, b);
        speech_after(p, l->end, e);
        return;
      }
    }
    l = plain_label_shape(s_, b, e, para_);
    if (std::optional<NameVerdict> plain_name = l ? name_verdict(l->name) : std::nullopt) {
      std::string_view name = l->name.of(s_);
      size_t rest = skip_space(s_, l->end, e);
      // `Speaker: Paul Sztorc` at the top: a roster, not speech.
      if (header_zone && header_.speakers.empty() && roster_line(name, rest, e)) {
        push(Piece::Type::Meta, b, e);
        return;
      }
      // `Agenda: <https://...>`, a subtitle `Drivechain: ...` under the title `Drivechain`.
      bool header = plain_name->header || is_url_start(s_.substr(rest, e - rest)) || is_title(name);
      if (!header) {
        Piece& p = push_label(*l, b);
        speech_after(p, l->end, e);
        return;
      }
      if (header_zone) {
        push(Piece::Type::Meta, b, e);
        return;
      }
    }
    if (header_zone && is_url_start(line) && line.find(' ') == std::string_view::npos) {
      push(Piece::Type::Meta, b, e);
      return;
    }
    // A cue alone in its paragraph: `[Music]`, `\[laughter\]`.
    if (para_ && is_cue_line(line) && next_line_blank(e)) {
      Piece& p = push(Piece::Type::Cue, b, e);
      if (line.find('\\') != std::string_view::npos) lx_.literal(p, unescape_markdown(line));
      return;
    }
    // A leading `\[34:04\]` in a paragraph that continues a turn: a time mark, not speech.
    double t = kNoTime;
    size_t pos = skip_space(s_, bracket_time_at(s_, b, e, &t), e);
    if (pos >= e) return;
    // Text before the first label is the talk of the roster's single speaker.
    if (!seen_label_ && header_.speakers.size() == 1 && para_) {
      Piece& p = push(Piece::Type::Label, b, b);
      out_.set_label(p, {uint32_t(b), uint32_t(b)}, header_.speakers[0]);  // no label written
      seen_label_ = true;
    }
    text(pos, e);
  }

  // `Speaker: Paul Sztorc`, `Speakers: Ann Lee, Bo Chen` before anyone speaks: the names of the
  // header's roster (one name: the talk's single speaker, who holds `A`).
  bool roster_line(std::string_view name, size_t b, size_t e) {
    if (!(iequals(name, "speaker") || iequals(name, "speakers") || iequals(name, "presenter") ||
          iequals(name, "presenters")))
      return false;
    std::vector<Span> names;
    for (size_t i = b; i < e;) {
      size_t c = i;
      while (c < e && s_[c] != ',' && s_[c] != ';') ++c;
      size_t nb = skip_space(s_, i, c), ne = trim_end(s_, nb, c);
      if (s_.substr(nb, ne - nb).starts_with("and ")) nb = skip_space(s_, nb + 4, ne);
      if (!is_label_name(s_, nb, ne)) return false;
      names.push_back({uint32_t(nb), uint32_t(ne)});
      i = c + 1;
    }
    if (names.empty()) return false;
    header_.speakers = std::move(names);
    for (Span sp : header_.speakers)
      if (split_words(sp.of(s_)).size() >= 2) lx_.names.add_full_name(canonical_name(sp.of(s_)), 10);
    if (header_.speakers.size() == 1) lx_.hold("A", header_.speakers[0].of(s_));
    return true;
  }

  bool next_line_blank(size_t e) const {
    size_t i = e;
    if (i < s_.size() && s_[i] == '\r') ++i;
    if (i < s_.size() && s_[i] == '\n') ++i;
    while (i < s_.size() && is_hspace(s_[i])) ++i;
    return i >= s_.size() || s_[i] == '\n' || s_[i] == '\r';
  }

  // --- CSV exports: `speaker,words,...` header, one row per paragraph ---

  struct Field {
    size_t b = 0, e = 0;
    bool quoted = false;
    bool doubled = false;  // quoted, with a quote written twice (`""`) in it
  };

  bool is_csv_header(size_t from) const {
    size_t eol = s_.find_first_of("\r\n", from);
    std::string_view first = s_.substr(from, (eol == std::string_view::npos ? s_.size() : eol) - from);
    return istarts_with(first, "speaker,") && first.size() < 200 &&
           (icontains(first, ",words") || icontains(first, ",text") || icontains(first, ",transcript"));
  }

  // Whether s[b, e) holds an odd number of '"' (a CSV line that opens or closes a quoted field
  // going on over the line end): sixteen bytes a step, the last step too while the text goes on.
  static bool odd_quotes(std::string_view s, size_t b, size_t e) {
    size_t i = b;
    unsigned odd = 0;  // '"' bits xor-ed together: their parity is that of the count
#if defined(__SSE2__)
    const __m128i vq = _mm_set1_epi8('"');
    __m128i lanes = _mm_setzero_si128();  // 0xFF in each byte lane that met an odd number of '"'
    for (; i + 16 <= e; i += 16)
      lanes = _mm_xor_si128(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)), vq));
    odd = unsigned(_mm_movemask_epi8(lanes));
    if (i < e && i + 16 <= s.size()) {  // the last bytes, read with some past e that are not taken
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      odd ^= unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vq))) & ((1u << (e - i)) - 1);
      i = e;
    }
#endif
    for (; i < e; ++i) odd ^= s[i] == '"';
    return __builtin_parity(odd);
  }

  // The fields of the record s[b, e) into `out` (reused from record to record: no allocation).
  static void csv_fields(std::string_view s, size_t b, size_t e, std::vector<Field>& out) {
    out.clear();
    size_t i = b;
    while (true) {
      Field f;
      if (i < e && s[i] == '"') {
        f.quoted = true;
        f.b = ++i;
        while ((i = find_any_of(s, i, e, '"', '"', '"')) < e) {
          if (i + 1 < e && s[i + 1] == '"') {
            f.doubled = true;
            i += 2;
            continue;
          }
          break;
        }
        f.e = i;
        if (i < e) ++i;  // closing quote
        i = find_any_of(s, i, e, ',', ',', ',');
      } else {
        f.b = i;
        i = find_any_of(s, i, e, ',', ',', ',');
        f.e = i;
      }
      out.push_back(f);
      if (i >= e || out.size() > 64) break;
      ++i;  // the comma
    }
  }

  static size_t column(const std::vector<std::string_view>& names, std::initializer_list<std::string_view> wanted) {
    for (size_t i = 0; i < names.size(); ++i)
      for (auto w : wanted)
        if (iequals(names[i], w)) return i;
    return SIZE_MAX;
  }

  // (Not inlined in run(): it would crowd run_html() out of it.)
  [[gnu::noinline]] void run_csv(size_t from) {
    LineReader lines(s_, from);
    size_t lb, le;
    size_t rb = 0;
    uint32_t first_line = 0;
    bool open = false, in_quotes = false;
    size_t speaker_col = 0, words_col = 1, time_col = SIZE_MAX;
    bool header_done = false;
    std::vector<Field> fields;
    std::string owned, unq;  // the words of a field that needed decoding; a scratch for them
    auto record = [&](size_t b, size_t e) {
      csv_fields(s_, b, e, fields);
      line_ = first_line;
      if (!header_done) {
        header_done = true;
        std::vector<std::string_view> names;
        for (auto& f : fields) names.push_back(s_.substr(f.b, f.e - f.b));
        speaker_col = column(names, {"speaker"});
        words_col = column(names, {"words", "text", "transcript"});
        time_col = column(names, {"timestamp", "time", "start", "start_time"});
        para_ = true;
        push(Piece::Type::Meta, b, e);
        return;
      }
      para_ = true;
      if (speaker_col >= fields.size() || words_col >= fields.size()) {
        push(Piece::Type::Prose, b, e);
        return;
      }
      const Field& who = fields[speaker_col];
      const Field& words = fields[words_col];
      size_t nb = skip_space(s_, who.b, who.e);
      size_t ne = trim_end(s_, nb, who.e);
      if (ne > nb && s_[ne - 1] == ':') ne = trim_end(s_, nb, ne - 1);
      std::string_view raw = s_.substr(words.b, words.e - words.b);
      // Most fields hold neither markup nor a doubled quote: their words are their bytes.
      std::string_view decoded = raw;
      if (size_t at = find_any_of(s_, words.b, words.e, '<', '&', '&'); at < words.e) {
        decode_entities(raw, owned, at - words.b);
        decoded = owned;
      }
      if (words.doubled) {  // (csv_fields() saw the `""`: no search for it)
        unq.clear();  // "" is one quote
        unq.reserve(decoded.size());
        for (size_t i = 0; i < decoded.size();) {
          size_t q = std::min(decoded.find('"', i), decoded.size());
          unq.append(decoded.substr(i, q + 1 - i));  // to the quote, with it
          i = q + 1;
          if (i < decoded.size() && decoded[i] == '"') ++i;
        }
        owned.swap(unq);  // both keep their room for the next records
        decoded = owned;
      }
      if (ne > nb) {
        LabelParts l;
        l.label = l.name = {uint32_t(nb), uint32_t(ne)};
        l.end = who.e;
        Piece& p = push_label(l, b);
        if (time_col < fields.size()) {
          const Field& tf = fields[time_col];
          size_t tb = skip_space(s_, tf.b, tf.e);
          out_.extra(p).start_time = parse_clock(s_.substr(tb, trim_end(s_, tb, tf.e) - tb));
        }
      } else if (is_cue_line(decoded)) {  // a description of the scene, no speaker
        Piece& p = push(Piece::Type::Cue, b, trim_end(s_, b, e));
        lx_.literal(p, decoded);
        return;
      }
      // The words, decoded; the span runs to the record's end (the other columns), so that
      // every byte of the record belongs to its turn.
      if (words.e > words.b) {
        Piece& p = push(Piece::Type::Text, words.b, trim_end(s_, words.b, e));
        lx_.literal(p, decoded);
      }
    };
    while (lines.next(lb, le)) {
      if (!open) {
        if (skip_space(s_, lb, le) == le) continue;  // blank line between records
        rb = lb;
        first_line = lines.line();
        open = true;
      }
      if (odd_quotes(s_, lb, le)) in_quotes = !in_quotes;
      if (in_quotes) continue;  // a quoted field goes on over the line end
      record(rb, le);
      open = false;
    }
    if (open) record(rb, s_.size());
  }

  // --- HTML transcripts: `<cite>Name:</cite><time>0:53</time><p>...</p>`,
  // `<h4>NAME:</h4><p begin="00:00:05.69">...</p>` ---

  // Line of byte `pos`, counting forward from the last call (positions only grow).
  uint32_t line_of(size_t pos) {
    if (!has_cr_ && counted_ < pos) {  // line ends are LFs only: count them sixteen at a time
      pos = std::min(pos, s_.size());
      line_no_ += uint32_t(count_byte(s_, counted_, pos, '\n'));
      counted_ = pos;
    }
    for (; counted_ < pos && counted_ < s_.size(); ++counted_) {
      char c = s_[counted_];
      if (c == '\n' || (c == '\r' && (counted_ + 1 >= s_.size() || s_[counted_ + 1] != '\n'))) ++line_no_;
    }
    return line_no_;
  }

  // What run_html() asks of a tag's name, worked out once per tag: a few compares of its
  // lower-cased bytes packed in a word, not a search of five word lists.
  struct TagKind {
    bool skipped = false;  // script, style, head: no words of the transcript
    bool block = false;    // starts a paragraph
    bool label = false;    // its content may be a speaker's name (`<cite>`, `<h4>`)
    bool time = false;     // `<time>`
    bool timed = false;    // may carry the time of the label before it (`<p begin=...>`)
  };
  static constexpr uint64_t pack(std::string_view w) {
    uint64_t k = 0;
    for (size_t i = 0; i < w.size(); ++i) k |= uint64_t(uint8_t(lower_ascii(w[i]))) << (8 * i);
    return k;
  }
  // A tag name's bytes lower-cased; 0 for a byte that ends the name (not a letter or digit).
  static constexpr std::array<uint8_t, 256> kNameBytes = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        t[size_t(c)] = uint8_t(lower_ascii(char(c)));
    return t;
  }();
  // `packed`: pack(name), which run_html() works out as it reads the name (8 bytes or fewer).
  static TagKind tag_kind(std::string_view name, uint64_t packed) {
    TagKind t;
    if (name.size() > 8) {
      t.block = iequals(name, "blockquote");
      return t;
    }
    switch (packed) {
      case pack("script"): case pack("style"): case pack("head"): t.skipped = true; break;
      case pack("p"): case pack("div"): t.block = t.timed = true; break;
      case pack("span"): t.timed = true; break;
      case pack("li"): case pack("br"): case pack("tr"): case pack("td"): case pack("dd"):
      case pack("section"): case pack("article"): case pack("ul"): case pack("ol"):
      case pack("table"): case pack("body"): case pack("html"): t.block = true; break;
      case pack("dt"): t.block = t.label = true; break;
      case pack("cite"): case pack("h2"): case pack("h3"): case pack("h4"): case pack("h5"):
      case pack("h6"): t.label = true; break;
      case pack("time"): t.time = true; break;
      default: break;
    }
    return t;
  }

  // The value of attribute `attr` in the tag s[b, e), or empty.
  std::string_view attribute(size_t b, size_t e, std::string_view attr) const {
    std::string_view tag = s_.substr(b, e - b);
    for (size_t at = tag.find(attr); at != std::string_view::npos; at = tag.find(attr, at + 1)) {
      size_t q = at + attr.size();
      if (at == 0 || !space_at(tag, at - 1) || q + 1 >= tag.size() || tag[q] != '=' || (tag[q + 1] != '"' && tag[q + 1] != '\''))
        continue;
      size_t close = tag.find(tag[q + 1], q + 2);
      if (close == std::string_view::npos) return {};
      return tag.substr(q + 2, close - q - 2);
    }
    return {};
  }

  // Words between tags; returns whether there were any.
  bool html_text(size_t b, size_t e, bool block) {
    b = skip_space(s_, b, e);
    e = trim_end(s_, b, e);
    if (b >= e) return false;
    line_ = line_of(b);
    para_ = block;
    std::string_view raw = s_.substr(b, e - b);
    // `<i>S</i>-Town`: no white space outside the tags between the runs.
    bool glue = !block && !out_.empty() && out_.back().type == Piece::Type::Text && words_end_ <= b;
    for (size_t k = words_end_; glue && k < b; ++k) {
      if (s_[k] == '<')
        while (k < b && s_[k] != '>') ++k;
      else if (space_at(s_, k))
        glue = false;
    }
    words_end_ = e;
    if (block && is_cue_line(raw)) {  // `<p>[AD]</p>`
      push(Piece::Type::Cue, b, e);
      return true;
    }
    Piece& p = push(Piece::Type::Text, b, e);
    p.glue = glue;
    if (raw.find('&') != std::string_view::npos) lx_.literal(p, decode_entities(raw));
    return true;
  }

  // The markup after the last row's words (`</p>`, `</cite><time>0:53</time>`) belongs to that
  // row, so that every character of the text is in some row; its words stay those before it.
  void absorb_markup(size_t end, bool any_between) {
    if (out_.empty()) return;
    Piece& p = out_.back();
    if (p.span.e >= end) return;
    if (!any_between) {
      const size_t k = skip_space(s_, p.span.e, end);
      if (k != end && s_[k] != '<') return;
    }
    if (p.type == Piece::Type::Text || p.type == Piece::Type::Cue || p.type == Piece::Type::Meta) Lexed::cut(p);
    p.span.e = uint32_t(end);
  }

  void run_html(size_t from) {
    counted_ = from;
    has_cr_ = s_.find('\r', from) != std::string_view::npos;
    size_t i = from, text_b = from;
    size_t container_b = 0, container_lt = 0;
    std::string_view container;  // cite, h4, time...: its content is a label or a time
    double pending_time = kNoTime;
    size_t timeless_label = SIZE_MAX;  // a label still waiting for the time of its first <p>
    bool block = true;
    while (i < s_.size()) {
      // (Inline, sixteen bytes a step: the next tag is most often a few bytes on.)
      const size_t lt = find_any_of(s_, i, s_.size(), '<', '<', '<');
      if (lt >= s_.size()) break;
      // The name first: no '>' stands before its end, and most tags (`<p>`, `</cite>`) close
      // right after it, so the search for the '>' is needed only for a tag with attributes.
      bool closing = lt + 1 < s_.size() && s_[lt + 1] == '/';
      size_t nb = lt + 1 + (closing ? 1 : 0), ne = nb;
      uint64_t packed = 0;  // pack(name), for tag_kind(), packed in the same pass
      for (uint8_t c; ne < s_.size() && (c = kNameBytes[uint8_t(s_[ne])]) != 0; ++ne)
        if (ne - nb < 8) packed |= uint64_t(c) << (8 * (ne - nb));
      size_t gt = ne;
      if (gt >= s_.size() || s_[gt] != '>') {
        gt = find_any_of(s_, ne, s_.size(), '>', '>', '>');
        if (gt >= s_.size()) break;
      }
      std::string_view name = s_.substr(nb, ne - nb);
      i = gt + 1;
      // (No call for the empty runs between adjacent tags: it would find no words.)
      if (container.empty() && text_b < lt && html_text(text_b, lt, block)) block = false;
      text_b = i;
      if (name.empty()) continue;  // <!-- -->, <!DOCTYPE>
      const TagKind kind = tag_kind(name, packed);
      if (!closing && kind.skipped) {  // no words of the transcript
        size_t end = s_.find("</", i);
        while (end != std::string_view::npos && !istarts_with(s_.substr(end + 2), name)) end = s_.find("</", end + 2);
        if (end == std::string_view::npos) break;
        i = text_b = end;
        continue;
      }
      if (kind.block) block = true;
      bool opens_label = !closing && container.empty() && kind.label;
      if (!opens_label && container.empty()) absorb_markup(i, false);
      if (!closing && container.empty() && (kind.label || kind.time)) {
        container = name;
        container_b = i;
        container_lt = lt;
        continue;
      }
      if (closing && !container.empty() && iequals(name, container)) {
        size_t cb = skip_space(s_, container_b, lt), ce = trim_end(s_, cb, lt);
        std::string_view content = s_.substr(cb, ce - cb);
        bool is_time = iequals(container, "time");
        container = {};
        if (is_time) {
          absorb_markup(i, true);  // `<time>0:53</time>` after a label is part of its turn
          pending_time = parse_clock(content);
          if (timeless_label < out_.size() && !std::isnan(pending_time)) {
            out_.extra(out_[timeless_label]).start_time = pending_time;
            timeless_label = SIZE_MAX;
            pending_time = kNoTime;
          }
          continue;
        }
        const size_t name_e = ce > cb ? trim_end(s_, cb, ce - 1) : cb;
        std::optional<NameVerdict> verdict;
        if (ce > cb && content.back() == ':' && (verdict = name_verdict({uint32_t(cb), uint32_t(name_e)})) &&
            !verdict->header) {
          LabelParts l;
          l.label = l.name = {uint32_t(cb), uint32_t(name_e)};
          l.end = ce;
          line_ = line_of(container_lt);
          para_ = true;
          Piece& p = push_label(l, container_lt);  // the span holds the opening tag
          p.span.e = uint32_t(i);                   // and the closing one
          if (!std::isnan(pending_time)) out_.extra(p).start_time = pending_time;
          pending_time = kNoTime;
          timeless_label = std::isnan(out_.extra(p).start_time) ? out_.size() - 1 : SIZE_MAX;
        } else if (ce > cb) {  // a heading: meta
          line_ = line_of(container_lt);
          para_ = true;
          Piece& m = push(Piece::Type::Meta, container_lt, i);
          lx_.literal(m, decode_entities(content));
        }
        block = true;
        continue;
      }
      // `<p begin="00:00:05.69">` times the label before it.
      if (!closing && timeless_label < out_.size() &&
          kind.timed) {
        std::string_view begin = attribute(lt, gt, "begin");
        if (begin.empty()) begin = attribute(lt, gt, "data-start");
        double t = parse_clock(begin);
        if (!std::isnan(t)) out_.extra(out_[timeless_label]).start_time = t;
        timeless_label = SIZE_MAX;
      }
    }
    if (container.empty()) html_text(text_b, s_.size(), block);
  }

  // The text is HTML when it opens with a tag and closes one early on.
 public:
  static bool looks_like_html(std::string_view s, size_t from) {
    size_t b = skip_space(s, from, std::min(s.size(), from + 1024));
    if (b + 1 >= s.size() || s[b] != '<' || !(is_alpha(s[b + 1]) || s[b + 1] == '!')) return false;
    return find_bytes(s.substr(b, 4096), "</") != std::string_view::npos;
  }

 private:

  std::string_view s_;
  Lexed& lx_;
  PieceList& out_;
  Header header_;
  RecentLabels<NameVerdict> names_;  // label names tested lately (name_verdict())
  uint32_t line_ = 0;
  bool para_ = true;
  bool seen_label_ = false;
  size_t counted_ = 0;  // html: line_of() has counted the lines up to here
  bool has_cr_ = true;  // html: a CR may end a line too (run_html looks)
  size_t words_end_ = 0;  // html: the end of the last run of words
  uint32_t line_no_ = 1;
};

void lex(std::string_view text, size_t from, Lexed& out) {
  out.names_upper = false;  // mixed-case names: surnames found in prose keep their case
  Lexer(text, out).run(from);
}

// What the sniffer makes of a label's name, a function of its bytes (RecentLabels keeps it).
struct SniffedName {
  enum Kind : uint8_t { kNone, kHeader, kQA, kCaps, kMixed } kind;
};
inline SniffedName moved(SniffedName n, size_t, bool) { return n; }

SniffedName class_of_name(std::string_view s, size_t b, size_t e) {
  if (!is_label_name(s, b, e)) return {SniffedName::kNone};
  std::string_view name = s.substr(b, e - b);
  if (is_header_name(name)) return {SniffedName::kHeader};
  if (name == "Q" || name == "A") return {SniffedName::kQA};
  bool lower = false;
  for (char c : name) lower |= is_lower(c);
  // SPEAKER_00, Speaker 1: numbered voices count with the mixed-case names.
  return {!lower && !(has_number(name) && is_anonymous_name(name)) ? SniffedName::kCaps : SniffedName::kMixed};
}

// `**Name:** text` lines (not `**Name:** 00:00:00` alone: a timestamped layout), mixed-case
// `Name: text` and `Speaker 1:` labels at the line start that outnumber upper-case ones, with
// some name heard twice; `Q:`/`A:` in a markdown document; a CSV speaker column.
int sniff(const Head& h) {
  std::string_view head = h.text;
  size_t b0 = bom_length(head);
  {
    std::string_view first = h.first_line(b0);
    if (istarts_with(first, "speaker,") && (icontains(first, ",words") || icontains(first, ",text"))) return 60;
  }
  if (find_bytes(head, " --> ") != std::string_view::npos) return 0;  // caption cues
  // An HTML transcript: labels closed by a tag (`<cite>Travis:</cite>`, `<h4>BRIAN REED:</h4>`).
  if (Lexer::looks_like_html(head, b0)) {
    size_t labels = 0;
    for (size_t at = find_bytes(head, ":</"); at != std::string_view::npos && labels < 2; at = find_bytes(head, ":</", at + 3))
      ++labels;
    return labels >= 2 ? 30 : 0;
  }
  size_t md = 0, mixed = 0, caps = 0, qa = 0;
  bool markdown = head.substr(b0).starts_with("---");
  std::array<std::pair<std::string_view, int>, 8> seen{};  // the first names, to find a repeat
  bool repeat = false;
  RecentLabels<SniffedName> names;  // a head repeats its few names: each is classed once
  auto name_class = [&](Span n) {
    auto c = names.get(head, n.b, n.e, [&] { return std::optional<SniffedName>(class_of_name(head, n.b, n.e)); });
    return c->kind;
  };
  for (const Head::Line& line : h.lines) {
    size_t b = std::max(line.b, b0), e = trim_end(head, b, line.e);
    if (b >= e || space_at(head, b)) continue;
    markdown |= is_markdown_heading(head.substr(b, e - b));
    auto time_only = [&](size_t pos) {
      pos = skip_space(head, pos, e);
      double t = kNoTime;
      size_t after = bracket_time_at(head, pos, e, &t);
      if (after == pos) return !std::isnan(parse_clock(head.substr(pos, e - pos)));
      return skip_space(head, after, e) == e;
    };
    if (auto l = md_label_shape(head, b, e); l && name_class(l->name) != SniffedName::kNone) {
      if (!time_only(l->end) && !is_segment_name(l->name.of(head)) && ++md == 2) return 60;  // the most it gives
      continue;
    }
    auto l = plain_label_shape(head, b, e, false);
    if (!l || l->end >= e) continue;
    const SniffedName::Kind kind = name_class(l->name);
    if (kind == SniffedName::kNone || kind == SniffedName::kHeader || time_only(l->end)) continue;
    if (kind == SniffedName::kQA) {
      ++qa;
    } else if (kind == SniffedName::kCaps) {
      ++caps;
    } else {
      ++mixed;
      std::string_view name = l->name.of(head);
      for (auto& [n, count] : seen) {
        if (n.empty()) n = name;
        if (n == name) {
          repeat |= ++count >= 2;
          break;
        }
      }
    }
  }
  // `Q:`/`A:` of an interview or a talk: dialogue unless upper-case labels (broadcast) outnumber them.
  if (qa >= 3 && (caps == 0 || (markdown && caps < qa))) return 50;
  if (mixed >= 3 && repeat && mixed > 2 * caps) return 50;
  if (mixed >= 1 && repeat && caps == 0) return 20;
  return 0;
}

}  // namespace

const Layout& dialogue_layout() {
  static const Layout layout{"dialogue", &lex, &read_label, &sniff, 60};  // 60: sniff's highest score
  return layout;
}

}  // namespace transcript
