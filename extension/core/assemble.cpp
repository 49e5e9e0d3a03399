// From pieces to rows: the turn rules that every layout shares (SPEC.md, LAYOUTS.md).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

#include "layout.hpp"
#include "patterns.hpp"
#include "resolve.hpp"
#include "text.hpp"

namespace transcript {
namespace {

// How a cue bears on clips: (BEGIN VIDEO CLIP) ... (END VIDEO CLIP), (SOUNDBITE OF ...).
enum class CueEffect { None, BeginClip, EndClip, Soundbite };

CueEffect cue_effect(std::string_view cue) {
  size_t i = 0;
  while (i < cue.size() && (cue[i] == '(' || cue[i] == '[' || cue[i] == ' ')) ++i;
  std::string_view w = cue.substr(i);
  auto clip_word = [&] {
    return icontains(w, "video") || icontains(w, "tape") || icontains(w, "clip") || icontains(w, "audio") ||
           icontains(w, "sound");
  };
  if ((istarts_with(w, "begin") || istarts_with(w, "start")) && clip_word()) return CueEffect::BeginClip;
  if (istarts_with(w, "end") && clip_word()) return CueEffect::EndClip;
  // A soundbite of recorded speech introduces played turns; music and sound effects do not.
  static constexpr std::string_view kSpeech[] = {
      "archive", "recording", "broadcast", "show", "film", "movie", "video", "interview", "call",
      "speech", "hearing", "podcast", "news", "tape", "voice", "conversation", "message", "audio",
      "clip", "conference", "documentary", "ad,", " ad)", "commercial", "remarks", "testimony"};
  if (istarts_with(w, "soundbite"))
    for (auto k : kSpeech)
      if (icontains(w, k)) return CueEffect::Soundbite;
  return CueEffect::None;
}

}  // namespace

class Assembler {
 public:
  Assembler(std::string_view text, Lexed& lx, Document& doc, StepLexer* lexer = nullptr, size_t first_step = 0,
            size_t last_step = 0)
      : text_(text), lx_(lx), doc_(doc), resolver_(text, lx, doc, lexer ? &census_ : nullptr), lexer_(lexer),
        step_bytes_(std::max<size_t>(first_step, 1)), last_step_bytes_(last_step) {
    // Lexed whole: weak labels that name no speaker become text before any piece is read.
    if (!lexer_) resolver_.prepare();
    ready_ = lexer_ ? lexer_->settled() : lx_.pieces.size();
  }

  // Reads pieces until `rows` rows are final or the pieces end; returns how many are final.
  size_t build(size_t rows) {
    while (more() && !final_already(rows)) {
      size_t i = next_++;
      // Pieces are read once, in order: the chunks behind are given back as the rows grow.
      if ((i & 0xFFF) == 0xFFF) {
        poll_stop();
        lx_.pieces.release_before(i);
      }
      const Piece& p = lx_.pieces[i];
      switch (p.type) {
        case Piece::Type::Label: on_label(p, speaker_of_label(p, i)); break;
        case Piece::Type::Text: on_text(p); break;
        case Piece::Type::Cue: on_cue(p); break;
        case Piece::Type::Meta: on_block(p, Kind::Meta); break;
        case Piece::Type::Prose: on_block(p, Kind::Prose); break;
        case Piece::Type::Unnamed: on_unnamed(p); break;
      }
    }
    return final_rows();
  }

 private:
  // Only the last row may still grow (a reprinted label, more text); all rows are final once
  // every piece is read, or once the next piece is one that starts a row of its own.
  size_t final_rows() const {
    size_t n = doc_.turns.size();
    return next_ == ready_ || n == 0 || next_starts_a_row() ? n : n - 1;
  }

  // With a census the resolver knows the labels by their order, not by piece; the census and
  // the lexer must agree label for label (where each starts: a cue that says nothing more may
  // lengthen the piece of the label before it), or a turn would get another's speaker.
  int32_t speaker_of_label(const Piece& p, size_t i) {
    if (!lexer_) return resolver_.speaker_for(i);
    if (labels_read_ == 0) take_census();
    const size_t k = labels_read_++;
    if (k >= census_.size() || census_[k].span.b != p.span.b)
      throw std::logic_error("the census of the labels and the lexer disagree at byte " + std::to_string(p.span.b + 1));
    return resolver_.speaker_for(k);
  }

  // The labels and full names of the whole text, for the resolver (StepLexer::census).
  void take_census() {
    Lexed census;
    lexer_->census(census);
    if (!census.holders.empty()) throw std::logic_error("a census of the labels gave title holders");
    for (size_t k = 0; k < census.pieces.size(); ++k)
      if (census.pieces[k].type != Piece::Type::Label || census.pieces[k].weak)
        throw std::logic_error("a census of the labels gave a piece that is not a firm label");
    lx_.names = std::move(census.names);
    lx_.names_upper = census.names_upper;
    lx_.names_from_prose = census.names_from_prose;
    census_ = std::move(census.pieces);
    resolver_.prepare();
  }

