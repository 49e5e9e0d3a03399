// `auto` stops asking the sniffers once none left can beat the best score (Layout::max_score):
// every sniffer stays within its declared maximum, and the early stop picks what asking every
// sniffer would pick, on every fixture.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

BOOST_AUTO_TEST_SUITE_END()
