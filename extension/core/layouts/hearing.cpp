// The hearing layout: congressional hearing records.
//
// GPO text: every paragraph starts with a 4-space indent and wraps to column 0; a speech
// paragraph opens with `Mr. NADLER.`, `The CHAIRMAN.`, `Senator Reed.` and the speech. The front
// matter (title page, rosters, contents), the `The Committee met, ... presiding.` narrative,
// `STATEMENT OF ...` headings and inserted statements are meta or prose; bracketed paragraphs
// are events. Full names come from the rosters and headings, the chair from the narrative.
//
// CQ transcripts: one paragraph a line, `GRASSLEY:` labels, `SPEAKERS:`/`WITNESSES:` lists.
//
// Speed: most lines are wrapped speech at column 0 and cost one look at their first byte; only
// a line indented like a paragraph is read as a possible label.
#include "layouts/hearing.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "text.hpp"

namespace transcript {
namespace {

constexpr size_t kMaxHeading = 480;  // bytes of a witness heading worth reading for a name
constexpr int kMaxFootnoteLines = 12;  // lines between the rules of a footnote

bool has_prefix(std::string_view s, size_t b, size_t e, std::string_view p) {
  return e - b >= p.size() && s.compare(b, p.size(), p) == 0;
}

bool ihas_prefix(std::string_view s, size_t b, size_t e, std::string_view p) {
  return e - b >= p.size() && iequals(s.substr(b, p.size()), p);
}

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return is_lower(c); });
}

// --- GPO labels ----------------------------------------------------------------------------

// Titles before a surname, longest first (`Vice Chairman Shelby` before `Chairman Dodd`).
constexpr std::string_view kPersonTitles[] = {
    "Master Chief", "Senior Chief", "Chief Master Sergeant", "Chief Petty Officer", "Petty Officer",
    "Command Sergeant Major", "Sergeant Major", "Master Sergeant", "Staff Sergeant", "Lieutenant Commander",
    "Vice Chairman", "Vice Chairwoman", "Vice Chair", "Vice Admiral", "Rear Admiral", "Co-Chairman",
    "Co-Chairwoman", "Co-Chair", "Attorney General", "Lieutenant General", "Major General",
    "Brigadier General", "Lieutenant Colonel", "Chief Justice", "Under Secretary", "Deputy Secretary",
    "Assistant Secretary", "Acting Chairman", "Acting Chairwoman", "Acting Chair", "Ranking Member",
    "Mr.", "Ms.", "Mrs.", "Miss", "Dr.", "Hon.", "Senator", "Sen.", "Representative", "Rep.",
    "Delegate", "Chairman", "Chairwoman", "Chair", "Cochairman", "Secretary", "General", "Admiral",
    "Ambassador", "Colonel", "Commissioner", "Chief", "Judge", "Justice", "Captain", "Director",
    "Governor", "Mayor", "Sergeant", "Commander", "Lieutenant", "Major", "Dean", "Professor", "Father",
    "Reverend", "Rabbi", "Bishop", "Sister", "Speaker", "Leader", "Inspector", "Administrator",
    "Commandant", "Congressman", "Congresswoman", "President", "Sheriff", "Chancellor",
    "Mrs", "Mr", "Ms", "Dr"};  // `Ms Hill.`: the period dropped in print

// Titles of title-only labels after `The` (`The CHAIRMAN.`, `The Clerk.`), longest first.
constexpr std::string_view kOffices[] = {
    "Acting Chairman", "Acting Chairwoman", "Acting Chair", "Vice Chairman", "Vice Chair",
    "Co-Chairman", "Co-Chair", "Reading Clerk", "Presiding Officer", "Chairman", "Chairwoman",
    "Chairperson", "Chair", "Clerk", "Speaker", "President", "Secretary", "Witness", "Reporter",
    "Interpreter", "Moderator", "Counsel", "Parliamentarian"};

// The titles of a list by their first letter, in list order (longest first).
template <size_t N>
struct TitleTable {
  std::vector<std::string_view> by_letter[26];
  explicit TitleTable(const std::string_view (&list)[N]) {
    for (auto t : list) by_letter[lower_ascii(t[0]) - 'a'].push_back(t);
  }
};

// Matches one of the table's titles at s[i] (case-insensitively), followed by a space, '.' or
// '['. Returns its end, or 0.
template <size_t N>
size_t match_title(std::string_view s, size_t i, size_t e, const TitleTable<N>& table) {
  if (i >= e) return 0;
  char first = lower_ascii(s[i]);
  if (first < 'a' || first > 'z') return 0;
  for (auto t : table.by_letter[first - 'a']) {
    if (!ihas_prefix(s, i, e, t)) continue;
    size_t end = i + t.size();
    if (end == e || s[end] == ' ' || s[end] == '.' || s[end] == '[') return end;
    if (t.back() == '.' && is_upper(s[end])) return end;  // `Mr.Parkinson.`
  }
  return 0;
}

// An office in place of a name: `Mr. Chairman.`, `Mr. Secretary.`, `Madam Chair.`.
bool is_office_word(std::string_view w) {
  static const WordSet kOfficeWords = {
      "Chairman", "Chairwoman", "Chair", "Secretary", "President", "Speaker", "Senator", "General",
      "Ambassador", "Commissioner", "Director", "Governor", "Judge", "Justice", "Mayor", "Leader",
      "Administrator", "Chief", "Counsel", "Clerk", "The"};
  return kOfficeWords.contains(w);
}

// Words that go before a surname in lower case: `de la Garza`, `Van Hollen` is capitalised.
bool is_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "del", "della", "la", "le", "van", "von", "der",
                                                    "den", "du", "di", "da", "dos", "St."};
  for (auto p : kParticles)
    if (w == p) return true;
  return false;
}

// The end of a name word at s[i]: letters, apostrophes, hyphens, any non-ASCII byte.
size_t word_end(std::string_view s, size_t i, size_t e) {
  while (i < e) {
    char c = s[i];
    if (is_alpha(c) || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80) ++i;
    else break;
  }
  return i;
}

bool starts_name(std::string_view s, size_t i, size_t e) {
  return i < e && (is_upper(s[i]) || (static_cast<unsigned char>(s[i]) >= 0xC0 && non_ascii_letter_at(s, i)));
}

struct GpoLabel {
  size_t end = 0;      // after the closing '.' or the editorial note
  Span label, name, role, state;
  Span title;  // `Chairman` of `Chairman LEWIS`
  bool title_only = false;
};

