// core/names.hpp: canonical names, join keys, anonymous labels, surname resolution.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "names.hpp"
#include "text.hpp"

using namespace transcript;
namespace utf = boost::unit_test;

BOOST_AUTO_TEST_SUITE(names)

BOOST_AUTO_TEST_CASE(split_words_on_any_white_space) {
  auto w = split_words("  MARY\tLOUISE\xC2\xA0KELLY \n");
  BOOST_TEST(w.size() == 3u);
  BOOST_TEST(w[0] == "MARY");
  BOOST_TEST(w[1] == "LOUISE");
  BOOST_TEST(w[2] == "KELLY");
  BOOST_TEST(split_words("").empty());
  BOOST_TEST(split_words(" \t ").empty());
}

// Words keeps eight words in place and the rest on the heap: the same words either way.
BOOST_AUTO_TEST_CASE(split_words_past_the_inline_eight) {
  auto word = [](size_t i) {
    std::string w = "w";
    w += std::to_string(i);
    return w;
  };
  std::string s;
  for (size_t i = 0; i < 20; ++i) {
    s += word(i);
    s += i % 3 ? ' ' : '\t';
  }
  for (size_t n = 0; n <= 20; ++n) {
    std::string part;
    for (size_t i = 0; i < n; ++i) {
      part += word(i);
      part += ' ';
    }
    auto w = split_words(part);
    BOOST_TEST_REQUIRE(w.size() == n);
    for (size_t i = 0; i < n; ++i) BOOST_TEST(w[i] == word(i));
    if (n) BOOST_TEST(w.back() == word(n - 1));
  }
  auto w = split_words(s);
  BOOST_TEST_REQUIRE(w.size() == 20u);
  w.erase(w.begin());
  BOOST_TEST(w.size() == 19u);
  BOOST_TEST(w.front() == "w1");
  BOOST_TEST(w.back() == "w19");
  w.push_back("more");
  BOOST_TEST(w[19] == "more");
  auto few = split_words("a b c");
  few.erase(few.begin() + 1);
  BOOST_TEST(few.size() == 2u);
  BOOST_TEST(few[1] == "c");
  size_t letters = 0;
  for (auto x : few) letters += x.size();
  BOOST_TEST(letters == 2u);
}

// split_words reads bytes through a table and asks space_at only of non-ASCII ones: the same
// words as a split on space_at at every byte, for random strings of ASCII and Unicode spaces,
// letters, dashes and characters cut short at the end.
BOOST_AUTO_TEST_CASE(split_words_agrees_with_space_at_everywhere) {
  const std::vector<std::string> parts = {"a", "KELLY", " ", "\t", "\n", "\r", "\v", "\f", "\xC2\xA0",
                                          "\xE2\x80\x83", "\xE2\x80\xAF", "\xE3\x80\x80", "\xE1\x9A\x80",
                                          "\xEF\xBB\xBF", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "."};
  const std::vector<std::string> cut = {"", "\xC2", "\xE2\x80", "\xE3"};  // a last character cut short
  auto reference = [](std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
      size_t k;
      while (i < s.size() && (k = space_at(s, i))) i += k;
      size_t b = i;
      while (i < s.size() && !space_at(s, i)) ++i;
      if (i > b) out.push_back(s.substr(b, i - b));
    }
    return out;
  };
  uint32_t seed = 11;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (size_t n = next() % 24; n > 0; --n) s += parts[next() % parts.size()];
    s += cut[next() % cut.size()];
    auto want = reference(s);
    auto got = split_words(s);
    BOOST_TEST_REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) BOOST_TEST(got[i] == want[i]);
  }
}

