// Person names: canonical forms, join keys, anonymous labels, and resolving a surname-only
// label (KELLY) to the fullest name that the transcript gives (MARY LOUISE KELLY).
#pragma once
#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace transcript {

// The words of a string (split_words): up to eight kept in place, so that the labels and names
// that layouts test on every line cost no allocation; more go to the heap.
class Words {
 public:
  Words() {}  // NOLINT(modernize-use-equals-default): `= default` would clear inline_
  using value_type = std::string_view;
  using iterator = std::string_view*;
  using const_iterator = const std::string_view*;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view* data() { return heap_.empty() ? inline_ : heap_.data(); }
  const std::string_view* data() const { return heap_.empty() ? inline_ : heap_.data(); }
  std::string_view& operator[](size_t i) { return data()[i]; }
  const std::string_view& operator[](size_t i) const { return data()[i]; }
  std::string_view& front() { return data()[0]; }
  const std::string_view& front() const { return data()[0]; }
  std::string_view& back() { return data()[size_ - 1]; }
  const std::string_view& back() const { return data()[size_ - 1]; }
  iterator begin() { return data(); }
  iterator end() { return data() + size_; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size_; }

  void push_back(std::string_view w) {
    if (heap_.empty() && size_ < kInline) {
      inline_[size_++] = w;
      return;
    }
    if (heap_.empty()) heap_.assign(inline_, inline_ + size_);
    heap_.push_back(w);
    ++size_;
  }
  void pop_back() {
    --size_;
    if (!heap_.empty()) heap_.pop_back();
  }
  void erase(const_iterator pos) {
    std::string_view* d = data();
    for (size_t k = size_t(pos - d); k + 1 < size_; ++k) d[k] = d[k + 1];
    pop_back();
  }

 private:
  static constexpr size_t kInline = 8;
  union {  // written as words are pushed: not cleared first (split_words runs on every label)
    std::string_view inline_[kInline];
  };
  std::vector<std::string_view> heap_;  // all the words, once there are more than kInline
  size_t size_ = 0;
};

// Splits on white space.
Words split_words(std::string_view s);

// True for a title or honorific that is not part of a name (Mr., Sen., Chairman, The, ...).
bool is_title_word(std::string_view word);

// The name without leading titles, with single spaces: "SEN. BERNIE  SANDERS" -> "BERNIE SANDERS".
// A name that is only a title is kept as written.
std::string canonical_name(std::string_view name);

// The key for joining one person across transcripts: case-folded, no titles, no punctuation.
std::string speaker_key(std::string_view canonical);

// Labels that name nobody in particular: UNIDENTIFIED MALE, Speaker 1, AUDIENCE MEMBER, ...
bool is_anonymous_name(std::string_view canonical);
// Anonymous labels with a number (Speaker 1, UNIDENTIFIED PERSON #2) merge with the same number.
bool has_number(std::string_view canonical);

// Full names known in one transcript, looked up by their last word. Every operation is linear
// in the names added, up to a sort of a family's suffixes (no pairwise tests), whatever the input.
class NameIndex {
 public:
  // A full name (two or more words) given by a label, a roster or an introduction.
  void add_full_name(std::string_view canonical, int weight = 1);
  // The fullest known form of a name: a surname (KELLY) or a shorter form (VANEK SMITH) of a
  // known full name (STACEY VANEK SMITH) resolves to it; "" where nothing is known. It answers
  // from the searches run so far: where one may be put off (add_mentions_later), settle_for(name)
  // first.
  std::string lookup(std::string_view name) const;
  bool knows_surname(std::string_view surname) const;
  // Scans prose for "Firstname [X.] Surname" mentions of the given upper-case surnames and
  // records them: one pass over the text (and one more only if a sentence-opening word must be
  // checked for a lower-case use elsewhere).
  void add_mentions(std::string_view text, const std::vector<std::string>& surnames, bool upper_case);
  // The same, put off until a lookup may need it (settle_for): a query that reads the first rows
  // of a long transcript searches its text only if their speakers are among the surnames. The
  // text must stay where it is until the search is run or the index is dropped.
  void add_mentions_later(std::string_view text, std::vector<std::string> surnames, bool upper_case);
  // Runs the put-off search if it may change lookup(name); settle() runs it in any case.
  void settle_for(std::string_view name);
  void settle();

 private:
  struct Candidate {
    std::string name;
    std::string key;  // upper-cased, single spaces
    int weight;
    size_t order;
  };
  // The names that share a surname, with what lookup() derives from them (rebuilt on demand).
  struct ViewHash {  // looks a key up by a view of it, without a string made for it
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  struct Family {
    Family() = default;
    // A copy works out its suffixes again: the copied ones are views into the other's names.
    Family(const Family& o) : names(o.names), by_key(o.by_key) {}
    Family& operator=(const Family& o) {
      names = o.names;
      by_key = o.by_key;
      dirty = true;
      by_suffix.clear();
      return *this;
    }
    Family(Family&&) = default;  // the names' bytes stay where they are
    Family& operator=(Family&&) = default;
    std::vector<Candidate> names;
    std::unordered_map<std::string, uint32_t, ViewHash, std::equal_to<>> by_key;
    mutable bool dirty = true;
    mutable int32_t best_for_surname = -1;
    // proper word-suffix (a view into names[].key) and its best holder, sorted by suffix
    mutable std::vector<std::pair<std::string_view, uint32_t>> by_suffix;
    // The best holder of a suffix, or -1 (the family refreshed).
    int32_t holder_of_suffix(std::string_view suffix) const {
      auto it = std::lower_bound(by_suffix.begin(), by_suffix.end(), suffix,
                                 [](const auto& entry, std::string_view s) { return entry.first < s; });
      return it != by_suffix.end() && it->first == suffix ? int32_t(it->second) : -1;
    }
  };
  const Family& refreshed(const Family& f) const;
  std::unordered_map<std::string, Family> by_surname_;
  size_t next_order_ = 0;
  // A search put off, and the families (surname keys) whose names it may add to. Running it
  // later gives the same index: after it nothing else adds names, and it adds only to these.
  struct PendingSearch {
    std::string_view text;
    std::vector<std::string> surnames;
    bool upper_case = true;
    std::vector<std::string> families;  // sorted, worked out on the first settle_for()
    bool any_family = false;  // a surname that is also a name suffix (JR) files under another word
  };
  std::optional<PendingSearch> pending_;
};

namespace detail {
// For the tests: where add_mentions() finds the starts of words whose first letter is one of
// `letters` (capitals or lower case, after no ASCII letter), with block reader 0 (a byte at a
// time), 1 (SSE2) or 2 (AVX2, where the processor has it; else a byte at a time).
std::vector<size_t> word_starts(std::string_view text, std::string_view letters, bool capitals, int reader);
}  // namespace detail

}  // namespace transcript
