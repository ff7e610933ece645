#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// madoguchi-cli audit resident ATENA_NO (issue #10, docs/security.md).
void appendResidentAuditCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
