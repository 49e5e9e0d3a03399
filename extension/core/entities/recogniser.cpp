#include "recogniser.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_set>

#include "lexicon.hpp"
#include "text.hpp"

namespace transcript::entities {

std::string_view type_name(Type t) {
  switch (t) {
    case Type::Person: return "PERSON";
    case Type::Org: return "ORG";
    case Type::Place: return "PLACE";
    case Type::Norp: return "NORP";
  }
  return "PERSON";
}

std::optional<Type> type_from_name(std::string_view name) {
  size_t b = 0, e = name.size();
  while (b < e && is_hspace(name[b])) ++b;
  while (e > b && is_hspace(name[e - 1])) --e;
  name = name.substr(b, e - b);
  if (iequals(name, "PERSON")) return Type::Person;
  if (iequals(name, "ORG")) return Type::Org;
  if (iequals(name, "PLACE")) return Type::Place;
  if (iequals(name, "NORP")) return Type::Norp;
  return std::nullopt;
}

namespace {

// --- Words with a role in names: the project's own short lists ------------------------------

enum Role : uint16_t {
  kTitle = 1,         // before a person's name, never in the span: Gen., Senator, President
  kOrgHead = 2,       // last word (or word before "of") of an organisation: Committee, University
  kPlaceHead = 4,     // last word of a place: Street, River, Province
  kSuppress = 8,      // last word of a name that is no target: laws, wars, shows, prizes
  kOpener = 16,       // opens sentences, never a name: So, When, Yesterday
  kDeterminer = 32,   // The, A, An
  kConnector = 64,    // of/for/on/and/& inside organisation and place names
  kParticle = 128,    // de, van, bin inside person names
  kStopAcronym = 256, // capitals that are no organisation: OK, TV, CEO
  kDirection = 512,   // Eastern Ukraine, Southern California
  kNotName = 1024,    // capitalised, yet never a name on its own: Ok, Jr., No., Sec.
};

struct RoleList {
  uint16_t role;
  std::string_view words;  // separated by '|'
};

constexpr RoleList kRoleLists[] = {
    {kTitle,
     "mr|mr.|mrs|mrs.|ms|ms.|miss|mx|mx.|dr|dr.|prof|prof.|professor|gen|gen.|general|adm|adm.|admiral|"
     "col|col.|colonel|lt|lt.|lieutenant|maj|maj.|major|capt|capt.|captain|sgt|sgt.|sergeant|cpl|cpl.|"
     "corporal|pvt|pvt.|private|cmdr|cmdr.|commander|sen|sen.|senator|senators|rep|rep.|reps.|"
     "representative|congressman|congresswoman|gov|gov.|governor|lt.gov.|mayor|president|pres|pres.|"
     "vice|chairman|chairmen|chairwoman|chairperson|chair|chief|justice|judge|secretary|ambassador|amb|amb.|"
     "attorney|minister|premier|chancellor|king|queen|prince|princess|pope|father|rev|rev.|reverend|"
     "rabbi|imam|sheikh|bishop|cardinal|archbishop|sir|dame|lord|lady|dean|coach|officer|detective|"
     "sheriff|director|commissioner|speaker|leader|whip|mister|madam|madame|hon|hon.|honorable|"
     "deputy|assistant|acting|former|ranking|member|congressmen|trooper|agent|inspector|superintendent|"
     "president-elect|governor-elect|st.|saint|brother|sister|uncle|aunt|grandpa|grandma|messrs.|"
     "mesdames|delegate|councilman|councilwoman|councilmember|alderman|treasurer|comptroller|"
     "auditor|counsel|solicitor|magistrate|marshal|colonel|commandant|chaplain|pastor|deacon|elder|"
     "governors|presidents|senor|señor|monsieur|herr|frau|don|doña|ayatollah|emir|sultan|czar|tsar|"
     "mullah|mufti|generalissimo|field|marshall|surgeon|anchor|correspondent|host|reporter|moderator|"
     "honor|excellency|majesty|highness|worship|eminence|holiness"},
    {kOrgHead,
     "committee|subcommittee|circuit|commission|council|department|dept.|ministry|agency|bureau|board|"
     "authority|corps|institute|institution|university|college|school|academy|foundation|"
     "association|society|union|league|federation|party|caucus|coalition|alliance|club|church|"
     "company|co.|corporation|corp.|corp|inc.|inc|llc|ltd.|ltd|plc|group|bank|times|post|journal|"
     "news|network|press|tribune|herald|magazine|gazette|court|senate|assembly|parliament|legislature|"
     "forces|army|navy|marines|guard|police|laboratory|laboratories|lab|labs|hospital|museum|panel|"
     "reserve|exchange|airlines|airways|motors|industries|systems|technologies|partners|holdings|"
     "brothers|bros.|entertainment|media|studios|records|pictures|productions|pharmaceuticals|"
     "command|brigade|brigades|front|movement|organization|organisation|service|services|office|"
     "prep|conference|fund|trust|administration|cabinet|directorate|secretariat|tribunal|"
     "synod|diocese|order|house|fed|bancorp|capital|ventures|labs|software|inc.,|team|orchestra|"
     "choir|band|regiment|battalion|division|squadron|fleet|websites|website|channel|radio|tv|"
     "television|broadcasting|communications|telecom|energy|oil|petroleum|insurance|securities|"
     "investments|associates|consulting|center|centre|initiative|project|institutes|council's"},
    {kPlaceHead,
     "street|st|avenue|ave.|ave|road|rd.|boulevard|blvd.|lane|highway|parkway|square|bridge|tower|"
     "towers|palace|castle|plaza|river|lake|lakes|mountain|mountains|mount|mt.|island|islands|isle|"
     "valley|canyon|desert|sea|seas|ocean|bay|gulf|strait|straits|peninsula|coast|province|county|"
     "parish|territory|territories|heights|hills|beach|falls|harbor|harbour|airport|base|stadium|"
     "arena|capitol|building|hall|village|city|springs|creek|canal|forest|wing|region|republic|"
     "kingdom|emirates|states|park|prison|cemetery|memorial|cathedral|mosque|temple|station|"
     "garden|gardens|port|state"},
    {kSuppress,
     "war|wars|act|acts|amendment|clause|treaty|accord|accords|agreement|doctrine|crisis|revolution|"
     "depression|spring|games|olympics|cup|bowl|series|award|awards|prize|day|program|programme|plan|"
     "report|law|code|constitution|declaration|protocol|convention|show|podcast|hour|tonight|"
     "festival|marathon|championship|tournament|bill|resolution|rule|review|survey|index|album|"
     "book|novel|film|movie|song|symphony|opera|app|edition|conf|summit|speech|address|hearing|"
     "trial|case|era|age|century|dynasty|empire|syndrome|disease|virus|flu|storm|hurricane|"
     "one|two|docs|cloud|phone|pro|max|plus|mini|suite|studio|lightning"},
    {kOpener,
     "so|and|but|or|nor|when|if|now|yesterday|today|tonight|tomorrow|then|well|yes|no|also|because|"
     "while|after|before|since|as|in|on|at|for|with|from|of|to|by|this|that|these|those|what|why|how|"
     "where|who|whom|whose|which|even|just|only|maybe|perhaps|here|there|last|next|every|all|some|"
     "many|most|both|our|my|your|his|her|their|its|we|they|he|she|it|you|i|let|tell|ask|thank|"
     "thanks|hi|hello|hey|like|under|over|among|through|without|during|until|although|though|once|"
     "unless|whether|oh|ok|okay|look|listen|please|dear|not|never|always|again|first|second|third|"
     "finally|meanwhile|instead|however|indeed|sure|right|yeah|yep|nope|um|uh|ah|wow|good|great|"
     "another|any|each|either|neither|no|none|one|other|such|same|more|less|few|several|"
     "between|against|about|above|below|into|onto|upon|within|across|behind|beyond|toward|towards|"
     "despite|except|regarding|according|given|including|following|mister|sir|ma'am|madam|a|an|the|"
     "is|are|was|were|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must|"
     "don't|didn't|doesn't|can't|won't|isn't|wasn't|aren't|weren't|i'm|i've|i'll|i'd|it's|that's|"
     "there's|here's|what's|let's|we're|they're|you're|he's|she's|we've|they've|you've|today's|"
     "yes,|absolutely|exactly|actually|basically|obviously|clearly|certainly|frankly|honestly|"
     "look,|remember|imagine|consider|think|say|said|says|see|go|come|get|make|take|give|keep|"
     "welcome|goodbye|bye|congratulations|sorry|pardon|excuse|correct|true|false|fine"},
    {kDeterminer, "the|a|an"},
    {kConnector, "of|for|on|and|&|the|de"},
    {kParticle,
     "de|da|di|du|van|von|der|den|bin|ibn|al|el|la|le|del|della|dos|das|y|ter|ten|st.|mac|bint|abu"},
    {kStopAcronym,
     "ok|tv|ceo|cfo|cto|coo|gdp|ai|dna|rna|pr|phd|mba|id|am|pm|usb|pdf|url|api|sql|html|css|js|lol|fyi|"
     "asap|et|pt|est|pst|faq|qa|q|a|ii|iii|iv|vi|vii|viii|ix|xi|xii|covid|covid-19|aids|hiv|gps|wmd|ied|"
     "icbm|rpg|tarp|daca|dapa|bca|fisa|qdr|rcs|vp|mp|pc|hr|ok.|uk's|ad|bc|ce|gop's|vs|vs.|i.e.|e.g.|"
     "etc|etc.|cv|rsvp|diy|tba|tbd|ip|ui|ux|ios|os|cpu|gpu|ram|ssd|hd|4k|sms|mms|llc|inc|nda|ipo|roi|"
     "kpi|b2b|saas|crm|erp|seo|ppc|cpa|emt|icu|er|mri|ct|ekg|iq|sat|act|gpa|k-12|pre-k|pta|ged|mph|"
     "nba|nfl|mlb|nhl|mls|pga|nascar|ufc|wwe|ncaa|espn2|re|ps|mr|ms|dr|jr|sr|tl;dr|lgbt|lgbtq|bipoc|"
     "ptsd|adhd|ocd|std|sti|ivf|ssn|ssi|ebt|snap|wic|medicaid|obamacare|aca|nafta|usmca|tpp|gatt|"
     "eu's|bs|omg|wtf|btw|imo|imho|tbh|idk|ama|ftw|irl|iot|vr|ar|xr|nft|nfts|dao|defi|btc|eth|usd|"
     "eur|gbp|jpy|cny|qe|cpi|ppi|fomc|libor|etf|etfs|reit|ira|401k|hsa|fsa|w-2|w2|1099|oh|ah|um|uh|"
     "hmm|mm|mhm|uh-huh|mm-hmm|ha|haha|ooh|aw|ugh|wow|yay|psa|hq|dc's|la|ny|sf|nyc|msg|atm|pin|rpm|"
     "xml|json|yaml|csv|http|https|www|tcp|udp|dns|ssh|ssl|tls|vpn|wifi|lan|wan|sdk|ide|cli|gui|"
     "npm|git|rss|mp3|mp4|gif|jpeg|png|svg|ascii|utf-8|n't|ll|ve|im|ive|id|ill|us-led"},
    {kDirection, "eastern|western|northern|southern|central|east|west|north|south|upper|lower|greater|new"},
    {kNotName,
     "ok|ok.|jr|jr.|sr|sr.|no|no.|nos.|sec|sec.|vs|vs.|etc|etc.|ii|iii|iv|um|uh|hmm|mm|yeah|yep|ah|oh|"
     "esq|esq.|ph.d.|m.d.|p.m.|a.m.|ibid|id.|cf.|et|al.|e.g.|i.e."},
};

// Open addressing over a power-of-two table (no division, no allocation per lookup).
class RoleMap {
 public:
  RoleMap() : slots_(kMask + 1) {}
  uint16_t& operator[](std::string_view w) {
    for (size_t i = KeyHash()(w) & kMask;; i = (i + 1) & kMask) {
      if (slots_[i].key.empty()) slots_[i].key = w;
      if (slots_[i].key == w) return slots_[i].role;
    }
  }
  uint16_t get(std::string_view w) const { return get(w, key_hash(w)); }
  uint16_t get(std::string_view w, uint64_t hash) const {  // hash: key_hash(w)
    if (w.empty() || w.size() > 24) return 0;
    for (size_t i = hash & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.key.empty()) return 0;
      if (s.key.size() == w.size() && s.key[0] == w[0] && s.key == w) return s.role;
    }
  }

