#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// Every subcommand of madoguchi-cli, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace madoguchi::cli