// An editorial note `[presiding]`, `[continuing]`, `[presiding.]` at s[i]: its end, or 0.
size_t note_end(std::string_view s, size_t i, size_t e) {
  if (i >= e || s[i] != '[' || i + 1 >= e || !is_lower(s[i + 1])) return 0;
  size_t lim = std::min(e, i + 32);
  for (size_t k = i + 1; k < lim; ++k)
    if (s[k] == ']') return k + 1;
    else if (!(is_lower(s[k]) || s[k] == '.' || s[k] == ' ')) return 0;
  return 0;
}

// A GPO label at s[b..e) (b: the first non-space byte of a paragraph): a title and a name,
// `The` and an office, or a bare name with an editorial note, then '.' and the speech.
std::optional<GpoLabel> gpo_label(std::string_view s, size_t b, size_t e) {
  if (b >= e || !is_upper(s[b])) return std::nullopt;
  // `Voice.`, `A Voice.`, `Several Voices.`: someone in the room the record does not name.
  static constexpr std::string_view kVoices[] = {"A Voice", "Voice", "Voices", "Several Voices", "Many Voices",
                                                 "Audience Member", "An Audience Member", "Unidentified Voice",
                                                 "Unidentified Speaker"};
  // Every voice starts with a, m, s, u or v (in either case): most paragraphs need no look.
  const char first = lower_ascii(s[b]);
  if (first == 'a' || first == 'm' || first == 's' || first == 'u' || first == 'v') {
    for (std::string_view v : kVoices) {
      size_t ve = b + v.size();
      if (ve < e && s[ve] == '.' && iequals(s.substr(b, v.size()), v) &&
          (ve + 1 == e || (s[ve + 1] == ' ' && ve + 2 < e && !is_lower(s[ve + 2])))) {
        GpoLabel l;
        l.label = l.name = {uint32_t(b), uint32_t(ve)};
        l.end = ve + 1;
        return l;
      }
    }
  }
  // Most paragraphs are sentences: a lower-case word (other than `of`, `de`, `van`) before the
  // first '.' or '[' rules a label out without reading titles.
  for (size_t k = b, words = 1; k < e && s[k] != '.' && s[k] != '['; ++k) {
    if (s[k] != ' ') continue;
    if (++words > 7 || k + 1 == e) return std::nullopt;
    char n = s[k + 1];
    if (is_lower(n) && !(n == 'o' || n == 'd' || n == 'l' || n == 'v')) return std::nullopt;
  }
  GpoLabel l;
  size_t i = b, name_end = 0;
  bool titled = false;
  if (has_prefix(s, b, e, "The ") || has_prefix(s, b, e, "THE ")) {
    static const TitleTable offices(kOffices);
    size_t t = match_title(s, b + 4, e, offices);
    if (!t) return std::nullopt;
    l.title_only = titled = true;
    l.role = {uint32_t(b + 4), uint32_t(t)};
    l.name = {uint32_t(b), uint32_t(t)};
    name_end = i = t;
  } else {
    static const TitleTable titles(kPersonTitles);
    if (size_t t = match_title(s, b, e, titles); t && t < e && (s[t] == ' ' || s[t - 1] == '.')) {
      titled = true;
      l.title = {uint32_t(b), uint32_t(t)};
      i = t;
      while (i < e && s[i] == ' ') ++i;  // `Admiral  Brown.`: the typesetter's double space
    }
    size_t name_b = i;
    int words = 0;
    while (i < e && words < 4) {
      size_t we = word_end(s, i, e);
      std::string_view w = s.substr(i, we - i);
      if (we < e && s[we] == ' ' && is_particle(w) && starts_name(s, we + 1, e)) {
        i = we + 1;
        continue;
      }
      if (w == "St" && we < e && s[we] == '.') we++, w = s.substr(i, we - i);  // St. Germain
      if (!starts_name(s, i, e) || we == i || w.size() < 2 || is_office_word(w)) return std::nullopt;
      ++words;
      name_end = i = we;
      if (i + 1 < e && s[i] == ' ' && starts_name(s, i + 1, e) && words < 3) {
        // Another word of the name, unless it is the speech ("Mr. Moran Thank"): a name word
        // is followed by '.', ' ', '[' or the end; the check after the loop decides.
        size_t ne = word_end(s, i + 1, e);
        if (ne < e && (s[ne] == '.' || s[ne] == ' ' || s[ne] == '[')) {
          ++i;
          continue;
        }
      }
      break;
    }
    if (words == 0) return std::nullopt;
    l.name = {uint32_t(name_b), uint32_t(name_end)};
    // `Mr. Garcia of Illinois.`: the state tells two members of one name apart.
    if (has_prefix(s, i, e, " of ") && starts_name(s, i + 4, e)) {
      size_t sb = i + 4, se = word_end(s, sb, e);
      if (se + 1 < e && s[se] == ' ' && starts_name(s, se + 1, e)) {
        size_t se2 = word_end(s, se + 1, e);
        if (se2 < e && s[se2] == '.') se = se2;
      }
      l.state = {uint32_t(sb), uint32_t(se)};
      name_end = i = se;
    }
  }
  l.label = {uint32_t(b), uint32_t(name_end)};
  // The closing '.', with editorial notes before or after it: `Mr. KIND [continuing].`,
  // `Ms. Waters. [presiding]`, `Marshall [presiding.]`.
  bool dot = false, noted = false;
  size_t j = i;
  auto note = [&](size_t at) {
    size_t k = at < e && s[at] == ' ' ? at + 1 : at;
    if (size_t ne = note_end(s, k, e)) {
      noted = true;
      dot = dot || s[ne - 2] == '.';
      j = ne;
      return true;
    }
    return false;
  };
  note(j);
  if (j < e && s[j] == '.') dot = true, ++j;
  // `Mr. Baca --ask about--`: a label printed without its period before an interrupted
  // sentence; the dashes are speech.
  if (!dot && !noted && titled && !l.title_only && has_prefix(s, j, e, " --")) return l.end = j, l;
  if (!noted) note(j);
  if (!dot || (!titled && !noted)) return std::nullopt;
  size_t k = j;
  while (k < e && s[k] == ' ') ++k;
  if (k == e) {
    if (!noted) return std::nullopt;  // `    Mr. Marshall.`: the chair calling on someone
  } else if (is_lower(s[k])) {
    return std::nullopt;
  } else if (k == j) {
    // `Mr. Thain.Thank you.`: the space after the label lost in print; a word follows (not an
    // initial, `Mr. J.R.`).
    if (!titled || l.title_only || !dot || !is_upper(s[k]) || k + 1 >= e || !is_lower(s[k + 1])) return std::nullopt;
  }
  l.end = j;
  return l;
}

