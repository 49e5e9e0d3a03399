// What the caption layouts share: cue timings, cue text markup, and the ways caption text
// names a speaker (`<v Ana>`, SDH `[Alba]` / `ALBA:`, `>> Reporter:`). The cue lexer here
// reads both WebVTT and SubRip; webvtt.cpp and srt.cpp only pick the flavour.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "layout.hpp"

namespace transcript::subtitles {

enum class Flavor : uint8_t { WebVTT, SRT };

// Cuts a caption file into pieces (see LAYOUTS.md "webvtt and srt").
void lex(std::string_view text, size_t from, Lexed& out, Flavor flavor);
// The same in steps, with a census of its labels (Layout::lex_in_steps).
std::unique_ptr<StepLexer> lex_in_steps(std::string_view text, size_t from, Lexed& out, Flavor flavor);

// A timestamp at s[i]: `01:02:03.500`, `02:03.500` (no hours), lenient SRT forms `0:00:00,000`,
// two-digit fractions, no fraction. Returns the bytes it spans (0: none) and sets `seconds`.
size_t parse_timestamp(std::string_view s, size_t i, double& seconds);
namespace detail {
// The same without the fast path for `HH:MM:SS.mmm` (for the tests: both must agree).
size_t parse_timestamp_in_full(std::string_view s, size_t i, double& seconds);
}  // namespace detail

// A cue timing line `start --> end [settings]`; sets the times in seconds.
bool parse_timing(std::string_view line, double& start, double& end);

// True for `WEBVTT` alone or followed by white space (the file signature).
bool is_webvtt_signature(std::string_view line);

// A speaker named at s[b, e) (the start of a caption line).
struct Naming {
  LabelParts parts;          // label, name, role, and `end`: where the speech begins
  bool title_only = false;   // a title such as Reporter or Narrator: speaker as written, role the title
  bool voice = false;        // a WebVTT `<v>` voice (its cue only; text conventions carry on)
};

// `<v Name>` / `<v.class Name>`.
std::optional<Naming> read_voice(std::string_view s, size_t b, size_t e);
// SDH `[Alba]` / `(ALBA)` before speech; a description (`[laughs]`, `[door slams]`) is not one.
std::optional<Naming> read_bracket_name(std::string_view s, size_t b, size_t e);
// `Name:` / `NAME, ROLE:` followed by white space or the end of the line. `caps_only`: every
// letter upper-case (SDH names mid-cue); `lenient`: a lower-case single word is allowed (after
// `>>` in raw TV captions, whose signal drops letters: `eporter:`).
std::optional<Naming> read_colon_name(std::string_view s, size_t b, size_t e, bool caps_only, bool lenient);

// True for the unnamed people SDH captions name in brackets: `man`, `woman 2`, `narradora`.
bool is_generic_speaker(std::string_view inner);

// True when the bracket's inner text describes a sound rather than naming someone.
bool is_sound_description(std::string_view inner);

// True for a line that says nothing: bracketed descriptions and music notes only
// (`[door slams]`, `(MUSIC)`, `♪ ♪`).
bool is_sound_line(std::string_view line);

// Appends s[b, e) to out without markup: tags (`<i>`, `<c.x>`, `<00:00:01.520>`, `<v Ana>`,
// `</font>`), SRT override codes (`{\an8}`), and with character references decoded
// (`&amp;` -> `&`). `any_tag`: WebVTT, where every tag is markup; SRT strips known tags only.
void append_clean(std::string& out, std::string_view s, size_t b, size_t e, bool any_tag);

}  // namespace transcript::subtitles