BOOST_AUTO_TEST_CASE(title_words) {
  for (const char* t : {"Mr.", "MR.", "Ms.", "Mrs.", "Miss", "Dr.", "Hon.", "Sen.", "SENATOR", "Rep.",
                        "Representative", "Gen.", "Chairman", "Chairwoman", "Chair", "Chief", "Justice", "Judge",
                        "The", "THE"})
    BOOST_TEST(is_title_word(t), t);
  // LAYOUTS.md: Sir, Lady, King and Queen are part of the name.
  for (const char* n : {"Sir", "Lady", "King", "Queen", "KELLY", "Mary", "Ted"}) BOOST_TEST(!is_title_word(n), n);
}

BOOST_AUTO_TEST_CASE(canonical_name_drops_titles_and_extra_space) {
  BOOST_TEST(canonical_name("MARY LOUISE KELLY") == "MARY LOUISE KELLY");
  BOOST_TEST(canonical_name("SEN. BERNIE  SANDERS") == "BERNIE SANDERS");
  BOOST_TEST(canonical_name("  Dr. Ben Carson ") == "Ben Carson");
  BOOST_TEST(canonical_name("Mr. NADLER") == "NADLER");
  BOOST_TEST(canonical_name("REP. JOHN LEWIS") == "JOHN LEWIS");
  BOOST_TEST(canonical_name("GEN. ERIK KURILLA") == "ERIK KURILLA");
  BOOST_TEST(canonical_name("CHIEF JUSTICE ROBERTS") == "ROBERTS");
  BOOST_TEST(canonical_name("BILL O'REILLY") == "BILL O'REILLY");
  // A voice number glued to its noun is the same voice: "Speaker4" is "Speaker 4".
  BOOST_TEST(canonical_name("Speaker4") == "Speaker 4");
  BOOST_TEST(canonical_name("SPEAKER12") == "SPEAKER 12");
  BOOST_TEST(canonical_name("SPEAKER_00") == "SPEAKER_00");
  BOOST_TEST(canonical_name("Speakerman") == "Speakerman");
  BOOST_TEST(canonical_name("SIR ELTON JOHN") == "SIR ELTON JOHN");
  BOOST_TEST(canonical_name("QUEEN ELIZABETH") == "QUEEN ELIZABETH");
}

BOOST_AUTO_TEST_CASE(canonical_name_keeps_a_bare_title) {
  BOOST_TEST(canonical_name("CHAIRMAN") == "CHAIRMAN");
  BOOST_TEST(canonical_name("Senator") == "Senator");
}

// SPEC.md: a title-only label gives "the title as written (`THE COURT`)" where the transcript
// does not name the holder.
BOOST_AUTO_TEST_CASE(canonical_name_keeps_title_only_label_as_written) {
  BOOST_TEST(canonical_name("THE COURT") == "THE COURT");
  BOOST_TEST(canonical_name("The CHAIRMAN") == "The CHAIRMAN");
}

BOOST_AUTO_TEST_CASE(speaker_key_folds_case_titles_and_punctuation) {
  BOOST_TEST(speaker_key("MARY LOUISE KELLY") == "mary louise kelly");
  BOOST_TEST(speaker_key("SEN. BERNIE SANDERS") == "bernie sanders");
  BOOST_TEST(speaker_key("BERNIE SANDERS") == "bernie sanders");
  BOOST_TEST(speaker_key("Dr. Ben Carson") == "ben carson");
  BOOST_TEST(speaker_key("MARTIN O'MALLEY") == "martin omalley");
  BOOST_TEST(speaker_key("MARTIN O\xE2\x80\x99MALLEY") == "martin omalley");  // typographic apostrophe
  BOOST_TEST(speaker_key("DONALD J. TRUMP") == "donald j trump");
  BOOST_TEST(speaker_key("Mary  Louise   Kelly") == "mary louise kelly");
  BOOST_TEST(speaker_key("TOBI LÜTKE") == "tobi lütke");
  BOOST_TEST(speaker_key("JOSÉ DÍAZ-BALART") != "");
}