// `Hon. Leonard L. Boswell [Chairman of the Subcommittee] presiding`: the name, or "".
std::string presiding_name(std::string_view para) {
  size_t p = para.find("presiding");
  if (p == std::string_view::npos) return {};
  std::string_view before = para.substr(0, p);
  size_t at = std::string_view::npos, len = 0;
  for (std::string_view m : {"Hon. ", "Honorable ", "Senator ", "Representative "}) {
    size_t f = before.rfind(m);
    if (f != std::string_view::npos && (at == std::string_view::npos || f > at)) at = f, len = m.size();
  }
  if (at == std::string_view::npos) return {};
  std::string name;
  bool after_comma = false;
  size_t count = 0;
  for (auto w : split_words(before.substr(at + len))) {
    bool suffix = iequals(w, "Jr.") || iequals(w, "Jr.,") || iequals(w, "Sr.") || w == "II" || w == "III" ||
                  w == "IV" || w == "II," || w == "III," || w == "IV,";
    if (w[0] == '(' || w[0] == '[' || is_lower(w[0]) || (after_comma && !suffix)) break;
    if (++count > 5) return {};
    after_comma = w.back() == ',';
    if (!name.empty()) name += ' ';
    name.append(after_comma ? w.substr(0, w.size() - 1) : w);
  }
  return split_words(name).size() >= 2 ? name : std::string();
}

// Ranks and offices that canonical_name does not know, before the name in a heading:
// `MAJOR GENERAL WILLIAM MATZ, JR.`, `RADM ARCHER M. MACY`, `Subcommittee Chairman Paul C. Broun`,
// `Ranking Member ...`. A word that may be a given name (`Major R. Owens`) counts only before
// another title.
std::string_view without_ranks(std::string_view name) {
  static constexpr std::string_view kAlone[] = {"ADMIRAL", "RADM", "VADM", "ADM.", "MAJGEN", "LTGEN", "BGEN",
                                                "BRIGGEN", "LTG", "MG", "BG", "COLONEL", "COL.", "CAPTAIN",
                                                "CAPT.", "COMMANDER", "CMDR.", "SERGEANT", "SGT.", "LT.",
                                                "SUBCOMMITTEE", "COMMITTEE", "RANKING", "MAJ."};
  static constexpr std::string_view kBefore[] = {"MAJOR", "LIEUTENANT", "REAR", "BRIGADIER", "VICE", "FULL",
                                                 "MASTER", "SENIOR", "STAFF", "COMMAND"};
  auto any = [](std::string_view w, auto& list) {
    for (auto t : list)
      if (iequals(w, t)) return true;
    return false;
  };
  std::string_view prev;
  for (int guard = 0; guard < 8; ++guard) {
    auto words = split_words(name);
    if (words.size() < 3) break;
    std::string_view w = words[0];
    bool drop = any(w, kAlone) || (iequals(prev, "RANKING") && iequals(w, "MEMBER")) ||
                (iequals(prev, "PETTY") && iequals(w, "OFFICER")) ||
                (iequals(w, "PETTY") && iequals(words[1], "OFFICER")) || (!prev.empty() && is_title_word(w)) ||
                (any(w, kBefore) && (is_title_word(words[1]) || any(words[1], kAlone) || any(words[1], kBefore)));
    if (!drop) break;
    prev = w;
    name = name.substr(size_t(words[1].data() - name.data()));
  }
  return name;
}

// `STATEMENT OF HON. GARY GENSLER, CHAIRMAN, ...`, `TESTIMONY OF EUGENE L. DODARO,\1\ ACTING`,
// `Prepared Statement of Hon. Leonard L. Boswell, a Representative`: the person, or "".
std::string heading_name(std::string_view heading) {
  size_t at = std::string_view::npos;
  for (std::string_view m : {"STATEMENT OF ", "TESTIMONY OF ", "Statement of ", "Testimony of "}) {
    size_t f = heading.find(m);
    if (f != std::string_view::npos && f < at) at = f + m.size();
  }
  if (at == std::string_view::npos) return {};
  std::string text;  // without footnote marks (\1\)
  for (size_t i = at; i < heading.size(); ++i) {
    if (heading[i] == '\\') {
      size_t k = i + 1;
      while (k < heading.size() && is_digit(heading[k])) ++k;
      if (k < heading.size() && heading[k] == '\\' && k > i + 1) {
        i = k;
        continue;
      }
    }
    text += heading[i];
  }
  std::string name;
  bool first = true;
  for (auto w : split_words(text)) {
    bool comma = w.back() == ',' || w.back() == ';';
    std::string_view bare = comma ? w.substr(0, w.size() - 1) : w;
    bool suffix = iequals(bare, "Jr.") || iequals(bare, "Sr.") || bare == "II" || bare == "III" || bare == "IV";
    if (!first && !suffix && name.back() == ',') {
      name.pop_back();
      break;
    }
    if (!(is_upper(bare[0]) || static_cast<unsigned char>(bare[0]) >= 0xC0) || iequals(bare, "AND")) break;
    if (bare.find_first_of(":0123456789") != std::string_view::npos) return {};  // `Witnesses:`
    if (!name.empty()) name += ' ';
    name.append(bare);
    if (comma) name += ',';
    first = false;
  }
  while (!name.empty() && name.back() == ',') name.pop_back();
  std::string c = canonical_name(without_ranks(name));
  size_t n = split_words(c).size();
  if (n < 2 || n > 5) return {};
  return c;
}

// `..., ACCOMPANIED BY CHARLIE COTTON AND McCOY WILLIAMS, GENERAL ACCOUNTING OFFICE`: the
// people who sit with a witness (and may speak), each before its first comma.
std::vector<std::string> accompanied_names(std::string_view heading) {
  std::vector<std::string> out;
  size_t at = heading.find("ACCOMPANIED BY");
  if (at == std::string_view::npos) return out;
  std::string_view rest = heading.substr(at + 14);
  while (!rest.empty() && out.size() < 8) {
    size_t sep = std::min(rest.find(" AND "), rest.find("; "));
    std::string_view part = rest.substr(0, sep);
    std::string_view name = part.substr(0, part.find(','));
    while (!name.empty() && (name[0] == ':' || name[0] == ' ')) name.remove_prefix(1);
    name = without_ranks(name);  // `MASTER CHIEF PETTY OFFICER KEN BROWN`
    auto words = split_words(name);
    bool ok = words.size() >= 2 && words.size() <= 5;
    for (auto w : words) ok = ok && is_upper(w[0]) && !has_lower(w.substr(w.size() > 2 ? 2 : 0));
    if (ok) {
      std::string c = canonical_name(name);
      if (split_words(c).size() >= 2) out.push_back(std::move(c));
    }
    if (sep == std::string_view::npos) break;
    rest = rest.substr(sep + (rest[sep] == ';' ? 2 : 5));
  }
  return out;
}

