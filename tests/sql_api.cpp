// The module through the C API, where golden files cannot reach: bound parameters and
// re-executed statements, SQLITE_LIMIT_LENGTH, several connections on several threads.
#define BOOST_TEST_MODULE sql_api
#include <boost/test/unit_test.hpp>
#include <atomic>
#include <chrono>
#include <thread>

#include "sql_harness.hpp"

using namespace harness;
namespace tt = boost::test_tools;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Runs a prepared statement and clears its bindings for the next run.
std::vector<std::string> run(sqlite3* db, sqlite3_stmt* st) {
  auto out = step_lines(db, st);
  sqlite3_clear_bindings(st);
  return out;
}

Stmt prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* raw = nullptr;
  BOOST_REQUIRE_MESSAGE(sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
  return Stmt(raw);
}

void bind(sqlite3_stmt* st, int i, const std::string& s) {
  sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
}

using Lines = std::vector<std::string>;

}  // namespace

// One prepared statement, executed again with other arguments: every run starts afresh.
BOOST_AUTO_TEST_CASE(rebinding_a_statement) {
  Db db = open_db();
  Stmt st = prepare(db.get(), "SELECT turn, speaker, text FROM transcript_turns(?1, ?2)");
  bind(st.get(), 1, "MARY LOUISE KELLY, HOST: Hi.\n\nTOM BOWMAN, BYLINE: Hello.");
  BOOST_TEST(run(db.get(), st.get()) == (Lines{"1|MARY LOUISE KELLY|Hi.", "2|TOM BOWMAN|Hello."}), tt::per_element());
  bind(st.get(), 1, "KELLY: Again.");
  bind(st.get(), 2, "broadcast");
  BOOST_TEST(run(db.get(), st.get()) == (Lines{"1|KELLY|Again."}), tt::per_element());
  // NULL: no rows.
  BOOST_TEST(run(db.get(), st.get()).empty());
  // An error, then a good run again.
  sqlite3_bind_blob(st.get(), 1, "\x41\xFF", 2, SQLITE_STATIC);
  BOOST_TEST(run(db.get(), st.get()) == (Lines{"error: transcript_turns(): invalid UTF-8 at byte 2"}));
  bind(st.get(), 1, "KELLY: Hi.");
  bind(st.get(), 2, "vtt2");
  BOOST_TEST(run(db.get(), st.get()).at(0).rfind("error: transcript_turns(): unknown format 'vtt2'", 0) == 0);
  bind(st.get(), 1, "BOWMAN: Back.");
  BOOST_TEST(run(db.get(), st.get()) == (Lines{"1|BOWMAN|Back."}), tt::per_element());
}

// speaker_of(transcript, position) keeps a parse for a constant transcript; a new one must
// never be answered from the old parse.
BOOST_AUTO_TEST_CASE(speaker_of_with_changing_transcripts) {
  Db db = open_db();
  Stmt st = prepare(db.get(), "SELECT speaker_of(?1, ?2)");
  auto ask = [&](const std::string& text, int pos) {
    bind(st.get(), 1, text);
    sqlite3_bind_int(st.get(), 2, pos);
    return run(db.get(), st.get()).at(0);
  };
  BOOST_TEST(ask("KELLY: Hi.\n\nBOWMAN: Hello.", 1) == "KELLY");
  BOOST_TEST(ask("KELLY: Hi.\n\nBOWMAN: Hello.", 13) == "BOWMAN");
  BOOST_TEST(ask("SHAPIRO: Hi.\n\nBOWMAN: Hello.", 1) == "SHAPIRO");
  BOOST_TEST(ask("SHAPIRO: Hi.", 13) == "NULL");
  // Many rows with different transcripts in one statement.
  auto r = query(db.get(),
                 "WITH d(id, body) AS (VALUES (1, 'KELLY: Hi.'), (2, 'BOWMAN: Hello.'), (3, 'KELLY: Hi.'), (4, NULL))"
                 " SELECT id, speaker_of(body, 2) FROM d ORDER BY id");
  BOOST_TEST((r == Rows{{"1", "KELLY"}, {"2", "BOWMAN"}, {"3", "KELLY"}, {"4", "NULL"}}));
  // One constant transcript, every position.
  r = query(db.get(),
            "WITH RECURSIVE p(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM p WHERE i < 30)"
            " SELECT group_concat(coalesce(substr(speaker_of('KELLY: Hi.\n\nBOWMAN: Hello.', i), 1, 1), '-'), '')"
            " FROM p");
  BOOST_TEST(r.at(0).at(0) == "KKKKKKKKKK--BBBBBBBBBBBBBB----");
  // Two constant transcripts in one statement take turns with the one parse kept: the mark that
  // SQLite keeps for each must not answer from the other's parse.
  r = query(db.get(),
            "WITH p(i) AS (VALUES (1), (16), (1), (16))"
            " SELECT group_concat(speaker_of('KELLY: Hi.\n\nBOWMAN: Hello.', i) || '/' ||"
            " speaker_of(?1, i), ' ') FROM p",
            {std::string("SHAPIRO: Hi.\n\nINSKEEP: Hello.")});
  BOOST_TEST(r.at(0).at(0) == "KELLY/SHAPIRO BOWMAN/INSKEEP KELLY/SHAPIRO BOWMAN/INSKEEP");
}

