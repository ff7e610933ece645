#include "roomcommands.h"

namespace madoguchi::cli {

void appendRoomCommands(std::vector<std::unique_ptr<Command>>&) {}

} // namespace madoguchi::cli
