#pragma once
#include "layout.hpp"

namespace transcript {
// NPR, CNN, Fox, MSNBC, CNBC, debate rush transcripts: `MARY LOUISE KELLY, HOST:` labels,
// `(SOUNDBITE OF ...)` cues. See LAYOUTS.md, "broadcast".
const Layout& broadcast_layout();
}  // namespace transcript