// The key by its definition, word by word: folded, apostrophes and dots dropped, other
// punctuation and any white space parting words, leading titles dropped while a word is left.
// speaker_key() works in place for ASCII; both must agree on names of every kind of piece.
static std::string speaker_key_by_words(std::string_view canonical) {
  std::string folded = fold_case(canonical), parted;
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c == 0xE2 && i + 2 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(folded[i + 2]) == 0x99 || static_cast<unsigned char>(folded[i + 2]) == 0x98)) {
      i += 2;
    } else if (c >= 0x80 || is_lower(char(c)) || is_digit(char(c))) {
      parted.push_back(char(c));
    } else if (c != '\'' && c != '.') {
      parted.push_back(' ');
    }
  }
  auto words = split_words(parted);
  size_t first = 0;
  while (first + 1 < words.size() && is_title_word(words[first])) ++first;
  std::string key;
  for (size_t i = first; i < words.size(); ++i) {
    if (!key.empty()) key += ' ';
    key += words[i];
  }
  return key;
}

BOOST_AUTO_TEST_CASE(speaker_key_agrees_with_its_definition_word_by_word) {
  const std::vector<std::string> pieces = {
      "THE", "the", "Mr.", "SEN.", "Dr", "Chief", "Justice", "MARY", "Louise", "KELLY", "O'MALLEY", "J.",
      "D\xC3\x8D" "AZ", "L\xC3\x9cTKE", "O\xE2\x80\x99" "BRIEN", "#2", "Speaker", "1", "-", ",", "(", ")",
      " ", "  ", "\t", "\xC2\xA0", "\xE2\x80\x83", "x", "Z9", "\xE2\x84\xAA", ".", "'"};
  uint32_t seed = 7;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int n = 0; n < 20000; ++n) {
    std::string name;
    for (size_t k = 0, len = next() % 7; k < len; ++k) {
      if (!name.empty() && next() % 2) name += ' ';
      name += pieces[next() % pieces.size()];
    }
    BOOST_TEST(speaker_key(name) == speaker_key_by_words(name), "name: " << name);
  }
}

BOOST_AUTO_TEST_CASE(speaker_key_joins_label_forms_of_one_person) {
  BOOST_TEST(speaker_key("MARY LOUISE KELLY") == speaker_key("Mary Louise Kelly"));
  BOOST_TEST(speaker_key("SENATOR BERNIE SANDERS") == speaker_key("Bernie Sanders"));
  BOOST_TEST(speaker_key("MR. DONALD TRUMP") == speaker_key("DONALD TRUMP"));
}

BOOST_AUTO_TEST_CASE(anonymous_labels) {
  for (const char* n : {"UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE", "UNIDENTIFIED PERSON #1", "UNIDENTIFIED",
                        "Speaker 1", "SPEAKER_00", "Speaker4", "Unknown Speaker", "AUDIENCE MEMBER",
                        "AUDIENCE MEMBERS", "AI-GENERATED VOICE #2", "CROWD", "MALE", "FEMALE #2",
                        "PROTESTERS", "UNKNOWN", "Several Voices", "MANY VOICES", "Voices", "(UNKNOWN)",
                        "[unidentified]", "unnamed caller", "audience member", "voice", "Anonymous"})
    BOOST_TEST(is_anonymous_name(n), n);
}

BOOST_AUTO_TEST_CASE(real_names_are_not_anonymous) {
  for (const char* n : {"MARY LOUISE KELLY", "KELLY", "TOM BOWMAN", "BILL O'REILLY", "ANDERSON COOPER",
                        "Carl Quintanilla", "ERIK KURILLA", "GRIMES", "JAKE TAPPER", "BERNIE SANDERS",
                        "MANY MARTINEZ", "ANNA SMITH", "VIVIAN SPEAKS", "UNA VOSS", "SAM ADAMS"})
    BOOST_TEST(!is_anonymous_name(n), n);
}

