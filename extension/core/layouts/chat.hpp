#pragma once
#include "layout.hpp"

namespace transcript {
// Chat logs: `[2018-03-12 11:48:07] <nick> text` (IRC, Matrix bridges), `[12:01] <nick>`,
// `12:01 <nick>`, WeeChat, phone exports and Zoom chat; joins, quits, nick changes and actions
// are events. See LAYOUTS.md, "chat".
const Layout& chat_layout();
}  // namespace transcript