  // Whether a piece is there to read, lexing on for one where the lexer works in steps. The
  // first step is a few rows' worth of text (a LIMIT reads little more than it asked for), each
  // step twice the one before, and past the last step the rest at once: lexing on in steps of
  // megabytes between the rows was measured 0.1 s slower a 100 MB than lexing the rest in one
  // run (its line search, the same instructions, ran several times slower; why, we have not
  // found).
  bool more() {
    while (next_ == ready_ && lexer_ && !lexed_all_) {
      lexed_all_ = !lexer_->step(step_bytes_);
      step_bytes_ = step_bytes_ >= last_step_bytes_ ? SIZE_MAX : 2 * step_bytes_;
      ready_ = lexer_->settled();
    }
    return next_ < ready_;
  }

  // final_rows() >= rows, asking the next piece only when it decides.
  bool final_already(size_t rows) const {
    const size_t n = doc_.turns.size();
    return rows == 0 || n > rows || (n == rows && next_starts_a_row());
  }

  // Whether the next piece starts a new row whatever it holds: a cue, unnamed speech, or a label
  // after anything but open speech (which its speaker might continue). The last row is final
  // then without the label's speaker resolved: reading a transcript's heading row does not
  // wait for the search of the text for the name of the first speaker.
  bool next_starts_a_row() const {
    switch (lx_.pieces[next_].type) {
      case Piece::Type::Cue:
      case Piece::Type::Unnamed: return true;
      case Piece::Type::Label: return !open_;
      default: return false;
    }
  }

  bool mergeable(int32_t s) const {
    if (s < 0) return false;  // speech of no named speaker: a turn of its own
    const Speaker& sp = doc_.speakers[s];
    return !sp.anonymous || has_number(sp.name);
  }

  Turn& new_row(Kind kind, const Piece& p) {
    Turn t;
    t.kind = kind;
    t.line = p.line;
    t.span = p.span;
    t.first_segment = uint32_t(doc_.segments.size());
    const PieceExtra& x = lx_.pieces.extra(p);
    t.start_time = x.start_time;
    t.end_time = x.end_time;
    doc_.turns.push_back(t);
    return doc_.turns.back();
  }

  // A piece joins turn t: the span grows to hold it, the time range to its end.
  void extend(Turn& t, const Piece& p) const {
    if (p.span.e > t.span.e) t.span.e = p.span.e;
    if (p.extra == Piece::kNoExtra) return;
    const PieceExtra& x = lx_.pieces.extra(p);
    if (std::isnan(t.start_time)) t.start_time = x.start_time;
    if (!std::isnan(x.end_time)) t.end_time = x.end_time;
  }

  void add_segment(Turn& t, const Piece& p) {
    extend(t, p);
    if (p.lit == kNoLiteral && p.span.empty()) return;
    Segment seg;
    seg.src = p.cut ? Span{p.span.b, p.span.b + p.lit_len} : p.span;
    seg.cut = p.cut;
    seg.lit = p.lit;
    seg.lit_len = p.lit_len;
    seg.glue = p.glue;
    seg.joined = p.joined;
    doc_.segments.push_back(seg);
    ++t.segment_count;
  }

  bool speech_open() const { return open_; }

  static bool is_question_title(std::string_view name) { return iequals(name, "question"); }

  // "QUESTION:" from the audience is the person the host just introduced ("This is Todd
  // Hicks.", "this is from Anna Bettis from Tempe"): the last introduction in the text shortly
  // before the label, when it names no one who speaks under a label of their own.
  int32_t introduced_asker(const Piece& p) {
    constexpr size_t kWindow = 2000;
    size_t from = p.span.b > kWindow ? p.span.b - kWindow : 0;
    re2::StringPiece window(text_.data() + from, p.span.b - from);
    re2::StringPiece name, last;
    while (RE2::FindAndConsume(&window, patterns::introduction(), &name)) last = name;
    if (last.empty()) return -1;
    std::string full = upper_ascii(std::string_view(last.data(), last.size()));
    for (const Speaker& sp : doc_.speakers)
      if (iequals(sp.name, full)) return -1;  // a speaker of the transcript, not the asker
    return resolver_.intern(full);
  }

  void start_speech(const Piece& p, int32_t s, bool labelled) {
    Turn& t = new_row(Kind::Speech, p);
    t.speaker = s;
    unnamed_ = s < 0;
    if (s < 0) {  // no named speaker: no label, role or clip of a voice
      current_ = s;
      open_ = true;
      last_speech_ = doc_.turns.size();
      return;
    }
    const PieceExtra& x = lx_.pieces.extra(p);
    if (labelled && !x.label.empty()) {  // an empty label: a speaker the context gives (a roster)
      t.has_label = true;
      t.label = x.label;
    }
    // Roles carry to the speaker's later turns; an unnumbered anonymous label is a new voice
    // each time, so it has only the role it gives itself.
    Span role = s >= 0 && size_t(s) < roles_.size() ? roles_[s] : Span{};
    if (!mergeable(s)) {
      if (labelled) role = is_question_title(x.name.of(text_)) ? x.name : x.role;
      else if (last_speech_ > 0) {  // the same voice going on after an event
        const Turn& prev = doc_.turns[last_speech_ - 1];
        role = prev.has_role ? prev.role : Span{};
      }
    }
    if (!role.empty()) {
      t.has_role = true;
      t.role = role;
    }
    t.clip = clip_for(s);
    current_ = s;
    open_ = true;
    last_speech_ = doc_.turns.size();
  }

