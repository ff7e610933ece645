#include "commands.h"

namespace madoguchi::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    return commands;
}

} // namespace madoguchi::cli
