// The contract between a layout and the shared assembler.
//
// A layout is a lexer: one pass over the lines of the text that cuts it into pieces
// (a speaker label, a run of speech text, a cue, meta or prose, speech of no named speaker)
// and reports what it learns about names: full names (labels, rosters, introductions) and
// who holds a title from a point of the text on (the chair, the examining lawyer, the
// witness, a character of a cast list). Speaker resolution (resolve.cpp) turns a label into
// a speaker with that knowledge; the assembler (assemble.cpp) turns pieces into turns with the
// rules that every layout shares: merging reprinted labels, unlabelled paragraphs continuing
// the speaker, anonymous voices never merged, roles carried, clips tagged, times carried.
// Adding a layout touches extension/core/layouts/ and the table in layouts.cpp only.
#pragma once
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "chunked.hpp"
#include "document.hpp"
#include "names.hpp"
#include "text.hpp"

namespace transcript {

// What only some pieces have: a label's parts, times. Kept beside the pieces (PieceList) so
// that a piece of text costs 28 bytes, not 72: a play has one piece per verse line.
struct PieceExtra {
  Span label;  // Label: the label as written, without the closing ':' or '.'
  Span name;   // Label: the name part (no role, no parentheticals)
  Span role;   // Label: the role or affiliation, may be empty
  double start_time = kNoTime, end_time = kNoTime;  // seconds, where the layout gives them
};

struct Piece {
  // Unnamed: speech whose speaker the text does not say starts here (a caption cue without a
  // voice, a `>>` turn): a turn of its own with a NULL speaker that never merges; its span is
  // the marker (or timing line), its words follow as Text pieces.
  enum class Type : uint8_t { Label, Text, Cue, Meta, Prose, Unnamed };
  static constexpr uint32_t kNoExtra = UINT32_MAX;
  Span span;          // bytes of the piece as written (a Label includes its ':' or '.')
  uint32_t line = 0;
  uint32_t lit = kNoLiteral, lit_len = 0;  // Text: what it says, when not a plain copy of
                                           // span (into Lexed::literals; see Lexed::literal)
  uint32_t extra = kNoExtra;  // its PieceExtra in the PieceList, if it has one
  Type type = Type::Text;
  bool paragraph_start : 1 = false;  // preceded by a blank line (or the start of the text)
  bool weak : 1 = false;             // Label found mid-line with little evidence: keep it only if
                                     // the name is a known speaker, else it is Text
  bool title_only : 1 = false;       // Label: the name is a title (`The CHAIRMAN`, `THE COURT`, `Q`),
                                     // resolved to whoever holds it there (Lexed::hold)
  bool glue : 1 = false;             // Text: joins the previous text without a space
  bool joined : 1 = false;           // Text: stands for its lines joined by a space (Segment::joined)
  bool cut : 1 = false;              // its words are the first lit_len bytes of its span, the rest
                                     // markup that it absorbed (Lexed::cut; Segment::cut)
};

// The pieces in text order, with the extras of those that have one. Both are chunked, so that
// a reader going through once gives back what it has read (release_before).
class PieceList {
 public:
  size_t size() const { return pieces_.size(); }
  bool empty() const { return pieces_.empty(); }
  Piece& operator[](size_t i) { return pieces_[i]; }
  const Piece& operator[](size_t i) const { return pieces_[i]; }
  Piece& back() { return pieces_.back(); }
  const Piece& back() const { return pieces_.back(); }
  void push_back(const Piece& p) { pieces_.push_back(p); }

