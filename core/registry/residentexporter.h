#pragma once

#include "common/result.h"
#include "registry/textsource.h"

#include <QDate>
#include <functional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

struct ExportOptions {
    TextEncoding encoding = TextEncoding::Utf8;
    // The day support measures are judged in force on. Invalid: today.
    QDate today;
    // Called now and then with the rows written so far.
    std::function<void(qint64 written)> progress;
};

// Writes every resident (status 'resident', not 除票) in the standard extract
// format (docs/import-format.md), one household after another, head first:
// the header row, then one row per person with an empty `change`, CRLF line
// ends, UTF-8 without BOM or CP932. Importing the file into an empty
// register reproduces the extract's columns. A character CP932 cannot hold
// is an error naming the person; the file is then removed.
Result<qint64> exportResidents(
    storage::Database& db, const QString& path, const ExportOptions& options = {});

} // namespace madoguchi::registry
