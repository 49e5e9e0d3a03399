// Caption files: WebVTT (W3C WebVTT) and SubRip as players read them. One pass over the
// lines; a cue's lines are held until the cue ends (a blank line in WebVTT, the next timing
// line in SRT, whose players skip stray blank lines) and then cut into pieces.
#include "layouts/subtitles.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace transcript::subtitles {
namespace {

constexpr size_t kMaxNameBytes = 60;  // `MARÍA JOSÉ DE LA TORRE, NARRADORA:`
constexpr size_t kMaxNameWords = 4;
constexpr size_t kMaxTagBytes = 256;  // `<font color="#ffffff" face="...">`, `<v.loud Name>`

// --- character classes ---

// A cased letter that is lower-case (Latin, Greek, Cyrillic): `é`, `ß`, `л`. Caseless scripts
// (CJK, Arabic, Hebrew, ...) are neither.
bool is_lower_letter_at(std::string_view s, size_t i) {
  if (is_lower(s[i])) return true;
  size_t len = non_ascii_letter_at(s, i);
  if (!len) return false;
  auto lead = static_cast<unsigned char>(s[i]);
  if (lead > 0xD4) return false;  // beyond Cyrillic/Armenian: caseless here
  std::string_view ch = s.substr(i, len);
  return fold_case(ch) == ch;
}

// A letter that may begin a name: an upper-case letter or a letter of a caseless script.
bool starts_name(std::string_view w) {
  if (w.empty()) return false;
  if (is_upper(w[0])) return true;
  return non_ascii_letter_at(w, 0) && !is_lower_letter_at(w, 0);
}

bool has_ascii_lower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return is_lower(c); });
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); });
}

// Name particles written in lower case inside a name: `María de la Torre`, `Ludwig van Beethoven`.
bool is_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "del", "della", "da", "das", "do", "dos", "di", "du",
                                                    "la", "le", "van", "von", "der", "den", "ter", "bin",
                                                    "ibn", "al", "y", "e", "of"};
  for (auto p : kParticles)
    if (w == p) return true;
  return false;
}

// Words that make a `WORDS:` line a sentence or a heading rather than a speaker.
bool is_sentence_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "we", "will", "not", "is", "are", "was", "were", "to", "in", "on", "at", "for", "with", "this", "that",
      "these", "those", "it", "it's", "be", "do", "does", "don't", "what", "how", "why", "who", "when", "where",
      "coming", "next", "breaking", "our", "your", "my", "i", "me", "you", "he", "she", "they", "here", "there",
      "now", "and", "or", "but", "if", "so", "no", "yes", "all", "has", "have", "had", "can", "just", "from",
      "as", "an", "note", "warning", "chapter", "part", "episode", "subtitles", "subtitle", "captions",
      "caption", "transcript", "translation", "translated", "source", "kind", "language", "style", "region",
      "webvtt", "http", "https", "www", "yeah", "okay", "ok", "well", "oh", "um", "uh", "hey", "hi",
      "hello", "right", "look", "listen", "folks", "everybody", "guys", "thanks",
      // teases and segment heads of news captions (`>> TONIGHT: STORMS`)
      "tonight", "today", "tomorrow", "first", "also", "plus", "still", "developing", "exclusive", "update",
      "alert", "live", "headline", "headlines", "meanwhile", "sports", "weather", "traffic", "news", "story",
      // sentences that open with a word and a colon (`Remember: ...`)
      "remember", "listen", "fact", "rule", "step", "tip", "lesson", "reminder", "hint", "spoiler", "caution",
      "attention", "ps", "p.s.", "fyi", "bonus", "quote", "disclaimer", "correction", "summary", "result",
      "results", "example", "definition", "problem", "solution", "psst", "translator's", "lyrics"};
  std::string f = fold_case(w);
  for (auto k : kWords)
    if (f == k) return true;
  return false;
}

// Titles that a caption label may give instead of a name: the speaker stays as written, and
// the title is the role (`>> Reporter:`, `NARRATOR:`).
bool is_title_name(std::string_view name) {
  static constexpr std::string_view kTitles[] = {
      "reporter", "narrator", "announcer", "anchor", "host", "co-host", "moderator", "correspondent",
      "presenter", "commentator", "newscaster", "meteorologist", "interpreter", "translator", "interviewer",
      "narrador", "narradora", "presentador", "presentadora", "reportero", "reportera", "periodista",
      "locutor", "locutora", "narrateur", "narratrice", "présentateur", "présentatrice", "journaliste",
      "erzähler", "erzählerin", "sprecher", "sprecherin", "moderatorin", "repórter", "apresentador",
      "apresentadora", "narratore", "narratrice", "giornalista", "conduttore", "conduttrice"};
  std::string f = fold_case(name);
  for (auto t : kTitles)
    if (f == t) return true;
  return false;
}

// Who SDH captions name when they cannot say a name, often in lower case: `[man]`,
// `[woman 2]`, `[narradora]`, `[hombre en la radio]`.
bool is_generic_speaker_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "man", "woman", "men", "women", "boy", "girl", "child", "kid", "kids", "children", "all", "both",
      "everyone", "voice", "voices", "narrator", "announcer", "reporter", "host", "operator", "pilot", "officer",
      "guard", "soldier", "driver", "hombre", "mujer", "hombres", "mujeres", "niño", "niña", "niños", "todos",
      "todas", "ambos", "voz", "narrador", "narradora", "locutor", "locutora", "reportero", "reportera",
      "presentador", "presentadora", "homme", "femme", "enfant", "tous", "voix", "narrateur", "narratrice",
      "mann", "frau", "kind", "alle", "stimme", "erzähler", "erzählerin", "homem", "mulher", "menino", "menina",
      "uomo", "donna", "bambino", "bambina", "tutti", "voce"};
  std::string f = fold_case(word);
  for (auto k : kWords)
    if (f == k) return true;
  return false;
}

