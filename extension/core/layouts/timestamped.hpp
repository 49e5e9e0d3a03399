#pragma once
#include "layout.hpp"

namespace transcript {
// Podcast and meeting exports whose labels carry a time: `Lenny Rachitsky (00:01:23):`,
// `Stephan Livera 00:02:14`, `**Name:** 00:00:00`, `[Speaker 1] [00:03] text`.
// See LAYOUTS.md, "timestamped".
const Layout& timestamped_layout();
}  // namespace transcript
