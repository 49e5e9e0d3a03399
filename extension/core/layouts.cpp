// The table of layouts and the `auto` detector.
#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "layout.hpp"
#include "layouts/broadcast.hpp"
#include "layouts/captions.hpp"
#include "layouts/chat.hpp"
#include "layouts/court.hpp"
#include "layouts/dialogue.hpp"
#include "layouts/hearing.hpp"
#include "layouts/play.hpp"
#include "layouts/srt.hpp"
#include "layouts/timestamped.hpp"
#include "layouts/webvtt.hpp"
#include "text.hpp"

namespace transcript {

bool is_markdown_heading(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  return n >= 1 && n <= 6 && n < line.size() && (line[n] == ' ' || line[n] == '\t');
}

bool is_yaml_fence(std::string_view line) { return line == "---"; }

bool has_closing_yaml_fence(std::string_view s, size_t from) {
  std::string_view head = s.substr(from, std::min<size_t>(s.size() - from, 8192));
  for (size_t at = find_bytes(head, "---"); at != std::string_view::npos; at = find_bytes(head, "---", at + 1)) {
    bool line_start = at == 0 || head[at - 1] == '\n' || head[at - 1] == '\r';
    size_t end = at + 3;
    bool line_end = end == head.size() || head[end] == '\n' || head[end] == '\r';
    if (line_start && line_end) return true;
  }
  return false;
}

void push_block(Lexed& out, Piece::Type type, uint32_t line, size_t b, size_t e, bool paragraph_start) {
  push_piece(out.pieces, type, line, b, e, paragraph_start);
}

std::string title_key(std::string_view title) {
  std::string key;
  for (auto w : split_words(title)) {
    if (key.empty() && iequals(w, "the")) continue;
    if (!key.empty()) key += ' ';
    key += upper_ascii(w);
  }
  while (!key.empty() && (key.back() == '.' || key.back() == ':')) key.pop_back();
  return key;
}

const std::vector<std::string_view>& layout_names() {
  static const std::vector<std::string_view> names = {
      "auto", "broadcast", "hearing", "court", "dialogue", "timestamped",
      "webvtt", "srt", "captions", "chat", "play"};
  return names;
}

// Implemented layouts: a tie between sniffers goes to the earlier, and speaker_of(line) tries
// their labels in this order.
static const std::vector<const Layout*>& implemented() {
  static const std::vector<const Layout*> list = {
      &broadcast_layout(),
      &hearing_layout(),
      &court_layout(),
      &webvtt_layout(),
      &srt_layout(),
      &captions_layout(),
      &timestamped_layout(),
      &chat_layout(),
      &play_layout(),
      &dialogue_layout(),  // last: its `Name:` labels are the most permissive (speaker_of(line))
  };
  return list;
}

const Layout* find_layout(std::string_view name) {
  for (const Layout* l : implemented())
    if (l->name == name) return l;
  return nullptr;
}

// string_view::rfind goes a byte at a time, and an HTML page may have no line end in 16 KB.
static size_t last_newline(std::string_view s) {
#if defined(__GLIBC__)
  const void* nl = memrchr(s.data(), '\n', s.size());
  return nl ? size_t(static_cast<const char*>(nl) - s.data()) : std::string_view::npos;
#else
  return s.rfind('\n');
#endif
}

Head::Head(std::string_view head) : text(head) {
  LineReader reader(head);
  size_t n = 0, b, e;
  while (n < kInlineLines && reader.next(b, e)) inline_[n++] = {b, e};
  if (n < kInlineLines) {
    lines = std::span<const Line>(inline_.data(), n);
    return;
  }
  heap_.reserve(head.size() / 64 + 2 * kInlineLines);  // lines of prose: one allocation, seldom a second
  heap_.assign(inline_.begin(), inline_.end());
  while (reader.next(b, e)) heap_.push_back({b, e});
  lines = heap_;
}

const Layout& detect_layout(std::string_view text) {
  std::string_view head_text = text.substr(0, std::min<size_t>(text.size(), 16 * 1024));
  // Cut at a line end, so that no sniffer sees half a line.
  if (head_text.size() < text.size())
    if (size_t nl = last_newline(head_text); nl != std::string_view::npos) head_text = head_text.substr(0, nl + 1);
  const Head head(head_text);
  // The winner is the highest score, a tie going to the earlier in implemented(). The sniffers
  // are asked the most decisive first (the highest max_score), and no more once none left could
  // win: a WebVTT signature (100), a GPO header (95) or chat stamps (90) settle it at once.
  struct Entry {
    const Layout* layout;
    size_t rank;  // its place in implemented(): the earlier wins a tie
  };
  static const std::vector<Entry> order = [] {
    std::vector<Entry> out;
    for (const Layout* l : implemented()) out.push_back({l, out.size()});
    std::stable_sort(out.begin(), out.end(),
                     [](const Entry& a, const Entry& b) { return a.layout->max_score > b.layout->max_score; });
    return out;
  }();
  const Layout* best = nullptr;
  int best_score = 0;
  size_t best_rank = SIZE_MAX;
  for (size_t i = 0; i < order.size(); ++i) {
    bool can_win = false;  // can any sniffer from i on beat what is found?
    for (size_t j = i; j < order.size() && !can_win; ++j)
      can_win = order[j].layout->max_score > best_score ||
                (order[j].layout->max_score == best_score && order[j].rank < best_rank);
    if (!can_win) break;
    const Entry& e = order[i];
    int score = e.layout->sniff ? e.layout->sniff(head) : 0;
    if (score > best_score || (score == best_score && score > 0 && e.rank < best_rank))
      best = e.layout, best_score = score, best_rank = e.rank;
  }
  if (best) return *best;
  // Nothing looks like any layout: plain `Name: text` dialogue, else the first layout.
  if (const Layout* d = find_layout("dialogue")) return *d;
  return *implemented().front();
}

static std::string expected_list() {
  std::string s;
  for (auto n : layout_names()) {
    if (!s.empty()) s += ", ";
    s += n;
  }
  return s;
}

Document parse(std::string_view text, std::string_view format) {
  Document doc;
  Lexed scratch;
  parse_into(text, format, doc, scratch);
  return doc;
}

namespace {
// What a parse starts with: the layout, and whether the text is all ASCII. Throws Error for an
// unknown or unsupported format, a text over 4 GB, or one that is not UTF-8.
struct Checked {
  const Layout* layout;
  bool ascii_only;
};

Checked check(std::string_view text, std::string_view format) {
  const Layout* layout = nullptr;
  if (format.empty() || format == "auto") {
    layout = &detect_layout(text);
  } else if (!(layout = find_layout(format))) {
    auto& all = layout_names();
    if (std::find(all.begin(), all.end(), format) == all.end())
      throw Error("unknown format '" + printable(format) + "' (expected " + expected_list() + ")");
    std::string supported = "auto";
    for (const Layout* l : implemented()) supported += ", " + std::string(l->name);
    throw Error("format '" + printable(format) + "' is not supported yet (supported: " + supported + ")");
  }
  if (text.size() >= UINT32_MAX) throw Error("transcript too large (the limit is 4 GB)");
  bool ascii_only = false;
  if (auto bad = find_invalid_utf8(text, &ascii_only))
    throw Error("invalid UTF-8 at byte " + std::to_string(*bad + 1));
  return {layout, ascii_only};
}

// The lexer's pass over the whole text; the literals go to the rows at once.
void lex_all(std::string_view text, const Layout& layout, Document& doc, Lexed& lexed) {
  doc = Document{};
  lexed = Lexed{};
  doc.text = text;
  doc.layout = layout.name;
  layout.lex(text, bom_length(text), lexed);
  doc.literals = std::move(lexed.literals);
}
}  // namespace

void parse_into(std::string_view text, std::string_view format, Document& doc, Lexed& lexed) {
  Checked c = check(text, format);
  lex_all(text, *c.layout, doc, lexed);
  assemble(text, lexed, doc);
  lexed.names.settle();  // the names go with the document (entity linking looks them up)
  doc.names = std::move(lexed.names);
  lexed = Lexed{};
  doc.finish(c.ascii_only);
}

struct RowStream::State {
  Document doc;
  Lexed lexed;
  std::unique_ptr<StepLexer> lexer;  // the lexer that goes on as rows are read, if any
  std::optional<RowBuilder> rows;
  std::optional<CharCounter> chars;
  size_t built = 0;   // rows [0, built) are final
  size_t placed = 0;  // rows [0, placed) have their character positions
};

RowStream::RowStream() = default;
RowStream::~RowStream() = default;
RowStream::RowStream(RowStream&&) noexcept = default;
RowStream& RowStream::operator=(RowStream&&) noexcept = default;

void RowStream::start(std::string_view text, std::string_view format, LexSteps steps) {
  state_.reset();  // what an earlier transcript left is given back first
  Checked c = check(text, format);
  state_ = std::make_unique<State>();
  State& s = *state_;
  const Layout& layout = *c.layout;
  if (layout.lex_in_steps && text.size() >= steps.from_bytes) {
    s.doc.text = text;
    s.doc.layout = layout.name;
    s.lexed.literal_sink = &s.doc.literals;  // the rows read them while the lexer writes more
    s.lexer = layout.lex_in_steps(text, bom_length(text), s.lexed);
    s.rows.emplace(text, s.lexed, s.doc, *s.lexer, steps.first, steps.last);
  } else {
    lex_all(text, layout, s.doc, s.lexed);
    s.rows.emplace(text, s.lexed, s.doc);
  }
  s.chars.emplace(text, c.ascii_only);
}

bool RowStream::reach(size_t i) {
  if (!state_) return false;
  State& s = *state_;
  if (i < s.built) return true;
  s.built = s.rows->build(i + 1);
  return i < s.built;
}

const Turn& RowStream::placed(size_t i) {
  State& s = *state_;
  for (; s.placed <= i && s.placed < s.built; ++s.placed) Document::place(s.doc.turns[s.placed], *s.chars);
  return s.doc.turns[i];
}

const Document& RowStream::doc() const {
  static const Document none;
  return state_ ? state_->doc : none;
}

std::optional<std::string> speaker_of_line(std::string_view line) {
  size_t start = bom_length(line);
  // Only the first line counts.
  size_t eol = line.find_first_of("\r\n", start);
  std::string_view first = line.substr(0, eol == std::string_view::npos ? line.size() : eol);
  for (const Layout* l : implemented()) {
    if (!l->read_label) continue;
    if (auto parts = l->read_label(first)) {
      std::string canonical = canonical_name(parts->name.of(first));
      if (!canonical.empty()) return canonical;
    }
  }
  return std::nullopt;
}

}  // namespace transcript
