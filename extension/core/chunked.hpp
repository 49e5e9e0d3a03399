// A vector in fixed chunks: it grows without moving what it holds (no copy, and no doubling
// that leaves up to half of the memory unused), and a reader that goes through it once can give
// back the chunks behind it (release_before), so that the pieces of a 100 MB transcript are
// freed while the rows are built from them instead of all at the end.
#pragma once
#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <cstddef>
#include <iterator>
#include <memory>
#include <new>
#include <string_view>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "big_blocks.hpp"

namespace transcript {

// Room for one more element, doubling: reserved before memory is allocated for it, so that
// nothing leaks if the push_back would throw.
template <class V>
void make_room(std::vector<V>& v) {
  if (v.size() == v.capacity()) v.reserve(std::max<size_t>(8, 2 * v.capacity()));
}

// Chunks of 256 elements (7 to 10 KB): small enough that a short transcript does not pay for a
// large first chunk, large enough that a malloc per chunk costs nothing. The first chunks (up
// to 512 KB) come from the heap; the rest are cut out of 2 MB blocks (big_blocks), a block given
// back once every chunk in it is. The storage is raw (elements are constructed by push_back),
// so T must be trivially copyable and destructible.
template <class T, size_t kChunkShift = 8>
class Chunked {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
  static constexpr size_t kChunk = size_t(1) << kChunkShift;
  static constexpr size_t kMask = kChunk - 1;
  static constexpr size_t kChunkBytes = sizeof(T) * kChunk;
  static_assert(kChunkBytes <= big_blocks::kBytes && alignof(T) <= alignof(std::max_align_t));
  static constexpr size_t kPerBlock = big_blocks::kBytes / kChunkBytes;

 public:
  // Chunks [0, kHeapChunks) are heap allocations; chunk k from there on is chunk
  // (k - kHeapChunks) % kPerBlock of block (k - kHeapChunks) / kPerBlock.
  static constexpr size_t kHeapChunks = big_blocks::kEnabled ? std::max<size_t>(1, (size_t(512) << 10) / kChunkBytes) : SIZE_MAX;
  static constexpr size_t kChunkSize = kChunk;

  template <class V, class Owner>
  class Iter {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = V*;
    using reference = V&;
    Iter() = default;
    Iter(Owner* c, size_t i) : c_(c), i_(i) {}
    reference operator*() const { return (*c_)[i_]; }
    pointer operator->() const { return &(*c_)[i_]; }
    reference operator[](difference_type n) const { return (*c_)[size_t(difference_type(i_) + n)]; }
    Iter& operator++() { ++i_; return *this; }
    Iter operator++(int) { Iter t = *this; ++i_; return t; }
    Iter& operator--() { --i_; return *this; }
    Iter operator--(int) { Iter t = *this; --i_; return t; }
    Iter& operator+=(difference_type n) { i_ = size_t(difference_type(i_) + n); return *this; }
    Iter& operator-=(difference_type n) { i_ = size_t(difference_type(i_) - n); return *this; }
    friend Iter operator+(Iter a, difference_type n) { return a += n; }
    friend Iter operator+(difference_type n, Iter a) { return a += n; }
    friend Iter operator-(Iter a, difference_type n) { return a -= n; }
    friend difference_type operator-(const Iter& a, const Iter& b) { return difference_type(a.i_) - difference_type(b.i_); }
    friend bool operator==(const Iter& a, const Iter& b) { return a.i_ == b.i_; }
    friend auto operator<=>(const Iter& a, const Iter& b) { return a.i_ <=> b.i_; }
    size_t index() const { return i_; }

   private:
    Owner* c_ = nullptr;
    size_t i_ = 0;
  };
  using iterator = Iter<T, Chunked>;
  using const_iterator = Iter<const T, const Chunked>;