// Sounds, music and manners of speaking that SDH captions put in brackets, in the languages
// that subtitle files commonly come in (compared case-folded, word by word).
bool is_sound_word(std::string_view word) {
  static constexpr std::string_view kSounds[] = {
      // English
      "laughs", "laughing", "laughter", "laugh", "chuckles", "chuckling", "chuckle", "giggles", "giggling",
      "sighs", "sighing", "sigh", "gasps", "gasping", "gasp", "coughs", "coughing", "cough", "cries",
      "crying", "sobs", "sobbing", "screams", "screaming", "scream", "shouts", "shouting", "yells", "yelling",
      "whispers", "whispering", "groans", "groaning", "grunts", "grunting", "sniffs", "sniffles", "sniffling",
      "exhales", "inhales", "breathing", "breathes", "panting", "pants", "scoffs", "snorts", "clears",
      "throat", "mutters", "muttering", "mumbles", "mumbling", "stammers", "stutters", "hums", "humming",
      "sings", "singing", "whistles", "whistling", "yawns", "whimpers", "moans", "cheering", "cheers",
      "applause", "applauding", "clapping", "music", "musical", "song", "silence", "static", "inaudible",
      "indistinct", "unintelligible", "crosstalk", "overlapping", "chatter", "chattering", "bleep", "beep",
      "beeps", "beeping", "ringing", "rings", "ring", "knocking", "knocks", "knock", "door", "doors",
      "phone", "footsteps", "thunder", "explosion", "gunshot", "gunshots", "gunfire", "siren", "sirens",
      "engine", "alarm", "bell", "bells", "horn", "honks", "barking", "barks", "dog", "crash", "crashes",
      "thud", "bang", "bangs", "splash", "wind", "rain", "slams", "creaks", "clicks", "buzzing", "buzzes",
      "noise", "noises", "playing", "plays", "continues", "speaking", "speaks", "foreign", "spanish",
      "french", "english", "german", "italian", "portuguese", "chinese", "japanese", "russian", "arabic",
      "mandarin", "korean", "hindi", "intro", "outro", "jingle", "theme", "upbeat", "dramatic", "suspenseful",
      "ominous", "tense", "eerie", "somber", "gentle", "mysterious", "ambient", "electronic", "classical", "rock",
      "jazz", "piano", "guitar", "orchestral", "melancholy", "cheerful", "intense", "soft", "loud", "distant", "muffled", "background", "sound", "sounds", "audio", "video",
      "blank", "no", "chirping", "birds", "rustling", "crackling", "rumbling", "clanging", "clattering",
      "ticking", "typing", "snoring", "sneezes", "sneezing", "kissing", "wailing", "howling", "growling",
      "hissing", "roaring", "screeching", "tapping", "clicking", "ringtone", "vibrating", "chiming", "ding",
      "whirring", "waves", "shatters", "shattering", "slamming", "honking", "squeaking", "creaking",
      // Spanish
      "risas", "ríe", "rie", "riendo", "llora", "llorando", "llanto", "suspira", "suspiro", "grita", "gritos",
      "gritando", "música", "musica", "aplausos", "tose", "jadea", "susurra", "solloza", "sollozos",
      "murmullos", "murmura", "silencio", "disparo", "disparos", "timbre", "puerta", "teléfono", "telefono",
      "ladra", "ladridos", "gime", "resopla", "carraspea", "canta", "cantando", "ruido", "suena", "voces",
      "inaudible", "habla", "hablando", "exclama", "balbucea", "tararea", "sirena", "jadeos", "tos", "golpes",
      "trueno", "lluvia", "viento", "silbido", "llaman", "suspiros", "sollozando",
      // French
      "rires", "rire", "rit", "pleure", "pleurs", "soupire", "soupir", "musique", "applaudissements",
      "tousse", "cris", "crie", "chuchote", "halète", "gémit", "sonnerie", "porte", "bruit", "bruits",
      "chante", "murmure", "marmonne", "soupirs", "toux", "sanglote", "sanglots", "tonnerre", "pluie",
      // German
      "lacht", "lachen", "weint", "seufzt", "musik", "applaus", "hustet", "schreit", "flüstert", "stöhnt",
      "klingelt", "tür", "geräusch", "singt", "räuspert",
      // Portuguese, Italian
      "risos", "chora", "tosse", "sussurra", "ride", "risate", "piange", "sospira", "applausi", "tossisce",
      "urla", "canzone", "rumore", "suspira",
      // Russian
      "смех", "смеётся", "смеется", "вздыхает", "музыка", "аплодисменты", "плачет", "кашляет", "шёпотом",
      "кричит",
      // Chinese, Japanese, Korean
      "笑", "笑い", "笑う", "笑声", "拍手", "掌声", "音楽", "音乐", "ため息", "叹气", "泣く", "哭", "咳",
      "咳嗽", "歓声", "欢呼", "웃음", "박수", "음악", "한숨"};
  std::string f = fold_case(word);
  for (auto k : kSounds)
    if (f == k) return true;
  return false;
}

// A word of a caption name: letters, `.`, `'`, `’`, `-`.
bool name_chars_ok(std::string_view w) {
  bool letter = false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (w.substr(i, 3) == "\xE2\x80\x99") {  // ’
        i += 2;
        continue;
      }
      size_t len = non_ascii_letter_at(w, i);
      if (!len) return false;
      letter = true;
      i += len - 1;
    } else if (is_alpha(c)) {
      letter = true;
    } else if (!(c == '.' || c == '\'' || c == '-' || is_digit(c))) {
      return false;
    }
  }
  return letter;
}

// The words of s[b, e) form a name: `Alba`, `ALBA`, `María de la Torre`, `Speaker 2`, `Dr. Kim`.
bool is_name(std::string_view s, size_t b, size_t e, bool caps_only, bool lenient) {
  auto words = split_words(s.substr(b, e - b));
  if (words.empty() || words.size() > (lenient ? 3 : kMaxNameWords)) return false;
  size_t letters = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    bool first = k == 0;
    if (!first && (all_digits(w) || (w[0] == '#' && all_digits(w.substr(1))))) continue;  // Speaker 2, WOMAN #1
    if (!name_chars_ok(w)) return false;
    if (!first && is_particle(w)) continue;
    bool lower_single = lenient && words.size() == 1 && is_lower(w[0]) && w.size() >= 3;
    if (!starts_name(w) && !lower_single) return false;
    if (caps_only && has_ascii_lower(w)) return false;
    if (is_sentence_word(w)) return false;
    for (size_t i = 0; i < w.size(); ++i) letters += is_alpha(w[i]) || non_ascii_letter_at(w, i) != 0;
  }
  if (letters < 2 && !(words.size() == 1 && (words[0] == "Q" || words[0] == "A"))) return false;
  return true;
}

size_t find_byte(std::string_view s, size_t b, size_t e, char c) {
  const void* hit = b < e ? std::memchr(s.data() + b, c, e - b) : nullptr;
  return hit ? size_t(static_cast<const char*>(hit) - s.data()) : std::string_view::npos;
}

// find_byte() for a short reach (a tag, a reference: most end within a few bytes): its first
// sixteen bytes in one look where the text goes on that far, without a call to memchr.
inline size_t find_byte_near(std::string_view s, size_t b, size_t e, char c) {
#if defined(__SSE2__)
  if (b < e && b + 16 <= s.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + b));
    if (const unsigned m = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))))) {
      const size_t at = b + size_t(__builtin_ctz(m));
      return at < e ? at : std::string_view::npos;
    }
    b += 16;
  }
#endif
  return find_byte(s, b, e, c);
}

// SRT: whether the tag named at s[p, close) is one that players know.
bool is_player_tag(std::string_view s, size_t p, size_t close) {
  size_t n = p;
  while (n < close && is_alpha(s[n])) ++n;
  if (!(n == close || s[n] == ' ' || s[n] == '.' || s[n] == '/')) return false;
  // ASCII letters, told apart by their length first: a tag-dense caption has two tags a word.
  const std::string_view name = s.substr(p, n - p);
  switch (name.size()) {
    case 1: {
      const char c = lower_ascii(name[0]);
      return c == 'i' || c == 'b' || c == 'u' || c == 's' || c == 'c' || c == 'v';
    }
    case 2:
      return iequals(name, "rt") || iequals(name, "em") || iequals(name, "br");
    case 4:
      return iequals(name, "font") || iequals(name, "ruby") || iequals(name, "lang") || iequals(name, "span");
    case 6:
      return iequals(name, "strong");
    default:
      return false;
  }
}