  // The extra of p, made on first use.
  PieceExtra& extra(Piece& p) {
    if (p.extra == Piece::kNoExtra) {
      // Extras are released in the order of their pieces only while they are made in that order.
      if (&p != &pieces_.back()) extras_in_order_ = false;
      p.extra = uint32_t(extras_.size());
      extras_.push_back(PieceExtra{});
    }
    return extras_[p.extra];
  }
  const PieceExtra& extra(const Piece& p) const {
    static const PieceExtra none;
    return p.extra == Piece::kNoExtra ? none : extras_[p.extra];
  }
  // Gives the Label piece p its parts.
  void set_label(Piece& p, Span label, Span name, Span role = {}) {
    PieceExtra& x = extra(p);
    x.label = label;
    x.name = name;
    x.role = role;
  }
  void set_times(Piece& p, double start, double end) {
    PieceExtra& x = extra(p);
    x.start_time = start;
    x.end_time = end;
  }

  // Frees what holds only pieces before index i (and their extras); they must not be read again.
  void release_before(size_t i) {
    if (i >= pieces_.size()) return;
    if (extras_in_order_) {
      // The first extra still needed: that of the first piece from i on that has one.
      for (size_t j = i; j < pieces_.size() && j < i + 256; ++j)
        if (pieces_[j].extra != Piece::kNoExtra) {
          extras_.release_before(pieces_[j].extra);
          break;
        }
    }
    pieces_.release_before(i);
  }

 private:
  Chunked<Piece> pieces_;
  Chunked<PieceExtra> extras_;
  bool extras_in_order_ = true;
};

// "From this point of the text on, `title` is held by `holder`": the chair named in the front
// matter, `BY MR. X:` (Q), a sworn witness (A), a cast-list entry (DUKE -> ORSINO).
struct TitleHolder {
  size_t from_piece;   // applies to the pieces from this index on
  std::string title;   // title_key() of the title
  std::string holder;  // the name as written; resolved to the fullest form like a label
};

// The key under which a title is held: upper-cased, single spaces, without a leading THE and
// a trailing '.' or ':' (`The CHAIRMAN.` -> `CHAIRMAN`, `THE COURT` -> `COURT`).
std::string title_key(std::string_view title);

// What a layout's lexer hands to the assembler.
struct Lexed {
  PieceList pieces;  // in chunks: the assembler frees them as it goes
  ChunkedText literals;               // text of the pieces whose words are not a plain copy
  std::vector<TitleHolder> holders;   // in text order
  NameIndex names;          // full names the layout found (labels weigh more than mentions)
  bool names_upper = true;  // surnames resolved from prose are upper-cased like the labels
  bool names_from_prose = true;  // false: the layout's own list (a cast list) is the only source
                                 // of full names; a mention in the text ("Exit MARIA") is none

  // Where literal() writes when not in `literals`: the document's own store, for a lexer that
  // runs on while the rows are read (RowStream), whose rows must find them there.
  ChunkedText* literal_sink = nullptr;

  // Gives the Text piece p the words `what` in place of the bytes of its span.
  void literal(Piece& p, std::string_view what) {
    p.lit = (literal_sink ? *literal_sink : literals).append(what);
    p.lit_len = uint32_t(what.size());
  }
  // The piece p (no literal) stands for its bytes so far, whatever its span grows to hold:
  // markup after a paragraph's words, without a copy of the words.
  static void cut(Piece& p) {
    if (p.lit != kNoLiteral || p.cut) return;
    p.cut = true;
    p.lit_len = p.span.e - p.span.b;
  }
  // From the next piece on, `title` is held by `holder`.
  void hold(std::string_view title, std::string_view holder) {
    holders.push_back({pieces.size(), title_key(title), std::string(holder)});
  }
};

// A label at the start of a line, as speaker_of(line) reads it.
struct LabelParts {
  Span label, name, role;
  size_t end = 0;  // byte after the closing ':' or '.'
};

// The head of a text as the sniffers read it (its first 16 KB, cut at a line end), its lines
// found once for every sniffer instead of by each (for a short transcript, asking ten sniffers
// was a quarter of the parse). Made from a string, so that a test can hand a sniffer one.
struct Head {
  struct Line {
    size_t b, e;  // [b, e) without its terminator, as LineReader gives it
  };
  Head(std::string_view head);  // NOLINT(google-explicit-constructor): a string is a head
  Head(const char* head) : Head(std::string_view(head)) {}  // NOLINT(google-explicit-constructor)
  Head(const Head&) = delete;  // `lines` may be a view of its own buffer
  Head& operator=(const Head&) = delete;
  std::string_view text;
  std::span<const Line> lines;
  // The first line from `from` on (after a BOM), without its terminator.
  std::string_view first_line(size_t from) const {
    return lines.empty() ? std::string_view() : text.substr(from, lines[0].e - std::min(from, lines[0].e));
  }

