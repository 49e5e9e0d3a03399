// The play layout: `NAME.` (or `Name:`) alone on a line with the speech below, stage directions
// on lines of their own, act and scene headings, a cast list that says who holds a title.
#include "layouts/play.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "text.hpp"

namespace transcript {
namespace {

constexpr size_t kMaxLabelBytes = 60;
constexpr size_t kMaxNameTokens = 5;
constexpr size_t kMaxDirectionLines = 6;  // a bracketed direction that wraps

// Lower-case words inside a `Name:` label: "Duke of York", "Lady of the House".
bool is_small_word(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"of", "the", "de", "la", "von", "van", "and", "le"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// One word of a name in capitals: DUKE, AGUE-CHEEK, O'BRIEN, III, ÉLISE.
bool is_caps_token(std::string_view w) {
  bool letter = false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t len = non_ascii_letter_at(w, i);
      if (!len) return false;
      letter = true;
      i += len - 1;
    } else if (is_upper(c)) {
      letter = true;
    } else if (!(c == '-' || c == '\'' || is_digit(c))) {
      return false;
    }
  }
  return letter;
}

// One word of a `Name:` label: capitalised (First, Citizen, KING, III, Lütke).
bool is_capitalised_token(std::string_view w) {
  if (w.empty() || !(is_upper(w[0]) || non_ascii_letter_at(w, 0))) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t len = non_ascii_letter_at(w, i);
      if (!len) return false;
      i += len - 1;
    } else if (!(is_alpha(c) || is_digit(c) || c == '-' || c == '\'')) {
      return false;
    }
  }
  return true;
}

bool is_heading_word(std::string_view w) { return w == "ACT" || w == "SCENE" || w == "Act" || w == "Scene"; }

// The name s[b, e) of a label: 1-5 words, all in capitals (`caps`) or capitalised.
bool is_label_name(std::string_view s, size_t b, size_t e, bool caps) {
  if (b >= e || e - b > kMaxLabelBytes) return false;
  // The first word decides for most lines of verse and prose (every word must pass, and the
  // first is no small word): tested before the line is split.
  size_t wb = skip_space(s, b, e), we = wb;
  while (we < e && !space_at(s, we)) ++we;
  std::string_view first = s.substr(wb, we - wb);
  if (!(caps ? is_caps_token(first) : is_capitalised_token(first))) return false;
  auto words = split_words(s.substr(b, e - b));
  if (words.empty() || words.size() > kMaxNameTokens || is_heading_word(words[0])) return false;
  // "Second murderer", "Old shepherd": a part named by an ordinal or an age, in lower case.
  static constexpr std::array<std::string_view, 10> kPartWords = {
      "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Old", "Young", "Another"};
  bool part = !caps && words.size() == 2 &&
              std::find(kPartWords.begin(), kPartWords.end(), words[0]) != kPartWords.end() &&
              std::all_of(words[1].begin(), words[1].end(), [](char c) { return is_lower(c) || c == '-'; });
  if (part) return true;
  for (size_t i = 0; i < words.size(); ++i) {
    bool ok = caps ? is_caps_token(words[i])
                   : is_capitalised_token(words[i]) || (i > 0 && i + 1 < words.size() && is_small_word(words[i]));
    if (!ok) return false;
  }
  return true;
}

// "Senators, &C": the name before an "and the rest".
size_t name_end_before_etc(std::string_view s, size_t b, size_t e) {
  std::string_view l = s.substr(b, e - b);
  for (std::string_view etc : {", &C", ", &c", ", etc"})
    if (l.size() > etc.size() && l.substr(l.size() - etc.size()) == etc) return e - etc.size();
  return e;
}

// A label that is the whole of s[b, e): `NAME.` in capitals or `Name:`.
std::optional<LabelParts> alone_label(std::string_view s, size_t b, size_t e) {
  if (e - b < 2) return std::nullopt;
  char last = s[e - 1];
  size_t ne = e - 1;
  if (!(last == ':' || last == '.') || space_at(s, ne - 1)) return std::nullopt;
  size_t name_e = last == ':' ? name_end_before_etc(s, b, ne) : ne;
  if (!is_label_name(s, b, name_e, last == '.')) return std::nullopt;
  LabelParts l;
  l.label = {uint32_t(b), uint32_t(ne)};
  l.name = {uint32_t(b), uint32_t(name_e)};
  l.end = e;
  return l;
}