  bool clip_for(int32_t s) {
    if (live_.size() < doc_.speakers.size()) live_.resize(doc_.speakers.size(), false);
    bool clip = false;
    if (in_clip_) clip = true;
    else if (soundbite_) {  // played until someone heard live before speaks again
      if (s >= 0 && live_[s] && mergeable(s)) soundbite_ = false;
      else clip = true;
    }
    if (!clip && s >= 0) live_[s] = true;
    return clip;
  }

  void on_label(const Piece& p, int32_t s) {
    const PieceExtra& x = lx_.pieces.extra(p);
    Span role = x.role;
    if (is_question_title(x.name.of(text_))) {  // title-only: the title is the role
      role = x.name;
      if (int32_t asker = introduced_asker(p); asker >= 0) s = asker;
    }
    if (roles_.size() < doc_.speakers.size()) roles_.resize(doc_.speakers.size());
    if (!role.empty()) roles_[s] = role;
    if (open_ && current_ == s && mergeable(s)) {
      extend(doc_.turns.back(), p);  // a reprinted label (the next caption cue) continues the turn
      return;
    }
    start_speech(p, s, true);
  }

  void on_unnamed(const Piece& p) {
    open_ = false;
    start_speech(p, -1, false);
  }

  void on_text(const Piece& p) {
    if (open_) {
      add_segment(doc_.turns.back(), p);
      return;
    }
    if (current_ >= 0 || unnamed_) {  // after an event or a heading: a new turn of the same speaker
      start_speech(p, current_, false);
      add_segment(doc_.turns.back(), p);
      return;
    }
    on_block(p, Kind::Prose);  // before anyone speaks: a lede
  }

  void on_cue(const Piece& p) {
    open_ = false;
    CueEffect effect = cue_effect(p.span.of(text_));
    Turn& t = new_row(Kind::Event, p);
    t.clip = in_clip_ && effect != CueEffect::BeginClip && effect != CueEffect::EndClip;
    add_segment(t, p);
    if (effect == CueEffect::BeginClip) in_clip_ = true;
    if (effect == CueEffect::EndClip) in_clip_ = false;
    if (effect == CueEffect::Soundbite) soundbite_ = true;
  }

  void on_block(const Piece& p, Kind kind) {
    open_ = false;
    if (!doc_.turns.empty() && !p.paragraph_start && last_block_ == doc_.turns.size() && doc_.turns.back().kind == kind) {
      add_segment(doc_.turns.back(), p);
      return;
    }
    Turn& t = new_row(kind, p);
    add_segment(t, p);
    last_block_ = doc_.turns.size();
  }

  std::string_view text_;
  Lexed& lx_;
  Document& doc_;
  PieceList census_;  // lexed in steps: the labels of the whole text, once a label is read
  Resolver resolver_;
  std::vector<Span> roles_;  // the role each speaker last gave
  std::vector<bool> live_;   // heard outside any clip
  bool open_ = false;        // the last row is a speech turn that may continue
  int32_t current_ = -1;     // who spoke last
  size_t last_speech_ = 0;   // 1 + index of the last speech row
  size_t last_block_ = 0;    // 1 + index of the last meta/prose row made by on_block
  bool unnamed_ = false;      // the last speech had no named speaker
  bool in_clip_ = false, soundbite_ = false;
  size_t next_ = 0;  // the next piece to read
  StepLexer* lexer_;        // the lexer that goes on as rows are read, or none (all lexed)
  size_t ready_ = 0;        // pieces [0, ready_) are final
  bool lexed_all_ = false;  // the lexer is done
  size_t step_bytes_;             // what the next step lexes
  const size_t last_step_bytes_;  // the last step before the rest at once
  size_t labels_read_ = 0;  // label pieces read so far (their index in the census)
};

RowBuilder::RowBuilder(std::string_view text, Lexed& lexed, Document& doc)
    : assembler_(std::make_unique<Assembler>(text, lexed, doc)) {}
RowBuilder::RowBuilder(std::string_view text, Lexed& lexed, Document& doc, StepLexer& lexer, size_t first,
                       size_t last)
    : assembler_(std::make_unique<Assembler>(text, lexed, doc, &lexer, first, last)) {}
RowBuilder::~RowBuilder() = default;
size_t RowBuilder::build(size_t rows) { return assembler_->build(rows); }

void assemble(std::string_view text, Lexed& lexed, Document& doc) { RowBuilder(text, lexed, doc).build(SIZE_MAX); }

}  // namespace transcript
