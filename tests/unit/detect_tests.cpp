// `auto` stops asking the sniffers once none left can beat the best score (Layout::max_score):
// every sniffer stays within its declared maximum, and the early stop picks what asking every
// sniffer would pick, on every fixture.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "layout.hpp"

using namespace transcript;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(detect)

BOOST_AUTO_TEST_CASE(early_stop_picks_what_every_sniffer_would_pick) {
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(__FILE__).parent_path() / ".." / "fixtures")) {
    if (!entry.is_regular_file()) continue;
    std::ifstream f(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    std::string text = ss.str();
    std::string_view head = std::string_view(text).substr(0, std::min<size_t>(text.size(), 16 * 1024));
    if (head.size() < text.size()) head = head.substr(0, head.rfind('\n') + 1);
    ++files;
    int best_score = 0;
    for (std::string_view name : layout_names()) {
      const Layout* l = find_layout(name);
      if (!l) continue;
      int score = l->sniff(head);
      BOOST_TEST(score <= l->max_score, entry.path() << ": " << name << " scored " << score);
      best_score = std::max(best_score, score);
    }
    // The layout picked scores the best that any sniffer gives.
    if (best_score > 0) BOOST_TEST(detect_layout(text).sniff(head) == best_score, entry.path());
  }
  BOOST_TEST(files >= 10u);
}

// The sniffers' line table (Head): the lines that LineReader gives, for LF, CRLF and lone CR
// ends, empty lines, a last line with and without its end, lines longer than the reader's
// 64-byte steps, and as many lines as the table keeps in place (128), one fewer and more.
BOOST_AUTO_TEST_CASE(head_lines_are_the_line_readers) {
  const std::string long_line(150, 'x');
  std::vector<std::string> texts = {"", "\n", "a", "a\n", "a\nb", "a\n\nb\n\n", "\n\na", long_line + "\n" + long_line,
                                    "a\r\nb\r\n", "a\rb\rc", "a\nb\r\nc\rd\n", long_line + "\r\n\r\n" + long_line + "\n",
                                    "KELLY: Hi.\n\n" + long_line + "\n\nBOWMAN: Yes."};
  for (size_t n : {127, 128, 129, 300}) {
    std::string many;
    for (size_t i = 0; i < n; ++i) many += "KELLY: line " + std::to_string(i) + "\n";
    texts.push_back(many);
    texts.push_back(many.substr(0, many.size() - 1));  // the last line without its end
  }
  for (const std::string& t : texts) {
    std::vector<std::pair<size_t, size_t>> expected;
    LineReader r(t);
    size_t b, e;
    while (r.next(b, e)) expected.emplace_back(b, e);
    const Head h(t);
    std::vector<std::pair<size_t, size_t>> got;
    for (const Head::Line& l : h.lines) got.emplace_back(l.b, l.e);
    BOOST_TEST((got == expected), "text of " << t.size() << " bytes");
  }
}

BOOST_AUTO_TEST_SUITE_END()
