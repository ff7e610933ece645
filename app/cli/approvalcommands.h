#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// A supervisor's approvals from the console (issue #8, docs/approvals.md):
//   approval list [--state pending|approved|denied] [--kind override|unlock|correction]
//   approval request-unlock --resident ATENA --scope address|print|copies [--minutes N] --reason R
//   approval request-correction --resident ATENA --set FIELD=VALUE [--set …] --reason R
//   approval approve ID [--comment C]
//   approval deny ID --comment C
// each with --db LOCATION and --as STAFF_ID. Adds them to madoguchi-cli's list.
void appendApprovalCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
