// SQL golden files: every tests/golden/<feature>/<case>.sql runs on a fresh ":memory:"
// connection with the built module loaded; its output must equal <case>.out.
//
// Output: one line per row, values joined by '|', NULL as `NULL`, REAL as SQLite prints it,
// and `error: <message>` for a statement that fails (the script then goes on).
//
//   TRANSCRIPT_UPDATE_GOLDEN=1   rewrite the .out files instead of failing (review them!)
//   TRANSCRIPT_GOLDEN_DIR=dir    run tests/<dir> instead of tests/golden (e.g. golden_pending)
//   TRANSCRIPT_GOLDEN_SKIP=a,b   leave out the cases whose path contains a or b
#define BOOST_TEST_MODULE sql_golden
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "sql_harness.hpp"

namespace bdata = boost::unit_test::data;
using namespace harness;

namespace {

std::string golden_dir() {
  const char* d = std::getenv("TRANSCRIPT_GOLDEN_DIR");
  return d && *d ? d : "golden";
}

bool updating() {
  const char* u = std::getenv("TRANSCRIPT_UPDATE_GOLDEN");
  return u && *u && std::string_view(u) != "0";
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

// TRANSCRIPT_GOLDEN_SKIP=a,b: leave out the cases whose path contains a or b (valgrind in CI
// leaves out the 50 MB line, which takes minutes there).
std::vector<std::string> cases() {
  std::vector<std::string> all = list_files(golden_dir(), ".sql"), kept;
  const char* skip = std::getenv("TRANSCRIPT_GOLDEN_SKIP");
  std::vector<std::string> parts;
  for (std::string rest = skip ? skip : ""; !rest.empty();) {
    size_t comma = rest.find(',');
    if (comma != 0) parts.push_back(rest.substr(0, comma));
    rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
  }
  for (const auto& c : all)
    if (std::none_of(parts.begin(), parts.end(), [&](const std::string& p) { return c.find(p) != std::string::npos; }))
      kept.push_back(c);
  return kept;
}
const std::vector<std::string> kCases = cases();

}  // namespace

BOOST_AUTO_TEST_CASE(golden_files_exist) {
  BOOST_TEST(!kCases.empty(), "no .sql files under tests/" << golden_dir());
}

BOOST_DATA_TEST_CASE(golden, bdata::make(kCases), sql_file) {
  const fs::path dir = tests_dir() / golden_dir();
  const fs::path sql_path = dir / sql_file;
  fs::path out_path = sql_path;
  out_path.replace_extension(".out");
  BOOST_TEST_MESSAGE("golden case " << sql_file);

  Db db = open_db();
  auto outputs = run_script(db.get(), read_file(sql_path));
  const std::string actual = join_output(outputs);

  if (updating()) {
    if (!fs::exists(out_path) || read_file(out_path) != actual) {
      write_file(out_path, actual);
      BOOST_TEST_MESSAGE("rewrote " << out_path.string());
    }
    return;
  }
  BOOST_REQUIRE_MESSAGE(fs::exists(out_path), "missing " << out_path.string()
                                                          << " (run with TRANSCRIPT_UPDATE_GOLDEN=1, then review it)");
  const std::string expected = read_file(out_path);
  if (expected == actual) return;

  // Point at the first difference and the statement that printed it.
  auto exp_lines = split_lines(expected), act_lines = split_lines(actual);
  size_t k = 0;
  while (k < exp_lines.size() && k < act_lines.size() && exp_lines[k] == act_lines[k]) ++k;
  std::vector<const std::string*> owner;  // the statement that printed each actual line
  for (const auto& o : outputs)
    for (size_t n = 0; n < o.lines.size(); ++n) owner.push_back(&o.sql);
  const std::string statement = k < owner.size() ? *owner[k] : "(output ended early)";
  BOOST_ERROR(sql_file << ": output differs from " << out_path.filename().string() << " at line " << (k + 1)
                       << "\n  expected: " << (k < exp_lines.size() ? exp_lines[k] : "(end of file)")
                       << "\n  actual:   " << (k < act_lines.size() ? act_lines[k] : "(end of output)")
                       << "\n  statement: " << statement << "\n--- full actual output ---\n"
                       << actual);
}