// `NAME. speech` on one line: the name in capitals, then '. '.
std::optional<LabelParts> inline_label(std::string_view s, size_t b, size_t e) {
  size_t limit = std::min(e, b + kMaxLabelBytes + 2);
  for (size_t i = b + 1; i + 1 < limit; ++i) {
    if (s[i] != '.') continue;
    if (!space_at(s, i + 1) || !is_label_name(s, b, i, true)) return std::nullopt;
    LabelParts l;
    l.label = l.name = {uint32_t(b), uint32_t(i)};
    l.end = i + 1;
    return l;
  }
  return std::nullopt;
}

// `ACT I.`, `SCENE II. The sea-coast.`, `SCENE: A City in Illyria`, `PROLOGUE`.
bool is_heading(std::string_view line) {
  auto starts = [&](std::string_view w) {
    return line.starts_with(w) && (line.size() == w.size() || line[w.size()] == ' ' || line[w.size()] == '.' ||
                                   line[w.size()] == ':' || line[w.size()] == ',');
  };
  return starts("ACT") || starts("SCENE") || starts("Act") || starts("Scene") || line == "PROLOGUE" ||
         line == "EPILOGUE" || line == "INDUCTION" || line == "THE END";
}

bool is_cast_heading(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kHeads = {
      "PERSONS REPRESENTED", "DRAMATIS PERSONAE", "DRAMATIS PERSONÆ", "CHARACTERS", "THE PERSONS OF THE PLAY",
      "PERSONS OF THE PLAY", "CAST OF CHARACTERS"};
  while (!line.empty() && (line.back() == '.' || line.back() == ':')) line.remove_suffix(1);
  for (auto h : kHeads)
    if (iequals(line, h)) return true;
  return false;
}

// A stage direction on a line of its own that is not bracketed: `Enter VIOLA.`, `Exeunt.`
bool is_bare_direction(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kWords = {"Enter ", "Exit", "Exeunt", "Re-enter ",
                                                             "Manet ", "Flourish", "Alarum"};
  if (line.size() > 100) return false;
  for (auto w : kWords)
    if (line.starts_with(w)) {
      if (w.back() == ' ') return true;
      size_t n = w.size();
      return line.size() == n || line[n] == '.' || line[n] == ' ' || line[n] == ',';
    }
  return false;
}

// Project Gutenberg's closing line: the licence after it is meta.
bool is_gutenberg_end(std::string_view line) {
  return istarts_with(line, "End of Project Gutenberg") || istarts_with(line, "End of the Project Gutenberg") ||
         line.starts_with("*** END OF") || line.starts_with("***END OF");
}

// The line after the one that ends at e: is it blank (or missing)?
bool next_line_blank(std::string_view s, size_t e) {
  size_t i = e;
  while (i < s.size() && is_hspace(s[i])) ++i;
  if (i < s.size() && s[i] == '\r') ++i;
  if (i < s.size() && s[i] == '\n') ++i;
  while (i < s.size() && is_hspace(s[i])) ++i;
  return i >= s.size() || s[i] == '\n' || s[i] == '\r';
}

