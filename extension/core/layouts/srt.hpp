#pragma once
#include "layout.hpp"

namespace transcript {
// SubRip caption files: numbered cues, `00:02:14,570 --> 00:02:19,219`, `Name:` prefixes.
// See LAYOUTS.md, "webvtt and srt".
const Layout& srt_layout();
}  // namespace transcript
