#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// The waiting room from the console (issue #8, docs/queue.md):
//   ticket issue --purpose P [--priority CLASS] [--appointment-at HH:MM]
//   ticket call --counter C
//   ticket serve|done|no-show|hold|resume --ticket NUMBER
//   ticket redirect --ticket NUMBER --to P
//   ticket list
//   counter add --id ID --name NAME --purposes A,B [--office OFFICE]
//   counter list
// Adds them to madoguchi-cli's list.
void appendTicketCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
