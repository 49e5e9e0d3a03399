#include "linking.hpp"

#include <algorithm>
#include <unordered_map>

#include "lexicon.hpp"
#include "names.hpp"
#include "text.hpp"

namespace transcript::entities {
namespace {

std::string fold(std::string_view s) {
  std::string out(s.size(), '\0');
  out.resize(fold_key(s, out.data()));
  return out;
}

// The mention with its white space folded: "United \nStates" -> "United States".
std::string single_spaced(std::string_view s) {
  std::string out;
  append_folded(out, s, 0, s.size());
  return out;
}

std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (p < folded.size()) {
    size_t q = folded.find(' ', p);
    if (q == std::string_view::npos) q = folded.size();
    out.push_back(folded.substr(p, q - p));
    p = q + 1;
  }
  return out;
}

// Speakers by the forms that name them: the full name, its first words (Mary Louise), its last
// words (Kurilla, Vanek Smith). A form shared by two speakers names neither.
class SpeakerForms {
 public:
  void add(std::string_view canonical, int index) {
    std::string f = fold(canonical);
    auto w = words_of(f);
    put(f, index);
    for (size_t k = 1; k < w.size(); ++k) {
      std::string head(f.substr(0, size_t(w[k - 1].data() + w[k - 1].size() - f.data())));
      std::string tail(f.substr(size_t(w[k].data() - f.data())));
      if (!is_title_word(head)) put(head, index);
      if (!is_title_word(tail)) put(tail, index);
    }
  }
  int find(std::string_view folded) const {
    auto it = forms_.find(folded);
    return it == forms_.end() ? -1 : it->second;
  }

