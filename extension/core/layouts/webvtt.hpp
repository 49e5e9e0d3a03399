#pragma once
#include "layout.hpp"

namespace transcript {
// W3C WebVTT caption files: `WEBVTT` header, cues with timings, `<v Name>` voices.
// See LAYOUTS.md, "webvtt and srt".
const Layout& webvtt_layout();
}  // namespace transcript
