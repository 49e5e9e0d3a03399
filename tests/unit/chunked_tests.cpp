// Chunked and ChunkedText past the heap chunks: elements in 2 MB blocks read back as written,
// blocks given back as a reader releases what it has read, and none left once a container (or
// a long transcript's parse) is done.
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "big_blocks.hpp"
#include "chunked.hpp"
#include "layout.hpp"

using namespace transcript;

namespace {

struct Item {
  uint64_t value;
  uint32_t check;
};

Item item(size_t i) { return {uint64_t(i) * 2654435761u, uint32_t(i ^ 0x5a5a5a5a)}; }
bool is_item(const Item& x, size_t i) { return x.value == item(i).value && x.check == item(i).check; }

// Enough elements for the heap chunks and then four blocks and a bit (without blocks, under
// AddressSanitizer, as many).
size_t many() {
  if (!big_blocks::kEnabled) return 600000;
  return Chunked<Item>::kHeapChunks * Chunked<Item>::kChunkSize + 4 * (big_blocks::kBytes / sizeof(Item)) + 777;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(chunked)

BOOST_AUTO_TEST_CASE(elements_in_blocks_read_back_as_written) {
  const size_t before = big_blocks::live();
  {
    Chunked<Item> c;
    const size_t n = many();
    for (size_t i = 0; i < n; ++i) c.push_back(item(i));
    BOOST_TEST_REQUIRE(c.size() == n);
    size_t bad = 0;
    for (size_t i = 0; i < n; ++i) bad += !is_item(c[i], i);
    BOOST_TEST(bad == 0u);
    if (big_blocks::kEnabled) {
      BOOST_TEST(big_blocks::live() - before >= 4u);
      // The first chunk past the heap ones starts a block, at a 2 MB boundary (one huge page).
      const auto at = reinterpret_cast<uintptr_t>(&c[Chunked<Item>::kHeapChunks * Chunked<Item>::kChunkSize]);
      BOOST_TEST(at % big_blocks::kBytes == 0u);
    }
    // Moved whole: the elements go with the blocks, the source is empty and can grow again.
    Chunked<Item> moved(std::move(c));
    BOOST_TEST(c.size() == 0u);  // NOLINT(bugprone-use-after-move): a moved-from container is empty
    BOOST_TEST(moved.size() == n);
    BOOST_TEST(is_item(moved[n - 1], n - 1));
    c.push_back(item(7));
    BOOST_TEST(is_item(c[0], 7));
    Chunked<Item> assigned;
    assigned.push_back(item(1));
    assigned = std::move(moved);
    BOOST_TEST(assigned.size() == n);
    BOOST_TEST(is_item(assigned[n / 2], n / 2));
    assigned.clear();
    BOOST_TEST(assigned.size() == 0u);
    BOOST_TEST(big_blocks::live() == before);  // clear() gave every block back
  }
  BOOST_TEST(big_blocks::live() == before);
}

// The assembler's pattern: read in order, releasing what is behind. Every block but the last
// goes back while the reader is still going, and what is ahead stays readable.
BOOST_AUTO_TEST_CASE(a_reader_gives_back_the_blocks_behind_it) {
  const size_t before = big_blocks::live();
  {
    Chunked<Item> c;
    const size_t n = many();
    for (size_t i = 0; i < n; ++i) c.push_back(item(i));
    const size_t full = big_blocks::live() - before;
    size_t bad = 0;
    for (size_t i = 0; i < n; ++i) {
      bad += !is_item(c[i], i);
      if (i % 1000 == 999) c.release_before(i);
    }
    c.release_before(n);  // all read
    BOOST_TEST(bad == 0u);
    if (big_blocks::kEnabled) BOOST_TEST(big_blocks::live() - before <= 1u);  // only the block still written
    if (big_blocks::kEnabled) BOOST_TEST(full >= 4u);
    BOOST_TEST(is_item(c[n - 1], n - 1));
  }
  BOOST_TEST(big_blocks::live() == before);  // the destructor gave back the rest
  {
    Chunked<Item> c;  // released part of the way, then destroyed
    for (size_t i = 0; i < many(); ++i) c.push_back(item(i));
    c.release_before(many() / 3);
  }
  BOOST_TEST(big_blocks::live() == before);
}

// The first chunk of a container is kept for the next one of its type (a table of short
// transcripts reuses it row after row), one at a time; not under AddressSanitizer, where a
// reused chunk would hide a use after free.
BOOST_AUTO_TEST_CASE(a_first_chunk_is_kept_for_the_next_container) {
  const void* first = nullptr;
  {
    Chunked<Item> a;
    a.push_back(item(1));
    first = &a[0];
  }
  Chunked<Item> b;
  b.push_back(item(2));
  BOOST_TEST((&b[0] == first) == big_blocks::kEnabled);
  BOOST_TEST(is_item(b[0], 2));
  Chunked<Item> c;  // while b holds the spare: a chunk of its own
  c.push_back(item(3));
  BOOST_TEST(&c[0] != &b[0]);
  BOOST_TEST(is_item(b[0], 2));
  BOOST_TEST(is_item(c[0], 3));
}

BOOST_AUTO_TEST_CASE(text_in_blocks_reads_back_as_written) {
  const size_t before = big_blocks::live();
  {
    ChunkedText t;
    std::vector<std::pair<uint32_t, std::string>> kept;
    // Pieces of many sizes, one over a 64 KB block (heap blocks of its own), 40 MB in all:
    // twenty 2 MB blocks.
    for (size_t i = 0; i < 40000; ++i) {
      std::string piece(i == 20000 ? 200000 : 1 + (i * 7919) % 2000, char('a' + i % 26));
      piece += std::to_string(i);
      kept.emplace_back(t.append(piece), std::move(piece));
    }
    size_t bad = 0;
    for (const auto& [at, piece] : kept) bad += t.view(at, uint32_t(piece.size())) != piece;
    BOOST_TEST(bad == 0u);
    if (big_blocks::kEnabled) BOOST_TEST(big_blocks::live() - before >= 10u);
  }
  BOOST_TEST(big_blocks::live() == before);
}

// A transcript long enough for blocks, read as a stream and as a whole parse: the same rows (the
// corpus shows the same at every size), and no block left once both are gone.
BOOST_AUTO_TEST_CASE(a_long_parse_gives_back_every_block) {
  std::string text;
  for (size_t i = 0; text.size() < (size_t(12) << 20); ++i)
    text += (i % 2 ? "ARI SHAPIRO, HOST: " : "MARY LOUISE KELLY, HOST: ") + std::string("Line ") + std::to_string(i) +
            " of a long show.\n\n";
  const size_t before = big_blocks::live();
  {
    Document whole = parse(text);
    RowStream stream;
    stream.start(text, "auto");
    size_t rows = 0, differ = 0;
    for (; stream.reach(rows); ++rows) {
      const Turn& a = stream.placed(rows);
      const Turn& b = whole.turns[rows];
      differ += a.speaker != b.speaker || a.span.b != b.span.b || a.span.e != b.span.e ||
                stream.doc().render_text(a) != whole.render_text(b);
    }
    BOOST_TEST(rows == whole.turns.size());
    BOOST_TEST(differ == 0u);
    if (big_blocks::kEnabled) BOOST_TEST(big_blocks::live() > before);
  }
  BOOST_TEST(big_blocks::live() == before);
}

BOOST_AUTO_TEST_SUITE_END()
