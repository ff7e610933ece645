#include "commands.h"

#include "dbcommands.h"
#include "demoseedcommand.h"
#include "textcheckcommand.h"
#include "textdatecommand.h"
#include "textfoldcommand.h"

namespace madoguchi::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DbInfoCommand>());
    commands.push_back(std::make_unique<DbMigrateCommand>());
    commands.push_back(std::make_unique<TextDateCommand>());
    commands.push_back(std::make_unique<TextCheckCommand>());
    commands.push_back(std::make_unique<TextFoldCommand>());
    commands.push_back(std::make_unique<DemoSeedCommand>());
    return commands;
}

} // namespace madoguchi::cli
