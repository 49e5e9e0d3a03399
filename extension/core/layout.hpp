// The contract between a layout and the shared assembler.
//
// A layout is a lexer: one pass over the lines of the text that cuts it into pieces
// (a speaker label, a run of speech text, a cue, meta or prose) and reports the full
// names it learns (labels, rosters, introductions). The assembler (assemble.cpp) turns
// pieces into turns with the rules that every layout shares: merging reprinted labels,
// unlabelled paragraphs continuing the speaker, anonymous voices never merged, roles
// carried, clips tagged, surnames resolved. Adding a layout touches core/layouts/ and
// the table in layouts.cpp only.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "names.hpp"

namespace transcript {

struct Piece {
  enum class Type : uint8_t { Label, Text, Cue, Meta, Prose };
  Type type = Type::Text;
  bool paragraph_start = false;  // preceded by a blank line (or the start of the text)
  bool weak = false;             // Label found mid-line with little evidence: keep it only if
                                 // the name is a known speaker, else it is Text
  uint32_t line = 0;
  Span span;          // bytes of the piece as written (a Label includes its ':' or '.')
  Span label;         // Label: the label as written, without the closing ':' or '.'
  Span name;          // Label: the name part (no role, no parentheticals)
  Span role;          // Label: the role or affiliation, may be empty
  double start_time = kNoTime, end_time = kNoTime;
};

// What a layout's lexer hands to the assembler.
struct Lexed {
  std::vector<Piece> pieces;
  NameIndex names;          // full names the layout found (labels weigh more than mentions)
  bool names_upper = true;  // surnames resolved from prose are upper-cased like the labels
};

// A label at the start of a line, as speaker_of(line) reads it.
struct LabelParts {
  Span label, name, role;
  size_t end = 0;  // byte after the closing ':' or '.'
};

struct Layout {
  std::string_view name;
  // Cuts text[from..] (from: after a BOM) into pieces.
  void (*lex)(std::string_view text, size_t from, Lexed& out);
  // Reads a label at the start of `line`.
  std::optional<LabelParts> (*read_label)(std::string_view line);
  // True when the head of a text looks like this layout (for `auto`); null: never chosen.
  bool (*sniff)(std::string_view head);
};

// Rules for every layout (LAYOUTS.md): a markdown heading (`# Title`, `## Part 2`) is meta,
// and a YAML block from `---` on the first line to the next `---` is one meta row.
bool is_markdown_heading(std::string_view line);
bool is_yaml_fence(std::string_view line);

// Every layout name of SPEC.md, in the order of the error message.
const std::vector<std::string_view>& layout_names();
// The implemented layout of that name, or nullptr (unknown or not supported yet).
const Layout* find_layout(std::string_view name);
// The layout that `auto` picks for this text.
const Layout& detect_layout(std::string_view text);

// Builds the rows of `doc` from the pieces (shared by every layout).
void assemble(std::string_view text, Lexed& lexed, Document& doc);

// The entry point of the core: text in, turns out. `format` is a layout name or "auto".
// Throws Error for an unknown or unsupported format. The text must be valid UTF-8.
Document parse(std::string_view text, std::string_view format = "auto");

// The speaker named by the label that begins `line` (canonical: no role, no titles), or nullopt.
std::optional<std::string> speaker_of_line(std::string_view line);

}  // namespace transcript
