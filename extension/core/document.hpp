// The parser's output: a transcript as rows (turns), with spans into the caller's text.
// A Document never copies the transcript; it must not outlive the text it was parsed from.
#pragma once
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chunked.hpp"
#include "names.hpp"

namespace transcript {

class CharCounter;

enum class Kind : uint8_t { Speech, Event, Meta, Prose };
std::string_view kind_name(Kind k);

// A byte range [b, e) of the transcript.
struct Span {
  uint32_t b = 0, e = 0;
  bool empty() const { return b == e; }
  std::string_view of(std::string_view text) const { return text.substr(b, e - b); }
};

// A person (or an anonymous voice) who speaks in the transcript.
struct Speaker {
  std::string name;  // canonical: the fullest name the transcript gives, no honorifics/role
  std::string key;   // join key (case-folded, no titles or punctuation); empty for anonymous
  bool anonymous = false;
};

constexpr double kNoTime = NAN;
constexpr uint32_t kNoLiteral = UINT32_MAX;

// A piece of a turn's text: a span of the transcript as written, or a literal that the layout
// wrote in its place (entities decoded, markup or line numbers cut out) with `src` still the
// bytes of the transcript that it stands for.
struct Segment {
  Span src;
  uint32_t lit = kNoLiteral, lit_len = 0;  // into Document::literals when lit != kNoLiteral
  bool glue = false;                       // joined to the previous segment without a space
  // Its bytes stand for its lines joined by a space, as a literal would hold them: entities
  // read it as one (a caption's text, which is a literal where it has markup).
  bool joined = false;
  // `src` is only the words of a piece whose span holds markup after them (Piece::cut): entities
  // read it on its own, as they read a literal.
  bool cut = false;
  bool literal() const { return lit != kNoLiteral; }
};

struct Turn {
  Kind kind = Kind::Speech;
  bool clip = false;
  bool has_label = false;
  bool has_role = false;
  int32_t speaker = -1;  // index into Document::speakers; -1: none (also speech whose speaker
                         // the text does not say)
  uint32_t line = 0;     // 1-based line where the turn begins
  Span span;             // bytes of the turn as written, label included
  Span label;            // valid when has_label
  Span role;             // valid when has_role
  uint32_t first_segment = 0, segment_count = 0;  // its text: Document::segments[first, first+count)
  double start_time = kNoTime, end_time = kNoTime;
  // Character positions for SQL, filled by Document::finish().
  uint32_t char_start = 0, char_length = 0;
};

struct Document {
  std::string_view text;  // the whole transcript, BOM included
  std::string layout;     // the layout that parsed it
  Chunked<Turn> turns;            // in chunks: no copies nor unused half while they grow
  Chunked<Segment> segments;      // the pieces of each turn's text, in order
  ChunkedText literals;           // text of the literal segments
  std::vector<Speaker> speakers;
  NameIndex names;                // the full names the transcript gives (for entities' canonical)

  // The turn's text: its segments joined with white space folded to single spaces.
  std::string render_text(const Turn& t) const;
  // The same into a buffer of at least text_capacity(t) bytes; returns the length written.
  size_t render_text(const Turn& t, char* out) const;
  // With `source_only`: whether the turn's text is made of the transcript's own bytes only (no
  // literal that a layout wrote in place of markup): then it holds a NUL only where the
  // transcript does. One pass over the segments for both, as a row's text asks for both.
  size_t text_capacity(const Turn& t, bool* source_only = nullptr) const;
  size_t count_words(const Turn& t) const;
  // The turn whose span holds the 1-based character position, or nullptr.
  const Turn* turn_at(int64_t char_position) const;

  // Computes the character positions of every turn (one forward pass over the text).
  void finish(bool ascii_only);
  // The same for one turn; turns must be placed in order with the same counter.
  static void place(Turn& t, CharCounter& chars);
};

}  // namespace transcript