// "Speaker" as a title (the Speaker of the House) names someone: SPEC.md calls labels
// anonymous when they "name nobody in particular". Today any word "speaker" makes a label
// anonymous, so SPEAKER PAUL RYAN is never merged and has no key.
BOOST_AUTO_TEST_CASE(house_speaker_is_not_anonymous) {
  BOOST_TEST(!is_anonymous_name("SPEAKER PAUL RYAN"));
  BOOST_TEST(!is_anonymous_name("HOUSE SPEAKER NANCY PELOSI"));
}

BOOST_AUTO_TEST_CASE(numbered_anonymous_labels) {
  BOOST_TEST(has_number("UNIDENTIFIED PERSON #1"));
  BOOST_TEST(has_number("Speaker 2"));
  BOOST_TEST(has_number("AI-GENERATED VOICE #2"));
  BOOST_TEST(!has_number("UNIDENTIFIED MALE"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(name_index)

BOOST_AUTO_TEST_CASE(surname_resolves_to_full_name) {
  NameIndex idx;
  idx.add_full_name("MARY LOUISE KELLY");
  idx.add_full_name("TOM BOWMAN");
  BOOST_TEST(idx.lookup("KELLY") == "MARY LOUISE KELLY");
  BOOST_TEST(idx.lookup("kelly") == "MARY LOUISE KELLY");  // case-insensitive
  BOOST_TEST(idx.lookup("BOWMAN") == "TOM BOWMAN");
  BOOST_TEST(idx.lookup("GOLDSTEIN") == "");
  BOOST_TEST(idx.knows_surname("KELLY"));
  BOOST_TEST(!idx.knows_surname("GOLDSTEIN"));
}

BOOST_AUTO_TEST_CASE(single_words_are_not_full_names) {
  NameIndex idx;
  idx.add_full_name("KELLY");
  BOOST_TEST(!idx.knows_surname("KELLY"));
  BOOST_TEST(idx.lookup("KELLY") == "");
}

// A generational suffix is not the surname: `Mr. PASCRELL` is BILL PASCRELL JR.
BOOST_AUTO_TEST_CASE(surname_before_a_generational_suffix) {
  NameIndex idx;
  idx.add_full_name("BILL PASCRELL JR.");
  idx.add_full_name("HENRY M. PAULSON, JR.");
  idx.add_full_name("JOE MANCHIN III");
  BOOST_TEST(idx.lookup("PASCRELL") == "BILL PASCRELL JR.");
  BOOST_TEST(idx.lookup("Paulson") == "HENRY M. PAULSON, JR.");
  BOOST_TEST(idx.lookup("MANCHIN") == "JOE MANCHIN III");
  BOOST_TEST(!idx.knows_surname("JR"));
  idx.add_full_name("JOHN JR");  // two words: JR is all there is to look up
  BOOST_TEST(idx.lookup("JR") == "JOHN JR");
}

BOOST_AUTO_TEST_CASE(heavier_then_earlier_name_wins) {
  NameIndex idx;
  idx.add_full_name("ALEX SMITH", 1);
  idx.add_full_name("JANE SMITH", 1000);
  BOOST_TEST(idx.lookup("SMITH") == "JANE SMITH");
  NameIndex tie;
  tie.add_full_name("ALEX SMITH");
  tie.add_full_name("JANE SMITH");
  BOOST_TEST(tie.lookup("SMITH") == "ALEX SMITH");
  tie.add_full_name("JANE SMITH");  // named again: weighs more
  BOOST_TEST(tie.lookup("SMITH") == "JANE SMITH");
}

BOOST_AUTO_TEST_CASE(shorter_form_of_a_longer_name) {
  NameIndex idx;
  idx.add_full_name("STACEY VANEK SMITH");
  BOOST_TEST(idx.lookup("VANEK SMITH") == "STACEY VANEK SMITH");
}

// A shorter form that two full names end with resolves as a surname does: the heavier, then
// the earlier, whatever order the suffixes sort in.
BOOST_AUTO_TEST_CASE(shorter_form_of_two_names_goes_to_the_heavier_then_the_earlier) {
  NameIndex idx;
  idx.add_full_name("ZOE ANNE MARIE SMITH", 1);
  idx.add_full_name("JO MARIE SMITH", 5);
  idx.add_full_name("ANNE MARIE SMITH", 2);
  BOOST_TEST(idx.lookup("MARIE SMITH") == "JO MARIE SMITH");
  NameIndex tie;
  tie.add_full_name("BO ANNE LEE");
  tie.add_full_name("AL ANNE LEE");
  BOOST_TEST(tie.lookup("ANNE LEE") == "BO ANNE LEE");
  tie.add_full_name("AL ANNE LEE");  // named again: weighs more
  BOOST_TEST(tie.lookup("ANNE LEE") == "AL ANNE LEE");
}

BOOST_AUTO_TEST_CASE(suffix_after_the_surname) {
  NameIndex idx;
  idx.add_full_name("DONALD B. VERRILLI, JR.");
  BOOST_TEST(idx.lookup("VERRILLI") == "DONALD B. VERRILLI, JR.");
  BOOST_TEST(idx.lookup("B. VERRILLI, JR.") == "DONALD B. VERRILLI, JR.");
  BOOST_TEST(idx.knows_surname("VERRILLI"));
  BOOST_TEST(!idx.knows_surname("JR"));
}

BOOST_AUTO_TEST_CASE(mentions_give_full_names) {
  NameIndex idx;
  idx.add_mentions("QUINTANILLA: Good evening, I'm Carl Quintanilla, with my colleagues Becky Quick and John Harwood.",
                   {"QUINTANILLA", "QUICK", "HARWOOD"}, true);
  BOOST_TEST(idx.lookup("QUINTANILLA") == "CARL QUINTANILLA");
  BOOST_TEST(idx.lookup("QUICK") == "BECKY QUICK");
  BOOST_TEST(idx.lookup("HARWOOD") == "JOHN HARWOOD");
}

// A search put off runs when a lookup may need it, for every surname at once, and not before.
BOOST_AUTO_TEST_CASE(a_search_put_off_runs_when_a_lookup_needs_it) {
  const std::string text = "Tonight, Becky Quick and John Harwood.";
  NameIndex idx;
  idx.add_full_name("MARY LOUISE KELLY", 1000);
  idx.add_mentions_later(text, {"QUICK", "HARWOOD"}, true);
  idx.settle_for("KELLY");  // no searched surname: nothing searched yet
  BOOST_TEST(idx.lookup("QUICK") == "");
  BOOST_TEST(idx.lookup("KELLY") == "MARY LOUISE KELLY");
  idx.settle_for("BECKY QUICK");
  BOOST_TEST(idx.lookup("QUICK") == "BECKY QUICK");
  BOOST_TEST(idx.lookup("HARWOOD") == "JOHN HARWOOD");

  // A surname that is also a name suffix files its mention under the word before it.
  NameIndex jr;
  jr.add_mentions_later("Here is John Smith Jr today.", {"JR"}, true);
  jr.settle_for("SMITH");
  BOOST_TEST(jr.lookup("SMITH") == "JOHN SMITH JR");
  NameIndex settled;
  settled.add_mentions_later(text, {"QUICK"}, true);
  settled.settle();
  BOOST_TEST(settled.lookup("QUICK") == "BECKY QUICK");
}

// Whenever a put-off search is settled for a name, that name looks up as it would have after
// the search at once: random texts, surnames (one a name suffix, some with an apostrophe or
// Mc), full names from labels, and names asked in random order.
BOOST_AUTO_TEST_CASE(a_search_put_off_answers_as_one_run_at_once) {
  const std::vector<std::string> words = {"Mary", "Louise", "Kelly", "Tom", "Bowman", "John", "Smith", "Jr",
                                          "Ann", "O'Brien", "McCain", "Lee", "said", "and", "the", "Ask",
                                          "ask", "kelly", "I'm", "Dr.", "Kelly.", "Lee,", "John Smith Jr",
                                          "Mary Louise Kelly", "Tom Bowman", "Ann O'Brien"};
  const std::vector<std::string> surnames = {"KELLY", "BOWMAN", "SMITH", "JR", "O'BRIEN", "MCCAIN", "LEE"};
  const std::vector<std::string> asked = {"KELLY", "BOWMAN", "SMITH", "JR", "O'BRIEN", "MCCAIN", "LEE",
                                          "TOM BOWMAN", "JOHN SMITH", "SMITH JR", "LOUISE KELLY", "ANN LEE"};
  const std::vector<std::string> labels = {"MARY LOUISE KELLY", "ANN LEE", "JOHN SMITH JR", "PAT MCCAIN"};
  uint32_t seed = 7;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  size_t found = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (size_t n = next() % 60; n > 0; --n) text += words[next() % words.size()] + ((next() % 6) ? " " : ". ");
    std::vector<std::string> searched;
    for (const std::string& s : surnames)
      if (next() % 2) searched.push_back(s);
    NameIndex now, later;
    for (const std::string& l : labels)
      if (next() % 3 == 0) now.add_full_name(l, 1000), later.add_full_name(l, 1000);
    now.add_mentions(text, searched, true);
    later.add_mentions_later(text, searched, true);
    std::vector<std::string> order = asked;
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next() % i]);
    for (const std::string& name : order) {
      later.settle_for(name);
      BOOST_TEST(later.lookup(name) == now.lookup(name), name << " in round " << round << ": " << text);
      found += !now.lookup(name).empty();
    }
  }
  BOOST_TEST(found > 200u);  // the names are found often enough to tell
}

