#pragma once
#include "layout.hpp"

namespace transcript {
// Trial and oral-argument transcripts: pages of numbered lines (1-25) with filing stamps and
// running heads, `THE COURT:` / `MR. SMITH:` / `JUSTICE KENNEDY:` labels, `Q` / `A`
// examination turns, `(Jury out.)` events, realtime clock times. See LAYOUTS.md, "court".
const Layout& court_layout();
}  // namespace transcript