 private:
  void put(const std::string& form, int index) {
    auto [it, fresh] = forms_.emplace(form, index);
    if (!fresh && it->second != index) it->second = -1;
  }
  std::unordered_map<std::string, int, KeyHash, std::equal_to<>> forms_;
};

// The text a joined segment stands for (Segment::joined): src with each run of white space
// that holds a line end as one space, written into `out`.
std::string_view joined_lines(std::string_view text, Span src, std::string& out) {
  out.clear();
  for (size_t i = src.b; i < src.e;) {
    const char c = text[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
      out += c;
      ++i;
      continue;
    }
    size_t j = i;
    bool line_end = false;
    for (; j < src.e && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'); ++j)
      line_end |= text[j] == '\n' || text[j] == '\r';
    if (line_end) out += ' ';
    else out.append(text.data() + i, j - i);
    i = j;
  }
  return out;
}

}  // namespace

std::vector<TranscriptMention> transcript_mentions(const Document& doc) {
  Recogniser rec;
  SpeakerForms forms;
  for (size_t i = 0; i < doc.speakers.size(); ++i) {
    const Speaker& sp = doc.speakers[i];
    if (sp.anonymous || sp.key.empty()) continue;
    rec.add_known_person(sp.name);
    forms.add(sp.name, int(i));
  }

  // The text of speech and prose turns, read where it stands in the transcript. Segments that
  // touch (white space between) form one range; a literal segment (decoded or cut text) is read
  // on its own and its mentions found again in its source bytes.
  struct Owned {
    Range range;
    uint32_t turn;
  };
  std::vector<Owned> ranges;
  struct Literal {
    uint32_t seg, turn;
  };
  std::vector<Literal> literals;
  for (size_t ti = 0; ti < doc.turns.size(); ++ti) {
    const Turn& t = doc.turns[ti];
    if (t.kind != Kind::Speech && t.kind != Kind::Prose) continue;
    bool fresh = true;
    for (uint32_t k = 0; k < t.segment_count; ++k) {
      const Segment& seg = doc.segments[t.first_segment + k];
      if (seg.literal() || seg.joined || seg.cut) {
        literals.push_back({t.first_segment + k, uint32_t(ti)});
        fresh = false;
        continue;
      }
      if (seg.src.empty()) continue;
      if (!ranges.empty() && !fresh && ranges.back().turn == ti) {
        Range& last = ranges.back().range;
        bool touching = last.e <= seg.src.b;
        for (uint32_t x = last.e; touching && x < seg.src.b; ++x)
          touching = space_at(doc.text, x) > 0 || is_cont(doc.text[x]);
        if (touching) {
          last.e = seg.src.e;
          continue;
        }
      }
      ranges.push_back({Range{seg.src.b, seg.src.e, fresh}, uint32_t(ti)});
      fresh = false;
    }
  }
  std::vector<Range> plain;
  plain.reserve(ranges.size());
  for (const Owned& o : ranges) plain.push_back(o.range);
  std::vector<Mention> found = rec.find(doc.text, plain, false);

  struct Placed {
    Mention m;
    uint32_t turn;
  };
  std::vector<Placed> all;
  all.reserve(found.size());
  size_t ri = 0;
  for (const Mention& m : found) {
    while (ri + 1 < ranges.size() && ranges[ri].range.e <= m.b) ++ri;
    all.push_back({m, ranges.empty() ? 0 : ranges[ri].turn});
  }
  std::string joined;  // the text a joined segment stands for
  if (!literals.empty()) {
    for (const Literal& l : literals) {
      const Segment& seg = doc.segments[l.seg];
      std::string_view lit = seg.literal() ? doc.literals.view(seg.lit, seg.lit_len)
                             : seg.joined  ? joined_lines(doc.text, seg.src, joined)
                                           : seg.src.of(doc.text);
      std::string_view src = seg.src.of(doc.text);
      size_t from = 0;
      for (const Mention& m : rec.find(lit, {Range{0, uint32_t(lit.size()), true}}, false)) {
        std::string_view words = lit.substr(m.b, m.e - m.b);
        size_t at = src.find(words, from);
        if (at == std::string_view::npos) continue;
        from = at + words.size();
        all.push_back({Mention{uint32_t(seg.src.b + at), uint32_t(seg.src.b + from), m.type}, l.turn});
      }
    }
    std::stable_sort(all.begin(), all.end(), [](const Placed& x, const Placed& y) { return x.m.b < y.m.b; });
  }

  // Canonical forms: a speaker by any form of their name; otherwise the fullest earlier mention
  // with the same last word (or, for one word, the same first word).
  std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>> by_last, by_first;
  std::vector<TranscriptMention> out;
  out.reserve(all.size());
  for (const Placed& p : all) {
    if (!out.empty() && p.m.b < out.back().e) continue;  // a literal's mention inside another
    TranscriptMention tm;
    tm.b = p.m.b;
    tm.e = p.m.e;
    tm.type = p.m.type;
    tm.turn = p.turn;
    std::string_view written = doc.text.substr(p.m.b, p.m.e - p.m.b);
    std::string spaced = single_spaced(written);
    if (p.m.type == Type::Person) {
      std::string f = fold(spaced);
      int sp = forms.find(f);
      if (sp >= 0) {
        tm.canonical = doc.speakers[size_t(sp)].name;
      } else {
        auto w = words_of(f);
        std::string last(w.back()), first(w.front());
        std::string known = w.size() >= 2 ? doc.names.lookup(upper_ascii(spaced)) : std::string();
        if (!known.empty()) {
          tm.canonical = known;
        } else {
          tm.canonical = spaced;
          auto it = by_last.find(last);
          if (it != by_last.end() && words_of(fold(it->second)).size() > w.size()) tm.canonical = it->second;
          else if (w.size() == 1 && (it = by_first.find(first)) != by_first.end()) tm.canonical = it->second;
        }
        if (w.size() >= 2) {
          auto& l = by_last[last];
          if (words_of(fold(l)).size() < w.size()) l = tm.canonical;
          auto& g = by_first[first];
          if (g.empty()) g = tm.canonical;
        }
      }
    } else {
      tm.canonical = std::move(spaced);
    }
    out.push_back(std::move(tm));
  }
  return out;
}

}  // namespace transcript::entities