BOOST_AUTO_TEST_CASE(mentions_with_typographic_apostrophe_and_initials) {
  NameIndex idx;
  idx.add_mentions("Good evening, I\xE2\x80\x99m Carl Quintanilla. Next, President Donald J. Trump spoke.",
                   {"QUINTANILLA", "TRUMP"}, true);
  BOOST_TEST(idx.lookup("QUINTANILLA") == "CARL QUINTANILLA");
  BOOST_TEST(idx.lookup("TRUMP") == "DONALD J. TRUMP");
}

BOOST_AUTO_TEST_CASE(mentions_skip_titles_and_small_words) {
  NameIndex idx;
  idx.add_mentions("And Senator Rand Paul. Thank you, Governor Kasich. I'm Kasich.", {"PAUL", "KASICH"}, true);
  BOOST_TEST(idx.lookup("PAUL") == "RAND PAUL");
  BOOST_TEST(idx.lookup("KASICH") == "");  // "Governor Kasich", "I'm Kasich": no given name
}

BOOST_AUTO_TEST_CASE(mentions_only_of_wanted_surnames_and_case_kept) {
  NameIndex idx;
  idx.add_mentions("Chuck Williams is the handler. Bob Grimm lived here.", {"GRIMM"}, false);
  BOOST_TEST(idx.lookup("GRIMM") == "Bob Grimm");
  BOOST_TEST(idx.lookup("WILLIAMS") == "");
}

