#include "commands.h"

#include "dbcommands.h"

namespace madoguchi::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DbInfoCommand>());
    commands.push_back(std::make_unique<DbMigrateCommand>());
    return commands;
}

} // namespace madoguchi::cli
