#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// The supervisor's view from the console (issue #8, docs/queue.md):
//   room [--date YYYY-MM-DD]                       the live room's figures
//   export day --as SUPERVISOR [--date D] --out DIR the day's tickets and visits as CSV
// Adds them to madoguchi-cli's list.
void appendRoomCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
