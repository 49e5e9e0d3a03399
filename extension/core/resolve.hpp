// Speaker resolution: from a label as written to the canonical speaker, apart from the turn
// rules. It knows the full names the layout reported (labels, rosters, introductions, mentions
// in the text) and who holds each title at each point of the text (Lexed::hold), so that
// `KELLY` is MARY LOUISE KELLY and `Q`, read after `BY MR. HUESTON:`, is JOHN C. HUESTON.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chunked.hpp"
#include "layout.hpp"

namespace transcript {

class Resolver {
 public:
  // `census`: the text's labels from a census (StepLexer::census), for a text whose lexer has
  // not read it all (no weak labels nor title holders); speaker_for() then takes a label's
  // index among them. It is read by prepare(), which must come after it is filled.
  Resolver(std::string_view text, Lexed& lexed, Document& doc, PieceList* census = nullptr)
      : text_(text), lx_(lexed), doc_(doc), labels_in_(census ? *census : lexed.pieces) {}

  // Before the pieces are read: learns the full names that labels give, turns weak labels that
  // name no known speaker back into text, and looks up surname-only labels in the text.
  void prepare();

  // The speaker of the Label piece pieces[index] (with a census: census[index]); indices must
  // not go backwards.
  int32_t speaker_for(size_t index);

  // The speaker of that canonical name, added to the document the first time.
  int32_t intern(const std::string& canonical);

 private:
  int32_t resolve_name(std::string_view written);
  // intern() with the name's upper-cased form, and whether it is anonymous when known (0 or 1;
  // -1: not known).
  int32_t intern(const std::string& canonical, std::string upper, int anonymous);
  const std::string* holder_of(const std::string& title_key, size_t index);

  std::string_view text_;
  Lexed& lx_;
  Document& doc_;
  PieceList& labels_in_;  // where the label pieces are: the lexer's pieces, or the census
  std::unordered_map<std::string, int32_t> by_name_;         // upper-cased canonical -> speaker
  // What a label's name says, once per name as written.
  struct LabelName {
    std::string canonical, upper;
    bool single = false, anonymous = false;
    bool known = false;    // knows_surname(canonical), once the full names are in
    int32_t speaker = -1;  // its speaker, once speaker_for() resolved it
    // prepare()'s tallies, per name as written.
    size_t firm = 0, weak = 0;  // its labels that are not weak, and those that are
    size_t unresolved = 0;     // its labels that a search of the prose may resolve
    // For RecentLabels: a name has no position to move.
    friend LabelName* moved(LabelName* n, size_t, bool) { return n; }
  };
  int32_t resolve_label(const LabelName& n);
  std::unordered_map<std::string_view, LabelName> label_names_;  // name as written -> what it says
  struct LabelRef {
    size_t piece;
    LabelName* name;
  };
  Chunked<LabelRef> labels_;  // each label piece (not title-only): its index and name
  size_t next_label_ = 0;  // speaker_for's place in labels_
  std::unordered_map<std::string_view, std::string> title_keys_;  // title-only label -> title_key()
  std::unordered_map<const std::string*, int32_t> by_holder_;     // a title holder's name -> speaker
  std::unordered_map<std::string, const std::string*> holding_, first_holder_;  // title -> holder
  size_t next_holder_ = 0;  // lx_.holders[next_holder_] is the next fact not yet in holding_
};

}  // namespace transcript
