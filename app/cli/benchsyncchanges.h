#pragma once

#include "common/result.h"

#include <QString>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::cli {

// bench sync's changes at the hall, made the way a city makes them: the
// register is exported in the standard extract format, `count` residents
// spread evenly over it get their マイナンバーカード flag turned over and
// change U, and that file is imported (registry::importResidents, search
// keys kept) — so each is one change in register_changes, as a day's
// extract from the 住民記録 system would bring. Files in `workDir`.
// Returns the changes the import made.
Result<qint64> makeHallChanges(storage::Database& hall, qint64 count, const QString& workDir);

} // namespace madoguchi::cli