// The end of the markup tag at s[i] == '<' (the byte after '>'), or 0 when it is not one.
// Inline: a caption of timed words has a tag for every word.
inline size_t tag_end(std::string_view s, size_t i, size_t e, bool any_tag) {
  if (i + 1 >= e) return 0;
  size_t p = i + 1;
  if (s[p] == '/') ++p;
  if (p >= e || !(is_alpha(s[p]) || is_digit(s[p]))) return 0;
  size_t close = find_byte_near(s, p, std::min(e, i + kMaxTagBytes), '>');
  if (close == std::string_view::npos) return 0;
  if (!any_tag && !is_digit(s[p]) && !is_player_tag(s, p, close)) return 0;  // SRT: the tags that players know
  return close + 1;
}

void put_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// Decodes the character reference at s[i] == '&' into out; returns the bytes it spans (0: none).
size_t decode_reference(std::string& out, std::string_view s, size_t i, size_t e) {
  size_t semi = find_byte_near(s, i + 1, std::min(e, i + 12), ';');
  if (semi == std::string_view::npos || semi == i + 1) return 0;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    uint32_t cp = 0;
    for (char c : digits) {
      int d = is_digit(c) ? c - '0' : (hex && lower_ascii(c) >= 'a' && lower_ascii(c) <= 'f') ? lower_ascii(c) - 'a' + 10 : -1;
      if (d < 0) return 0;
      cp = cp * (hex ? 16 : 10) + uint32_t(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    put_utf8(out, cp == 0xA0 ? ' ' : cp);  // a no-break space is a space in `text`
  } else {
    static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
        {"lrm", ""},  {"rlm", ""}, {"hellip", "\xE2\x80\xA6"}, {"mdash", "\xE2\x80\x94"}, {"ndash", "\xE2\x80\x93"}};
    bool found = false;
    for (auto& [n, v] : kNamed)
      if (name == n) {
        out.append(v);
        found = true;
        break;
      }
    if (!found) return 0;
  }
  return semi + 1 - i;
}

// Skips the formatting that may open a caption line before a name: `<i>`, `<font ...>`,
// `{\an8}` (not a `<v>` voice, which names the speaker).
size_t skip_codes(std::string_view s, size_t p, size_t e) {
  while (p < e) {
    if (s[p] == '<' && !(p + 2 < e && s[p + 1] == 'v' && (s[p + 2] == ' ' || s[p + 2] == '.' || s[p + 2] == '\t'))) {
      size_t t = tag_end(s, p, e, true);
      if (!t) break;
      p = skip_space(s, t, e);
    } else if (s[p] == '{' && p + 1 < e && s[p + 1] == '\\') {
      size_t close = find_byte(s, p, std::min(e, p + 64), '}');
      if (close == std::string_view::npos) break;
      p = skip_space(s, close + 1, e);
    } else {
      break;
    }
  }
  return p;
}

// Music notes: ♪ (U+266A), ♫ (U+266B).
size_t note_at(std::string_view s, size_t i) {
  return s.substr(i, 2) == "\xE2\x99" && i + 2 < s.size() && (s[i + 2] == '\xAA' || s[i + 2] == '\xAB') ? 3 : 0;
}

// A dialogue dash opening a caption line: `- `, `-Text`, `– `, `— `. Returns its length.
size_t dash_at(std::string_view s, size_t p, size_t e) {
  if (p < e && s[p] == '-' && !(p + 1 < e && (s[p + 1] == '-' || s[p + 1] == '>'))) return 1;
  if (s.substr(p, 3) == "\xE2\x80\x93" && p + 3 <= e) return 3;  // en dash
  if (s.substr(p, 3) == "\xE2\x80\x94" && p + 3 <= e) return 3;  // em dash (Russian, French subtitles)
  return 0;
}

// An opening bracket at s[i]: `[`, `(`, and the full-width forms of CJK subtitles `（`, `［`,
// `【`. Returns its length and sets the closing bracket.
size_t bracket_at(std::string_view s, size_t i, std::string_view& close) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"[", "]"}, {"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}, {"\xEF\xBC\xBB", "\xEF\xBC\xBD"},
      {"\xE3\x80\x90", "\xE3\x80\x91"}};
  for (auto& [open, shut] : kPairs)
    if (s.compare(i, open.size(), open) == 0) {
      close = shut;
      return open.size();
    }
  return 0;
}

}  // namespace

// --- timings ---

size_t parse_timestamp(std::string_view s, size_t i, double& seconds) {
  // `HH:MM:SS.mmm`, the form of nearly every timing line (two per cue), read at fixed places.
  if (i + 12 <= s.size()) {
    const char* c = s.data() + i;
    auto dig = [&](int k) { return unsigned(c[k] - '0'); };
    auto digits = [&](std::initializer_list<int> at) {
      for (int k : at)
        if (dig(k) > 9) return false;
      return true;
    };
    if (c[2] == ':' && c[5] == ':' && (c[8] == '.' || c[8] == ',') && digits({0, 1, 3, 4, 6, 7, 9, 10, 11}) &&
        (i + 12 == s.size() || !is_digit(c[12]))) {
      const uint64_t m = dig(3) * 10 + dig(4), sec = dig(6) * 10 + dig(7);
      if (m >= 60 || sec >= 60) return 0;
      const uint64_t whole = (dig(0) * 10 + dig(1)) * 3600 + m * 60 + sec;
      seconds = double(whole * 1000 + dig(9) * 100 + dig(10) * 10 + dig(11)) / 1000.0;
      return 12;
    }
  }
  return detail::parse_timestamp_in_full(s, i, seconds);
}

namespace detail {
size_t parse_timestamp_in_full(std::string_view s, size_t i, double& seconds) {
  uint64_t field[3] = {0, 0, 0};
  int n = 0;
  size_t p = i;
  while (true) {
    size_t d = p;
    uint64_t v = 0;
    while (p < s.size() && is_digit(s[p]) && p - d < 9) v = v * 10 + uint64_t(s[p++] - '0');
    if (p == d || (p < s.size() && is_digit(s[p]))) return 0;
    field[n++] = v;
    if (n < 3 && p + 1 < s.size() && s[p] == ':' && is_digit(s[p + 1])) {
      ++p;
      continue;
    }
    break;
  }
  if (n < 2) return 0;
  uint64_t h = n == 3 ? field[0] : 0, m = field[n - 2], sec = field[n - 1];
  if (m >= 60 || sec >= 60) return 0;
  uint64_t whole = h * 3600 + m * 60 + sec, frac = 0, scale = 1;
  if (p + 1 < s.size() && (s[p] == '.' || s[p] == ',') && is_digit(s[p + 1])) {
    ++p;
    size_t d = p;
    while (p < s.size() && is_digit(s[p]) && p - d < 9) {
      frac = frac * 10 + uint64_t(s[p++] - '0');
      scale *= 10;
    }
    if (p < s.size() && is_digit(s[p])) return 0;
  }
  // Exact integers divided once: 0.179, not 0.17900000000000002.
  seconds = double(whole * scale + frac) / double(scale);
  return p - i;
}
}  // namespace detail

