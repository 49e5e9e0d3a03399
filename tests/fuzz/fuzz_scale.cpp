// libFuzzer target for super-linear work: a generator repeats and mutates real-looking lines
// (the project's own fixtures, tests/fixtures/*/*, plus the lines of the input) into about
// 4 MB of text; every parseable format parses its first megabyte and then all of it, and the
// check fails when 4 times the text takes more than kMaxRatio times as long (CPU time of this
// thread, so that other processes on the machine do not count; the best of three, measured again
// before failing).
//
// The input steers the generator: its hash seeds the random choices, byte 0 the line ends
// (LF, CRLF, lone CR) and how often lines are mutated, and its lines join the pool. Mutations:
// a fresh name in a label (so that the number of distinct speakers grows with the text), a
// label without its text, a label with its closing punctuation dropped, a line upper-cased,
// parentheses or brackets around it, lines joined into one long line, an input fragment
// inserted, a non-ASCII letter or space.
//
// Built without AddressSanitizer (timing under ASan says little); run the other targets for that.
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "fuzz_checks.hpp"

#ifndef TRANSCRIPT_TESTS_DIR
#error "TRANSCRIPT_TESTS_DIR: the tests/ directory, for the fixtures"
#endif

namespace {

constexpr size_t kSmall = size_t(1) << 20, kLarge = size_t(4) << 20;
constexpr double kMaxRatio = 8.0;
constexpr double kFloorSeconds = 0.010;  // a parse of 1 MB faster than this counts as this

std::vector<std::string> g_pool;

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double parse_seconds(std::string_view text, std::string_view format) {
  const double t0 = thread_cpu_seconds();
  try {
    transcript::Document doc = transcript::parse(text, format);
    FUZZ_CHECK(doc.turns.size() <= text.size());
  } catch (const transcript::Error&) {
    FUZZ_CHECK(transcript::find_invalid_utf8(text).has_value());
  }
  return thread_cpu_seconds() - t0;
}

std::string mutate(std::string line, std::mt19937_64& rng, std::string_view input, unsigned& fresh) {
  static const char* const kLetters[] = {"\xC3\x89", "\xC3\xB1", "\xD0\x96", "\xE2\x80\x83", "\xC2\xA0", "\xE6\x9D\x8E"};
  switch (rng() % 10) {
    case 0: {  // a fresh speaker: the name before the first ':' replaced
      size_t colon = line.find(':');
      std::string name = "SPEAKER" + std::to_string(fresh++);
      if (colon != std::string::npos && colon < 60) line = name + line.substr(colon);
      else line = name + ": " + line;
      break;
    }
    case 1: {  // a label with nothing after it
      size_t colon = line.find(':');
      if (colon != std::string::npos) line.resize(colon + 1);
      break;
    }
    case 2: {  // closing punctuation dropped
      size_t colon = line.find(':');
      if (colon != std::string::npos) line.erase(colon, 1);
      break;
    }
    case 3:
      for (char& c : line) c = char(c >= 'a' && c <= 'z' ? c - 32 : c);
      break;
    case 4: line = (rng() & 1 ? "(" : "[") + line + (rng() & 1 ? ")" : "]"); break;
    case 5: line += ' ' + g_pool[rng() % g_pool.size()] + ' ' + g_pool[rng() % g_pool.size()]; break;
    case 6:
      if (!input.empty()) {
        size_t b = rng() % input.size();
        line.insert(rng() % (line.size() + 1), input.substr(b, std::min<size_t>(64, input.size() - b)));
      }
      break;
    case 7: line.insert(0, kLetters[rng() % 6]); break;
    case 8: line.insert(0, std::string(rng() % 8, ' ')); break;
    default: break;  // as it is
  }
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(TRANSCRIPT_TESTS_DIR) / "fixtures"))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && line.size() < 2000) g_pool.push_back(line);
    }
  }
  if (g_pool.empty()) {
    std::fprintf(stderr, "fuzz_scale: no fixture lines under %s/fixtures\n", TRANSCRIPT_TESTS_DIR);
    std::exit(2);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (transcript::find_invalid_utf8(input)) return 0;  // only the UTF-8 error path: linear anyway
  const uint8_t mode = size ? data[0] : 0;
  std::mt19937_64 rng(std::hash<std::string_view>{}(input));
  const char* eol = (mode & 3) == 1 ? "\r\n" : (mode & 3) == 2 ? "\r" : "\n";
  const unsigned mutate_one_in = 1 + ((mode >> 2) & 7);

  std::vector<std::string> own;  // the input's lines join the pool
  for (size_t b = 0; b < input.size();) {
    size_t e = input.find('\n', b);
    if (e == std::string_view::npos) e = input.size();
    if (e > b) own.emplace_back(input.substr(b, e - b));
    b = e + 1;
  }

  std::string text;
  text.reserve(kLarge + 4096);
  size_t small_end = 0;
  unsigned fresh = 0;
  while (text.size() < kLarge) {
    const bool from_input = !own.empty() && rng() % 4 == 0;
    std::string line = from_input ? own[rng() % own.size()] : g_pool[rng() % g_pool.size()];
    if (rng() % mutate_one_in == 0) line = mutate(std::move(line), rng, input, fresh);
    text += line;
    text += eol;
    if (rng() % 3 == 0) text += eol;  // paragraphs
    if (!small_end && text.size() >= kSmall) small_end = text.size();
  }
  if (transcript::find_invalid_utf8(text)) return 0;  // an input fragment cut a character
  const std::string_view all(text), small = all.substr(0, small_end);

  for (std::string_view format : fuzz::parseable_formats()) {
    bool ok = false;
    double t1 = 0, t4 = 0;
    // The best of three for each size (caches, page faults and the scheduler add noise that
    // a short parse feels most), measured again before failing.
    for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
      t1 = t4 = 1e9;
      for (int k = 0; k < 3; ++k) {
        t1 = std::min(t1, parse_seconds(small, format));
        t4 = std::min(t4, parse_seconds(all, format));
      }
      t1 = std::max(t1, kFloorSeconds);
      ok = t4 <= kMaxRatio * t1 * double(all.size()) / double(4 * small.size());
    }
    if (!ok) {
      std::fprintf(stderr, "fuzz_scale: %.*s: %zu bytes in %.3f s, %zu bytes in %.3f s (ratio %.1f)\n",
                   int(format.size()), format.data(), small.size(), t1, all.size(), t4, t4 / t1);
      FUZZ_CHECK(!"super-linear: 4 times the text took more than 8 times as long");
    }
  }
  return 0;
}