// A transcript at SQLITE_LIMIT_LENGTH still parses; nothing we return is longer than it.
BOOST_AUTO_TEST_CASE(text_at_limit_length) {
  Db db = open_db();
  const int limit = 5000;
  sqlite3_limit(db.get(), SQLITE_LIMIT_LENGTH, limit);
  std::string text = "MARY LOUISE KELLY, HOST: ";
  while (text.size() < size_t(limit) - 1) text += "x ";
  text.resize(size_t(limit));
  text.back() = '.';
  auto r = query(db.get(),
                 "SELECT count(*), length(transcript), max(length(text)), max(start + length - 1) FROM transcript_turns(?1)",
                 {text});
  BOOST_TEST((r == Rows{{"1", "5000", std::to_string(limit - 25), "5000"}}));
  r = query(db.get(), "SELECT speaker_of(?1), speaker_of(?1, 5000), transcript_format(?1)", {text});
  BOOST_TEST((r == Rows{{"MARY LOUISE KELLY", "MARY LOUISE KELLY", "broadcast"}}));
  // One byte more is SQLite's own error, before we see it.
  Stmt st = prepare(db.get(), "SELECT count(*) FROM transcript_turns(?1)");
  text += "x";
  BOOST_TEST(sqlite3_bind_text(st.get(), 1, text.data(), int(text.size()), SQLITE_TRANSIENT) == SQLITE_TOOBIG);
}

// Connections on several threads at once: the shared, immutable patterns and the parser.
BOOST_AUTO_TEST_CASE(connections_on_threads) {
  const std::string text = read_file(tests_dir() / "fixtures" / "broadcast" / "debate_surnames.txt");
  std::string expected;
  {
    Db db = open_db();
    expected = query(db.get(), "SELECT group_concat(turn || kind || ifnull(speaker, '') || start, ',') FROM transcript_turns(?1)",
                     {text})
                   .at(0)
                   .at(0);
  }
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t k = 0; k < got.size(); ++k)
    threads.emplace_back([&, k] {
      try {
        Db db = open_db();
        std::string last;
        for (int i = 0; i < 25; ++i) {
          last = query(db.get(),
                       "SELECT group_concat(turn || kind || ifnull(speaker, '') || start, ',') FROM transcript_turns(?1)",
                       {text})
                     .at(0)
                     .at(0);
          if (last != expected) break;
        }
        got[k] = last;
      } catch (const std::exception& e) {
        got[k] = std::string("exception: ") + e.what();
      }
    });
  for (auto& t : threads) t.join();
  for (const auto& g : got) BOOST_TEST(g == expected);
}

// Closing a connection that still has an open cursor on the table frees everything (ASan/LSan).
BOOST_AUTO_TEST_CASE(close_with_open_cursor) {
  Db db = open_db();
  sqlite3_stmt* st = nullptr;
  BOOST_REQUIRE(sqlite3_prepare_v2(db.get(), "SELECT turn FROM transcript_turns('KELLY: Hi.\n\nBOWMAN: Yo.')", -1, &st,
                                   nullptr) == SQLITE_OK);
  BOOST_TEST(sqlite3_step(st) == SQLITE_ROW);
  // The statement is left mid-scan; sqlite3_close_v2 defers the close until it is finalized.
  sqlite3* raw = db.release();
  BOOST_TEST(sqlite3_close_v2(raw) == SQLITE_OK);
  BOOST_TEST(sqlite3_finalize(st) == SQLITE_OK);
}

