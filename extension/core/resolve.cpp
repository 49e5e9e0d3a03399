#include "resolve.hpp"

#include <algorithm>
#include <unordered_set>

#include "text.hpp"

namespace transcript {
namespace {
constexpr size_t kMaxSurnameSearches = 64;
}

int32_t Resolver::intern(const std::string& canonical) { return intern(canonical, upper_ascii(canonical), -1); }

int32_t Resolver::intern(const std::string& canonical, std::string upper, int anonymous) {
  auto [it, inserted] = by_name_.try_emplace(std::move(upper), int32_t(doc_.speakers.size()));
  if (inserted) {
    Speaker s;
    s.name = canonical;
    s.anonymous = anonymous < 0 ? is_anonymous_name(canonical) : anonymous > 0;
    if (!s.anonymous) s.key = speaker_key(canonical);
    doc_.speakers.push_back(std::move(s));
  }
  return it->second;
}

void Resolver::prepare() {
  // What a label's name says, worked out once per name as written (a transcript repeats a few
  // labels thousands of times), and for each label piece its name, so that the passes below
  // and speaker_for() hash no name again.
  size_t seen = 0;
  // The names of the last few labels, found again by their bytes rather than by hashing them:
  // a transcript goes back and forth between a few speakers.
  RecentLabels<LabelName*> recent;
  doc_.speakers.reserve(16);
  // One pass over the labels; what follows works per name (a few dozen), and visits only the
  // weak labels again (a few).
  std::vector<LabelName*> full;  // full names, in the order of their first label that is not weak
  std::vector<LabelRef> weak;    // the weak labels
  for (size_t i = 0; i < labels_in_.size(); ++i) {
    if ((++seen & 0xFFF) == 0) poll_stop();
    const Piece& p = labels_in_[i];
    if (p.type != Piece::Type::Label || p.title_only) continue;
    const Span written = labels_in_.extra(p).name;
    LabelName* name = *recent.get(text_, written.b, written.e, [&] {
      auto [it, inserted] = label_names_.try_emplace(written.of(text_));
      LabelName& n = it->second;
      if (inserted) {
        n.canonical = canonical_name(it->first);
        n.upper = upper_ascii(n.canonical);
        n.single = split_words(n.canonical).size() < 2;
        n.anonymous = is_anonymous_name(n.canonical);
      }
      return std::optional<LabelName*>(&n);
    });
    labels_.push_back({i, name});
    if (p.weak) {
      weak.push_back({i, name});
      ++name->weak;
    } else if (++name->firm == 1 && !name->single && !name->anonymous) {
      full.push_back(name);
    }
  }
  std::unordered_set<std::string_view> strong;  // names of labels that start a line or give a role
  for (const auto& [written, n] : label_names_)
    if (n.firm > 0 && !n.anonymous) strong.insert(n.upper);
  for (const LabelName* n : full) lx_.names.add_full_name(n->canonical, int(1000 * n->firm));
  for (auto& [written, n] : label_names_) n.known = n.single && lx_.names.knows_surname(n.canonical);
  // A weak label is kept only if its name is a known speaker: else it is an all-caps word and a
  // colon mid-sentence, text.
  for (const auto& [i, name] : weak)
    if (!strong.count(name->upper) && !name->known) labels_in_[i].type = Piece::Type::Text;
  for (auto& [written, n] : label_names_) {
    const bool weak_kept = strong.count(n.upper) || n.known;
    if (n.single && !n.anonymous && !n.known) n.unresolved = n.firm + (weak_kept ? n.weak : 0);
  }
  std::unordered_map<std::string, size_t> unresolved_count;
  for (const auto& [written, n] : label_names_)
    if (n.unresolved) unresolved_count[n.upper] += n.unresolved;
  // One search of the text per surname: bounded, so that a text of a thousand odd labels
  // costs no more than a few passes (the most frequent labels are the ones worth resolving).
  std::vector<std::pair<size_t, std::string>> by_count;
  for (auto& [name, n] : unresolved_count) by_count.emplace_back(n, name);
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> unresolved;
  for (size_t i = 0; i < by_count.size() && i < kMaxSurnameSearches; ++i) unresolved.push_back(by_count[i].second);
  // Put off until a speaker's name needs it: the first rows of a long transcript seldom do.
  if (lx_.names_from_prose) lx_.names.add_mentions_later(text_, std::move(unresolved), lx_.names_upper);
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
    lx_.names.settle_for(c);
    std::string full = lx_.names.lookup(c);
    if (!full.empty()) c = std::move(full);
  }
  return intern(c);
}

// resolve_name() for a label's name, with what prepare() worked out about it.
int32_t Resolver::resolve_label(const LabelName& n) {
  if (!n.anonymous) {
    // A surname that prepare() found unresolved is one the search is for: no need to ask.
    if (n.unresolved) lx_.names.settle();
    else lx_.names.settle_for(n.canonical);
    std::string full = lx_.names.lookup(n.canonical);
    if (!full.empty()) return intern(full);
  }
  return intern(n.canonical, n.upper, n.anonymous);
}

int32_t Resolver::speaker_for(size_t index) {
  const Piece& p = labels_in_[index];
  std::string_view written = labels_in_.extra(p).name.of(text_);
  if (p.title_only) {  // whoever holds the title here, else the title as written
    auto key = title_keys_.find(written);
    if (key == title_keys_.end()) key = title_keys_.emplace(written, title_key(written)).first;
    if (const std::string* holder = holder_of(key->second, index)) {
      auto [it, inserted] = by_holder_.try_emplace(holder, 0);
      if (inserted) it->second = resolve_name(*holder);
      return it->second;
    }
    std::string as_written;
    for (auto w : split_words(written)) {
      if (!as_written.empty()) as_written += ' ';
      as_written += w;
    }
    return intern(as_written);
  }
  // The label's name, from prepare(): label pieces are asked for in order.
  while (next_label_ < labels_.size() && labels_[next_label_].piece < index) ++next_label_;
  if (next_label_ < labels_.size() && labels_[next_label_].piece == index) {
    LabelName& n = *labels_[next_label_].name;
    if (n.speaker < 0) n.speaker = resolve_label(n);
    return n.speaker;
  }
  return resolve_name(written);  // not seen by prepare() (never: every label is)
}

}  // namespace transcript