 private:
  static constexpr size_t kMask = 4095;  // four times the words of kRoleLists, and more
  struct Slot {
    std::string_view key;
    uint16_t role = 0;
  };
  std::vector<Slot> slots_;
};

const RoleMap& roles() {
  static const RoleMap m = [] {
    RoleMap out;
    for (const RoleList& l : kRoleLists) {
      std::string_view s = l.words;
      while (!s.empty()) {
        size_t bar = s.find('|');
        std::string_view w = s.substr(0, bar);
        out[w] |= l.role;
        if (bar == std::string_view::npos) break;
        s.remove_prefix(bar + 1);
      }
    }
    return out;
  }();
  return m;
}

constexpr uint16_t kTyped = kPlace | kNorp | kOrg | kPerson;

// The reading of a lexicon entry: a country or large city before an organisation of the same
// name (United States, Wall Street), an organisation before a smaller place.
Type type_of(uint16_t f) {
  if (f & kPlaceMajor) return Type::Place;
  if (f & kOrg) return Type::Org;
  if (f & kPlace) return Type::Place;
  if (f & kNorp) return Type::Norp;
  return Type::Person;
}

enum Shape : uint8_t { kLowerShape, kCapShape, kUpperShape, kOtherShape };

struct Tok {
  uint32_t b = 0, e = 0;  // the word, possessive ending excluded
  uint32_t end = 0;       // the end of what was read, possessive included
  uint16_t lex = 0;       // lexicon flags of the folded word
  uint16_t role = 0;      // Role bits of the folded word
  uint8_t shape = kLowerShape;
  uint8_t upper = 0, lower = 0;  // ASCII letter counts (capped)
  bool sent = false;   // opens a sentence
  bool join = false;   // only white space (one line break at most) since the previous token
  bool caps = false;   // on a line written in capitals
  bool poss = false;   // possessive ending ('s) cut off
  bool comma = false;  // a comma right after it
  bool camel = false;  // a capital after lower case inside the word (YouTube)
  bool hyphen = false; // a hyphen inside the word
  bool after_in = false;  // right after "in" or "near": an unknown name there is a place
};

// The lower-case words that can stand inside a name (kConnector, kParticle, kDeterminer), by
// their bytes packed into one integer (pack_bytes): the tokenizer asks of most short lower-case
// words (a play's verse has one every few), and a lookup in a small table beats a walk of 32.
constexpr size_t kMaxConnectorBytes = 5;
constexpr uint64_t pack_bytes(std::string_view w) {
  uint64_t v = 0;
  for (char c : w) v = (v << 8) | static_cast<unsigned char>(c);
  return v;
}
bool is_connector_word(uint64_t packed) {
  static constexpr std::string_view kWords[] = {
      "of", "for", "on", "and", "the", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn",
      "al", "el", "la", "le", "del", "della", "dos", "das", "y", "ter", "ten", "mac", "bint", "abu", "a", "an", "st"};
  constexpr size_t kSlots = 128;  // open addressing, a quarter full: a probe or two
  auto slot = [](uint64_t v) { return size_t((v * 0x9E3779B97F4A7C15ull) >> 57); };  // 7 bits
  static const std::array<uint64_t, kSlots> table = [&] {
    std::array<uint64_t, kSlots> t{};  // 0: empty (no word packs to 0)
    for (std::string_view k : kWords) {
      size_t i = slot(pack_bytes(k));
      while (t[i] != 0) i = (i + 1) % kSlots;
      t[i] = pack_bytes(k);
    }
    return t;
  }();
  for (size_t i = slot(packed); table[i] != 0; i = (i + 1) % kSlots)
    if (table[i] == packed) return true;
  return false;
}

bool is_word_start(std::string_view s, size_t i) {
  char c = s[i];
  if (static_cast<unsigned char>(c) < 0x80) return is_alpha(c) || is_digit(c);
  return non_ascii_letter_at(s, i) > 0;
}

// Capital letters beyond ASCII: Latin-1, Latin Extended-A (even code points), Greek, Cyrillic.
bool upper_at(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_upper(char(c));
  if (i + 1 >= s.size()) return false;
  auto d = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC3) return d >= 0x80 && d <= 0x9E && d != 0x97;
  if (c == 0xC4 || c == 0xC5) return (d & 1) == 0;
  if (c == 0xCE) return d >= 0x86 && d <= 0xAB;
  if (c == 0xD0) return d >= 0x80 && d <= 0xAF;
  return false;
}

