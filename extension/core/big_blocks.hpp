// Memory for the pieces and rows of a long transcript, in blocks of 2 MB that the kernel may
// back with huge pages (madvise(MADV_HUGEPAGE)). The lexer of a 100 MB transcript writes tens of
// thousands of fresh 4 KB pages, and a page fault costs about as much as the work on the page's
// worth of text (in a virtual machine, more): a 25 MB chat log spent over half of the work
// beyond reading its text in page faults. A huge page is one fault for 512 of them.
//
// Only containers that grow past a few hundred KB take blocks (Chunked, ChunkedText): a short
// transcript keeps using the heap, whose memory the next transcript reuses.
#pragma once
#include <cstddef>

namespace transcript::big_blocks {

constexpr size_t kBytes = size_t(2) << 20;

// Whether blocks are handed out at all. Not under AddressSanitizer: carving chunks out of one
// block would hide from it an overflow from one chunk into the next, which separate heap
// allocations (with their redzones) show.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kEnabled = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kEnabled = false;
#else
constexpr bool kEnabled = true;
#endif
#else
constexpr bool kEnabled = true;
#endif

// A block of kBytes, aligned to kBytes (so that it can be one huge page). Throws std::bad_alloc.
void* allocate();
// Gives a block back to the system (nullptr: nothing).
void release(void* block) noexcept;
// How many blocks are allocated and not yet released, in the whole process (for tests: that
// what is read is given back, and that nothing is left once a transcript is done).
size_t live();

}  // namespace transcript::big_blocks
