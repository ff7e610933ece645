#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// madoguchi-cli cert issue|verify (issue #10, docs/certificates.md).
void appendCertCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