bool parse_timing(std::string_view line, double& start, double& end) {
  size_t p = skip_space(line, 0, line.size());
  size_t n = parse_timestamp(line, p, start);
  if (!n) return false;
  p += n;
  while (p < line.size() && is_hspace(line[p])) ++p;
  if (line.substr(p, 3) == "-->") {
    p += 3;
    while (p < line.size() && is_hspace(line[p])) ++p;
  } else if (p < line.size() && line[p] == ',') {  // YouTube SBV: `0:00:01.000,0:00:04.000`
    ++p;
  } else {
    return false;
  }
  n = parse_timestamp(line, p, end);
  if (!n) return false;
  p += n;
  return p == line.size() || is_hspace(line[p]) || line[p] == '\r' || line[p] == '\n';
}

bool is_webvtt_signature(std::string_view line) {
  return line.starts_with("WEBVTT") && (line.size() == 6 || line[6] == ' ' || line[6] == '\t');
}

// --- markup ---

void append_clean(std::string& out, std::string_view s, size_t b, size_t e, bool any_tag) {
  constexpr size_t kMaxCodeBytes = 64;  // `{\an8}`, `{\c&H00FFFF&}`; `<rt>` readings are short too
  // The clean text is never longer than the markup it comes from (a reference is longer than
  // what it stands for), so it is written into room made once, with a block's worth more for
  // the short runs between tags, copied a block at a time: YouTube's lines have two tags a word.
  constexpr size_t kBlock = 16;
  const size_t at = out.size();
  out.resize(at + (e - b) + kBlock);
  char* w = out.data() + at;
  size_t plain = b;
  auto flush = [&](size_t to) {
    const size_t n = to - plain;
    if (n <= kBlock && plain + kBlock <= s.size()) std::memcpy(w, s.data() + plain, kBlock);  // one wide copy
    else std::memcpy(w, s.data() + plain, n);
    w += n;
  };
  for (size_t i = find_any_of(s, b, e, '<', '&', '{'); i < e; i = find_any_of(s, i, e, '<', '&', '{')) {
    char c = s[i];
    if (c == '<') {
      if (size_t t = tag_end(s, i, e, any_tag)) {
        flush(i);
        // Ruby text is a reading of the base text beside it, not more speech: 漢<rt>かん</rt>.
        if (t - i == 4 && s[i + 1] == 'r' && s.compare(i, 4, "<rt>") == 0) {
          std::string_view rest = s.substr(t, std::min(e - t, kMaxCodeBytes));
          if (size_t close = rest.find("</rt>"); close != std::string_view::npos) t += close + 5;
        }
        i = plain = t;
        continue;
      }
    } else if (c == '&') {
      std::string decoded;
      if (size_t n = decode_reference(decoded, s, i, e)) {
        flush(i);
        std::memcpy(w, decoded.data(), decoded.size());  // no longer than the n bytes it replaces
        w += decoded.size();
        i = plain = i + n;
        continue;
      }
    } else if (c == '{' && i + 1 < e && s[i + 1] == '\\') {  // {\an8}, {\i1}
      size_t close = find_byte(s, i, std::min(e, i + kMaxCodeBytes), '}');
      if (close != std::string_view::npos) {
        flush(i);
        i = plain = close + 1;
        continue;
      }
    }
    ++i;
  }
  flush(e);
  out.resize(size_t(w - out.data()));
}

// --- names ---

std::optional<Naming> read_voice(std::string_view s, size_t b, size_t e) {
  if (!(b + 2 < e && s[b] == '<' && s[b + 1] == 'v' && (s[b + 2] == ' ' || s[b + 2] == '\t' || s[b + 2] == '.')))
    return std::nullopt;
  size_t close = find_byte_near(s, b, std::min(e, b + kMaxTagBytes), '>');
  if (close == std::string_view::npos) return std::nullopt;
  size_t p = b + 2;
  while (p < close && !is_hspace(s[p])) ++p;  // classes: <v.loud.first Name>
  size_t nb = skip_space(s, p, close), ne = trim_end(s, nb, close);
  if (nb >= ne) return std::nullopt;
  Naming n;
  n.parts.label = n.parts.name = {uint32_t(nb), uint32_t(ne)};
  n.parts.end = close + 1;
  n.voice = true;
  n.title_only = is_title_name(s.substr(nb, ne - nb));
  if (n.title_only) n.parts.role = n.parts.name;
  return n;
}

bool is_generic_speaker(std::string_view inner) {
  auto words = split_words(inner);
  if (words.empty() || words.size() > kMaxNameWords || !is_generic_speaker_word(words[0])) return false;
  for (auto w : words)
    if (is_sound_word(w)) return false;  // `[man laughs]`, `[crowd cheering]`
  return true;
}

bool is_sound_description(std::string_view inner) {
  auto words = split_words(inner);
  if (words.empty() || words.size() > kMaxNameWords) return true;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == '!' || w.back() == '?' || w.back() == ':'))
      w.remove_suffix(1);
    if (w.empty()) continue;
    if (is_sound_word(w)) return true;
    if (k > 0 && (is_particle(w) || all_digits(w))) continue;
    if (!starts_name(w)) return true;  // `[door slams]`, `[llora]`, `[00:15]`
  }
  // `[Birds Chirping]`, `[Engine Idling]`: a noun and what it does.
  std::string_view last = words.back();
  return words.size() >= 2 && last.size() >= 6 && iequals(last.substr(last.size() - 3), "ing");
}

