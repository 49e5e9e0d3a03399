#pragma once
#include "layout.hpp"

namespace transcript {
// Raw TV line-21 caption text: `>>` a new speaker, `>>>` a new story, `>> Reporter:` a name.
// See LAYOUTS.md, "webvtt and srt" (line21).
const Layout& captions_layout();
}  // namespace transcript
