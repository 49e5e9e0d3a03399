#pragma once
#include "layout.hpp"

namespace transcript {
// `Name: text` transcripts: podcasts, meetings, debates with full names, markdown
// `**Name:** text`, speech-recognition `SPEAKER_00:` labels, `Q:`/`A:`, CSV exports with a
// speaker column. See LAYOUTS.md, "dialogue". Also `auto`'s fallback.
const Layout& dialogue_layout();
}  // namespace transcript