std::optional<Naming> read_bracket_name(std::string_view s, size_t b, size_t e) {
  std::string_view shut;
  size_t open = b < e ? bracket_at(s, b, shut) : 0;
  if (!open) return std::nullopt;
  std::string_view window = s.substr(0, std::min(e, b + open + kMaxNameBytes + shut.size()));
  size_t close = window.find(shut, b + open);
  if (close == std::string_view::npos) return std::nullopt;
  size_t nb = skip_space(s, b + open, close), ne = trim_end(s, nb, close);
  if (nb >= ne || ne - nb > kMaxNameBytes) return std::nullopt;
  // `[ALBA:]`, `(Alba) :`: the colon is part of the bracket's markup.
  if (s[ne - 1] == ':') ne = trim_end(s, nb, ne - 1);
  std::string_view inner = s.substr(nb, ne - nb);
  size_t name_e = ne;
  if (!is_generic_speaker(inner) && (is_sound_description(inner) || !is_name(s, nb, ne, false, false))) {
    // `[Alba, whispering] Hola`, `[man laughing] Hey`: who, then how. Only before speech.
    size_t after = skip_space(s, close + shut.size(), e);
    if (after >= e) return std::nullopt;
    name_e = nb;
    for (auto w : split_words(inner)) {
      std::string_view core = w;
      if (core.back() == ',') core.remove_suffix(1);
      if (is_sound_word(core)) break;
      name_e = size_t(core.data() - s.data()) + core.size();
      if (core.size() < w.size()) break;  // the comma ends the name
    }
    if (name_e <= nb || name_e == ne) return std::nullopt;
    std::string_view who = s.substr(nb, name_e - nb);
    if (!is_generic_speaker(who) && (is_sound_description(who) || !is_name(s, nb, name_e, false, false)))
      return std::nullopt;
    // The rest must all be manner: `whispering`, `laughing softly` would not qualify a name.
    for (auto w : split_words(s.substr(name_e, ne - name_e))) {
      while (!w.empty() && (w.front() == ',' || w.back() == ',')) w = w.front() == ',' ? w.substr(1) : w.substr(0, w.size() - 1);
      if (!w.empty() && starts_name(w) && !is_sound_word(w)) return std::nullopt;
    }
  }
  Naming n;
  n.parts.label = {uint32_t(nb), uint32_t(ne)};
  n.parts.name = {uint32_t(nb), uint32_t(name_e)};
  n.parts.end = close + shut.size();
  if (n.parts.end < e && s[n.parts.end] == ':') ++n.parts.end;
  n.title_only = is_title_name(n.parts.name.of(s));
  if (n.title_only) n.parts.role = n.parts.name;
  return n;
}

std::optional<Naming> read_colon_name(std::string_view s, size_t b, size_t e, bool caps_only, bool lenient) {
  if (b >= e) return std::nullopt;
  const size_t lim = std::min(e, b + kMaxNameBytes + 1);
  size_t colon = find_byte(s, b, lim, ':'), colon_len = 1;
  // `张伟：我们开始吧。`: CJK subtitles close a name with the full-width colon, no space after it.
  if (size_t fw = s.substr(0, lim).find("\xEF\xBC\x9A", b); fw != std::string_view::npos && fw < colon)
    colon = fw, colon_len = 3;
  if (colon == std::string_view::npos || colon == b) return std::nullopt;
  if (colon_len == 1 && colon + 1 < e && !is_hspace(s[colon + 1]) && space_at(s, colon + 1) == 0) {  // 10:30, http://
    // ... but `<i>ALBA:</i> Hola`, `<font color=...>ALBA:</font> Hola`: the label's formatting
    // closes right after the colon.
    size_t t = s[colon + 1] == '<' && colon + 2 < e && s[colon + 2] == '/' ? tag_end(s, colon + 1, e, true) : 0;
    if (!t || (t < e && !is_hspace(s[t]) && space_at(s, t) == 0)) return std::nullopt;
  }
  size_t le = trim_end(s, b, colon);  // `ALBA :` (French typography) is a label too
  // `ALBA (V.O.):`, `MAN (on TV):`: a descriptor, kept in the label, out of the name.
  size_t ce = le;
  if (le > b && s[le - 1] == ')') {
    size_t open = find_byte(s, b, le, '(');
    if (open == std::string_view::npos || open == b) return std::nullopt;
    ce = trim_end(s, b, open);
  }
  size_t comma = find_byte(s, b, ce, ',');
  size_t ne = comma == std::string_view::npos ? ce : trim_end(s, b, comma);
  if (ne <= b || !is_name(s, b, ne, caps_only, lenient)) return std::nullopt;
  Naming n;
  n.parts.label = {uint32_t(b), uint32_t(le)};
  n.parts.name = {uint32_t(b), uint32_t(ne)};
  n.parts.end = colon + colon_len;
  if (comma != std::string_view::npos) {  // `JOHN SMITH, ANCHOR:`
    size_t rb = skip_space(s, comma + 1, ce);
    auto role_words = split_words(s.substr(rb, ce - rb));
    if (role_words.empty() || role_words.size() > kMaxNameWords || !starts_name(role_words[0])) return std::nullopt;
    n.parts.role = {uint32_t(rb), uint32_t(ce)};
  }
  n.title_only = n.parts.role.empty() && is_title_name(s.substr(b, ne - b));
  if (n.title_only) n.parts.role = n.parts.name;
  return n;
}

bool is_sound_line(std::string_view line) {
  size_t i = 0, brackets = 0, notes = 0;
  while (i < line.size()) {
    if (size_t k = space_at(line, i)) {
      i += k;
    } else if (size_t k = note_at(line, i)) {
      i += k;
      ++notes;
    } else if (line[i] == '#' || line[i] == '*') {
      ++i;
    } else if (std::string_view shut; size_t open = bracket_at(line, i, shut)) {
      size_t close = line.find(shut, i + open);
      if (close == std::string_view::npos) return false;
      ++brackets;
      i = close + shut.size();
    } else {
      return false;
    }
  }
  return brackets > 0 || notes > 0;
}

// --- the cue lexer ---

namespace {

// Whether s[b, e) holds a place where speech() looks for a mark: `<v` (a voice) anywhere, `>`
// or `&` (chevrons, `&gt;`) after a blank and past the first byte. Sixteen places at a time:
// a line of YouTube's captions has two tags a word, and a search that stopped at each of their
// `<` and `>` cost more than the cleaning of the line.
bool may_hold_mark(std::string_view s, size_t b, size_t e) {
  if (b >= e) return false;
  if (s[b] == '<' && b + 1 < e && s[b + 1] == 'v') return true;
  size_t i = b + 1;
#if defined(__SSE2__)
  for (; i + 17 <= e; i += 16) {  // reads s[i - 1, i + 17)
    auto load = [&](size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at)); };
    auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const __m128i prev = load(i - 1), cur = load(i), next = load(i + 1);
    const __m128i voice = _mm_and_si128(eq(cur, '<'), eq(next, 'v'));
    const __m128i blank = _mm_or_si128(_mm_or_si128(eq(prev, ' '), eq(prev, '\t')), _mm_or_si128(eq(prev, '\f'), eq(prev, '\v')));
    const __m128i chevron = _mm_and_si128(blank, _mm_or_si128(eq(cur, '>'), eq(cur, '&')));
    if (_mm_movemask_epi8(_mm_or_si128(voice, chevron))) return true;
  }
#endif
  for (; i < e; ++i) {
    const char c = s[i];
    if (c == '<' && i + 1 < e && s[i + 1] == 'v') return true;
    if ((c == '>' || c == '&') && is_hspace(s[i - 1])) return true;
  }
  return false;
}