std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, 0, line.size());
  size_t e = trim_end(line, b, line.size());
  if (b >= e) return std::nullopt;
  if (auto l = alone_label(line, b, e)) return l;
  // `HAMLET. To be...` from one line alone: a name of three letters or more before a sentence,
  // and not an exclamation (`OK. So...`, `YES. We did.`).
  static constexpr std::array<std::string_view, 10> kWords = {"OK", "OKAY", "YES", "NO", "WOW", "HEY",
                                                              "WELL", "NOW", "AND", "BUT"};
  auto l = inline_label(line, b, e);
  if (!l || l->name.e - l->name.b < 3 || !is_upper(line[skip_space(line, l->end, e)])) return std::nullopt;
  std::string_view name = l->name.of(line);
  if (std::find(kWords.begin(), kWords.end(), name) != kWords.end()) return std::nullopt;
  return l;
}

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lx_(out), out_(out.pieces) {}

  void run(size_t from) {
    for_each_line(s_, from, lx_, [&](size_t b, size_t e, uint32_t line, bool para) {
      line_ = line;
      para_ = para;
      lex_line(b, e);
    });
  }

 private:
  enum class Phase { Front, Body, Back };

  Piece& push(Piece::Type type, size_t b, size_t e) {
    Piece& p = push_piece(out_, type, line_, b, e, para_);
    para_ = false;
    return p;
  }

  void push_label(const LabelParts& l, size_t b) {
    phase_ = Phase::Body;
    staged_ = true;
    in_cast_ = false;
    Piece& p = push(Piece::Type::Label, b, l.end);
    out_.set_label(p, l.label, l.name);
    std::string key = title_key(l.name.of(s_));
    if (auto it = aliases_.find(key); it != aliases_.end() && it->second.holders == 1) {
      p.title_only = true;  // DUKE: the cast list's Duke of Illyria; SIR TOBY: SIR TOBY BELCH
      if (it->second.is_title) out_.extra(p).role = l.name;
    }
    known_.insert(std::move(key));
  }

  // A cast-list entry: `ORSINO, Duke of Illyria.`, `SIR TOBY BELCH, Uncle of Olivia.`
  void cast_entry(std::string_view line) {
    size_t comma = line.find(',');
    std::string_view name = line.substr(0, comma == std::string_view::npos ? line.size() : comma);
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.remove_suffix(1);
    if (!is_label_name(line, 0, name.size(), true)) return;
    auto words = split_words(name);
    // "A SEA CAPTAIN" describes a part; it names no one.
    if (words[0] == "A" || words[0] == "AN" || words[0] == "THE") return;
    std::string full = upper_ascii(name);
    known_.insert(title_key(full));
    if (words.size() >= 2) lx_.names.add_full_name(canonical_name(name), 100);
    // "SIR TOBY" for SIR TOBY BELCH, "DUKE" for DUKE OF VENICE: the shorter forms of the name
    // that a label may use (a form that two names share, like "SIR", names neither).
    std::string prefix;
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (!prefix.empty()) prefix += ' ';
      prefix += upper_ascii(words[i]);
      if (words[i] != "OF" && words[i] != "THE") add_alias(prefix, std::string(name), false);
    }
    // "Duke of Illyria": a title (a capitalised first word, not an article) held by one person.
    if (comma == std::string_view::npos) return;
    auto role = split_words(line.substr(comma + 1));
    if (role.empty() || !is_upper(role[0][0]) || iequals(role[0], "a") || iequals(role[0], "an") ||
        iequals(role[0], "the") || role[0].find('\'') != std::string_view::npos)
      return;
    std::string_view title = role[0];
    while (!title.empty() && (title.back() == '.' || title.back() == ',')) title.remove_suffix(1);
    if (is_capitalised_token(title)) add_alias(upper_ascii(title), std::string(name), true);
  }

  void add_alias(const std::string& key, std::string holder, bool is_title) {
    auto [it, inserted] = aliases_.try_emplace(key);
    Alias& a = it->second;
    if (inserted) {
      a.holder = std::move(holder);
      a.is_title = is_title;
      a.holders = 1;
    } else if (!iequals(a.holder, holder)) {
      ++a.holders;  // "Servant to Olivia" twice: no one holds it alone
    }
  }

  // Facts of the cast list, once it ends: who holds each title.
  void close_cast() {
    in_cast_ = false;
    for (auto& [key, a] : aliases_)
      if (a.holders == 1 && !known_.count(key)) lx_.hold(key, a.holder);
    // A name of the cast list is its own label, never an alias of another.
    for (auto& [key, a] : aliases_)
      if (known_.count(key)) a.holders = 0;
  }

  void lex_line(size_t b, size_t e) {
    std::string_view line = s_.substr(b, e - b);
    if (skip_until_ > b) return;  // inside a wrapped direction already pushed
    if (phase_ == Phase::Back || is_gutenberg_end(line)) {
      phase_ = Phase::Back;
      push(Piece::Type::Meta, b, e);
      return;
    }
    if (is_heading(line)) {
      if (in_cast_) close_cast();
      staged_ = staged_ || !line.starts_with("SCENE:");  // not the setting line of the cast list
      push(Piece::Type::Meta, b, e);
      return;
    }
    if (phase_ == Phase::Front && is_cast_heading(line)) {
      in_cast_ = true;
      push(Piece::Type::Meta, b, e);
      return;
    }
    // Stage directions on lines of their own: `[Exit.]`, `[Enter VIOLA.]`, `Enter ROMEO.`; only
    // once an act or scene has begun (a licence's `[1] Only give exact copies...` is none).
    if (line[0] == '[' && staged_) {
      if (line.back() == ']' && line.find(']') == line.size() - 1) {
        push(Piece::Type::Cue, b, e);
        return;
      }
      if (line.find(']') == std::string_view::npos)
        if (size_t close = wrapped_direction_end(e)) {
          push(Piece::Type::Cue, b, close);
          skip_until_ = close;
          return;
        }
    }
    if (staged_ && is_bare_direction(line)) {
      push(Piece::Type::Cue, b, e);
      return;
    }
    // A label alone on its line, the speech below.
    if (auto l = alone_label(s_, b, e)) {
      bool caps = s_[e - 1] == '.';
      bool known = known_.count(title_key(l->name.of(s_))) > 0;
      if ((para_ || (caps && known)) && !next_line_blank(s_, e)) {
        if (in_cast_) close_cast();
        push_label(*l, b);
        return;
      }
    }
    if (phase_ == Phase::Front) {  // before anyone speaks: title, contents, cast list, licence
      if (in_cast_) cast_entry(line);
      push(Piece::Type::Meta, b, e);
      return;
    }
    // `FABIAN. O good Sir Toby, hold`: a known name, then the speech on the same line.
    if (para_)
      if (auto l = inline_label(s_, b, e); l && known_.count(title_key(l->name.of(s_)))) {
        push_label(*l, b);
        if (size_t t = skip_space(s_, l->end, e); t < e) push(Piece::Type::Text, t, e);
        return;
      }
    push_speech_line(b, e);
  }

  // A line of speech that goes on from the one before (no blank line, only the line break
  // between): the last piece grows over it instead of a piece a line, since a play is mostly
  // verse lines. The text is the same, white space being folded either way.
  void push_speech_line(size_t b, size_t e) {
    if (!para_ && !out_.empty()) {
      Piece& last = out_.back();
      bool only_space = true;
      for (size_t i = last.span.e; i < b && only_space; ++i)
        only_space = s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\r' || s_[i] == '\n';
      if (last.type == Piece::Type::Text && last.lit == kNoLiteral && !last.glue && last.span.e <= b && only_space) {
        last.span.e = uint32_t(e);
        return;
      }
    }
    push(Piece::Type::Text, b, e);
  }

  // The end of a bracketed direction that wraps over a few lines, or 0.
  size_t wrapped_direction_end(size_t e) const {
    size_t pos = e;
    for (size_t n = 0; n < kMaxDirectionLines && pos < s_.size(); ++n) {
      size_t eol = s_.find_first_of("\r\n", pos + 1);
      if (eol == std::string_view::npos) eol = s_.size();
      size_t lb = skip_space(s_, pos, eol), le = trim_end(s_, lb, eol);
      if (lb >= le) return 0;  // a blank line: not one direction
      // A heading is a row of its own (the line driver's): nothing wraps over it.
      if (is_markdown_heading(s_.substr(lb, le - lb))) return 0;
      if (s_.substr(lb, le - lb).find(']') != std::string_view::npos) return s_[le - 1] == ']' ? le : 0;
      pos = eol;
    }
    return 0;
  }

  struct Alias {
    std::string holder;
    bool is_title = false;
    int holders = 0;
  };

  std::string_view s_;
  Lexed& lx_;
  PieceList& out_;
  uint32_t line_ = 0;
  bool para_ = true;
  Phase phase_ = Phase::Front;  // Front: no one has spoken yet
  bool staged_ = false;          // an act or scene has begun: directions are events
  bool in_cast_ = false;
  size_t skip_until_ = 0;
  std::unordered_map<std::string, Alias> aliases_;  // title_key -> who the cast list says it is
  std::unordered_set<std::string> known_;           // names of the cast list and of labels
};

void lex(std::string_view text, size_t from, Lexed& out) {
  out.names_from_prose = false;  // "[Exit MARIA.]", "Signior Fabian" are not full names of MARIA, FABIAN
  Lexer(text, out).run(from);
}

// Labels alone on their line at the start of a paragraph, the speech on the very next line
// (a broadcast label alone has a blank line after it).
int sniff(const Head& h) {
  std::string_view head = h.text;
  const size_t bom = bom_length(head);
  size_t labels = 0;
  bool blank_before = true;
  for (auto [b, e] : h.lines) {
    b = std::max(b, bom);
    size_t t = trim_end(head, b, e);
    if (skip_space(head, b, t) == t) {
      blank_before = true;
      continue;
    }
    if (blank_before && !space_at(head, b) && alone_label(head, b, t) && !next_line_blank(head, e) && ++labels == 3)
      return 60;  // the most this sniffer gives: no need to read on
    blank_before = false;
  }
  return labels >= 3 ? 60 : 0;
}

}  // namespace

const Layout& play_layout() {
  static const Layout layout{"play", &lex, &read_label, &sniff, 60};  // 60: sniff's highest score
  return layout;
}

}  // namespace transcript