bool is_apostrophe_at(std::string_view s, size_t i) {
  if (s[i] == '\'') return true;
  return static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' &&
         (s[i + 2] == '\x99');
}

bool letter_at(std::string_view s, size_t i, size_t e) {
  if (i >= e) return false;
  if (static_cast<unsigned char>(s[i]) < 0x80) return is_alpha(s[i]);
  return non_ascii_letter_at(s, i) > 0;
}

constexpr size_t kMaxKey = 128;

// The folded form of s into buf (kMaxKey bytes); empty when too long.
std::string_view folded(std::string_view s, char* buf) {
  if (s.size() > kMaxKey) return {};
  return std::string_view(buf, fold_key(s, buf));
}

class Scanner {
 public:
  Scanner(std::string_view text, const KnownNames& known)
      : s_(text), known_(known) {}

  void tokenize(Range r, bool skip_labels);
  std::vector<Mention> run();

 private:
  struct Cand {
    uint32_t a, b;  // tokens [a, b)
    int8_t type;    // Type, or -1: a single word settled at the end
  };

  size_t label_end(size_t line_b, size_t e) const;
  void finish_line(size_t first_tok, unsigned up, unsigned low);
  bool namelike(const Tok& t) const { return t.shape == kCapShape || t.shape == kUpperShape; }
  std::string_view key_of(const Tok& t, char* buf) const { return folded(s_.substr(t.b, t.e - t.b), buf); }
  bool common_only(const Tok& t) const {
    return (t.lex & kCommon) && !(t.lex & (kGiven | kTyped | kProper));
  }
  bool is_known_word(const Tok& t) const;
  // Longest lexicon entry from token k, ending on a capitalised token at or before `limit`.
  std::pair<size_t, uint16_t> match_at(size_t k, size_t limit) const;
  size_t chunk_end(size_t i) const;
  void classify_chunk(size_t i, size_t j);
  void classify_part(size_t a, size_t b, bool after_title);
  void caps_run(size_t i, size_t j);
  void emit(size_t a, size_t b, Type t) { cands_.push_back({uint32_t(a), uint32_t(b), int8_t(t)}); }
  void defer(size_t k) { cands_.push_back({uint32_t(k), uint32_t(k + 1), -1}); }
  void note_person(size_t a, size_t b, bool titled = false);
  int8_t settle(const Tok& t) const;

  std::string_view s_;
  const KnownNames& known_;
  std::vector<Tok> toks_;
  std::vector<Cand> cands_;
  std::unordered_set<size_t> people_;      // hashes of words of people named here
  std::unordered_set<size_t> cap_inside_;  // hashes of words capitalised mid-sentence
};