// One roster entry `COLLIN C. PETERSON, Minnesota, Chairman` (a column of a roster line).
struct RosterEntry {
  std::string name, state;
  bool chair = false;
};

bool is_caps_name_word(std::string_view w) {
  if (w.empty() || !is_upper(w[0])) return false;
  size_t lower = 0, upper = 0;
  for (char c : w) {
    if (is_lower(c)) ++lower;
    else if (is_upper(c)) ++upper;
    else if (!(c == '.' || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80)) return false;
  }
  return lower <= 2 && (upper >= 2 || (w.size() == 2 && w[1] == '.'));  // McCAIN, J.
}

// A state in capitals (`VERMONT`, `SOUTH CAROLINA`, or `SOUTH` where the column wraps): some
// rosters print them so; another capitalised phrase after a comma is no roster entry.
bool is_state_name(std::string_view state) {
  static constexpr std::string_view kStates[] = {
      "ALABAMA", "ALASKA", "ARIZONA", "ARKANSAS", "CALIFORNIA", "COLORADO", "CONNECTICUT", "DELAWARE",
      "FLORIDA", "GEORGIA", "HAWAII", "IDAHO", "ILLINOIS", "INDIANA", "IOWA", "KANSAS", "KENTUCKY",
      "LOUISIANA", "MAINE", "MARYLAND", "MASSACHUSETTS", "MICHIGAN", "MINNESOTA", "MISSISSIPPI",
      "MISSOURI", "MONTANA", "NEBRASKA", "NEVADA", "NEW HAMPSHIRE", "NEW JERSEY", "NEW MEXICO",
      "NEW YORK", "NORTH CAROLINA", "NORTH DAKOTA", "OHIO", "OKLAHOMA", "OREGON", "PENNSYLVANIA",
      "RHODE ISLAND", "SOUTH CAROLINA", "SOUTH DAKOTA", "TENNESSEE", "TEXAS", "UTAH", "VERMONT",
      "VIRGINIA", "WASHINGTON", "WEST VIRGINIA", "WISCONSIN", "WYOMING", "PUERTO RICO", "GUAM",
      "AMERICAN SAMOA", "DISTRICT OF COLUMBIA", "VIRGIN ISLANDS", "NORTHERN MARIANA ISLANDS"};
  for (auto st : kStates)
    if (st.starts_with(state) && (st.size() == state.size() || st[state.size()] == ' ')) return true;
  return false;
}

std::optional<RosterEntry> roster_entry(std::string_view col) {
  while (!col.empty() && col.back() == ' ') col.remove_suffix(1);
  size_t comma = col.find(", ");
  if (comma == std::string_view::npos && col.size() > 1 && col.back() == ',') comma = col.size() - 1;  // state wraps
  if (comma == std::string_view::npos || comma == 0) return std::nullopt;
  std::string_view name = col.substr(0, comma);
  auto words = split_words(name);
  // `HON. PAUL C. BROUN, Georgia, Chair` (a subcommittee's roster): the honorific is no name.
  if (words.size() >= 3 && (words[0] == "HON." || words[0] == "Hon.")) {
    name = name.substr(size_t(words[1].data() - name.data()));
    words.erase(words.begin());
  }
  if (words.size() < 2 || words.size() > 5) return std::nullopt;
  for (auto w : words) {
    // `JESUS G. ``CHUY'' GARCIA`: a nickname in quotes.
    if (w.size() > 4 && w.starts_with("``") && w.ends_with("''")) w = w.substr(2, w.size() - 4);
    else if (w.size() > 2 && w.front() == '"' && w.back() == '"') w = w.substr(1, w.size() - 2);
    if (!is_caps_name_word(w)) return std::nullopt;
  }
  RosterEntry r;
  r.name = std::string(name);
  std::string_view rest = col.substr(std::min(col.size(), comma + 2));
  if (rest.starts_with("Jr.,") || rest.starts_with("JR.,") || rest.starts_with("Sr.,")) {
    r.name += ", " + std::string(rest.substr(0, 3));
    rest = rest.substr(std::min(rest.size(), size_t(5)));
  }
  size_t c2 = rest.find(',');
  std::string_view state = rest.substr(0, c2);
  while (!state.empty() && state.back() == ' ') state.remove_suffix(1);
  if (state.empty() && comma + 1 == col.size()) return r;  // `MICHAEL G. FITZPATRICK,` / `Pennsylvania`
  if (state.empty() || !is_upper(state[0]) || !(has_lower(state) || is_state_name(state))) return std::nullopt;
  r.state = std::string(state);
  if (c2 != std::string_view::npos) {
    std::string_view role = rest.substr(c2 + 1);
    r.chair = icontains(role, "chairman") || icontains(role, "chairwoman") || icontains(role, "chair");
    if (icontains(role, "vice") || icontains(role, "ranking")) r.chair = false;
  }
  return r;
}

// Ranks and offices before a given name in a contents entry (`Loy, Admiral James M.`).
bool is_rank(std::string_view w) {
  static constexpr std::string_view kRanks[] = {
      "Admiral", "Adm.", "General", "Gen.", "Lieutenant", "Lt.", "Colonel", "Col.", "Major", "Maj.", "Captain",
      "Capt.", "Commander", "Cmdr.", "Sergeant", "Sgt.", "Ambassador", "Commissioner", "Prof.", "Rev.",
      "Reverend", "Sister", "Father", "Brigadier", "Rear", "Vice", "Brig.", "Mr.", "Ms.", "Mrs.", "Dr.",
      "RADM", "VADM", "ADM", "MajGen", "LtGen", "BGen", "BrigGen", "Gen", "MG", "LTG", "BG", "Col", "Capt"};
  for (auto r : kRanks)
    if (w == r) return true;
  return false;
}

bool is_chair_title(std::string_view t) {
  return iequals(t, "Chairman") || iequals(t, "Chairwoman") || iequals(t, "Chair") || iequals(t, "Co-Chairman") ||
         iequals(t, "Co-Chair");
}

// The surname of a full name: its last word before a generational suffix, without commas.
std::string_view surname_of(std::string_view name) {
  auto words = split_words(name);
  size_t last = words.size();
  while (last > 1) {
    std::string_view w = words[last - 1];
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    if (!(iequals(w, "Jr") || iequals(w, "Sr") || w == "II" || w == "III" || w == "IV")) break;
    --last;
  }
  if (last == 0) return {};
  std::string_view w = words[last - 1];
  while (!w.empty() && w.back() == ',') w.remove_suffix(1);
  return w;
}