// The cue lexer, whole or in steps (StepLexer). As a census (StepLexer::census) it reads the
// marks that name speakers exactly where the lexer reads them, with the same repeat and sound
// tests, and puts out their Label pieces only: no text is cleaned but what those tests need.
class CueLexer final : public StepLexer {
 public:
  enum class Mode : uint8_t { Lex, Census };
  CueLexer(std::string_view s, size_t from, Lexed& out, Flavor flavor, Mode mode = Mode::Lex)
      : s_(s), from_(from), lexed_(out), out_(out.pieces), vtt_(flavor == Flavor::WebVTT),
        census_(mode == Mode::Census), lines_in_(s, from) {
    out.names_upper = false;  // caption names are mostly mixed case (`<v Ana Ruiz>`, `Travis:`)
  }

  void run() {
    while (step(SIZE_MAX)) {
    }
  }

  bool step(size_t bytes) override {
    size_t lb, le, read = 0;
    while (read < bytes && lines_in_.next(lb, le)) {
      on_line(lb, le, lines_in_.line());
      read += le - lb + 1;
    }
    if (read < bytes && !done_) {  // the text ended
      flush_pending();
      finish_cue();
      done_ = true;
    }
    return !done_;
  }

  // A cue that only repeats the line before it joins the last piece (absorb): only that one
  // may change.
  size_t settled() const override { return done_ || out_.empty() ? out_.size() : out_.size() - 1; }

  void census(Lexed& out) const override {
    CueLexer(s_, from_, out, vtt_ ? Flavor::WebVTT : Flavor::SRT, Mode::Census).run();
  }

 private:
  void on_line(size_t lb, size_t le, uint32_t no) {
    size_t b = skip_space(s_, lb, le), e = trim_end(s_, b, le);
    if (b == e) {
      on_blank(lb == le);
      return;
    }
    std::string_view line = s_.substr(b, e - b);
    if (first_line_ && vtt_ && is_webvtt_signature(line)) {  // the header block is meta
      block_ = Block::Meta;
      meta(no, b, e, true);
      first_line_ = false;
      return;
    }
    first_line_ = false;
    double t0, t1;
    if (is_digit(line[0]) && parse_timing(line, t0, t1)) {  // a timing line starts with a digit
      on_timing(b, e, no, t0, t1);
      return;
    }
    if (block_ == Block::Meta) {
      meta(no, b, e, false);
      return;
    }
    if (vtt_ && block_start_ && block_ == Block::None && is_meta_block(line)) {  // NOTE, STYLE, REGION
      flush_pending();
      block_ = Block::Meta;
      has_prev_ = false;
      meta(no, b, e, true);
      return;
    }
    flush_pending();
    // A block's first line may be the id of the cue whose timing line follows (any text in
    // WebVTT); it is known only at the next line. In SRT any number may be, as players read
    // cues that no blank line separates.
    if (vtt_ ? block_start_ && block_ == Block::None : all_digits(line)) {
      pending_ = {uint32_t(b), uint32_t(e), no};
      has_pending_ = true;
      block_start_ = false;
      return;
    }
    block_start_ = false;
    add_line({uint32_t(b), uint32_t(e), no});
  }

  enum class Block : uint8_t { None, Meta, Cue };
  struct Line {
    uint32_t b = 0, e = 0, no = 0;
    bool plain = false;    // no markup (`<`, `&`, `{`): its clean text is its bytes (cue lines only)
    bool cleaned = false;  // its clean and folded text are made (clean_line)
  };

  void meta(uint32_t no, size_t b, size_t e, bool paragraph_start) {
    if (!census_) push_block(lexed_, Piece::Type::Meta, no, b, e, paragraph_start);
  }

  static bool is_meta_block(std::string_view line) {
    for (std::string_view w : {"NOTE", "STYLE", "REGION"})
      if (line.starts_with(w) && (line.size() == w.size() || is_hspace(line[w.size()]))) return true;
    return false;
  }

  void on_blank(bool empty) {
    if (block_ == Block::Cue) {
      if (vtt_ && !empty) return;  // a line of spaces inside a WebVTT cue belongs to it
      if (vtt_) finish_cue();      // SRT cues go on to the next timing line: players skip extra blanks
    } else if (block_ == Block::Meta) {
      block_ = Block::None;
    }
    block_start_ = true;
  }

  void on_timing(size_t b, size_t e, uint32_t no, double t0, double t1) {
    size_t cue_b = b;
    if (has_pending_ && (!vtt_ || pending_.no + 1 == no)) {
      cue_b = pending_.b;
      has_pending_ = false;
    }
    flush_pending();
    finish_cue();
    block_ = Block::Cue;
    block_start_ = false;
    cue_b_ = cue_b;
    timing_e_ = e;
    timing_no_ = no;
    t0_ = t0;
    t1_ = t1;
    lines_.clear();
  }

  void flush_pending() {
    if (!has_pending_) return;
    has_pending_ = false;
    add_line(pending_);
  }

  void add_line(Line l) {
    if (block_ == Block::Cue) {
      l.plain = find_any_of(s_, l.b, l.e, '<', '&', '{') >= l.e;
      lines_.push_back(l);
      return;
    }
    // Text outside any cue (a block without a timing line): it goes with what precedes it.
    if (census_) return;
    text_.clear();
    append_clean(text_, s_, l.b, l.e, vtt_);
    Piece& p = push(Piece::Type::Text, l.b, l.e, l.no);
    lexed_.literal(p, text_);
    text_.clear();  // not the start of the next cue's text
  }

  Piece& push(Piece::Type type, size_t b, size_t e, uint32_t line) { return push_piece(out_, type, line, b, e); }

  Piece& push_timed(Piece::Type type, size_t b, size_t e, uint32_t line) {
    Piece& p = push(type, b, e, line);
    if (!std::isnan(t0_) || !std::isnan(t1_)) out_.set_times(p, t0_, t1_);
    return p;
  }

  // The clean text of line l as speech uses it (`clean`; left empty for a plain line, whose
  // bytes are its clean text) and folded for the repeat and sound tests (`folded`).
  void clean_line(Line& l, std::string& folded, std::string& clean) {
    l.cleaned = true;
    folded.clear();
    clean.clear();
    if (l.plain) {  // nothing to take out: folded straight from the text
      append_folded(folded, s_, l.b, l.e);
      return;
    }
    append_clean(clean, s_, l.b, l.e, vtt_);
    // Fold white space so that repeats compare equal however they were spaced.
    append_folded(folded, clean, 0, clean.size());
  }

  // What opens a caption line and says who speaks.
  enum class MarkKind : uint8_t { None, Named, Anonymous };
  struct Mark {
    MarkKind kind = MarkKind::None;
    Naming naming;
    size_t end = 0;  // where the speech after the mark begins
  };

  Mark named(std::optional<Naming> n) {
    Mark m;
    if (n) {
      m.kind = MarkKind::Named;
      m.end = n->parts.end;
      m.naming = *n;
    }
    return m;
  }

  // The end of a run of two or more chevrons at s[q] (`>>`, `>>>`, and `&gt;&gt;` as YouTube
  // writes them in WebVTT), or 0.
  size_t chevrons_end(size_t q, size_t e) const {
    size_t n = 0;
    while (q < e) {
      if (s_[q] == '>') q += 1;
      else if (s_.substr(q, 4) == "&gt;" && q + 4 <= e) q += 4;
      else break;
      ++n;
    }
    return n >= 2 ? q : 0;
  }