// In a UTF-16 database the functions still read UTF-8 (SQLite converts) and count characters.
BOOST_AUTO_TEST_CASE(utf16_database) {
  sqlite3* raw = nullptr;
  BOOST_REQUIRE(sqlite3_open16(u":memory:", &raw) == SQLITE_OK);
  Db db(raw);
  sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
  char* err = nullptr;
  BOOST_REQUIRE_MESSAGE(sqlite3_load_extension(db.get(), TRANSCRIPT_MODULE, nullptr, &err) == SQLITE_OK, (err ? err : ""));
  BOOST_TEST(lines(db.get(), "PRAGMA encoding") == Lines{"UTF-16le"});
  BOOST_TEST(lines(db.get(), "CREATE TABLE docs(body TEXT)").empty());
  BOOST_TEST(lines(db.get(), "INSERT INTO docs VALUES ('JOSÉ DÍAZ: Olé 😀 done.' || char(10, 10) || 'BOB SMITH: Next.')").empty());
  BOOST_TEST(lines(db.get(),
                   "SELECT t.turn, t.speaker, t.text, t.start, t.length, substr(d.body, t.start, t.length)"
                   " FROM docs AS d, transcript_turns(d.body) AS t") ==
                 (Lines{"1|JOSÉ DÍAZ|Olé 😀 done.|1|22|JOSÉ DÍAZ: Olé 😀 done.", "2|BOB SMITH|Next.|25|16|BOB SMITH: Next."}),
             tt::per_element());
  BOOST_TEST(lines(db.get(), "SELECT speaker_of(body), speaker_of(body, 25), transcript_format(body) FROM docs") ==
             Lines{"JOSÉ DÍAZ|BOB SMITH|broadcast"});
}

// sqlite3_interrupt() from another thread stops a parse in progress: the statement ends with
// SQLITE_INTERRUPT instead of running the parse to its end (latencies: tests/bench/interrupt).
BOOST_AUTO_TEST_CASE(interrupt_stops_a_long_parse) {
  Db db = open_db();
  std::string big, captions = "WEBVTT\n\n";
  while (big.size() < (64u << 20)) big += "MARY LOUISE KELLY, HOST: A question about the week.\n\nTOM BOWMAN, BYLINE: An answer.\n\n";
  // A long caption file is lexed in steps after a census of its labels: that polls too.
  while (captions.size() < (64u << 20)) captions += "00:00:01.000 --> 00:00:02.000\n<v Ana Ruiz>Hola<00:00:01.500><c> y</c>\n\n";
  for (auto [sql, text] : {std::pair{"SELECT count(*) FROM transcript_turns(?1, 'broadcast')", &big},
                           std::pair{"SELECT speaker_of(?1, 5)", &big},
                           std::pair{"SELECT count(*) FROM transcript_turns(?1, 'webvtt')", &captions}}) {
    Stmt st = prepare(db.get(), sql);
    sqlite3_bind_text(st.get(), 1, text->data(), int(text->size()), SQLITE_STATIC);
    // Interrupt as soon as the statement is running; the parse of 64 MB polls about every MB.
    std::atomic<bool> started{false}, done{false};
    std::thread killer([&] {
      while (!started) std::this_thread::yield();
      while (!done) {
        sqlite3_interrupt(db.get());
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    });
    started = true;
    int rc = sqlite3_step(st.get());
    done = true;
    killer.join();
    BOOST_TEST(rc == SQLITE_INTERRUPT, sql << ": rc " << rc << " " << sqlite3_errmsg(db.get()));
    sqlite3_reset(st.get());
  }
  // The connection works again afterwards.
  Stmt again = prepare(db.get(), "SELECT count(*) FROM transcript_turns('KELLY: Hi.', 'broadcast')");
  BOOST_TEST(step_lines(db.get(), again.get()) == (Lines{"1"}), tt::per_element());
}
