// The entity recogniser (extension/core/entities): spans and types by the conventions of
// shared/gold/entities/GUIDELINES.md, on sentences written for these tests.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "entities/linking.hpp"
#include "entities/recogniser.hpp"
#include "layout.hpp"

using namespace transcript;
using namespace transcript::entities;
namespace tt = boost::test_tools;

namespace {

using Found = std::vector<std::string>;

// Mentions as "TYPE:text".
Found found(const std::string& text, const Recogniser& r = Recogniser()) {
  Found out;
  for (const Mention& m : r.find(text)) out.push_back(std::string(type_name(m.type)) + ":" + text.substr(m.b, m.e - m.b));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(entities)

BOOST_AUTO_TEST_CASE(type_names) {
  BOOST_TEST(type_name(Type::Norp) == "NORP");
  BOOST_TEST((type_from_name(" place ") == Type::Place));
  BOOST_TEST(!type_from_name("GPE").has_value());
  BOOST_TEST(!type_from_name("").has_value());
}

BOOST_AUTO_TEST_CASE(titles_stay_outside_person_spans) {
  BOOST_TEST(found("We spoke to Gen. Oskar Wendel on Monday.") == Found{"PERSON:Oskar Wendel"});
  BOOST_TEST(found("Then Senator Hartigan answered.") == Found{"PERSON:Hartigan"});
  BOOST_TEST(found("Ask the President about it.") == Found{});
  // A role before the name: both names, the role word in neither.
  BOOST_TEST(found("Our Moscow correspondent Ilse Brandt reports.") == (Found{"PLACE:Moscow", "PERSON:Ilse Brandt"}));
}

BOOST_AUTO_TEST_CASE(determiners_possessives_and_hyphens) {
  BOOST_TEST(found("He met the Taliban in Kabul.") == (Found{"ORG:Taliban", "PLACE:Kabul"}));
  BOOST_TEST(found("It is Russia's oldest port.") == Found{"PLACE:Russia"});
  BOOST_TEST(found("It was a US-led effort in a Muslim-majority town.") == (Found{"PLACE:US", "NORP:Muslim"}));
  BOOST_TEST(found("The new ISIS-K cell grew.") == Found{"ORG:ISIS-K"});
}

BOOST_AUTO_TEST_CASE(longest_proper_span_wins) {
  BOOST_TEST(found("He testified before the U.S. Senate Committee on Finance today.") ==
             Found{"ORG:U.S. Senate Committee on Finance"});
  BOOST_TEST(found("She worked at the Department of Justice for years.") == Found{"ORG:Department of Justice"});
  BOOST_TEST(found("He lived near Halden Avenue then.") == Found{"PLACE:Halden Avenue"});
  // A chair after "for" is a title again.
  BOOST_TEST(found("I clerked on the Supreme Court for Justice Alma Ruiz.") ==
             (Found{"ORG:Supreme Court", "PERSON:Alma Ruiz"}));
}

BOOST_AUTO_TEST_CASE(list_items_apart) {
  BOOST_TEST(found("It covers Afghanistan, Pakistan, Iran and Central Asia.") ==
             (Found{"PLACE:Afghanistan", "PLACE:Pakistan", "PLACE:Iran", "PLACE:Central Asia"}));
}

BOOST_AUTO_TEST_CASE(demonyms_and_groups) {
  BOOST_TEST(found("When Russians vote, French leaders listen.") == (Found{"NORP:Russians", "NORP:French"}));
  BOOST_TEST(found("Republicans and Democrats agreed, the FBI said.") ==
             (Found{"NORP:Republicans", "NORP:Democrats", "ORG:FBI"}));
}

BOOST_AUTO_TEST_CASE(no_target_names_and_generic_capitals) {
  BOOST_TEST(found("Under the Affordable Care Act, as in the Vietnam War, the Department waited.") == Found{});
  BOOST_TEST(found("Members of Congress asked this Court.") == Found{"ORG:Congress"});
  BOOST_TEST(found("OK. So we agree.") == Found{});
}

BOOST_AUTO_TEST_CASE(speaker_labels_are_no_mentions) {
  BOOST_TEST(found("TESS ORMOND, HOST:\nHi, Mary Louise. Welcome back.\nBRANDT: Thanks, Tess.") ==
             (Found{"PERSON:Mary Louise", "PERSON:Tess"}));
  BOOST_TEST(found("**Ada Quill:** I moved to Denver.") == Found{"PLACE:Denver"});
  // A hearing's label has no colon but is indented; an unindented line without a colon is text.
  BOOST_TEST(found("    Senator Hartigan. The committee will come to order.") == Found{});
  BOOST_TEST(found("Senator Hartigan asked if the committee would come to order") == Found{"PERSON:Hartigan"});
}

BOOST_AUTO_TEST_CASE(lower_case_connectors_inside_names) {
  BOOST_TEST(found("She met Ilse van Brandt at the Bank of Tarvellen.") ==
             (Found{"PERSON:Ilse van Brandt", "ORG:Bank of Tarvellen"}));
  // A word that only starts like a connector joins nothing.
  BOOST_TEST(found("She met Ilse vans Brandt.") == (Found{"PERSON:Ilse", "PERSON:Brandt"}));
}

BOOST_AUTO_TEST_CASE(unknown_names_by_their_context) {
  // An unknown capitalised word is a person, unless "in" puts it on the map.
  BOOST_TEST(found("She grew up in Tarvellen with Brodsworth.") == (Found{"PLACE:Tarvellen", "PERSON:Brodsworth"}));
  BOOST_TEST(found("He said Ok, and left.") == Found{});
}

BOOST_AUTO_TEST_CASE(capitals_only_text) {
  BOOST_TEST(found("WE ARE LIVE IN KABUL WITH THE LATEST FROM AFGHANISTAN TONIGHT") ==
             (Found{"PLACE:KABUL", "PLACE:AFGHANISTAN"}));
  // "US" in capitals is the pronoun as often as the country.
  BOOST_TEST(found("TELL US WHAT HAPPENED IN THE STREETS THAT NIGHT") == Found{});
}

BOOST_AUTO_TEST_CASE(the_text_settles_single_words) {
  // A surname is a person once a title or a full name has said so.
  BOOST_TEST(found("Dr. Okonjo spoke first. We asked Okonjo again.") == (Found{"PERSON:Okonjo", "PERSON:Okonjo"}));
  // Known people (a transcript's speakers) are people wherever they stand.
  Recogniser r;
  r.add_known_person("ERIK KURILLA");
  BOOST_TEST(found("Kurilla warned them.", r) == Found{"PERSON:Kurilla"});
  BOOST_TEST(found("Kurilla warned them.") == Found{});
}

BOOST_AUTO_TEST_CASE(spans_are_well_formed_on_any_input) {
  std::string noise;
  for (int i = 0; i < 20000; ++i) noise.push_back(char("Aa .,'-\n:&B(Z)\"s"[(i * 7919) % 17]));
  std::vector<Mention> ms = Recogniser().find(noise);
  uint32_t last = 0;
  for (const Mention& m : ms) {
    BOOST_TEST(m.b >= last);
    BOOST_TEST(m.b < m.e);
    BOOST_TEST(m.e <= noise.size());
    last = m.e;
  }
  BOOST_TEST(Recogniser().find("").empty());
}

BOOST_AUTO_TEST_CASE(transcript_mentions_by_turn_and_canonical) {
  const std::string text =
      "NELL ADAIR, HOST:\n"
      "General Kurilla, welcome. Hi, Ivo.\n"
      "IVO KURILLA, BYLINE:\n"
      "Hi, Nell. Kurilla here, from Jalalabad.\n";
  Document d = parse(text, "broadcast");
  std::vector<TranscriptMention> ms = transcript_mentions(d);
  Found got;
  for (const auto& m : ms)
    got.push_back(text.substr(m.b, m.e - m.b) + "|" + std::string(type_name(m.type)) + "|" + m.canonical + "|" +
                  std::to_string(m.turn));
  BOOST_TEST(got == (Found{"Kurilla|PERSON|IVO KURILLA|0", "Ivo|PERSON|IVO KURILLA|0", "Nell|PERSON|NELL ADAIR|1",
                           "Kurilla|PERSON|IVO KURILLA|1", "Jalalabad|PLACE|Jalalabad|1"}),
             tt::per_element());
}

// A caption's text without markup is read where it stands, with markup through a cleaned
// copy; entities read both alike: as the cue's lines joined by a space.
BOOST_AUTO_TEST_CASE(caption_text_reads_the_same_with_or_without_markup) {
  const std::vector<std::string> lines = {"[Alba] En 1928,", "mi abuelo Pedro", "Sanz llegó a Vigo.", "",
                                          "Ana Ruiz met", "John Smith in Madrid."};
  auto caption = [&](bool markup) {
    std::string t = "WEBVTT\n\n00:01.000 --> 00:04.000\n";
    for (const std::string& l : lines) {
      if (l.empty()) t += "\n00:04.000 --> 00:06.000\n";
      else t += markup ? "<i>" + l + "</i>\n" : l + "\n";
    }
    return t;
  };
  auto mentions = [](const std::string& text) {
    Document d = parse(text, "webvtt");
    Found got;
    for (const auto& m : transcript_mentions(d))
      got.push_back(text.substr(m.b, m.e - m.b) + "|" + std::string(type_name(m.type)) + "|" + m.canonical + "|" +
                    std::to_string(m.turn));
    return got;
  };
  const Found plain = mentions(caption(false));
  BOOST_TEST(!plain.empty());
  BOOST_TEST(plain == mentions(caption(true)), tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