  // `>> Name:` or `>>` alone: a new speaker, named or not (broadcast captions).
  Mark chevron_mark(size_t ce, size_t e) {
    size_t r = skip_space(s_, ce, e);
    if (Mark m = named(read_colon_name(s_, r, e, false, true)); m.kind != MarkKind::None) return m;
    if (Mark m = named(read_bracket_name(s_, r, e)); m.kind != MarkKind::None) return m;
    Mark m;
    m.kind = MarkKind::Anonymous;
    m.end = ce;
    return m;
  }

  Mark mark_at(size_t p, size_t e, bool first_line, bool dialogue, bool colon_cue) {
    size_t q = p;
    if (size_t ce = chevrons_end(q, e)) return chevron_mark(ce, e);
    // `- Hola.` / `- Adiós.`: in a cue of two dashed lines or more, each dash is another
    // speaker; a lone dash counts where a name follows it (`- ALBA: Hola.`).
    if (size_t d = dash_at(s_, q, e)) {
      size_t r = skip_space(s_, q + d, e);
      if (Mark m = named(read_voice(s_, r, e)); m.kind != MarkKind::None) return m;
      if (Mark m = named(read_bracket_name(s_, r, e)); m.kind != MarkKind::None) return m;
      if (Mark m = named(read_colon_name(s_, r, e, false, false)); m.kind != MarkKind::None) return m;
      if (dialogue) {
        Mark m;
        m.kind = MarkKind::Anonymous;
        m.end = q + d;
        return m;
      }
    }
    if (Mark m = named(read_voice(s_, q, e)); m.kind != MarkKind::None) return m;
    if (Mark m = named(read_bracket_name(s_, q, e)); m.kind != MarkKind::None) return m;
    // `Name:` opens a cue; later lines of a cue name someone only in SDH capitals, or in the
    // form that opened the cue.
    return named(read_colon_name(s_, q, e, !first_line && !colon_cue, false));
  }

  // Speech text of the cue up to here becomes one Text piece: its own bytes (white space folded
  // when the row is rendered) while the segment is plain, lines without markup with white space
  // only between them; else a literal, the clean text of its parts joined by a space. Copying
  // every line of a caption file into a literal was a third of its parse.
  void flush_text() {
    if (seg_b_ == kNone) return;
    Piece& p = push_timed(Piece::Type::Text, seg_b_, seg_e_, seg_line_);
    if (seg_plain_) {
      p.joined = true;  // entities read it as they read the literal it would otherwise be
      std::swap(last_plain_parts_, seg_parts_);
      last_plain_piece_ = out_.size() - 1;
    } else {
      lexed_.literal(p, text_);
    }
    text_.clear();
    seg_parts_.clear();
    seg_b_ = kNone;
  }

  // The literal that a plain segment of `parts` stands for, as add_text would have made it.
  void join_parts(const std::vector<Span>& parts) {
    text_.clear();
    for (const Span& x : parts) {
      if (!text_.empty()) text_ += ' ';
      text_.append(s_.data() + x.b, x.e - x.b);
    }
  }

  // Speech s_[b, e) of the cue's line `index` (its clean text made once, when first needed).
  void add_text(size_t b, size_t e, size_t index) {
    if (census_) return;
    const Line& l = lines_[index];
    const uint32_t line = l.no;
    b = skip_space(s_, b, e);
    if (b >= e) return;
    // Markup, if any, may be the voice tag before the text.
    const bool plain = l.plain || find_any_of(s_, b, e, '<', '&', '{') >= e;
    const bool whole_line = b == l.b && e == l.e;
    if (seg_b_ == kNone) {
      seg_b_ = b;
      seg_line_ = line;
      seg_plain_ = plain;
      if (plain) {
        seg_parts_.push_back({uint32_t(b), uint32_t(e)});
        seg_e_ = e;
        return;
      }
    } else {
      if (seg_plain_) {
        if (plain && only_space(seg_e_, b)) {
          seg_parts_.push_back({uint32_t(b), uint32_t(e)});
          seg_e_ = e;
          return;
        }
        join_parts(seg_parts_);  // no longer plain: the literal so far
        seg_plain_ = false;
      }
      text_ += ' ';
    }
    if (l.plain) text_.append(s_.data() + b, e - b);
    else if (whole_line) text_ += clean(index);
    else append_clean(text_, s_, b, e, vtt_);
    seg_e_ = e;
  }