// A contents or witness-list entry `Gensler, Hon. Gary, Chairman, ...`, `Flatley, Joseph L.,
// President`: "Gary Gensler", or "".
std::string contents_name(std::string_view line) {
  size_t comma = line.find(", ");
  if (comma == std::string_view::npos || comma < 2 || comma > 40) return {};
  std::string_view surname = line.substr(0, comma);
  for (auto w : split_words(surname))  // mixed case: `BARNEY FRANK, Massachusetts` is a roster line
    if (!is_upper(w[0]) || !has_lower(w) || w.find_first_of(".:0123456789") != std::string_view::npos) return {};
  std::string_view rest = line.substr(comma + 2);
  size_t c2 = rest.find(',');
  if (c2 == std::string_view::npos || c2 > 40) return {};
  auto given = split_words(rest.substr(0, c2));
  size_t first = 0;
  while (first < given.size() && (is_title_word(given[first]) || is_rank(given[first]))) ++first;
  if (first == given.size() || given.size() - first > 3) return {};
  std::string name;
  for (size_t i = first; i < given.size(); ++i) {
    std::string_view w = given[i];
    bool initial = w.size() == 2 && is_upper(w[0]) && w[1] == '.';
    if (!is_upper(w[0]) || (!initial && !has_lower(w))) return {};
    name.append(w).append(" ");
  }
  if (split_words(surname).size() > 2) return {};
  name.append(surname);
  rest = rest.substr(c2);
  for (std::string_view sfx : {", Jr.", ", Sr.", ", III", ", II", ", IV"})
    if (rest.starts_with(sfx) && (rest.size() == sfx.size() || rest[sfx.size()] == ',' || rest[sfx.size()] == ' ')) {
      name.append(sfx);
      break;
    }
  return name;
}

// --- CQ labels -----------------------------------------------------------------------------

struct CqLabel {
  size_t end;  // after the ':'
  Span label, name;
};

// `GRASSLEY:`, `[*] GRASSLEY:`, `MORE KAVANAUGH:`, `HATCH (?):`, `DURBIN?:`, `(UNKNOWN):` at s[b].
std::optional<CqLabel> cq_label_at(std::string_view s, size_t b, size_t e) {
  size_t i = b;
  if (has_prefix(s, i, e, "[*] ")) i += 4;
  if (i < e && s[i] == '(') {  // (UNKNOWN): an anonymous voice
    size_t k = i + 1;
    while (k < e && k < i + 24 && (is_upper(s[k]) || s[k] == ' ')) ++k;
    if (k < e && s[k] == ')' && k > i + 1 && k + 1 < e && s[k + 1] == ':' && (k + 2 == e || s[k + 2] == ' '))
      return CqLabel{k + 2, {uint32_t(i), uint32_t(k + 1)}, {uint32_t(i), uint32_t(k + 1)}};
    return std::nullopt;
  }
  size_t name_b = i;
  for (int words = 0; words < 4; ++words) {
    size_t k = i;
    while (k < e && (is_upper(s[k]) || s[k] == '.' || s[k] == '\'' || s[k] == '-')) ++k;
    if (k - i < 2 || !is_upper(s[i])) return std::nullopt;
    size_t name_e = k;
    size_t label_e = k;
    if (has_prefix(s, k, e, " (?)")) label_e = k += 4;
    else if (k < e && s[k] == '?') label_e = ++k;
    if (k < e && s[k] == ':' && (k + 1 == e || s[k + 1] == ' ')) {
      CqLabel l{k + 1, {uint32_t(name_b), uint32_t(label_e)}, {uint32_t(name_b), uint32_t(name_e)}};
      // `MORE KAVANAUGH:`: a page word fused to the label.
      if (has_prefix(s, name_b, name_e, "MORE ") && name_e > name_b + 5) l.label.b = l.name.b = uint32_t(name_b + 5);
      return l;
    }
    if (k >= e || s[k] != ' ' || label_e != name_e) return std::nullopt;
    i = k + 1;
  }
  return std::nullopt;
}

// --- the lexers ----------------------------------------------------------------------------

class Lexer {
 public:
  Lexer(std::string_view s, Lexed& out) : s_(s), lx_(out), out_(out.pieces) {}

  void push(Piece::Type type, size_t b, size_t e) {
    push_piece(out_, type, line_, b, e, para_);
    para_ = false;
  }

  // Text, prose or meta that goes on from the last piece of the same kind: one piece grows
  // over the lines of a paragraph instead of one piece a line.
  void flow(Piece::Type type, size_t b, size_t e) {
    if (open_ == out_.size() && !out_.empty() && out_.back().type == type) {
      out_.back().span.e = uint32_t(e);
      para_ = false;
      return;
    }
    push(type, b, e);
    open_ = out_.size();
  }
  void stop_flow() { open_ = 0; }

  void hold_chair(std::string_view name) {
    for (std::string_view t : {"CHAIRMAN", "CHAIRWOMAN", "CHAIR", "CHAIRPERSON"}) lx_.hold(t, name);
  }

 protected:
  std::string_view s_;
  Lexed& lx_;
  PieceList& out_;
  uint32_t line_ = 0;
  bool para_ = true;
  size_t open_ = 0;  // 1 + index of the piece that flow() may extend
};

class GpoLexer : Lexer {
 public:
  using Lexer::Lexer;

  void run(size_t from) {
    LineReader lines(s_, from);
    size_t lb, le;
    while (lines.next(lb, le)) {
      line_ = lines.line();
      size_t b = lb;
      while (b < le && (s_[b] == ' ' || s_[b] == '\t')) ++b;
      size_t indent = b - lb;
      b = skip_space(s_, b, le);
      size_t e = trim_end(s_, b, le);
      if (b == e) {
        blank();
        continue;
      }
      on_line(b, e, indent);
    }
    end_paragraph();
    // After the headings: a name in both keeps the heading's form (`ADAEZE N. OKAFOR`).
    for (const std::string& name : contents_) lx_.names.add_full_name(name, 1);
  }

 private:
  enum class State { Front, Speech, Insert };

  void blank() {
    end_paragraph();
    para_ = true;
    stop_flow();
  }

  // A heading or narrative paragraph ends: what it says about names.
  void end_paragraph() {
    if (in_heading_) {
      std::string name = heading_name(buf_);
      if (!name.empty()) lx_.names.add_full_name(name, 2);
      for (const std::string& n : accompanied_names(buf_)) lx_.names.add_full_name(n, 2);
      in_heading_ = false;
    }
    if (in_narrative_) {
      std::string name = roster_form(presiding_name(buf_));
      if (!name.empty()) {
        lx_.names.add_full_name(name, 1);
        hold_chair(name);
        chair_ = name;
      }
      in_narrative_ = false;
    }
    buf_.clear();
  }

