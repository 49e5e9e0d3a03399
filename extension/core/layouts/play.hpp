#pragma once
#include "layout.hpp"

namespace transcript {
// Plays and scripts: `NAME.` or `Name:` alone on a line with the speech below, stage
// directions, acts and scenes, a cast list. See LAYOUTS.md, "play".
const Layout& play_layout();
}  // namespace transcript
