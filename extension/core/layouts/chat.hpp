#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "layout.hpp"

namespace transcript {
// Chat logs: `[2018-03-12 11:48:07] <nick> text` (IRC, Matrix bridges), `[12:01] <nick>`,
// `12:01 <nick>`, WeeChat, phone exports and Zoom chat; joins, quits, nick changes and actions
// are events. See LAYOUTS.md, "chat".
const Layout& chat_layout();

namespace detail {
// For the tests: the time stamp at the start of `line` as the lexer reads it after a line of the
// date `date_before` ("2018-03-12", or none), with (`fixed`) or without the reading of a dated
// stamp at fixed places; nullopt where there is none.
struct ChatStamp {
  double wall;
  int64_t day;
  size_t end;
  bool dated, whatsapp;
};
std::optional<ChatStamp> chat_stamp(std::string_view line, std::string_view date_before, bool fixed);
}  // namespace detail
}  // namespace transcript