  void on_line(size_t b, size_t e, size_t indent) {
    std::string_view line = s_.substr(b, e - b);
    char c = line[0];
    // The common case first: a wrapped line of speech (column 0, after a line of speech).
    if (indent == 0 && state_ == State::Speech && !para_ && !in_event_ && !footnote_ && !in_heading_ &&
        (is_lower(c) || is_digit(c)) && open_ == out_.size() && out_.back().type == Piece::Type::Text) {
      out_.back().span.e = uint32_t(e);
      return;
    }
    if (in_event_) {  // a bracketed note wrapped over lines
      out_.back().span.e = uint32_t(e);
      event_line(line);
      return;
    }
    if (footnote_) {  // a footnote between two rules: page furniture, no row
      if (is_rule(line, '-')) footnote_ = false;
      return;
    }
    bool para_indent = indent >= 2 && indent <= 6;
    // Labels open a paragraph: indented (GPO), or at column 0 after a blank line (some records
    // set paragraphs apart by blank lines instead).
    if ((para_indent || (indent == 0 && para_)) && is_upper(c)) {
      if (auto l = gpo_label(s_, b, e)) {
        label(*l, b, e);
        return;
      }
    }
    if (in_heading_ || in_narrative_) {
      if (in_narrative_ && para_indent) end_paragraph();  // the next paragraph
      else {
        // A heading wraps over a few lines; a "heading" that goes on is a paragraph.
        if (in_heading_ && buf_.size() > kMaxHeading) {
          end_paragraph();
        } else {
          buf_ += ' ';
          buf_.append(line);
          flow(in_heading_ ? Piece::Type::Meta : Piece::Type::Prose, b, e);
          return;
        }
      }
    }
    switch (c) {
      case '[':
        if (line.starts_with("[[Page")) {  // a page marker: layout, no row
          stop_flow();
          return;
        }
        if ((state_ == State::Front && indent == 0) || line.starts_with("[GRAPHIC") || line.starts_with("[TIFF") ||
            line == "[all]") {
          meta(b, e);
          return;
        }
        // A bracketed paragraph is an event; a wrapped line that starts with '[' is not, nor
        // is a paragraph that goes on after its bracket (`[Inaudible] and so ...`).
        if ((indent > 0 || para_) && opens_event(line)) {
          stop_flow();
          push(Piece::Type::Cue, b, e);
          in_event_ = true;
          depth_ = 0;
          event_lines_ = 0;
          event_line(line);
          return;
        }
        break;
      case '<':  // <F-dash>, <all>, <DOC>, <GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>
        meta(b, e);
        return;
      case '-':
      case '_':
      case '=':
        if (is_rule(line, c)) {
          if (c == '-' && indent == 0 && line.size() >= 40 && state_ != State::Front && closes_footnote(e)) {
            stop_flow();
            footnote_ = true;
          } else {
            meta(b, e);
          }
          return;
        }
        break;
      case '#':
        if (is_markdown_heading(line)) {
          meta(b, e);
          return;
        }
        break;
      default:
        break;
    }
    if (is_upper(c) && line.size() > 12 && is_heading_start(line, para_ || indent != 4 || state_ == State::Front, para_)) {
      stop_flow();
      in_heading_ = true;
      buf_.assign(line);
      para_ = true;
      flow(Piece::Type::Meta, b, e);
      return;
    }
    if (para_indent && c == 'T' && is_narrative(line)) {
      stop_flow();
      in_narrative_ = true;
      after_narrative_ = true;
      buf_.assign(line);
      para_ = true;
      flow(Piece::Type::Prose, b, e);
      return;
    }
    switch (state_) {
      case State::Front:
        // Rosters (`COLLIN C. PETERSON, Minnesota,`) and contents entries (`Gensler, Hon.
        // Gary,`) stand before the narrative.
        if (!after_narrative_ && line.size() > 4 && (line.back() == ',' || line.find(", ") != std::string_view::npos)) {
          roster_line(b, e);  // its columns are tested one by one
          if (is_lower(line[1])) {
            if (std::string name = contents_name(line); !name.empty()) contents_.push_back(std::move(name));
          }
        }
        // After the narrative, its paragraphs (`Members present: ...`) are prose too.
        if (after_narrative_ && (para_indent || (open_ == out_.size() && out_.back().type == Piece::Type::Prose)))
          new_block(Piece::Type::Prose, b, e, indent);
        else
          flow(Piece::Type::Meta, b, e);
        return;
      case State::Speech:
        // A centred line after a blank (a heading, `A P P E N D I X`): meta.
        if (indent >= 8 && (para_ || open_ == 0 || out_.back().type == Piece::Type::Meta) && !has_lower(line)) {
          meta(b, e);
          return;
        }
        new_block(Piece::Type::Text, b, e, indent);
        return;
      case State::Insert:
        if (indent >= 8) meta(b, e);
        else new_block(Piece::Type::Prose, b, e, indent);
        return;
    }
  }

  // A paragraph indented like one starts a piece of its own; a wrapped line goes on.
  void new_block(Piece::Type type, size_t b, size_t e, size_t indent) {
    if (indent >= 2 && indent <= 6 && type != Piece::Type::Text) {
      stop_flow();
      para_ = true;
    }
    flow(type, b, e);
  }

  void meta(size_t b, size_t e) {
    if (open_ == out_.size() && !out_.empty() && out_.back().type == Piece::Type::Meta) {
      out_.back().span.e = uint32_t(e);
      return;
    }
    stop_flow();
    flow(Piece::Type::Meta, b, e);
  }

  // A footnote is a few lines between two rules of dashes: is there a closing rule within
  // the next lines after s[from]? (A look a few lines ahead, once per rule.)
  bool closes_footnote(size_t from) const {
    size_t pos = from;
    for (int n = 0; n < kMaxFootnoteLines && pos < s_.size(); ++n) {
      // The next line end, LF, CRLF or a lone CR (a search for LF alone would cross a text of
      // lone CRs to its end every time).
      size_t nl = s_.find_first_of("\r\n", pos + 1);
      if (nl != std::string_view::npos && s_[nl] == '\r' && nl + 1 < s_.size() && s_[nl + 1] == '\n') ++nl;
      size_t b = pos + 1, e = nl == std::string_view::npos ? s_.size() : nl;
      while (b < e && (s_[b] == '\r' || s_[b] == '\n')) ++b;
      e = trim_end(s_, b, e);
      if (e - b >= 40 && s_[b] == '-' && is_rule(s_.substr(b, e - b), '-')) return true;
      if (nl == std::string_view::npos) break;
      pos = nl;
    }
    return false;
  }

