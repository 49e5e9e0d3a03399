#pragma once
#include "layout.hpp"

namespace transcript {
// Congressional hearing records: GPO text (`    Mr. NADLER. Thank you.` paragraphs, rosters,
// witness headings, inserted statements) and CQ transcripts (`GRASSLEY:` lines, `SPEAKERS:`
// lists). See LAYOUTS.md, "hearing".
const Layout& hearing_layout();
}  // namespace transcript