std::pair<size_t, uint16_t> Scanner::match_at(size_t k, size_t limit) const {
  const Tok& first = toks_[k];
  uint16_t f = first.lex;
  std::pair<size_t, uint16_t> best{k, 0};
  if (f & kTyped) best = {k + 1, f};
  if (!(f & kPrefix)) return best;
  char buf[kMaxKey + 8];
  std::string_view w = s_.substr(first.b, first.e - first.b);
  if (w.size() > kMaxKey) return best;
  size_t n = fold_key(w, buf);
  for (size_t m = k + 1; m < limit && m < k + 8; ++m) {
    const Tok& t = toks_[m];
    if (!t.join || toks_[m - 1].poss) break;
    std::string_view tw = s_.substr(t.b, t.e - t.b);
    if (n + 1 + tw.size() > kMaxKey) break;
    buf[n++] = ' ';
    n += fold_key(tw, buf + n);
    uint16_t g = lexicon_flags(std::string_view(buf, n));
    if ((g & kTyped) && namelike(t)) best = {m + 1, g};
    if (!(g & kPrefix)) break;
  }
  return best;
}

bool Scanner::is_known_word(const Tok& t) const {
  if (known_.empty()) return false;
  char buf[kMaxKey];
  std::string_view k = key_of(t, buf);
  return !k.empty() && known_.find(k) != known_.end();
}

// Where a speaker label ends on a line that opens with one (`TOM BOWMAN, BYLINE:`,
// `**Chris Coyier:**`, `Tobi Lütke (00:00:34):`, `    Mr. Reed.`), else 0.
size_t Scanner::label_end(size_t p, size_t e) const {
  size_t q = p;
  while (q < e && is_hspace(s_[q])) ++q;
  while (q < e && is_digit(s_[q]) && q - p < 12) ++q;  // a numbered line (court transcripts)
  while (q < e && (is_hspace(s_[q]) || s_[q] == '*' || s_[q] == '>' || s_[q] == '[')) ++q;
  if (q >= e || !upper_at(s_, q)) return 0;
  // Only a colon ends a label of an unindented line (the colon-less hearing labels below are
  // indented): a line without one in reach, most lines of prose and verse, is none.
  if (q <= p + 1 && std::memchr(s_.data() + q, ':', std::min(e, q + 90) - q) == nullptr) return 0;
  size_t start = q, words = 1, lower_words = 0;
  bool in_word = false, word_lower = false, in_paren = false, before_role = true;
  for (size_t r = q; r < e && r - start < 90; ++r) {
    char c = s_[r];
    if (c == ':') {
      if (in_word && word_lower && before_role && !in_paren) ++lower_words;
      if (lower_words > 0 && words > 4) return 0;
      if (lower_words > 1) return 0;
      size_t after = r + 1;
      while (after < e && (s_[after] == '*' || s_[after] == ']')) ++after;
      if (after < e && !is_hspace(s_[after]) && s_[after] != '\n' && s_[after] != '\r') return 0;
      return after;
    }
    if (c == '\n' || c == '\r') return 0;
    if (c == '(') in_paren = true;
    if (c == ')') in_paren = false;
    if (c == ',') before_role = false;
    if (c == ' ' || c == '\t') {
      if (in_word) {
        if (word_lower && before_role && !in_paren) ++lower_words;
        ++words;
        if (words > 8) return 0;
      }
      in_word = false;
      continue;
    }
    bool ok = is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80 || c == '.' || c == ',' ||
              c == '\'' || c == '-' || c == '(' || c == ')' || c == '*' || c == '[' || c == ']' || c == '#' ||
              c == '&' || c == '/';
    if (!ok) return 0;
    if (!in_word) {
      in_word = true;
      word_lower = is_lower(c);
    }
  }
  // Hearing labels without a colon: `    Mr. Reed.`, `    The Chairman.`, `    Senator Levin.`
  if (q > p + 1) {
    size_t r = q, nwords = 0;
    while (r < e && nwords < 4) {
      size_t wb = r;
      while (r < e && !is_hspace(s_[r]) && s_[r] != '.') ++r;
      if (r == wb) break;
      ++nwords;
      if (r < e && s_[r] == '.') {
        std::string_view w = s_.substr(wb, r - wb);
        bool title = w == "Mr" || w == "Ms" || w == "Mrs" || w == "Dr";
        if (!title) {
          if (nwords >= 2 && r + 1 < e && s_[r + 1] == ' ') return r + 1;
          return 0;
        }
        ++r;
      }
      if (r < e && s_[r] == ' ') ++r;
      else break;
      if (r < e && !upper_at(s_, r)) return 0;
    }
  }
  return 0;
}

void Scanner::finish_line(size_t first, unsigned up, unsigned low) {
  if (up >= 6 && low * 10 <= up)
    for (size_t k = first; k < toks_.size(); ++k) toks_[k].caps = true;
}

