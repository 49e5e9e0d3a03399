// core/text.hpp: UTF-8 validation, white space, folding, lines, character positions.
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <cstring>
#include <iomanip>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text.hpp"

using namespace transcript;
using namespace std::string_literals;

BOOST_AUTO_TEST_SUITE(utf8)

BOOST_AUTO_TEST_CASE(valid_text) {
  bool ascii = false;
  BOOST_TEST(!find_invalid_utf8("", &ascii).has_value());
  BOOST_TEST(ascii);
  BOOST_TEST(!find_invalid_utf8("KELLY: Hello, world. A longer line of ASCII text.", &ascii).has_value());
  BOOST_TEST(ascii);
  // 2, 3 and 4 byte sequences, the largest code point, and a BOM.
  BOOST_TEST(!find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \xEF\xBB\xBF", &ascii));
  BOOST_TEST(!ascii);
  BOOST_TEST(!find_invalid_utf8("\xED\x9F\xBF\xEE\x80\x80"));  // U+D7FF and U+E000, around the surrogates
}

BOOST_AUTO_TEST_CASE(offset_of_the_first_bad_byte) {
  BOOST_TEST(*find_invalid_utf8("\xFF") == 0u);
  BOOST_TEST(*find_invalid_utf8("A\xFF") == 1u);
  BOOST_TEST(*find_invalid_utf8("\xC3\x28") == 0u);             // lead byte without continuation
  BOOST_TEST(*find_invalid_utf8("abc\x80") == 3u);              // lone continuation byte
  BOOST_TEST(*find_invalid_utf8("12345678\xFE") == 8u);         // after the 8-byte ASCII fast path
  BOOST_TEST(*find_invalid_utf8("1234567890123456\xC3") == 16u);  // truncated at the very end
  BOOST_TEST(*find_invalid_utf8("ok \xC3\xA9 then \xE2\x82") == 11u);  // truncated 3-byte sequence
  BOOST_TEST(*find_invalid_utf8("\xF0\x9F\x98") == 0u);         // truncated 4-byte sequence
}

// Characters past ASCII every few bytes (curly quotes in prose): each is found in its block and
// the ASCII after it read on; a bad byte after them is still found where it is.
BOOST_AUTO_TEST_CASE(non_ascii_characters_at_every_spacing) {
  for (size_t gap = 0; gap < 70; ++gap) {
    std::string text;
    for (int k = 0; k < 6; ++k) text += "\xE2\x80\x99" + std::string(gap, 'a') + "\xC3\xA9";
    bool ascii = true;
    BOOST_TEST(!find_invalid_utf8(text, &ascii).has_value(), gap);
    BOOST_TEST(!ascii);
    const size_t bad = text.size();
    auto at = find_invalid_utf8(text + "\xE2\x80" + std::string(gap, 'b'));  // a truncated sequence
    BOOST_TEST_REQUIRE(at.has_value());
    BOOST_TEST(*at == bad, gap);
  }
}

// The ASCII fast paths pass 64, 32 and 8 bytes a step: a bad byte or a valid non-ASCII
// character after any number of ASCII bytes, with any number after it, is found where it is.
BOOST_AUTO_TEST_CASE(bad_or_non_ascii_byte_after_ascii_runs_of_every_length) {
  for (size_t before = 0; before < 200; ++before)
    for (size_t after : {0, 1, 7, 31, 63, 64, 130}) {
      std::string bad = std::string(before, 'a') + "\xFF" + std::string(after, 'b');
      auto at = find_invalid_utf8(bad);
      BOOST_TEST_REQUIRE(at.has_value());
      BOOST_TEST(*at == before);
      bool ascii = true;
      std::string good = std::string(before, 'a') + "\xC3\xA9" + std::string(after, 'b');
      BOOST_TEST(!find_invalid_utf8(good, &ascii).has_value());
      BOOST_TEST(!ascii);
      std::string plain = std::string(before + after, 'a');
      BOOST_TEST(!find_invalid_utf8(plain, &ascii).has_value());
      BOOST_TEST(ascii);
    }
}

BOOST_AUTO_TEST_CASE(overlong_surrogate_and_out_of_range) {
  BOOST_TEST(*find_invalid_utf8("\xC0\x80") == 0u);          // overlong NUL
  BOOST_TEST(*find_invalid_utf8("\xC1\xBF") == 0u);          // overlong '?'
  BOOST_TEST(*find_invalid_utf8("x\xE0\x80\xAF") == 1u);     // overlong '/' in 3 bytes
  BOOST_TEST(*find_invalid_utf8("\xF0\x80\x80\xAF") == 0u);  // overlong in 4 bytes
  BOOST_TEST(*find_invalid_utf8("ab\xED\xA0\x80") == 2u);    // U+D800, a surrogate
  BOOST_TEST(*find_invalid_utf8("\xED\xBF\xBF") == 0u);      // U+DFFF
  BOOST_TEST(*find_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // U+110000
  BOOST_TEST(*find_invalid_utf8("\xF5\x80\x80\x80") == 0u);  // lead byte beyond U+10FFFF
  BOOST_TEST(*find_invalid_utf8("\xF8\x88\x80\x80\x80") == 0u);  // 5-byte form
}

BOOST_AUTO_TEST_CASE(bom) {
  BOOST_TEST(bom_length("\xEF\xBB\xBFKELLY:") == 3u);
  BOOST_TEST(bom_length("KELLY:") == 0u);
  BOOST_TEST(bom_length("\xEF\xBB") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(white_space)

BOOST_AUTO_TEST_CASE(space_at_ascii) {
  for (char c : " \t\n\v\f\r"s) BOOST_TEST(space_at(std::string(1, c), 0) == 1u);
  BOOST_TEST(space_at("a", 0) == 0u);
  BOOST_TEST(space_at("_", 0) == 0u);
  BOOST_TEST(space_at("a b", 1) == 1u);
}

BOOST_AUTO_TEST_CASE(space_at_unicode) {
  BOOST_TEST(space_at("\xC2\xA0", 0) == 2u);       // NBSP
  BOOST_TEST(space_at("a\xC2\xA0z", 1) == 2u);
  BOOST_TEST(space_at("\xE2\x80\xA8", 0) == 3u);   // U+2028 LINE SEPARATOR
  BOOST_TEST(space_at("\xE2\x80\xA9", 0) == 3u);   // U+2029 PARAGRAPH SEPARATOR
  BOOST_TEST(space_at("\xE2\x80\x80", 0) == 3u);   // U+2000 EN QUAD
  BOOST_TEST(space_at("\xE2\x80\x8A", 0) == 3u);   // U+200A HAIR SPACE
  BOOST_TEST(space_at("\xE2\x80\xAF", 0) == 3u);   // U+202F NARROW NBSP
  BOOST_TEST(space_at("\xE2\x81\x9F", 0) == 3u);   // U+205F
  BOOST_TEST(space_at("\xE1\x9A\x80", 0) == 3u);   // U+1680 OGHAM SPACE MARK
  BOOST_TEST(space_at("\xE3\x80\x80", 0) == 3u);   // U+3000 IDEOGRAPHIC SPACE
  BOOST_TEST(space_at("\xEF\xBB\xBF", 0) == 3u);   // BOM, as a stray
}

BOOST_AUTO_TEST_CASE(space_at_not_space) {
  BOOST_TEST(space_at("\xC3\xA9", 0) == 0u);       // é
  BOOST_TEST(space_at("\xC2\xA9", 0) == 0u);       // ©
  BOOST_TEST(space_at("\xE2\x80\x94", 0) == 0u);   // em dash
  BOOST_TEST(space_at("\xE2\x80\x99", 0) == 0u);   // right single quote
  BOOST_TEST(space_at("\xE2\x80\x8B", 0) == 0u);   // U+200B ZERO WIDTH SPACE is not white space
  BOOST_TEST(space_at("\xF0\x9F\x98\x80", 0) == 0u);  // emoji
  BOOST_TEST(space_at("\xE2\x80", 0) == 0u);       // truncated: no read past the end
  BOOST_TEST(space_at("\xC2", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(skip_and_trim) {
  std::string s = " \t\xC2\xA0word\xE2\x80\xA8 \n";
  BOOST_TEST(skip_space(s, 0, s.size()) == 4u);
  BOOST_TEST(trim_end(s, 0, s.size()) == 8u);
  BOOST_TEST(skip_space(s, 0, 4) == 4u);
  BOOST_TEST(skip_space(s, 0, 5) != 5u);
  BOOST_TEST(skip_space(s, 8, s.size()) == s.size());
  BOOST_TEST(skip_space("", 0, 0) == 0u);
  std::string e = "caf\xC3\xA9";  // a multi-byte letter at the end is not trimmed
  BOOST_TEST(trim_end(e, 0, e.size()) == e.size());
}

BOOST_AUTO_TEST_CASE(append_folded_folds_runs) {
  std::string out;
  std::string s = "  Hello,\t\tworld\r\n\r\nagain  ";
  append_folded(out, s, 0, s.size());
  BOOST_TEST(out == "Hello, world again");
}

BOOST_AUTO_TEST_CASE(append_folded_unicode_spaces) {
  std::string out;
  std::string s = "one\xC2\xA0two\xE2\x80\xA8three\xE3\x80\x80" "four\fsix\vseven";
  append_folded(out, s, 0, s.size());
  BOOST_TEST(out == "one two three four six seven");
}

BOOST_AUTO_TEST_CASE(append_folded_keeps_non_ascii_words) {
  std::string out;
  std::string s = "  Lütke \xF0\x9F\x98\x80 caf\xC3\xA9 ";
  append_folded(out, s, 0, s.size());
  BOOST_TEST(out == "Lütke \xF0\x9F\x98\x80 caf\xC3\xA9");
}

BOOST_AUTO_TEST_CASE(append_folded_joins_pieces_with_one_space) {
  std::string out;
  std::string s = "first piece|second piece|   |third";
  append_folded(out, s, 0, 11);
  BOOST_TEST(out == "first piece");
  append_folded(out, s, 12, 24);
  BOOST_TEST(out == "first piece second piece");
  append_folded(out, s, 25, 28);  // blank piece: nothing added
  BOOST_TEST(out == "first piece second piece");
  append_folded(out, s, 29, s.size());
  BOOST_TEST(out == "first piece second piece third");
  std::string empty;
  append_folded(empty, s, 25, 28);
  BOOST_TEST(empty.empty());
}

// write_folded stores sixteen bytes at a time and reads past the end of its piece (within the
// text): it must write what a byte-at-a-time fold writes, for every piece of texts that mix
// single and doubled spaces, line ends, tabs, non-ASCII letters and spaces and control bytes,
// and never write past the room it asks for.
BOOST_AUTO_TEST_CASE(write_folded_agrees_with_a_plain_fold_for_every_piece) {
  auto plain = [](std::string_view s, size_t b, size_t e, bool space_first) {
    std::string words;
    bool gap = space_first;
    for (size_t i = b; i < e;) {
      if (size_t k = space_at(s, i)) {
        gap = gap || !words.empty();
        i += k;
        continue;
      }
      if (gap && (!words.empty() || space_first)) words += ' ';
      gap = false;
      words += s[i++];
    }
    return words;
  };
  const std::string_view parts[] = {"word", " ", "  ", " \n", "\r\n", "\t", "\n    ", "caf\xC3\xA9", "\xC2\xA0",
                                    "\x01", "Mr. NADLER.", "\xE2\x80\x83", "x", "\f",
                                    "\xE2\x80\x99", "\xE2\x80\x94", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xEF\xBB\xBF",
                                    "\xE3\x80\x80", "\xE1\x9A\x80", "\xC2\xA9"};
  // Every implementation this machine can run: write_folded() picks one of them.
  std::vector<char* (*)(char*, bool, std::string_view, size_t, size_t)> folds = {&write_folded,
                                                                                 &detail::write_folded_portable};
#if defined(TRANSCRIPT_AVX2_DISPATCH)
  if (detail::has_avx2()) folds.push_back(&detail::write_folded_avx2);
#endif
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  size_t checked = 0;
  for (int round = 0; round < 320; ++round) {
    std::string text;
    if (round < 300) {
      while (text.size() < 90) text += parts[next() % std::size(parts)];
    } else {
      // Long runs of plain words and single spaces, where whole blocks are kept as read, with
      // one part of any kind somewhere: the runs end in every way, at every offset.
      while (text.size() < 260) text += next() % 3 ? "word " : "Mr. NADLER. x ";
      text.insert(next() % text.size(), parts[next() % std::size(parts)]);
    }
    for (size_t b = 0; b <= text.size(); b += 1 + next() % 7) {
      for (size_t e = b; e <= text.size(); e += 1 + next() % 11) {
        for (bool space_first : {false, true})
          for (auto fold : folds) {
            const size_t room = (e - b) + 1 + kFoldSlack;
            std::vector<char> out(room + 32, '#');
            char* end = fold(out.data(), space_first, text, b, e);
            BOOST_TEST_REQUIRE(size_t(end - out.data()) <= room);
            for (size_t k = room; k < out.size(); ++k) BOOST_TEST_REQUIRE(out[k] == '#');
            BOOST_TEST(std::string(out.data(), end) == plain(text, b, e, space_first));
            ++checked;
          }
      }
    }
  }
  BOOST_TEST(checked > 10000u);
}

// WordSet looks among the words of the same length and first letter: it must answer as a loop
// of iequals() over its list, for the words, their case variants, prefixes and near misses.
BOOST_AUTO_TEST_CASE(word_set_agrees_with_a_loop_of_iequals) {
  const std::vector<std::string_view> list = {"mr", "ms", "mrs", "the", "THESE", "it's", "full transcript",
                                              "a", "Chairwoman", "chair", "x", "abcdefghijklmnopqrstuvwxyz01234"};
  const WordSet set = {"mr", "ms", "mrs", "the", "THESE", "it's", "full transcript",
                       "a", "Chairwoman", "chair", "x", "abcdefghijklmnopqrstuvwxyz01234"};
  std::vector<std::string> probes = {"", " ", "m", "Mr", "MR", "mR", "mrs.", "Mrs", "ms", "Ms ", "the", "THE", "tHe",
                                     "these", "those", "IT'S", "its", "Full Transcript", "full  transcript", "A",
                                     "b", "CHAIRWOMAN", "chairman", "Chair", "X", "xx",
                                     "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234", "abcdefghijklmnopqrstuvwxyz012345"};
  for (std::string_view w : list) probes.emplace_back(w.substr(0, w.size() - 1));  // every prefix one short
  size_t found = 0;
  for (const std::string& p : probes) {
    bool plain = false;
    for (std::string_view w : list) plain |= iequals(p, w);
    BOOST_TEST(set.contains(p) == plain, "for \"" << p << "\"");
    found += plain;
  }
  BOOST_TEST(found >= 15u);
}

// find_any_of reads sixteen bytes a step: the first of three bytes, from every start to every
// end, at the block edges and past them, must be where a plain loop finds it.
BOOST_AUTO_TEST_CASE(find_any_of_agrees_with_a_plain_loop) {
  std::string s;
  for (int k = 0; k < 90; ++k) s += (k % 23 == 7) ? '<' : (k % 31 == 30) ? '&' : (k % 37 == 36) ? '{' : char('a' + k % 26);
  size_t checked = 0;
  for (size_t b = 0; b <= s.size(); ++b)
    for (size_t e = b; e <= s.size(); ++e) {
      size_t plain = b;
      while (plain < e && s[plain] != '<' && s[plain] != '&' && s[plain] != '{') ++plain;
      BOOST_TEST_REQUIRE(find_any_of(s, b, e, '<', '&', '{') == plain);
      ++checked;
    }
  BOOST_TEST(find_any_of("no markup here", 0, 14, '<', '&', '&') == 14u);
  BOOST_TEST(checked > 4000u);
}

// icontains reads sixteen positions at a time: it must agree with the plain definition at every
// offset, at the ends, across the sixteen-byte steps, for letters and non-letters.
BOOST_AUTO_TEST_CASE(icontains_agrees_with_a_plain_search_at_every_offset) {
  auto plain = [](std::string_view s, std::string_view n) {
    if (n.size() > s.size()) return n.empty();
    for (size_t i = 0; i + n.size() <= s.size(); ++i)
      if (iequals(s.substr(i, n.size()), n)) return true;
    return false;
  };
  size_t found = 0;
  for (std::string_view needle : {"having been", "A", "(by", "Follows", "\xC3\xA9t", "zz", "hxh", "Hx"}) {
    for (size_t len = 0; len < 70; ++len) {
      for (size_t at = 0; at + needle.size() <= len; at += 3) {
        std::string s(len, 'x');
        for (size_t k = 0; k < len; k += 5) s[k] = 'H';  // first letters that do not match
        s.replace(at, needle.size(), needle);
        if (at % 2) for (size_t k = at; k < at + needle.size(); ++k) s[k] = char(std::toupper(static_cast<unsigned char>(s[k])));
        BOOST_TEST(icontains(s, needle) == plain(s, needle), s << " / " << needle);
        found += icontains(s, needle);
      }
      std::string none(len, 'h');
      BOOST_TEST(icontains(none, needle) == plain(none, needle));
    }
  }
  BOOST_TEST(found > 1000u);
}

// find_bytes anchors on the needle's rarest byte: it must find what string_view::find finds,
// from every start, at the ends of the text, with the anchor anywhere in the needle.
BOOST_AUTO_TEST_CASE(find_bytes_agrees_with_string_view_find) {
  const std::string text = "a --> b>> c -->\n>>x </p> ---\n--- -- > >> -->";
  size_t found = 0;
  for (std::string_view needle : {" --> ", ">>", "</", "---", "-->", "x", "\n---", "zz", "> >"}) {
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      size_t want = from > text.size() ? std::string_view::npos : std::string_view(text).find(needle, from);
      BOOST_TEST(find_bytes(text, needle, from) == want, needle << " from " << from);
      found += want != std::string_view::npos;
    }
  }
  BOOST_TEST(find_bytes(text, "", 3) == 3u);
  BOOST_TEST(found > 100u);
}

BOOST_AUTO_TEST_CASE(count_byte_agrees_with_a_plain_count) {
  std::string s;
  for (int i = 0; i < 300; ++i) s += (i % 7 == 0 || i % 13 == 0) ? '\n' : char('a' + i % 26);
  for (size_t b = 0; b < 40; ++b)
    for (size_t e = b; e <= s.size(); e += 7) {
      size_t plain = 0;
      for (size_t i = b; i < e; ++i) plain += s[i] == '\n';
      BOOST_TEST(count_byte(s, b, e, '\n') == plain);
    }
  BOOST_TEST(count_byte(std::string(64, '\n'), 0, 64, '\n') == 64u);  // every byte of the 16-byte steps
  // Past the 255 steps that a lane's counter holds before the lanes are summed: all bytes
  // matching (a counter full), and a sparse text, from offsets that leave every tail length.
  std::string full(16 * 600 + 9, '"');
  BOOST_TEST(count_byte(full, 0, full.size(), '"') == full.size());
  std::string sparse;
  for (size_t i = 0; i < 16 * 700; ++i) sparse += (i % 3 == 0 || i % 251 == 0) ? '"' : 'x';
  for (size_t b : {0, 1, 5, 15, 16, 17}) {
    size_t plain = 0;
    for (size_t i = b; i < sparse.size() - b; ++i) plain += sparse[i] == '"';
    BOOST_TEST(count_byte(sparse, b, sparse.size() - b, '"') == plain);
  }
}

BOOST_AUTO_TEST_CASE(case_helpers) {
  BOOST_TEST(iequals("Kelly", "KELLY"));
  BOOST_TEST(!iequals("Kelly", "Kell"));
  BOOST_TEST(istarts_with("SOUNDBITE OF MUSIC", "soundbite"));
  BOOST_TEST(!istarts_with("SOUND", "soundbite"));
  BOOST_TEST(icontains("(BEGIN VIDEO CLIP)", "video"));
  BOOST_TEST(!icontains("(APPLAUSE)", "video"));
  BOOST_TEST(upper_ascii("Mary Louise") == "MARY LOUISE");
  BOOST_TEST(fold_case("MARY LOUISE KELLY") == "mary louise kelly");
  BOOST_TEST(fold_case("LÜTKE ÉLODIE") == "lütke élodie");
  BOOST_TEST(fold_case("ΣΩΚΡΑΤΗΣ") == "σωκρατησ");  // no final-sigma rule: a key, not prose
  BOOST_TEST(fold_case("ДМИТРИЙ") == "дмитрий");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(lines)

// Every line of s as (line number, text).
std::vector<std::pair<unsigned, std::string>> read_lines(std::string_view s, size_t from = 0) {
  std::vector<std::pair<unsigned, std::string>> out;
  LineReader r(s, from);
  size_t b, e;
  while (r.next(b, e)) out.emplace_back(r.line(), std::string(s.substr(b, e - b)));
  return out;
}

using Lines = std::vector<std::pair<unsigned, std::string>>;

BOOST_AUTO_TEST_CASE(lf_crlf_and_lone_cr) {
  BOOST_TEST((read_lines("a\nb\r\nc\rd\n") == Lines{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}}));
}

// The reader keeps where the next LF is between lines (a text of lone CRs is not searched to
// its end for every line: fuzz_scale found that quadratic); lines around it stay the same.
BOOST_AUTO_TEST_CASE(lone_crs_before_and_after_an_lf) {
  BOOST_TEST((read_lines("a\rb\rc\nd\re\r\nf\rg") ==
              Lines{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}, {5, "e"}, {6, "f"}, {7, "g"}}));
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "KELLY: line " + std::to_string(i) + "\r";
  auto got = read_lines(many);
  BOOST_TEST(got.size() == 1000u);
  BOOST_TEST(got.back().second == "KELLY: line 999");
}

BOOST_AUTO_TEST_CASE(no_trailing_newline) {
  BOOST_TEST((read_lines("a\nlast") == Lines{{1, "a"}, {2, "last"}}));
  BOOST_TEST((read_lines("only") == Lines{{1, "only"}}));
}

BOOST_AUTO_TEST_CASE(empty_and_blank_lines) {
  BOOST_TEST(read_lines("").empty());
  BOOST_TEST((read_lines("\n") == Lines{{1, ""}}));
  BOOST_TEST((read_lines("\n\n") == Lines{{1, ""}, {2, ""}}));
  BOOST_TEST((read_lines("\r\n\r\nx") == Lines{{1, ""}, {2, ""}, {3, "x"}}));
  BOOST_TEST((read_lines("\r\r\n") == Lines{{1, ""}, {2, ""}}));  // lone CR, then CRLF
}

BOOST_AUTO_TEST_CASE(form_feed_and_separators_do_not_end_lines) {
  BOOST_TEST((read_lines("page one\fpage two\vmore\xE2\x80\xA8same\n") == Lines{{1, "page one\fpage two\vmore\xE2\x80\xA8same"}}));
  BOOST_TEST((read_lines("\f\nnext") == Lines{{1, "\f"}, {2, "next"}}));
}

BOOST_AUTO_TEST_CASE(starting_offset) {
  // From after a BOM: line numbers still start at 1.
  BOOST_TEST((read_lines("\xEF\xBB\xBFKELLY: Hi.\r\nBOWMAN: Hey.", 3) == Lines{{1, "KELLY: Hi."}, {2, "BOWMAN: Hey."}}));
}

// The reader finds terminators 64 bytes at a time: lines of every length around the block
// edges, CRLFs split across two blocks and starting offsets must read as a plain split reads.
BOOST_AUTO_TEST_CASE(agrees_with_a_plain_split_across_block_edges) {
  auto plain = [](std::string_view s, size_t from) {
    Lines out;
    unsigned no = 0;
    size_t b = from;
    for (size_t i = from; i < s.size(); ++i) {
      if (s[i] != '\n' && s[i] != '\r') continue;
      out.emplace_back(++no, std::string(s.substr(b, i - b)));
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      b = i + 1;
    }
    if (b < s.size()) out.emplace_back(++no, std::string(s.substr(b)));
    return out;
  };
  const std::string_view ends[] = {"\n", "\r\n", "\r", "\n\n"};
  uint32_t seed = 7;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  size_t lines = 0;
  for (int round = 0; round < 400; ++round) {
    std::string s;
    const size_t target = 1 + next() % 300;
    while (s.size() < target) {
      s.append(next() % 70, char('a' + next() % 26));
      s += ends[(round % 3 == 0) ? 0 : next() % std::size(ends)];  // a third of texts without CR
    }
    if (next() % 2) s.resize(s.size() - 1);  // sometimes no terminator at the end
    for (size_t from : {size_t(0), size_t(1), size_t(next() % (s.size() + 1))}) {
      auto got = read_lines(s, from);
      BOOST_TEST((got == plain(s, from)), "round " << round << " from " << from);
      lines += got.size();
    }
  }
  BOOST_TEST(lines > 2000u);
}

BOOST_AUTO_TEST_CASE(matches_wc_l_on_many_shapes) {
  // `wc -l` counts LF; sed also ends a line at a lone CR. Number of lines = terminators,
  // plus one when the text does not end with one.
  for (std::string s : {"a"s, "a\n"s, "a\nb"s, "a\r\nb\r\n"s, "\n\n\n"s, "a\rb\rc"s, "x\r"s}) {
    size_t ends = 0;
    for (size_t i = 0; i < s.size(); ++i)
      if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) ++ends;
    bool open_tail = s.back() != '\n' && s.back() != '\r';
    BOOST_TEST(read_lines(s).size() == ends + (open_tail ? 1 : 0), "for " << std::quoted(s));
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(char_counter)

BOOST_AUTO_TEST_CASE(counts_characters_not_bytes) {
  std::string s = "a\xC3\xA9\xF0\x9F\x98\x80" "b\xC2\xA0" "c";  // a é 😀 b NBSP c
  CharCounter cc(s, false);
  BOOST_TEST(cc.chars_before(0) == 0u);
  BOOST_TEST(cc.chars_before(1) == 1u);
  BOOST_TEST(cc.chars_before(3) == 2u);
  BOOST_TEST(cc.chars_before(7) == 3u);
  BOOST_TEST(cc.chars_before(8) == 4u);
  BOOST_TEST(cc.chars_before(10) == 5u);
  BOOST_TEST(cc.chars_before(s.size()) == 6u);
  BOOST_TEST(cc.chars_before(3) == 2u);  // stepping back works too
  BOOST_TEST(cc.chars_before(1) == 1u);
}

BOOST_AUTO_TEST_CASE(eight_bytes_a_step) {
  // Longer than the 8-byte steps, with multi-byte characters across step boundaries.
  std::string s = "caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x94 r\xC3\xA9sum\xC3\xA9 \xF0\x9F\x8E\x99 end";
  size_t chars = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    CharCounter cc(s, false);
    BOOST_TEST(cc.chars_before(i) == chars);
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++chars;
  }
}

BOOST_AUTO_TEST_CASE(long_texts_and_forward_steps_of_every_size) {
  // Past the 255 sixteen-byte steps that a lane's counter holds, in steps of many sizes, as the
  // rows of a long transcript ask for their positions.
  std::string s;
  for (int i = 0; s.size() < 20000; ++i)
    s += (i % 5 == 0) ? "\xC3\xA9" : (i % 11 == 0) ? "\xE2\x80\x94" : (i % 17 == 0) ? "\xF0\x9F\x8E\x99" : "ab ";
  std::vector<size_t> before(s.size() + 1, 0);  // characters before each byte, counted plainly
  for (size_t i = 0; i < s.size(); ++i) before[i + 1] = before[i] + ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
  CharCounter cc(s, false);
  size_t step = 1;
  for (size_t at = 0; at <= s.size(); at += step, step = step * 7 % 4099 + 1) BOOST_TEST(cc.chars_before(at) == before[at]);
  BOOST_TEST(CharCounter(s, false).chars_before(s.size()) == before[s.size()]);
}

BOOST_AUTO_TEST_CASE(ascii_fast_path) {
  std::string s = "KELLY: Hi.";
  CharCounter cc(s, true);
  BOOST_TEST(cc.chars_before(0) == 0u);
  BOOST_TEST(cc.chars_before(7) == 7u);
}

BOOST_AUTO_TEST_SUITE_END()

// The ASCII fast paths (32 and 8 bytes a step) stop at the end of the text: every length, in a
// heap block of exactly that size so that ASan sees a read past it (a 32-byte text once did).
BOOST_AUTO_TEST_CASE(utf8_check_reads_no_byte_past_the_end) {
  for (size_t n = 0; n <= 100; ++n) {
    std::unique_ptr<char[]> buf(new char[n ? n : 1]);
    std::memset(buf.get(), 'a', n);
    bool ascii = false;
    BOOST_TEST(!transcript::find_invalid_utf8(std::string_view(buf.get(), n), &ascii).has_value());
    BOOST_TEST(ascii);
    if (n >= 2) {
      buf[n - 2] = '\xC3';  // a two-byte character at the very end
      buf[n - 1] = '\xA9';
      BOOST_TEST(!transcript::find_invalid_utf8(std::string_view(buf.get(), n)).has_value());
      buf[n - 1] = 'a';  // and cut short
      BOOST_TEST(transcript::find_invalid_utf8(std::string_view(buf.get(), n)).value_or(SIZE_MAX) == n - 2);
    }
  }
}
