#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// madoguchi-cli preentry encode|decode (issue #10, docs/preentry.md).
void appendPreentryCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
