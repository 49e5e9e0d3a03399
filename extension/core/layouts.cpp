// The table of layouts and the `auto` detector.
#include <algorithm>
#include <string>

#include "layout.hpp"
#include "layouts/broadcast.hpp"
#include "text.hpp"

namespace transcript {

bool is_markdown_heading(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  return n >= 1 && n <= 6 && n < line.size() && (line[n] == ' ' || line[n] == '\t');
}

bool is_yaml_fence(std::string_view line) { return line == "---"; }

const std::vector<std::string_view>& layout_names() {
  static const std::vector<std::string_view> names = {
      "auto", "broadcast", "hearing", "court", "dialogue", "timestamped",
      "webvtt", "srt", "captions", "chat", "play"};
  return names;
}

// Implemented layouts, in the order `auto` tries their sniffers; the last is the fallback.
static const std::vector<const Layout*>& implemented() {
  static const std::vector<const Layout*> list = {&broadcast_layout()};
  return list;
}

const Layout* find_layout(std::string_view name) {
  for (const Layout* l : implemented())
    if (l->name == name) return l;
  return nullptr;
}

const Layout& detect_layout(std::string_view text) {
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 16 * 1024));
  for (const Layout* l : implemented())
    if (l->sniff && l->sniff(head)) return *l;
  return *implemented().back();
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
  const Layout* layout = nullptr;
  if (format.empty() || format == "auto") {
    layout = &detect_layout(text);
  } else if (!(layout = find_layout(format))) {
    auto& all = layout_names();
    if (std::find(all.begin(), all.end(), format) == all.end())
      throw Error("unknown format '" + std::string(format) + "' (expected " + expected_list() + ")");
    std::string supported = "auto";
    for (const Layout* l : implemented()) supported += ", " + std::string(l->name);
    throw Error("format '" + std::string(format) + "' is not supported yet (supported: " + supported + ")");
  }
  if (text.size() >= UINT32_MAX) throw Error("transcript too large (the limit is 4 GB)");
  bool ascii_only = false;
  if (auto bad = find_invalid_utf8(text, &ascii_only))
    throw Error("invalid UTF-8 at byte " + std::to_string(*bad + 1));
  Document doc;
  doc.text = text;
  doc.layout = layout->name;
  Lexed lexed;
  layout->lex(text, bom_length(text), lexed);
  assemble(text, lexed, doc);
  doc.finish(ascii_only);
  return doc;
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