  Chunked() = default;
  Chunked(const Chunked&) = delete;
  Chunked& operator=(const Chunked&) = delete;
  Chunked(Chunked&& o) noexcept { take(o); }
  Chunked& operator=(Chunked&& o) noexcept {
    if (this != &o) {
      clear();
      take(o);
    }
    return *this;
  }
  ~Chunked() { clear(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  T& operator[](size_t i) {
    assert(i < size_ && chunks_[i >> kChunkShift]);
    return chunks_[i >> kChunkShift][i & kMask];
  }
  const T& operator[](size_t i) const {
    assert(i < size_ && chunks_[i >> kChunkShift]);
    return chunks_[i >> kChunkShift][i & kMask];
  }
  T& at(size_t i) {
    if (i >= size_) throw std::out_of_range("Chunked::at");
    return (*this)[i];
  }
  const T& at(size_t i) const {
    if (i >= size_) throw std::out_of_range("Chunked::at");
    return (*this)[i];
  }
  T& front() { return (*this)[0]; }
  const T& front() const { return (*this)[0]; }
  T& back() { return (*this)[size_ - 1]; }
  const T& back() const { return (*this)[size_ - 1]; }

  void push_back(const T& v) {
    if ((size_ & kMask) == 0) add_chunk();
    new (chunks_.back() + (size_ & kMask)) T(v);
    ++size_;
  }

  // Gives back every chunk and block.
  void clear() noexcept {
    for (size_t k = released_; k < chunks_.size() && k < kHeapChunks; ++k) free_heap_chunk(k);
    for (void* b : blocks_) big_blocks::release(b);
    chunks_.clear();
    blocks_.clear();
    size_ = 0;
    released_ = 0;
  }

  // Frees the chunks that hold only elements before index i; they must not be read again.
  // The last chunk stays: it may still be written. A block goes back with its last chunk.
  void release_before(size_t i) {
    size_t upto = std::min(i >> kChunkShift, chunks_.empty() ? size_t(0) : chunks_.size() - 1);
    for (; released_ < upto; ++released_) {
      const size_t k = released_;
      if (k < kHeapChunks) {
        free_heap_chunk(k);
      } else if ((k - kHeapChunks) % kPerBlock == kPerBlock - 1) {
        void*& block = blocks_[(k - kHeapChunks) / kPerBlock];
        big_blocks::release(block);
        block = nullptr;
      }
      chunks_[k] = nullptr;
    }
  }

  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  // Out of line: push_back, inlined into every lexer, stays a test and a store.
  [[gnu::noinline]] void add_chunk() {
    make_room(chunks_);
    const size_t k = chunks_.size();
    if (k < kHeapChunks) {
      void* spare = k == 0 && kKeepSpare ? spare_.exchange(nullptr, std::memory_order_acquire) : nullptr;
      chunks_.push_back(static_cast<T*>(spare ? spare : ::operator new(kChunkBytes)));
      return;
    }
    const size_t slot = (k - kHeapChunks) % kPerBlock;
    if (slot == 0) {
      make_room(blocks_);
      blocks_.push_back(big_blocks::allocate());
    }
    chunks_.push_back(reinterpret_cast<T*>(static_cast<char*>(blocks_.back()) + slot * kChunkBytes));
  }

  // The first chunk of a container is kept for the next of its type, one a process: a scan of a
  // table of short transcripts would otherwise allocate and free the same five chunks for every
  // row, a size past glibc's per-thread cache (300-800 instructions each). Not under
  // AddressSanitizer, where a chunk handed on would hide a use after free.
  static constexpr bool kKeepSpare = big_blocks::kEnabled;
  static inline std::atomic<void*> spare_{nullptr};

  void free_heap_chunk(size_t k) noexcept {
    void* chunk = chunks_[k];
    void* none = nullptr;
    if (k == 0 && kKeepSpare &&
        spare_.compare_exchange_strong(none, chunk, std::memory_order_release, std::memory_order_relaxed))
      return;
    ::operator delete(chunk);
  }

  void take(Chunked& o) noexcept {
    chunks_ = std::move(o.chunks_);
    blocks_ = std::move(o.blocks_);
    size_ = o.size_;
    released_ = o.released_;
    o.chunks_.clear();
    o.blocks_.clear();
    o.size_ = o.released_ = 0;
  }

  std::vector<T*> chunks_;      // nullptr once released
  std::vector<void*> blocks_;   // the 2 MB blocks, in order; nullptr once released
  size_t size_ = 0;
  size_t released_ = 0;  // chunks before this one are freed
};

// Text appended in pieces (the literals that layouts write in place of markup), each piece kept
// whole in one place: 64 KB blocks addressed by offset, so that the store grows without the
// doubling and the copy of a std::string (a 100 MB page of HTML has 70 MB of literals, which a
// string held in 128 MB and copied when it grew). A piece longer than what is left of a block
// starts at the next block; one longer than a block gets blocks of its own, in one allocation.
// After the first eight, blocks are cut out of 2 MB ones (big_blocks).
class ChunkedText {
  static constexpr size_t kShift = 16;
  static constexpr size_t kBlock = size_t(1) << kShift;
  static constexpr size_t kHeapBlocks = big_blocks::kEnabled ? 8 : SIZE_MAX;
  static constexpr size_t kPerBig = big_blocks::kBytes / kBlock;
  struct ReleaseBig {
    void operator()(char* p) const noexcept { big_blocks::release(p); }
  };

 public:
  // Appends s; returns its offset, for view().
  uint32_t append(std::string_view s) {
    if (s.size() > blocks_.size() * kBlock - size_) {
      size_ = blocks_.size() * kBlock;  // the rest of the last block stays unused
      size_t n = (s.size() + kBlock - 1) >> kShift;  // at least 1: s is not empty here
      if (size_ + n * kBlock > UINT32_MAX) throw std::length_error("literal text over 4 GB");
      make_room(blocks_);
      if (n == 1 && blocks_.size() >= kHeapBlocks) {
        if (big_.empty() || cut_ == kPerBig) {
          make_room(big_);
          big_.emplace_back(static_cast<char*>(big_blocks::allocate()));
          cut_ = 0;
        }
        blocks_.push_back(big_.back().get() + cut_++ * kBlock);
      } else {
        make_room(owned_);
        owned_.emplace_back(new char[n * kBlock]);
        for (size_t k = 0; k < n; ++k) blocks_.push_back(owned_.back().get() + k * kBlock);
      }
    }
    uint32_t at = uint32_t(size_);
    if (!s.empty()) std::memcpy(blocks_[at >> kShift] + (at & (kBlock - 1)), s.data(), s.size());
    size_ += s.size();
    return at;
  }
  // The piece of `len` bytes appended at offset `at`.
  std::string_view view(uint32_t at, uint32_t len) const {
    if (len == 0) return {};
    return {blocks_[at >> kShift] + (at & (kBlock - 1)), len};
  }
  // Offsets used so far (the padding skipped at block ends included).
  size_t size() const { return size_; }

 private:
  std::vector<std::unique_ptr<char[]>> owned_;       // heap blocks
  std::vector<std::unique_ptr<char, ReleaseBig>> big_;  // 2 MB blocks, kPerBig blocks each
  size_t cut_ = 0;             // blocks cut out of the last of big_
  std::vector<char*> blocks_;  // where each 64 KB of offsets lives
  size_t size_ = 0;            // offsets used, padding included
};

}  // namespace transcript
