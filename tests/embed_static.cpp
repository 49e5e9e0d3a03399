// Embedding: an application links the static library (libsqlite_transcript.a, built with
// SQLITE_CORE) and registers everything on its own connections, without load_extension.
#define BOOST_TEST_MODULE embed_static
#include <boost/test/unit_test.hpp>
#include <memory>
#include <string>
#include <vector>

#include "sql_harness.hpp"
#include "transcript.h"

namespace {

using harness::Db;
using harness::lines;

Db open_plain() {
  sqlite3* raw = nullptr;
  BOOST_REQUIRE(sqlite3_open(":memory:", &raw) == SQLITE_OK);
  return Db(raw);
}

const char* kQuery =
    "SELECT turn, kind, speaker, label, text FROM transcript_turns("
    "'MARY LOUISE KELLY, HOST: Good morning.\n\nTOM BOWMAN, BYLINE: Hi.\n\nKELLY: Thanks, Tom.')";

const std::vector<std::string> kExpected = {
    "1|speech|MARY LOUISE KELLY|MARY LOUISE KELLY, HOST|Good morning.",
    "2|speech|TOM BOWMAN|TOM BOWMAN, BYLINE|Hi.",
    "3|speech|MARY LOUISE KELLY|KELLY|Thanks, Tom.",
};

}  // namespace

BOOST_AUTO_TEST_CASE(not_there_before_registration) {
  Db db = open_plain();
  auto r = lines(db.get(), "SELECT transcript_version()");
  BOOST_TEST(r.at(0) == "error: no such function: transcript_version");
}

BOOST_AUTO_TEST_CASE(init_registers_everything) {
  Db db = open_plain();
  char* err = nullptr;
  int rc = sqlite3_transcript_init(db.get(), &err, nullptr);
  BOOST_TEST(rc == SQLITE_OK);
  BOOST_TEST(err == nullptr);
  sqlite3_free(err);

  auto r = lines(db.get(), kQuery);
  BOOST_TEST(r == kExpected, boost::test_tools::per_element());
  BOOST_TEST(lines(db.get(), "SELECT transcript_version()") == std::vector<std::string>{SQLITE_TRANSCRIPT_VERSION});
  BOOST_TEST(lines(db.get(), "SELECT speaker_of('TOM BOWMAN, BYLINE: Hi.'), transcript_format('KELLY: Hi.')") ==
             std::vector<std::string>{"TOM BOWMAN|broadcast"});
  // Deterministic and innocuous, as the module registers them.
  BOOST_TEST(lines(db.get(),
                  "SELECT name, narg, flags & 0x800 != 0, flags & 0x200000 != 0 FROM pragma_function_list"
                  " WHERE name IN ('speaker_of', 'transcript_format', 'transcript_version') ORDER BY name, narg") ==
                 (std::vector<std::string>{"speaker_of|1|1|1", "speaker_of|2|1|1", "transcript_format|1|1|1",
                                           "transcript_version|0|1|1"}),
             boost::test_tools::per_element());
  BOOST_TEST(lines(db.get(), "SELECT count(*) FROM pragma_module_list WHERE name = 'transcript_turns'") ==
             std::vector<std::string>{"1"});
}

BOOST_AUTO_TEST_CASE(init_with_null_error_pointer) {
  Db db = open_plain();
  BOOST_TEST(sqlite3_transcript_init(db.get(), nullptr, nullptr) == SQLITE_OK);
  BOOST_TEST(lines(db.get(), "SELECT count(*) FROM transcript_turns('KELLY: Hi.')") == std::vector<std::string>{"1"});
}

// The other documented way: every new connection of the process gets the functions.
BOOST_AUTO_TEST_CASE(auto_extension) {
  BOOST_TEST(sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(sqlite3_transcript_init)) == SQLITE_OK);
  {
    Db db = open_plain();
    auto r = lines(db.get(), kQuery);
    BOOST_TEST(r == kExpected, boost::test_tools::per_element());
  }
  sqlite3_reset_auto_extension();
  Db db = open_plain();
  BOOST_TEST(lines(db.get(), "SELECT count(*) FROM transcript_turns('KELLY: Hi.')") ==
             std::vector<std::string>{"error: no such table: transcript_turns"});
}

// Registering twice on one connection replaces the functions and keeps them working.
BOOST_AUTO_TEST_CASE(init_twice) {
  Db db = open_plain();
  BOOST_TEST(sqlite3_transcript_init(db.get(), nullptr, nullptr) == SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_transcript_init(db.get(), &err, nullptr);
  BOOST_TEST(rc == SQLITE_OK, (err ? err : ""));
  sqlite3_free(err);
  BOOST_TEST(lines(db.get(), "SELECT count(*) FROM transcript_turns('KELLY: Hi.')") == std::vector<std::string>{"1"});
}