 private:
  // The lines of a short text (a few KB of a transcript in a table of thousands) stay here: a
  // heap block per text cost more than the sniffers' reading of them.
  static constexpr size_t kInlineLines = 128;
  std::array<Line, kInlineLines> inline_;
  std::vector<Line> heap_;
};

// The last few labels a lexer parsed, by their bytes: a transcript repeats a few labels
// thousands of times (KELLY: ... BOWMAN: ... KELLY:), and parsing one is most of what a line
// costs. Only for a parse whose result depends on the label's bytes alone; positions are kept
// relative to the label's start (moved(parts, at, forward) for each kind of parts), so a label
// met again anywhere gets the same parts.
template <class Parts>
class RecentLabels {
 public:
  // parse() for the label s[b, e), or the parts remembered for the same bytes.
  template <class Parse>
  std::optional<Parts> get(std::string_view s, size_t b, size_t e, Parse&& parse) {
    const std::string_view key = s.substr(b, e - b);
    for (const Entry& x : entries_)
      if (x.key.size() == key.size() && !key.empty() && std::memcmp(x.key.data(), key.data(), key.size()) == 0)
        return x.parts ? std::optional<Parts>(moved(*x.parts, b, true)) : std::nullopt;
    std::optional<Parts> parts = parse();
    Entry& slot = entries_[next_];
    next_ = (next_ + 1) % kSize;
    slot.key = key;
    slot.parts = parts ? std::optional<Parts>(moved(*parts, b, false)) : std::nullopt;
    return parts;
  }

