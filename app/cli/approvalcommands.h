#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

void appendApprovalCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