  static bool is_rule(std::string_view line, char c) {
    if (line.size() < 6) return false;
    for (char x : line)
      if (x != c && x != ' ') return false;
    return true;
  }

  // A witness heading: in capitals anywhere but inside a paragraph of speech; in mixed case
  // (`Prepared Statement of ...`) only after a blank line.
  static bool is_heading_start(std::string_view line, bool caps_ok, bool mixed_ok) {
    std::string_view head = line.substr(0, std::min<size_t>(line.size(), 48));
    if (caps_ok && is_upper(line[1]))
      for (std::string_view m : {"STATEMENT OF ", "TESTIMONY OF ", "STATEMENTS OF "})
        if (head.find(m) != std::string_view::npos) return true;
    if (mixed_ok)
      for (std::string_view m : {"Prepared Statement of ", "Statement of ", "Testimony of "})
        if (line.starts_with(m)) return true;
    return false;
  }

  // `The Subcommittee met, pursuant to call, at 10:00 a.m., ...`
  bool is_narrative(std::string_view line) const {
    if (!line.starts_with("The ")) return false;
    std::string_view head = line.substr(0, std::min<size_t>(line.size(), 72));
    if (state_ == State::Speech) return head.find(" met, pursuant") != std::string_view::npos;
    return head.find(" met, ") != std::string_view::npos || head.find(" met at ") != std::string_view::npos ||
           head.find(" met in ") != std::string_view::npos || head.find(" convened") != std::string_view::npos;
  }

  static bool opens_event(std::string_view line) {
    int depth = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '[') ++depth;
      else if (line[i] == ']' && --depth == 0) return i + 1 == line.size();
    }
    return true;  // open at the line's end: wraps to the next line
  }

  void event_line(std::string_view line) {
    for (char c : line) {
      if (c == '[') ++depth_;
      else if (c == ']') --depth_;
    }
    ++event_lines_;
    bool closed = depth_ <= 0 && line.back() == ']';
    if (!closed && event_lines_ < 8) return;
    in_event_ = false;
    std::string_view cue = out_.back().span.of(s_);
    // An inserted statement, the record after adjournment: not speech, up to the next label.
    std::string_view tail = cue.substr(cue.size() > 24 ? cue.size() - 24 : 0);
    if (tail.find("follow") != std::string_view::npos ||
        (cue.find("Whereupon") != std::string_view::npos && cue.find("adjourn") != std::string_view::npos))
      state_ = State::Insert;
    stop_flow();
  }

  void label(const GpoLabel& l, size_t b, size_t e) {
    end_paragraph();
    stop_flow();
    Piece p;
    p.type = Piece::Type::Label;
    p.line = line_;
    p.span = {uint32_t(b), uint32_t(l.end)};
    Span name = l.name;
    p.title_only = l.title_only;
    p.paragraph_start = true;
    // `Chairman LEWIS` where the narrative named John Lewis the chair: him, not Ron Lewis.
    if (l.state.empty() && !chair_.empty() && is_chair_title(l.title.of(s_)) &&
        iequals(l.name.of(s_), surname_of(chair_))) {
      lx_.hold(l.name.of(s_), chair_);
      p.title_only = true;
    }
    if (!l.state.empty()) {  // `Mr. Davis of Illinois`: the roster's member of that state
      std::string_view surname = l.name.of(s_);
      if (auto it = roster_.find(upper_ascii(surname)); it != roster_.end()) {
        std::string_view state = l.state.of(s_);
        bool found = false;
        for (const RosterEntry& r : it->second)
          if (istarts_with(state, r.state) || istarts_with(r.state, state)) {
            std::string key = std::string(surname) + " of " + std::string(state);
            lx_.hold(key, r.name);
            name = {l.name.b, l.state.e};
            p.title_only = true;
            found = true;
            break;
          }
        // A member of that name from another state: not the roster's one, whom the surname alone
        // would give.
        if (!found) name = {l.name.b, l.state.e};
      }
    }
    out_.push_back(p);
    out_.set_label(out_.back(), l.label, name, l.role);
    para_ = false;
    state_ = State::Speech;
    size_t t = skip_space(s_, l.end, e);
    if (t < e) flow(Piece::Type::Text, t, e);
  }

  // The roster's form of a name (`Hon. Michael Oxley` -> `MICHAEL G. OXLEY`): the member of
  // that surname whose first name matches, else the name as given.
  std::string roster_form(const std::string& name) const {
    auto words = split_words(name);
    if (words.size() < 2) return name;
    size_t last = words.size() - 1;
    while (last > 1 && (words[last] == "Jr." || words[last] == "II" || words[last] == "III" || words[last] == "IV"))
      --last;
    auto it = roster_.find(upper_ascii(words[last]));
    if (it == roster_.end()) return name;
    for (const RosterEntry& r : it->second)
      if (iequals(split_words(r.name)[0], words[0])) return r.name;
    return name;
  }

  // A roster line of the front matter, in columns: `TIM HOLDEN, Pennsylvania,     FRANK D. LUCAS,`.
  void roster_line(size_t b, size_t e) {
    size_t i = b;
    while (i < e) {
      while (i < e && s_[i] == ' ') ++i;
      size_t k = i;
      while (k < e && !(s_[k] == ' ' && k + 1 < e && s_[k + 1] == ' ')) ++k;
      if (k > i + 4 && is_upper(s_[i]) && (is_upper(s_[i + 1]) || s_[i + 1] == '.')) {
        if (auto r = roster_entry(s_.substr(i, k - i))) {
          lx_.names.add_full_name(r->name, 1);
          if (r->chair) hold_chair(r->name);
          auto words = split_words(r->name);
          size_t last = words.size() - 1;
          while (last > 0 && (words[last] == "Jr." || words[last] == "JR." || words[last] == "Jr.," ||
                              words[last] == "II" || words[last] == "III"))
            --last;
          std::string surname = upper_ascii(words[last]);
          while (!surname.empty() && surname.back() == ',') surname.pop_back();
          roster_[surname].push_back(std::move(*r));
        }
      }
      i = k;
    }
  }

  State state_ = State::Front;
  bool in_event_ = false;
  int depth_ = 0, event_lines_ = 0;
  bool footnote_ = false;
  bool in_heading_ = false, in_narrative_ = false, after_narrative_ = false;
  std::string buf_;  // the heading or narrative paragraph read so far
  std::string chair_;  // who presides, as the narrative names him
  std::vector<std::string> contents_;  // names of the contents, in `Given Surname` order
  std::unordered_map<std::string, std::vector<RosterEntry>> roster_;  // by upper-case surname
};