BOOST_AUTO_TEST_CASE(mentions_do_not_cross_sentences) {
  NameIndex idx;
  idx.add_mentions("We went to Huckabee. Trump said no.", {"TRUMP"}, true);
  BOOST_TEST(idx.lookup("TRUMP") == "");
}

// A capitalised word that starts a sentence is not a given name ("Ask Kelly about it.").
BOOST_AUTO_TEST_CASE(mentions_skip_sentence_initial_words) {
  NameIndex idx;
  idx.add_mentions("Hello. Ask Kelly about it. Tonight Bowman is here.", {"KELLY", "BOWMAN"}, true);
  BOOST_TEST(idx.lookup("KELLY") == "");
  BOOST_TEST(idx.lookup("BOWMAN") == "");
}

// A given name that opens a sentence stands only if the text never writes it in lower case.
// The passes look for the first letters of the surnames and of those given names sixteen bytes
// at a time (up to four letters one by one, more as a range): both ways must read the same.
BOOST_AUTO_TEST_CASE(sentence_initial_given_names_against_lower_case_words) {
  const std::string few =
      "Intro text here. Grace Hopper spoke first. Much later in the text we said grace before "
      "the meal. Ada Lovelace answered.";
  NameIndex a;
  a.add_mentions(few, {"HOPPER", "LOVELACE"}, true);  // first letters: H, L; g, a
  BOOST_TEST(a.lookup("HOPPER") == "");                 // "grace" is a word of the text
  BOOST_TEST(a.lookup("LOVELACE") == "ADA LOVELACE");
  const std::string many = few +
      " Marie Curie wrote. Isaac Newton read. Blaise Pascal counted. Then Tom Baker and Ann Fermi "
      "came, with Ed Darwin and Jo Euler. Nobody said isaac, but everyone said blaise at the end.";
  NameIndex b;
  b.add_mentions(many, {"HOPPER", "LOVELACE", "CURIE", "NEWTON", "PASCAL", "BAKER", "FERMI", "DARWIN", "EULER"},
                 true);  // nine first letters; five doubtful ones
  BOOST_TEST(b.lookup("HOPPER") == "");
  BOOST_TEST(b.lookup("LOVELACE") == "ADA LOVELACE");
  BOOST_TEST(b.lookup("CURIE") == "MARIE CURIE");
  BOOST_TEST(b.lookup("NEWTON") == "");  // "isaac"
  BOOST_TEST(b.lookup("PASCAL") == "");  // "blaise"
  BOOST_TEST(b.lookup("BAKER") == "TOM BAKER");
  BOOST_TEST(b.lookup("FERMI") == "ANN FERMI");
  BOOST_TEST(b.lookup("DARWIN") == "ED DARWIN");
  BOOST_TEST(b.lookup("EULER") == "JO EULER");
}