 private:
  struct Entry {
    std::string_view key;
    std::optional<Parts> parts;
  };
  static constexpr size_t kSize = 8;
  std::array<Entry, kSize> entries_{};
  size_t next_ = 0;
};

// The parts moved to start at `at` (forward) or from it (back to relative); an empty span stays
// {0, 0}, as a parse leaves it.
inline LabelParts moved(LabelParts p, size_t at, bool forward) {
  const uint32_t d = uint32_t(at);
  for (Span* x : {&p.label, &p.name, &p.role})
    if (!x->empty()) forward ? (x->b += d, x->e += d) : (x->b -= d, x->e -= d);
  p.end = forward ? p.end + at : p.end - at;
  return p;
}

using LabelMemo = RecentLabels<LabelParts>;

// A lexer that works in steps, so that the rows of a long transcript can be read before the
// end of it is lexed (RowStream). It writes pieces and literals into the Lexed it was made
// with, as `lex` does, but no full names nor title holders: those come from its census.
class StepLexer {
 public:
  virtual ~StepLexer() = default;
  // Lexes on until at least `bytes` more of the text are read or the text ends; false once the
  // whole text is lexed.
  virtual bool step(size_t bytes) = 0;
  // How many pieces are final: the pieces after them may still change (a cue that repeats the
  // line before it joins the piece before it).
  virtual size_t settled() const = 0;
  // What the speakers' resolution needs from the whole text, at a fraction of the cost of
  // lexing it: its Label pieces only (the same labels in the same order as the lexer's, none
  // weak) and the full names it gives (no title holders: the resolver reads those by piece).
  // Taken when the first label is read, so a text that names no one needs none.
  virtual void census(Lexed& out) const = 0;
};

struct Layout {
  std::string_view name;
  // Cuts text[from..] (from: after a BOM) into pieces.
  void (*lex)(std::string_view text, size_t from, Lexed& out);
  // Reads a label at the start of `line`.
  std::optional<LabelParts> (*read_label)(std::string_view line);
  // How much the head of a text (its first 16 KB) looks like this layout, 0 (not at all) to
  // 100 (certain: `WEBVTT` on line 1); `auto` picks the highest. A cheap scan, never a parse.
  int (*sniff)(const Head& head);
  // The highest score sniff ever gives: `auto` stops asking once no layout left can do better.
  int max_score = 100;
  // Optional: `lex` in steps, with a census of the labels (StepLexer), for reading the first
  // rows of a long transcript without lexing all of it.
  std::unique_ptr<StepLexer> (*lex_in_steps)(std::string_view text, size_t from, Lexed& out) = nullptr;
};

// Rules for every layout (LAYOUTS.md): a markdown heading (`# Title`, `## Part 2`) is meta,
// and a YAML block from `---` on the first line to the next `---` is one meta row.
bool is_markdown_heading(std::string_view line);
bool is_yaml_fence(std::string_view line);

// The shared line driver: reads the lines of text[from..] as `sed` counts them, makes the YAML
// front matter and markdown headings meta pieces, tracks blank lines, and hands every other
// line to the layout: on_line(b, e, line, paragraph_start) with [b, e) trimmed of white space.
// A layout that needs blank lines or indentation reads LineReader itself instead.
template <class OnLine>
void for_each_line(std::string_view s, size_t from, Lexed& out, OnLine&& on_line);

// Every layout name of SPEC.md, in the order of the error message.
const std::vector<std::string_view>& layout_names();
// The implemented layout of that name, or nullptr (unknown or not supported yet).
const Layout* find_layout(std::string_view name);
// The layout that `auto` picks for this text.
const Layout& detect_layout(std::string_view text);

// Builds the rows of `doc` from the pieces (shared by every layout).
void assemble(std::string_view text, Lexed& lexed, Document& doc);

// The same, a few rows at a time. Speakers are resolved first (a label's full name may come
// anywhere in the text), then each build() reads only the pieces that the rows asked for need.
// `lexed` and `doc` must outlive it and stay where they are.
class Assembler;
class RowBuilder {
 public:
  RowBuilder(std::string_view text, Lexed& lexed, Document& doc);
  // The same while `lexer` lexes on into `lexed` (it must outlive the builder), `first` bytes
  // in the first step, each step twice the last, the rest at once past `last`; the speakers
  // are resolved from its census, taken when the first label is read.
  RowBuilder(std::string_view text, Lexed& lexed, Document& doc, StepLexer& lexer, size_t first, size_t last);
  ~RowBuilder();
  // Builds rows until `rows` of them are final (no later piece can change them) or every
  // piece is read; returns how many rows are final.
  size_t build(size_t rows);