void Scanner::tokenize(Range r, bool skip_labels) {
  const RoleMap& rm = roles();
  size_t i = r.b, e = std::min<size_t>(r.e, s_.size());
  if (toks_.capacity() < toks_.size() + (e - i) / 24) toks_.reserve(toks_.size() + (e - i) / 24);
  bool sentence = r.fresh || toks_.empty(), clean = false;  // clean: only white space since the previous token
  unsigned newlines = 0;
  size_t line_first = toks_.size();
  unsigned line_up = 0, line_low = 0;
  bool after_in = false;
  bool line_start = i == 0 || s_[i - 1] == '\n' || s_[i - 1] == '\r';
  char buf[kMaxKey];
  while (i < e) {
    if (line_start && skip_labels) {
      line_start = false;
      if (size_t le = label_end(i, e)) {
        i = le;
        sentence = true;
        clean = false;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s_[i]);
    if (c == '\n' || c == '\r') {
      if (c == '\n' || i + 1 >= e || s_[i + 1] != '\n') {
        ++newlines;
        if (newlines >= 2) sentence = true;
        finish_line(line_first, line_up, line_low);
        line_first = toks_.size();
        line_up = line_low = 0;
        line_start = true;
      }
      ++i;
      continue;
    }
    if (size_t k = space_at(s_, i)) {
      i += k;
      continue;
    }
    if (!is_word_start(s_, i)) {
      after_in = false;
      if (c == '.' || c == '?' || c == '!' || c == ':' || c == '"') sentence = true;
      else if (c == 0xE2 && i + 2 < e && s_[i + 1] == '\x80' && (s_[i + 2] == '\x9C' || s_[i + 2] == '\xA6'))
        sentence = true;  // opening curly quote, ellipsis
      else if (c == '>' && i + 1 < e && s_[i + 1] == '>') sentence = true;  // caption speaker change
      if (c == ',' && !toks_.empty() && toks_.back().end == i) toks_.back().comma = true;
      clean = false;
      i += (c < 0x80) ? 1 : std::max<size_t>(1, [&] {
        size_t n = 1;
        while (i + n < e && is_cont(s_[i + n])) ++n;
        return n;
      }());
      continue;
    }
    // Fast path: a lower-case or numeric ASCII word is no name and, unless it is a connector
    // (of, de, bin), only breaks the names around it. Most of any text.
    if (is_lower(char(c)) || is_digit(char(c))) {
      size_t j = i + 1;
      unsigned low = is_lower(char(c)) ? 1 : 0;
      bool capital = false;
      for (;;) {
        const size_t run = j;
        while (j < e && is_lower(s_[j])) ++j;  // the letters of a word: the tight loop
        low += unsigned(j - run);
        if (j >= e) break;
        const char d = s_[j];
        if (is_digit(d) || d == '\'') {
          ++j;
        } else if (d == '-' && j + 1 < e && is_upper(s_[j + 1])) {
          capital = true;
          break;
        } else if (d == '-' && j + 1 < e && (is_lower(s_[j + 1]) || is_digit(s_[j + 1]))) {
          ++j;
        } else {
          break;
        }
      }
      bool other = j < e && (static_cast<unsigned char>(s_[j]) >= 0x80 || is_upper(s_[j]));
      if (!capital && !other &&
          !(j - i <= kMaxConnectorBytes && is_connector_word(pack_bytes(s_.substr(i, j - i))))) {
        std::string_view w = s_.substr(i, j - i);
        after_in = w == "in" || w == "near";
        line_low += low;
        sentence = false;
        clean = false;
        newlines = 0;
        i = j;
        continue;
      }
    }
    // A word: letters and digits, with apostrophes, hyphens, dotted initials (U.S.) and & (AT&T).
    size_t b = i, j = i;
    bool hyphen = false;
    while (j < e) {
      unsigned char d = static_cast<unsigned char>(s_[j]);
      if (d < 0x80) {
        if (is_alpha(char(d)) || is_digit(char(d))) {
          ++j;
          continue;
        }
        if (d == '\'' && j > b && letter_at(s_, j + 1, e)) {
          ++j;
          continue;
        }
        if (d == '-' && j > b && j + 1 < e && (is_alpha(s_[j + 1]) || is_digit(s_[j + 1]) || letter_at(s_, j + 1, e))) {
          hyphen = true;
          ++j;
          continue;
        }
        if (d == '.' && j > b && is_alpha(s_[j - 1]) && (j - 1 == b || s_[j - 2] == '.') && j + 1 < e &&
            is_alpha(s_[j + 1]) && (j + 2 >= e || s_[j + 2] == '.')) {
          ++j;
          continue;
        }
        if (d == '&' && j > b && is_upper(s_[j - 1]) && j + 1 < e && is_upper(s_[j + 1])) {
          ++j;
          continue;
        }
        break;
      }
      if (size_t k = non_ascii_letter_at(s_, j)) {
        j += k;
        continue;
      }
      if (j > b && is_apostrophe_at(s_, j) && letter_at(s_, j + 3, e)) {
        j += 3;
        continue;
      }
      break;
    }
    // A period that belongs to the word: initials and dotted abbreviations (J., U.S.), titles.
    if (j < e && s_[j] == '.') {
      bool dotted = is_alpha(s_[j - 1]) && (j - 1 == b || s_[j - 2] == '.');
      if (dotted && j - 1 == b) {  // J. Smith, George W. Bush; not "than I."
        size_t x = j + 1;
        while (x < e && s_[x] == ' ') ++x;
        dotted = x < e && x > j + 1 && upper_at(s_, x) && s_[b] != 'I';
      }
      bool abbrev = false;
      if (!dotted && j - b <= 5) {
        std::string_view k = folded(s_.substr(b, j + 1 - b), buf);
        abbrev = rm.get(k) & (kTitle | kOrgHead | kPlaceHead);
        if (!abbrev) abbrev = k == "jr." || k == "sr." || k == "no." || k == "vs." || k == "mt." || k == "ft.";
      }
      if (dotted || abbrev) ++j;
    }
    Tok t;
    t.b = uint32_t(b);
    t.e = uint32_t(j);
    t.end = uint32_t(j);
    t.hyphen = hyphen;
    // Possessive: Kurilla's, Nation’s, and the plural's apostrophe (the Smiths').
    if (j - b > 2 && s_[j - 1] == 's' && s_[j - 2] == '\'') {
      t.e = uint32_t(j - 2);
      t.poss = true;
    } else if (j - b > 4 && s_[j - 1] == 's' && s_[j - 2] == '\x99' && s_[j - 3] == '\x80' && s_[j - 4] == '\xE2') {
      t.e = uint32_t(j - 4);
      t.poss = true;
    } else if (j < e && s_[j] == '\'' && s_[j - 1] == 's' && !letter_at(s_, j + 1, e)) {
      t.poss = true;
      t.end = uint32_t(j + 1);
    }
    // Hyphenated compounds: US-led -> US, Muslim-majority -> Muslim, anti-American -> American;
    // ISIS-K, al-Assad, Coca-Cola stay whole.
    if (hyphen) {
      std::string_view w = s_.substr(t.b, t.e - t.b);
      if (upper_at(s_, t.b)) {
        size_t h = w.find('-');
        while (h != std::string_view::npos && h + 1 < w.size() && !is_lower(w[h + 1])) h = w.find('-', h + 1);
        if (h != std::string_view::npos && h >= 2) {
          bool capital_after = false;
          for (size_t x = h + 1; x < w.size(); ++x) capital_after = capital_after || is_upper(w[x]);
          if (!capital_after) {
            t.e = uint32_t(t.b + h);
            t.poss = false;
          }
        }
      } else {
        size_t h = w.find('-');
        std::string_view head = w.substr(0, h);
        bool particle = head == "al" || head == "el" || head == "ad" || head == "ash" || head == "bin" || head == "ibn";
        if (!(particle && h + 1 < w.size() && upper_at(s_, t.b + h + 1))) {
          while (h != std::string_view::npos && !(h + 1 < w.size() && upper_at(s_, t.b + h + 1))) h = w.find('-', h + 1);
          if (h != std::string_view::npos) t.b = uint32_t(t.b + h + 1);
        }
      }
    }
    // Shape.
    unsigned up = 0, low = 0;
    bool camel = false;
    for (size_t x = t.b; x < t.e; ++x) {
      char ch = s_[x];
      if (is_upper(ch)) {
        ++up;
        if (x > t.b && is_lower(s_[x - 1])) camel = true;
      } else if (is_lower(ch)) {
        ++low;
      }
    }
    t.upper = uint8_t(std::min(up, 255u));
    t.lower = uint8_t(std::min(low, 255u));
    if (upper_at(s_, t.b) || (t.hyphen && t.e - t.b > 3 && upper_at(s_, t.b + 3) && s_[t.b + 2] == '-'))
      t.shape = (low == 0 && up >= 2) ? kUpperShape : kCapShape;
    else if (is_digit(s_[t.b]))
      t.shape = kOtherShape;
    else
      t.shape = kLowerShape;
    if (camel && t.shape == kCapShape) {
      // McCain, MacArthur, DeSantis, LaTourette, O'Reilly are people, not brands.
      size_t x = t.b + 1;
      while (x < t.e && !is_upper(s_[x])) ++x;
      std::string_view pre = s_.substr(t.b, x - t.b);
      if (pre == "Mc" || pre == "Mac" || pre == "De" || pre == "La" || pre == "Le" || pre == "Di" || pre == "Da" ||
          pre == "Du" || pre == "Van" || pre == "Von" || pre.size() == 1 || pre.find('\'') != std::string_view::npos ||
          pre.find('-') != std::string_view::npos)
        camel = false;
      t.camel = camel;
    }
    if (t.shape != kLowerShape || t.e - t.b <= 4) {  // lower-case words only matter as connectors
      std::string_view k = key_of(t, buf);
      if (!k.empty()) {
        uint64_t h = key_hash(k);  // one hash for both tables
        if (t.shape != kLowerShape) t.lex = lexicon_flags(k, h);
        t.role = rm.get(k, h);
      }
    }
    line_up += t.upper;
    line_low += t.lower;
    t.sent = sentence;
    t.after_in = after_in && newlines == 0;
    after_in = false;
    t.join = clean && newlines <= 1;
    toks_.push_back(t);
    sentence = false;
    clean = !t.poss && t.e == t.end;  // a cut hyphen compound or possessive breaks the name
    if (t.poss) clean = false;
    newlines = 0;
    // An abbreviation's period may still end the sentence (... the U.S. The ...): only when a
    // blank line follows, else the next word is read as mid-sentence.
    i = j > t.end ? j : t.end;
    if (t.e < j && !t.poss && t.end == j && s_[t.e] == '-') {
      clean = false;  // "US-led": what follows the cut is no part of a name
    }
    if (t.e < j && !t.poss) clean = false;
    // Newlines reset "clean" only through the newline counter.
    if (clean) {
      // white space follows; checked by the next token's newline count
    }
  }
  finish_line(line_first, line_up, line_low);
}

size_t Scanner::chunk_end(size_t i) const {
  size_t j = i + 1, n = toks_.size();
  auto extend_match = [&](size_t k) {
    if (toks_[k].lex & kPrefix) {
      auto m = match_at(k, n);
      if (m.first > j) j = m.first;
    }
  };
  extend_match(i);
  while (j < n) {
    const Tok& t = toks_[j];
    if (!t.join || toks_[j - 1].poss || t.caps || t.sent) break;
    if (namelike(t)) {
      ++j;
      extend_match(j - 1);
      continue;
    }
    // A lower-case connector between capitalised words: Department of Justice, Gulf of Mexico,
    // Charles de Gaulle, Osama bin Laden.
    if (t.shape != kLowerShape || !(t.role & (kConnector | kParticle))) break;
    size_t k = j + 1;
    if (k < n && (toks_[k].role & kDeterminer) && toks_[k].shape == kLowerShape && toks_[k].join) ++k;
    if (k >= n || !toks_[k].join || !namelike(toks_[k]) || toks_[k].caps || toks_[k].sent) break;
    const Tok& prev = toks_[j - 1];
    bool head = (t.role & kConnector) && (prev.role & (kOrgHead | kPlaceHead)) && !(t.role & kDeterminer);
    bool particle = (t.role & kParticle) && k == j + 1 && namelike(prev) && !(prev.role & (kOrgHead | kPlaceHead | kTitle));
    if (!head && !particle) break;
    j = k + 1;
    extend_match(k);
  }
  return j;
}

void Scanner::note_person(size_t a, size_t b, bool titled) {
  char buf[kMaxKey];
  for (size_t k = a; k < b; ++k) {
    const Tok& t = toks_[k];
    if (!namelike(t) || t.e - t.b < 2) continue;
    // A common word is a surname only where a title vouches for it (Dr. Ford).
    if ((k + 1 < b || !titled) && !(t.lex & kGiven) && (t.lex & kCommon)) continue;
    if (t.role & (kOrgHead | kPlaceHead | kTitle | kSuppress | kNotName)) continue;  // never a person's word
    std::string_view key = key_of(t, buf);
    if (!key.empty()) people_.insert(KeyHash()(key));
  }
}

void Scanner::classify_chunk(size_t i, size_t j) {
  // Split at titles that stand before a name: "Defense Secretary Ash Carter", "Gen. Erik Kurilla".
  size_t start = i;
  bool after_title = false;
  bool in_office = false;  // after "of": Department of Justice, Office of Solicitor General
  for (size_t k = i; k < j;) {
    const Tok& t = toks_[k];
    if (k > i && toks_[k - 1].shape == kLowerShape)
      in_office = s_.substr(toks_[k - 1].b, toks_[k - 1].e - toks_[k - 1].b) == "of";
    else if (!(t.role & kTitle))
      in_office = false;
    if (!(t.role & kTitle) || !namelike(t) || t.shape == kUpperShape || in_office) {
      ++k;
      continue;
    }
    if (match_at(k, j).first > k + 1) {  // General Motors, Justice Department
      k = match_at(k, j).first;
      continue;
    }
    size_t m = k;
    while (m < j && (toks_[m].role & kTitle) && namelike(toks_[m]) && match_at(m, j).first <= m + 1) ++m;
    if (m >= j) {
      // Titles at the end name nobody ("the President"); after a name they are part of it
      // (Martin Luther King) or a role (Tom Bowman, Correspondent): keep the name before them.
      if (k > start) classify_part(start, k, after_title);
      return;
    }
    if (k > start) classify_part(start, k, after_title);
    start = m;
    after_title = true;
    k = m;
  }
  if (start < j) classify_part(start, j, after_title);
}

void Scanner::classify_part(size_t a, size_t b, bool after_title) {
  while (b > a && !namelike(toks_[b - 1])) --b;
  while (a < b && (toks_[a].role & kDeterminer) && toks_[a].shape != kUpperShape) ++a;
  // A capitalised word that opens a sentence is often no name: "When Russians", "So ISIS".
  for (bool first = true; a < b && b - a >= 2; first = false) {
    const Tok& t = toks_[a];
    bool opener = (t.role & kOpener) && !(t.lex & (kTyped | kGiven));  // "And I'm Nora Blakeslee"
    if (!opener && !(first && t.sent && common_only(t) && !(t.role & (kOrgHead | kPlaceHead)))) break;
    ++a;
    while (a < b && (toks_[a].role & kDeterminer) && toks_[a].shape != kUpperShape) ++a;
  }
  if (a >= b) return;
  if (b - a >= 2 && (toks_[b - 1].role & kSuppress) && toks_[b - 1].shape != kUpperShape) return;
  if (b - a == 1) {
    if (after_title) {
      emit(a, b, Type::Person);
      note_person(a, b, true);
    } else {
      defer(a);
    }
    return;
  }
  auto m = match_at(a, b);
  if (m.first == b && (m.second & kTyped)) {
    uint16_t f = m.second;
    emit(a, b, type_of(f));
    if (!(f & (kOrg | kPlace | kNorp))) note_person(a, b);
    return;
  }
  if (after_title) {
    size_t e = std::min(b, a + 4);
    emit(a, e, Type::Person);
    note_person(a, e, true);
    return;
  }
  // Organisation and place heads: Senate Armed Services Committee, Department of Justice,
  // Connecticut Avenue, Gulf of Mexico. The longest proper span wins.
  for (size_t h = a; h < b; ++h) {
    const Tok& t = toks_[h];
    if (!(t.role & (kOrgHead | kPlaceHead)) || t.shape == kUpperShape) continue;
    bool last = h + 1 == b;
    bool before_of = h + 1 < b && (toks_[h + 1].role & kConnector) && toks_[h + 1].shape == kLowerShape;
    if (!last && !before_of) continue;
    if (h == a && !before_of) continue;
    // The head must name something: not only generic words ("the Federal Government").
    bool proper = false;
    for (size_t x = a; x < b; ++x)
      if (x != h && namelike(toks_[x]) && (!common_only(toks_[x]) || is_known_word(toks_[x]))) proper = true;
    if (!proper && !(t.role & kOrgHead)) continue;
    emit(a, b, (t.role & kOrgHead) ? Type::Org : Type::Place);
    return;
  }
  // Eastern Ukraine, Southern California.
  if ((toks_[a].role & kDirection) && toks_[a].shape == kCapShape) {
    auto r = match_at(a + 1, b);
    if (r.first == b && (r.second & kPlace)) {
      emit(a, b, Type::Place);
      return;
    }
  }
  // A given name and what follows: Erik Kurilla, Mary Louise, Bernie Sanders.
  const Tok& first = toks_[a];
  if ((first.lex & kGiven) && !(first.lex & (kOrg | kNorp)) && b - a <= 4) {
    auto r = match_at(a + 1, b);
    bool rest_is_entity = r.first == b && (r.second & (kPlace | kOrg | kNorp)) && !(r.second & kPerson);
    bool rest_names = true;
    for (size_t x = a + 1; x < b; ++x)
      if (!namelike(toks_[x]) && !(toks_[x].role & kParticle)) rest_names = false;
    if (!rest_is_entity && rest_names && !((first.lex & kPlaceMajor) && !(first.lex & kGivenCommon))) {
      emit(a, b, Type::Person);
      note_person(a, b);
      return;
    }
  }
  // Otherwise: entries of the lexicon where they start, runs of other capitalised words between.
  size_t p = a;
  while (p < b) {
    const Tok& t = toks_[p];
    if (!namelike(t)) {
      ++p;
      continue;
    }
    auto r = match_at(p, b);
    if (r.first > p || t.shape == kUpperShape) {
      // An organisation's name followed by words of no other name: ISIS Khorasan.
      size_t end = std::max(r.first, p + 1);
      Type type = r.first > p ? type_of(r.second) : Type::Org;
      if (type == Type::Org && (r.first > p + 1 || t.shape == kUpperShape)) {
        size_t q = end;
        while (q < b && namelike(toks_[q]) && toks_[q].shape == kCapShape && !(toks_[q].lex & (kTyped | kGiven | kCommon)) &&
               !is_known_word(toks_[q]))
          ++q;
        if (q > end && q == b) {
          emit(p, q, Type::Org);
          p = q;
          continue;
        }
      }
    }
    if (r.first > p + 1) {
      uint16_t f = r.second;
      emit(p, r.first, type_of(f));
      p = r.first;
      continue;
    }
    if (((t.lex & (kOrg | kPlace | kNorp)) && !(t.lex & kGiven)) || t.shape == kUpperShape || t.camel) {
      defer(p);
      ++p;
      continue;
    }
    size_t q = p + 1;
    while (q < b && (namelike(toks_[q]) || ((toks_[q].role & kParticle) && q + 1 < b)) &&
           !(match_at(q, b).first > q + 1) && !((toks_[q].lex & (kOrg | kPlace | kNorp)) && !(toks_[q].lex & kGiven)) &&
           toks_[q].shape != kUpperShape)
      ++q;
    size_t x = p, y = q;
    bool digits = false;
    for (size_t z = p; z < q; ++z)
      for (size_t c = toks_[z].b; c < toks_[z].e && !digits; ++c) digits = is_digit(s_[c]);
    if (digits) {  // an address or a form number, no name
      p = q;
      continue;
    }
    while (x < y && common_only(toks_[x])) ++x;
    while (y > x && common_only(toks_[y - 1])) --y;
    if (y - x >= 2) {
      bool place = toks_[x].after_in && x == a && !(toks_[x].lex & kGiven) && !is_known_word(toks_[x]);
      emit(x, y, place ? Type::Place : Type::Person);
      if (!place) note_person(x, y);
    } else if (y - x == 1) {
      defer(x);
    }
    p = q;
  }
}

// A line in capitals says nothing by its case: only the lexicon's names that are no common
// words, the text's own people, and names after titles or given names.
void Scanner::caps_run(size_t i, size_t j) {
  char buf[kMaxKey];
  for (size_t p = i; p < j;) {
    const Tok& t = toks_[p];
    if (t.shape == kOtherShape || t.shape == kLowerShape) {
      ++p;
      continue;
    }
    // The text's own people, full names first.
    if (!known_.empty()) {
      size_t best = 0;
      std::string key(key_of(t, buf));
      for (size_t m = p + 1; m < j && m < p + 4 && toks_[m].join; ++m) {
        key.push_back(' ');
        key.append(key_of(toks_[m], buf));
        auto it = known_.find(key);
        if (it != known_.end() && it->second == 2) best = m + 1;
      }
      if (best) {
        emit(p, best, Type::Person);
        p = best;
        continue;
      }
    }
    auto r = match_at(p, j);
    if (r.first > p + 1) {
      uint16_t f = r.second;
      emit(p, r.first, type_of(f));
      p = r.first;
      continue;
    }
    if (is_known_word(t)) {
      emit(p, p + 1, Type::Person);
      ++p;
      continue;
    }
    uint16_t f = t.lex;
    std::string_view k = key_of(t, buf);
    if ((f & kTyped) && t.e - t.b >= 3 && (!(f & kCommon) || ((f & kPlaceMajor) && k != "us"))) {
      emit(p, p + 1, (f & kNorp) ? Type::Norp : (f & kPlaceMajor) ? Type::Place : (f & kOrg) ? Type::Org
                                              : (f & kPlace) ? Type::Place : Type::Person);
      ++p;
      continue;
    }
    bool next_name = p + 1 < j && toks_[p + 1].join && !(toks_[p + 1].lex & kCommon) &&
                     toks_[p + 1].shape != kOtherShape && !(toks_[p + 1].lex & (kPlace | kOrg | kNorp));
    if (next_name && ((t.role & kTitle) || ((f & kGiven) && !(f & kCommon)))) {
      size_t a = (t.role & kTitle) ? p + 1 : p;
      emit(a, p + 2, Type::Person);
      p += 2;
      continue;
    }
    ++p;
  }
}

// The reading of a single capitalised word, once the whole text is known.
int8_t Scanner::settle(const Tok& t) const {
  char buf[kMaxKey];
  std::string_view key = key_of(t, buf);
  if (key.empty()) return -1;
  uint16_t f = t.lex;
  if (!known_.empty() && known_.find(key) != known_.end()) return int8_t(Type::Person);
  if (t.shape == kUpperShape) {
    if (t.role & kStopAcronym) return -1;
    if ((f & kCommon) && !(f & kPlaceMajor)) return -1;
    if (t.e - t.b == 2 && !(f & (kPlaceMajor | kOrg))) return -1;
    if (f & kTyped) return int8_t(type_of(f));
    if (t.upper >= 3 || (t.hyphen && t.upper >= 2)) return int8_t(Type::Org);
    return -1;
  }
  if (t.role & kNotName) return -1;
  for (size_t x = t.b; x < t.e; ++x)
    if (is_digit(s_[x])) return -1;  // W-2, I-9, B-316
  bool person_here = people_.count(KeyHash()(key)) > 0;
  if (person_here && !(f & (kPlaceMajor | kNorp))) return int8_t(Type::Person);
  if (f & kPlaceMajor) return int8_t(Type::Place);
  if (f & kNorp) return int8_t(Type::Norp);
  if (person_here) return int8_t(Type::Person);
  if ((f & kCommon) && t.sent && !(f & kGiven)) return -1;
  if (f & (kOrg | kPlace | kPerson)) {
    if ((f & kGiven) && !(f & kOrg)) return int8_t(Type::Person);
    if (f & kOrg) return int8_t(Type::Org);
    if (f & kPerson) return int8_t(Type::Person);
    return int8_t(Type::Place);
  }
  if (t.role & (kTitle | kOpener)) return -1;
  if (f & kGiven) {
    if (!(f & kCommon) || !t.sent || t.comma) return int8_t(Type::Person);
    return -1;
  }
  if (t.upper >= 2 && t.lower == 1 && s_[t.e - 1] == 's' && t.upper + 1u == t.e - t.b) return -1;  // SDKs, APIs
  if (t.camel) return int8_t(Type::Org);
  if (f & kCommon) return -1;
  if (t.hyphen) {
    // Asia-Pacific, South-East: places; CSS-Tricks: a brand.
    std::string_view w = s_.substr(t.b, t.e - t.b);
    std::string_view head = w.substr(0, w.find('-'));
    char hb[kMaxKey];
    std::string_view hk = folded(head, hb);
    uint16_t hf = lexicon_flags(hk);
    if ((hf & kPlace) || (roles().get(hk) & kDirection)) return int8_t(Type::Place);
    bool acronym = head.size() >= 2 && std::all_of(head.begin(), head.end(), [](char c) { return is_upper(c); });
    if (acronym) return int8_t(Type::Org);
  }
  // A plural of a common word: Sudokus.
  if (key.size() > 3 && key.back() == 's' && (lexicon_flags(key.substr(0, key.size() - 1)) & kCommon)) return -1;
  if (t.role & (kOrgHead | kPlaceHead | kSuppress | kDeterminer)) return -1;
  if (t.sent && !(f & kProper) && cap_inside_.count(KeyHash()(key)) == 0) return -1;
  if (t.after_in) return int8_t(Type::Place);  // in Rockville
  return int8_t(Type::Person);
}

std::vector<Mention> Scanner::run() {
  const size_t n = toks_.size();
  char buf[kMaxKey];
  // Words written capitalised inside sentences, for words that open one.
  for (const Tok& t : toks_)
    if (t.shape == kCapShape && !t.sent && !t.caps && !(t.lex & kCommon)) {
      std::string_view k = key_of(t, buf);
      if (!k.empty()) cap_inside_.insert(KeyHash()(k));
    }
  for (size_t i = 0; i < n;) {
    const Tok& t = toks_[i];
    if (t.caps) {
      size_t j = i + 1;
      while (j < n && toks_[j].caps) ++j;
      caps_run(i, j);
      i = j;
      continue;
    }
    if (!namelike(t)) {
      ++i;
      continue;
    }
    size_t j = chunk_end(i);
    // Speakers' full names: KNOWN in a chunk first (Mary Louise Kelly).
    classify_chunk(i, j);
    i = j;
  }
  std::vector<Mention> out;
  out.reserve(cands_.size());
  for (const Cand& c : cands_) {
    int8_t type = c.type;
    if (type < 0) type = settle(toks_[c.a]);
    if (type < 0) continue;
    const Tok& a = toks_[c.a];
    const Tok& b = toks_[c.b - 1];
    if (b.e <= a.b) continue;
    out.push_back({a.b, b.e, Type(type)});
  }
  return out;
}

}  // namespace