// The name pass finds word starts 64 bytes at a time: a byte at a time, SSE2 and AVX2 must find
// the same places, with few first letters (tested one by one) and many (a range), at the start
// of the text, across block edges and in its last, short block.
BOOST_AUTO_TEST_CASE(word_starts_agree_between_block_readers) {
  const std::string_view words[] = {"Kelly", "kelly", "McCAIN", "Bowman", "and", "NADLER", "x", "O'Brien",
                                    "caf\xC3\xA9", "Zed", "ask", "Ask", "-Kim", "B.", "q"};
  uint32_t seed = 99;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  size_t found = 0;
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const size_t target = next() % 400;
    while (text.size() < target) {
      text += words[next() % std::size(words)];
      text += (next() % 5 == 0) ? "\n" : (next() % 7 == 0) ? ", " : " ";
    }
    for (auto [letters, capitals] : {std::pair{std::string_view("KB"), true}, std::pair{std::string_view("KBMNOZ"), true},
                                     std::pair{std::string_view("a"), false}, std::pair{std::string_view("akcqx"), false}}) {
      auto plain = detail::word_starts(text, letters, capitals, 0);
      BOOST_TEST((detail::word_starts(text, letters, capitals, 1) == plain), "SSE2, round " << round);
      BOOST_TEST((detail::word_starts(text, letters, capitals, 2) == plain), "AVX2, round " << round);
      for (size_t at : plain) BOOST_TEST_REQUIRE((at == 0 || !is_alpha(text[at - 1])));
      found += plain.size();
    }
  }
  BOOST_TEST(found > 2000u);
}

BOOST_AUTO_TEST_SUITE_END()