 private:
  std::unique_ptr<Assembler> assembler_;
};

// Appends a piece of `type` at [b, e) that begins on `line`, and returns it for the layout to
// fill in (a label's parts, a literal, times).
inline Piece& push_piece(PieceList& out, Piece::Type type, uint32_t line, size_t b, size_t e,
                         bool paragraph_start = false) {
  Piece p;
  p.type = type;
  p.line = line;
  p.span = {uint32_t(b), uint32_t(e)};
  p.paragraph_start = paragraph_start;
  out.push_back(p);
  return out.back();
}

// --- the line driver's body ---
bool has_closing_yaml_fence(std::string_view s, size_t after);
void push_block(Lexed& out, Piece::Type type, uint32_t line, size_t b, size_t e, bool paragraph_start);

// `before_block()` runs before the driver puts out a piece of its own (front matter, a heading),
// so that a lexer holding a piece back (timestamped: a bare time waiting for its text) puts it
// out first and the pieces stay in text order.
template <class OnLine, class BeforeBlock>
void for_each_line(std::string_view s, size_t from, Lexed& out, OnLine&& on_line, BeforeBlock&& before_block) {
  LineReader lines(s, from);
  size_t lb, le;
  bool para = true, in_yaml = false;
  while (lines.next(lb, le)) {
    uint32_t n = lines.line();
    size_t b = skip_space(s, lb, le);
    size_t e = trim_end(s, b, le);
    std::string_view line = s.substr(b, e - b);
    bool opens_yaml = n == 1 && is_yaml_fence(line) && has_closing_yaml_fence(s, le);
    if (in_yaml || opens_yaml) {  // one meta row, blank lines and all
      if (b < e) {
        before_block();
        push_block(out, Piece::Type::Meta, n, b, e, para);
      }
      in_yaml = opens_yaml || (in_yaml && !is_yaml_fence(line));
      para = !in_yaml;  // what follows the block is a block of its own
      continue;
    }
    if (b == e) {
      para = true;
      continue;
    }
    // A heading is a row of its own (its first byte is looked at here: a call per line cost).
    if (line[0] == '#' && is_markdown_heading(line)) {
      before_block();
      push_block(out, Piece::Type::Meta, n, b, e, true);
      para = true;
      continue;
    }
    on_line(b, e, n, para);
    para = false;
  }
}

template <class OnLine>
void for_each_line(std::string_view s, size_t from, Lexed& out, OnLine&& on_line) {
  for_each_line(s, from, out, on_line, [] {});
}

// The entry point of the core: text in, turns out. `format` is a layout name or "auto".
// Throws Error for an unknown or unsupported format. The text must be valid UTF-8.
Document parse(std::string_view text, std::string_view format = "auto");
// The same into `doc`, with `scratch` for the lexer's pieces. Where the parse stops early (an
// error, an interrupt) what it built stays in `doc` and `scratch` until the caller drops them,
// so that an interrupted parse of 200 MB returns at once rather than after giving back its
// memory; after a whole parse `scratch` is empty again.
void parse_into(std::string_view text, std::string_view format, Document& doc, Lexed& scratch);

// How RowStream lexes a text of a layout that can lex in steps: a text of `from_bytes` or more
// as its rows are read (with one census of its labels when the first label is read: a label's
// full name may come anywhere), `first` bytes in the first step, each step twice the last, and
// the rest at once past `last`; a shorter text at once, where the census would cost more than
// it saves. The tests lex every text in steps of a line or so: {0, 1}.
struct LexSteps {
  size_t from_bytes = size_t(1) << 20;
  size_t first = size_t(16) << 10;
  size_t last = size_t(1) << 20;
};

// A parse whose rows are built as they are read (transcript_turns): start() reads the whole
// text once, into the layout's pieces and the names they give (a long caption file: as its rows
// are read, LexSteps); the rows are built from the pieces when asked for, so that a LIMIT, or a
// join that stops early, leaves that work undone.
class RowStream {
 public:
  RowStream();
  ~RowStream();
  RowStream(RowStream&&) noexcept;
  RowStream& operator=(RowStream&&) noexcept;
  // Throws Error as parse() does. The text must outlive the stream.
  void start(std::string_view text, std::string_view format, LexSteps steps = {});
  // Whether row i (0-based) exists; builds rows until it is final.
  bool reach(size_t i);
  // Row i (reached) with its character positions, which are counted on first use, for it and
  // the rows before it: a query that reads no `start` or `length` counts no characters.
  const Turn& placed(size_t i);
  // The rows built so far (with reach(i) true, doc().turns[i] is final; its character positions
  // are those of placed(i)).
  const Document& doc() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The speaker named by the label that begins `line` (canonical: no role, no titles), or nullopt.
std::optional<std::string> speaker_of_line(std::string_view line);

}  // namespace transcript
