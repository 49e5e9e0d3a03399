#include "resolve.hpp"

#include <algorithm>
#include <unordered_set>

#include "text.hpp"

namespace transcript {
namespace {
constexpr size_t kMaxSurnameSearches = 64;
}

int32_t Resolver::intern(const std::string& canonical) {
  auto [it, inserted] = by_name_.try_emplace(upper_ascii(canonical), int32_t(doc_.speakers.size()));
  if (inserted) {
    Speaker s;
    s.name = canonical;
    s.anonymous = is_anonymous_name(canonical);
    if (!s.anonymous) s.key = speaker_key(canonical);
    doc_.speakers.push_back(std::move(s));
  }
  return it->second;
}

void Resolver::prepare() {
  // What a label's name says depends only on how it is written: worked out once per distinct
  // name (a transcript repeats a few dozen names thousands of times).
  struct Written {
    std::string canonical, upper;
    bool anonymous = false, single = false;
    int known_surname = -1;  // knows_surname(canonical), once the labels' full names are in
    size_t strong = 0;       // labels that start a line or give a role
  };
  std::unordered_map<std::string_view, Written> written;
  auto info = [&](const Piece& p) -> Written& {
    auto [it, inserted] = written.try_emplace(p.name.of(text_));
    if (inserted) {
      Written& w = it->second;
      w.canonical = canonical_name(it->first);
      w.upper = upper_ascii(w.canonical);
      w.anonymous = is_anonymous_name(w.canonical);
      w.single = split_words(w.canonical).size() < 2;
    }
    return it->second;
  };
  std::unordered_set<std::string> strong;  // names of labels that start a line or give a role
  std::vector<Written*> strong_order;      // in the order of their first label
  for (const Piece& p : lx_.pieces) {
    if (p.type != Piece::Type::Label || p.weak || p.title_only) continue;
    Written& w = info(p);
    if (w.anonymous) continue;
    if (w.strong++ == 0) strong_order.push_back(&w);
  }
  // Each strong label weighs 1000 (the weights add up, as if given one label at a time).
  for (Written* w : strong_order) {
    if (!w->single) lx_.names.add_full_name(w->canonical, int(1000 * w->strong));
    strong.insert(w->upper);
  }
  std::unordered_map<std::string, size_t> unresolved_count;
  for (Piece& p : lx_.pieces) {
    if (p.type != Piece::Type::Label || p.title_only) continue;
    Written& w = info(p);
    if (w.known_surname < 0) w.known_surname = w.single && lx_.names.knows_surname(w.canonical);
    if (p.weak && !strong.count(w.upper) && !w.known_surname) {
      p.type = Piece::Type::Text;  // an all-caps word and a colon mid-sentence, not a label
      continue;
    }
    if (w.single && !w.anonymous && !w.known_surname) ++unresolved_count[w.upper];
  }
  // One search of the text per surname: bounded, so that a text of a thousand odd labels
  // costs no more than a few passes (the most frequent labels are the ones worth resolving).
  std::vector<std::pair<size_t, std::string>> by_count;
  for (auto& [name, n] : unresolved_count) by_count.emplace_back(n, name);
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> unresolved;
  for (size_t i = 0; i < by_count.size() && i < kMaxSurnameSearches; ++i) unresolved.push_back(by_count[i].second);
  if (lx_.names_from_prose) lx_.names.add_mentions(text_, unresolved, lx_.names_upper);
  // A title used before anyone is said to hold it goes to its first holder.
  for (const TitleHolder& h : lx_.holders) first_holder_.try_emplace(h.title, &h.holder);
}

const std::string* Resolver::holder_of(const std::string& key, size_t index) {
  for (; next_holder_ < lx_.holders.size() && lx_.holders[next_holder_].from_piece <= index; ++next_holder_)
    holding_[lx_.holders[next_holder_].title] = &lx_.holders[next_holder_].holder;
  if (auto it = holding_.find(key); it != holding_.end()) return it->second;
  if (auto it = first_holder_.find(key); it != first_holder_.end()) return it->second;
  return nullptr;
}

int32_t Resolver::resolve_name(std::string_view written) {
  std::string c = canonical_name(written);
  if (!is_anonymous_name(c)) {
    std::string full = lx_.names.lookup(c);
    if (!full.empty()) c = std::move(full);
  }
  return intern(c);
}

int32_t Resolver::speaker_for(size_t index) {
  const Piece& p = lx_.pieces[index];
  std::string_view written = p.name.of(text_);
  if (p.title_only) {  // whoever holds the title here, else the title as written
    if (const std::string* holder = holder_of(title_key(written), index)) return resolve_name(*holder);
    std::string as_written;
    for (auto w : split_words(written)) {
      if (!as_written.empty()) as_written += ' ';
      as_written += w;
    }
    return intern(as_written);
  }
  if (auto it = by_written_.find(written); it != by_written_.end()) return it->second;
  int32_t s = resolve_name(written);
  by_written_.emplace(written, s);
  return s;
}

}  // namespace transcript
