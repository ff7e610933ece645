#pragma once

#include <QCommandLineOption>

namespace madoguchi::cli {

// --db LOCATION, the same for every command that opens the register: an
// SQLite file or a postgresql:// URL (docs/storage.md).
QCommandLineOption databaseOption();

} // namespace madoguchi::cli
