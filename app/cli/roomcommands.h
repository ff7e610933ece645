#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

void appendRoomCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
