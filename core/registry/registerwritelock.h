#pragma once

#include "common/result.h"

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

// Takes, inside the caller's transaction, the lock every transaction that
// writes register_changes holds until it ends. Branches pull the hall's
// changes in seq order up to the last one they saw (docs/branch.md,
// "Pull"); if two writers could commit out of seq order, a pull could see
// the later seq first and never look back for the earlier one. Serialized
// writers commit their changes in seq order. On PostgreSQL a transaction
// advisory lock (released at COMMIT or ROLLBACK); on SQLite nothing: its
// write transactions are serialized by the database itself.
Status lockRegisterWrites(storage::Database& db);

} // namespace madoguchi::registry
