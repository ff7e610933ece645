#include "approvalcommands.h"

namespace madoguchi::cli {

void appendApprovalCommands(std::vector<std::unique_ptr<Command>>&) {}

} // namespace madoguchi::cli
