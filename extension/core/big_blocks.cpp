#include "big_blocks.hpp"

#include <atomic>
#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace transcript::big_blocks {

namespace {
std::atomic<size_t> g_live{0};

#if defined(__linux__)
void* allocate_block() {
  // Twice the size, then the unaligned ends cut off: mmap aligns to a page, not to 2 MB.
  const size_t span = 2 * kBytes;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const auto start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (start + kBytes - 1) & ~uintptr_t(kBytes - 1);
  if (aligned > start) munmap(raw, aligned - start);
  if (const uintptr_t end = start + span, block_end = aligned + kBytes; end > block_end)
    munmap(reinterpret_cast<void*>(block_end), end - block_end);
  void* block = reinterpret_cast<void*>(aligned);
#if defined(MADV_HUGEPAGE)
  madvise(block, kBytes, MADV_HUGEPAGE);  // a hint: without huge pages the block works the same
#endif
  return block;
}

void release_block(void* block) noexcept { munmap(block, kBytes); }
#else
void* allocate_block() { return ::operator new(kBytes, std::align_val_t(kBytes)); }
void release_block(void* block) noexcept { ::operator delete(block, std::align_val_t(kBytes)); }
#endif
}  // namespace

void* allocate() {
  void* block = allocate_block();
  g_live.fetch_add(1, std::memory_order_relaxed);
  return block;
}

void release(void* block) noexcept {
  if (!block) return;
  release_block(block);
  g_live.fetch_sub(1, std::memory_order_relaxed);
}

size_t live() { return g_live.load(std::memory_order_relaxed); }

}  // namespace transcript::big_blocks