class CqLexer : Lexer {
 public:
  using Lexer::Lexer;

  void run(size_t from) {
    LineReader lines(s_, from);
    size_t lb, le;
    while (lines.next(lb, le)) {
      line_ = lines.line();
      size_t b = skip_space(s_, lb, le);
      size_t e = trim_end(s_, b, le);
      if (b == e) {
        para_ = true;
        continue;
      }
      on_line(b, e);
    }
  }

 private:
  void on_line(size_t b, size_t e) {
    std::string_view line = s_.substr(b, e - b);
    if (footer_) {
      meta(b, e);
      return;
    }
    if (line.starts_with("SPEAKERS:") || line.starts_with("WITNESSES:")) {
      in_list_ = true;
      list_entry(line.substr(line.find(':') + 1));
      meta(b, e);
      return;
    }
    if (auto l = cq_label_at(s_, b, e)) {
      // `FEINSTEIN: FORD: ...`: a double label; the last one speaks.
      size_t t = skip_space(s_, l->end, e);
      while (auto next = cq_label_at(s_, t, e)) {
        if (next->label.b != t) break;  // `[*]` only at the start
        l->label = next->label;
        l->name = next->name;
        l->end = next->end;
        t = skip_space(s_, l->end, e);
      }
      in_list_ = false;
      header_ = false;
      Piece p;
      p.type = Piece::Type::Label;
      p.line = line_;
      // The row starts at the label that speaks: `[*]`, `MORE` and the first label of a double
      // one are page markup, a meta row of their own.
      if (size_t pe = trim_end(s_, b, l->label.b); pe > b) {
        push(Piece::Type::Meta, b, pe);
        out_.back().paragraph_start = true;
      }
      p.span = {l->label.b, uint32_t(l->end)};
      p.paragraph_start = true;
      out_.push_back(p);
      out_.set_label(out_.back(), l->label, l->name);
      stop_flow();
      if (t < e) push(Piece::Type::Text, t, e);
      return;
    }
    if (in_list_) {
      list_entry(line);
      meta(b, e);
      return;
    }
    if (header_) {
      meta(b, e);
      return;
    }
    if (line == "END") {
      footer_ = true;
      meta(b, e);
      return;
    }
    if (line[0] == '(' && line.back() == ')' && !has_lower(line)) {
      push(Piece::Type::Cue, b, e);
      return;
    }
    // A title or date line reprinted with the lists (`SEPTEMBER 27, 2018`): meta.
    if (!has_lower(line) && line.size() >= 12 && split_words(line).size() >= 3) {
      meta(b, e);
      return;
    }
    push(Piece::Type::Text, b, e);
  }

  void meta(size_t b, size_t e) {
    push(Piece::Type::Meta, b, e);
    out_.back().paragraph_start = true;  // one row a line: these lines are no paragraph
  }

  // `SEN. CHARLES E. GRASSLEY, R-IOWA, CHAIRMAN`, `JUDGE BRETT M. KAVANAUGH, NOMINATED ...`
  void list_entry(std::string_view entry) {
    size_t comma = entry.find(',');
    std::string name = canonical_name(entry.substr(0, comma));
    if (split_words(name).size() < 2) return;
    lx_.names.add_full_name(name, 10);
    if (comma == std::string_view::npos) return;
    for (auto w : split_words(entry.substr(comma)))
      if (iequals(w, "CHAIRMAN") || iequals(w, "CHAIRWOMAN")) {
        if (!chair_named_) hold_chair(name);
        chair_named_ = true;
      }
  }

  bool header_ = true, in_list_ = false, footer_ = false, chair_named_ = false;
};

bool is_cq(const Head& head) {
  // Both lines are needed, each at the start of one of the first 399 lines: a look at the first
  // byte of a line is all that most lines cost (a search of the head for the words was not
  // cheaper, where colons and capitals abound).
  bool speakers = false, witnesses = false;
  for (size_t i = 0; i < head.lines.size() && i < 399; ++i) {
    const auto [b, e] = head.lines[i];
    if (b == e || (head.text[b] != 'S' && head.text[b] != 'W')) continue;
    std::string_view line = head.text.substr(b, e - b);
    speakers = speakers || line.starts_with("SPEAKERS: ");
    witnesses = witnesses || line.starts_with("WITNESSES: ");
    if (speakers && witnesses) return true;
  }
  return false;
}

bool is_gpo_header(std::string_view head) {
  size_t b = skip_space(head, 0, std::min<size_t>(head.size(), 64));
  std::string_view top = head.substr(b, std::min<size_t>(head.size() - b, 400));
  return top.starts_with("[House Hearing") || top.starts_with("[Senate Hearing") ||
         top.starts_with("[Joint Hearing") || top.find("[From the U.S. Government P") != std::string_view::npos;
}

void lex(std::string_view text, size_t from, Lexed& out) {
  std::string_view head = text.substr(from, std::min<size_t>(text.size() - from, 16 * 1024));
  if (!is_gpo_header(head) && is_cq(Head(head))) CqLexer(text, out).run(from);
  else GpoLexer(text, out).run(from);
}

std::optional<LabelParts> read_label(std::string_view line) {
  size_t b = skip_space(line, 0, line.size());
  size_t e = trim_end(line, b, line.size());
  auto l = gpo_label(line, b, e);
  if (!l) return std::nullopt;
  LabelParts parts;
  parts.label = l->label;
  parts.name = l->name;
  parts.role = l->role;
  parts.end = l->end;
  return parts;
}

// A GPO header is certain; CQ lists are a strong sign; else paragraphs that open with GPO
// labels (`    Mr. NADLER. Thank you.`).
int sniff(const Head& h) {
  std::string_view head = h.text;
  if (is_gpo_header(head)) return 95;
  if (is_cq(h)) return 70;
  size_t labels = 0;
  for (auto [lb, le] : h.lines) {
    if (le - lb < 8 || head.compare(lb, 4, "    ") != 0 || head[lb + 4] == ' ') continue;
    if (gpo_label(head, lb + 4, trim_end(head, lb + 4, le)) && ++labels == 5) return 60;  // no need to read on
  }
  return labels >= 5 ? 60 : 0;
}

}  // namespace

const Layout& hearing_layout() {
  static const Layout layout{"hearing", &lex, &read_label, &sniff, 95};  // 95: sniff's highest score
  return layout;
}

}  // namespace transcript