void Recogniser::add_known_person(std::string_view name) {
  char buf[kMaxKey];
  std::string_view full = folded(name, buf);
  if (full.empty()) return;
  std::string key(full);
  size_t words = 0;
  const RoleMap& rm = roles();
  for (size_t p = 0; p < key.size();) {
    size_t q = key.find(' ', p);
    if (q == std::string::npos) q = key.size();
    std::string w = key.substr(p, q - p);
    ++words;
    uint16_t f = lexicon_flags(w);
    bool generic = (rm.get(w) & (kTitle | kOpener | kDeterminer | kNotName)) ||
                   ((f & kCommon) && !(f & (kGiven | kTyped | kProper)));
    if (w.size() >= 2 && !generic) known_.emplace(w, uint8_t(1));
    p = q + 1;
  }
  if (words >= 2) known_[key] = 2;
}

std::vector<Mention> Recogniser::find(std::string_view text, const std::vector<Range>& ranges, bool skip_labels) const {
  Scanner sc(text, known_);
  for (const Range& r : ranges) sc.tokenize(r, skip_labels);
  return sc.run();
}

std::vector<Mention> Recogniser::find(std::string_view text) const {
  return find(text, {Range{0, uint32_t(text.size())}}, true);
}

}  // namespace transcript::entities