  // s_[b, e) is non-empty ASCII white space (what folds to the one space a literal puts there).
  bool only_space(size_t b, size_t e) const {
    if (b >= e) return false;
    for (size_t i = b; i < e; ++i)
      if (!(s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\n' || s_[i] == '\r')) return false;
    return true;
  }

  void head(const Mark& m, size_t b, uint32_t line) {
    flush_text();
    if (m.kind == MarkKind::Named) {
      Piece& p = push_timed(Piece::Type::Label, b, m.end, line);
      out_.set_label(p, m.naming.parts.label, m.naming.parts.name, m.naming.parts.role);
      p.title_only = m.naming.title_only;
      continues_ = !m.naming.voice;  // a voice holds for its cue; a written name until the next
    } else {  // `>>`, a dialogue dash: someone unnamed, who goes on until the next mark
      if (!census_) push_timed(Piece::Type::Unnamed, b, m.end, line);
      continues_ = true;
    }
  }

  // Lines of a cue after its mark: speech, with `<v>` voices that change the speaker mid-line.
  void speech(size_t b, size_t e, size_t index) {
    if (!may_hold_mark(s_, b, e)) {  // most lines (YouTube's: two tags a word, and no voice)
      add_text(b, e, index);
      return;
    }
    const uint32_t line = lines_[index].no;
    size_t from = b;
    for (size_t q = find_any_of(s_, b, e, '<', '>', '&'); q < e; q = find_any_of(s_, q + 1, e, '<', '>', '&')) {
      char c = s_[q];
      Mark m;
      if (c == '<') {
        if (q + 1 < e && s_[q + 1] == 'v')
          if (auto v = read_voice(s_, q, e)) m = named(v);
      } else if (q > b && is_hspace(s_[q - 1])) {  // `I agree. >> No you don't.`
        if (size_t ce = chevrons_end(q, e)) m = chevron_mark(ce, e);
      }
      if (m.kind == MarkKind::None) continue;
      add_text(from, q, index);
      head(m, q, line);
      from = m.end;
      q = m.end - 1;
    }
    add_text(from, e, index);
  }

  // Nothing new in the cue (empty, or only the previous cue's line again): its bytes join the
  // row before it, whose text stays as it is (a plain piece becomes the literal it stood for).
  void absorb(size_t e) {
    if (census_) return;
    if (!out_.empty() && out_.back().type != Piece::Type::Meta) {
      Piece& back = out_.back();
      if (back.type == Piece::Type::Text && back.lit == kNoLiteral && last_plain_piece_ == out_.size() - 1) {
        join_parts(last_plain_parts_);  // its text stays what it was: now a literal
        lexed_.literal(back, text_);
        back.joined = false;
        text_.clear();
      }
      back.span.e = uint32_t(e);
      return;
    }
    push_timed(Piece::Type::Unnamed, cue_b_, e, lines_.empty() ? timing_no_ : lines_.front().no);
    continues_ = false;
  }

  // Line i's clean text (empty for a plain line) and folded form, made when first asked for:
  // most lines need neither the repeat test nor the sound test, only their words.
  const std::string& clean(size_t i) {
    if (!lines_[i].cleaned) clean_line(lines_[i], folded_[i], clean_[i]);
    return clean_[i];
  }
  const std::string& folded(size_t i) {
    if (!lines_[i].cleaned) clean_line(lines_[i], folded_[i], clean_[i]);
    return folded_[i];
  }
  // The previous cue's last line, folded.
  const std::string& prev_folded() {
    if (!prev_.cleaned) clean_line(prev_, prev_folded_, prev_clean_);
    return prev_folded_;
  }

  // Whether line i says only sounds (`[door slams]`, `♪ ♪`). A line that opens with a letter
  // or a digit does not (its clean text opens with it too), and needs no cleaning to tell.
  bool sound_line(size_t i) {
    const unsigned char c = static_cast<unsigned char>(s_[lines_[i].b]);
    if (unsigned((c | 0x20) - 'a') < 26 || unsigned(c - '0') < 10) return false;
    return is_sound_line(folded(i));
  }

  void finish_cue() {
    if (block_ != Block::Cue) return;
    block_ = Block::None;
    size_t end = lines_.empty() ? timing_e_ : lines_.back().e;
    size_t first = 0;
    if (folded_.size() < lines_.size()) {
      folded_.resize(lines_.size());
      clean_.resize(lines_.size());
    }
    if (!lines_.empty()) {
      // YouTube's rolling captions repeat the previous cue's last line as this cue's first.
      // A repeat is rolling when the cue goes on below it, flashes (10 ms), or follows a
      // two-line cue; a one-line cue that says the same again ("No." "No.") is speech.
      bool rolling = lines_.size() >= 2 || t1_ - t0_ < 0.1 || prev_lines_ >= 2;
      bool repeat = rolling && has_prev_ && !prev_folded().empty() && folded(0) == prev_folded();
      if (repeat) first = 1;
    }
    if (first == lines_.size()) {
      absorb(end);
      return;
    }
    put_out_cue(first, end);
    // The last line, for the next cue's repeat test: its folded text moved, where it was made.
    prev_ = lines_.back();
    if (prev_.cleaned) std::swap(prev_folded_, folded_[lines_.size() - 1]);
    has_prev_ = true;
    prev_lines_ = lines_.size();
  }

  // The pieces of a cue from its line `first` on.
  void put_out_cue(size_t first, size_t end) {
    // Sounds only (`[door slams]`, `♪ ♪`): an event.
    bool sounds = true;
    size_t dashes = 0;
    for (size_t i = first; i < lines_.size(); ++i) {
      sounds = sounds && sound_line(i);
      dashes += dash_at(s_, lines_[i].b, lines_[i].e) != 0;
    }
    if (sounds) {
      if (census_) return;
      text_.clear();
      for (size_t i = first; i < lines_.size(); ++i) {
        if (!text_.empty()) text_ += ' ';
        append_clean(text_, s_, lines_[i].b, lines_[i].e, vtt_);
      }
      Piece& p = push_timed(Piece::Type::Cue, cue_b_, end, lines_[first].no);
      lexed_.literal(p, text_);
      text_.clear();
      return;
    }
    bool dialogue = dashes >= 2;
    bool started = false, colon_cue = false;
    for (size_t i = first; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      size_t p = skip_codes(s_, l.b, l.e);
      Mark m = mark_at(p, l.e, i == first, dialogue, colon_cue);
      if (i == first) colon_cue = m.kind == MarkKind::Named && s_[m.end - 1] == ':' && !m.naming.voice;
      if (m.kind != MarkKind::None) {
        head(m, started ? size_t(l.b) : cue_b_, l.no);  // the cue's first turn holds its timing line
        started = true;
        speech(m.end, l.e, i);
        continue;
      }
      if (!started) {
        started = true;
        if (!census_) open_unmarked(l);
      }
      speech(l.b, l.e, i);
    }
    flush_text();
  }

  // A cue whose first line names no one: the speaker named before goes on (the cue's bytes join
  // that turn), else someone unnamed speaks.
  void open_unmarked(const Line& l) {
    if (continues_) {
      seg_b_ = cue_b_;
      seg_line_ = l.no;
      seg_e_ = l.b;
      seg_plain_ = false;  // its span holds the timing line: a literal
    } else {
      push_timed(Piece::Type::Unnamed, cue_b_, timing_e_, l.no);
    }
  }

  static constexpr size_t kNone = SIZE_MAX;
  std::string_view s_;
  size_t from_;
  Lexed& lexed_;
  PieceList& out_;
  bool vtt_;
  bool census_;
  LineReader lines_in_;
  bool first_line_ = true;
  bool done_ = false;
  Block block_ = Block::None;
  bool block_start_ = true;   // after a blank line (or at the start)
  bool has_pending_ = false;  // pending_: a line that may be the next cue's id
  Line pending_;
  // The cue being read.
  size_t cue_b_ = 0, timing_e_ = 0;
  uint32_t timing_no_ = 0;
  double t0_ = kNoTime, t1_ = kNoTime;
  std::vector<Line> lines_;
  // The speech text being gathered into one Text piece.
  std::string text_;
  // The previous cue's last line, its text made when a repeat test asks for it.
  Line prev_;
  bool has_prev_ = false;
  std::string prev_folded_, prev_clean_;
  // The cue's lines without markup (clean(), folded()): folded, for the repeat and sound tests;
  // and as written, for the speech (empty for a plain line, whose bytes are its clean text).
  std::vector<std::string> folded_, clean_;
  size_t seg_b_ = kNone, seg_e_ = 0;
  uint32_t seg_line_ = 0;
  bool seg_plain_ = false;               // the segment is its own bytes (flush_text)
  std::vector<Span> seg_parts_;          // ... made of these parts, while it is
  std::vector<Span> last_plain_parts_;   // the parts of the last plain Text piece
  size_t last_plain_piece_ = SIZE_MAX;   // its index
  size_t prev_lines_ = 0;     // lines of the previous cue
  bool continues_ = false;    // a cue without a mark continues the last named speaker
};

}  // namespace

void lex(std::string_view text, size_t from, Lexed& out, Flavor flavor) { CueLexer(text, from, out, flavor).run(); }

std::unique_ptr<StepLexer> lex_in_steps(std::string_view text, size_t from, Lexed& out, Flavor flavor) {
  return std::make_unique<CueLexer>(text, from, out, flavor);
}

}  // namespace transcript::subtitles
