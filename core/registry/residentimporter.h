#pragma once

#include "common/result.h"
#include "registry/residentrow.h"
#include "registry/textsource.h"

#include <QDate>
#include <QList>
#include <functional>
#include <optional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

enum class ImportPhase { Checking, Writing };

struct ImportOptions {
    // nullopt: detect (valid UTF-8 → UTF-8, else CP932).
    std::optional<TextEncoding> encoding;
    // The import date: removed_on of D rows and the start of new support
    // measures. Invalid: today.
    QDate today;
    // Accepted rows per transaction.
    int rowsPerTransaction = 50'000;
    // Called with the persons each transaction changed, inside it, before
    // COMMIT (the search index: registry::reindexPersons). May be empty.
    // When set and the register is empty as the import begins, the search
    // index is instead rebuilt once after the last COMMIT (and after a stop,
    // for what was committed): registry::rebuildSearchIndex, as demo seed.
    std::function<Status(storage::Database&, const QList<qint64>& personIds)> reindex;
    // Called now and then; `done` and `total` are bytes of the file.
    std::function<void(ImportPhase, qint64 done, qint64 total)> progress;
};

struct ImportSummary {
    TextEncoding encoding = TextEncoding::Utf8;
    qint64 read = 0; // data rows (records after the header)
    qint64 imported = 0; // new persons
    qint64 updated = 0;
    qint64 removed = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QList<RowError> errors; // in line order
    // Wall-clock milliseconds of the three phases: the checking pass, the
    // writing pass, and the indexes built at the end of a first load.
    qint64 checkingMs = 0;
    qint64 writingMs = 0;
    qint64 indexingMs = 0;
};

// Imports a resident extract (docs/import-format.md, "How it runs"). A file
// that is not CSV, is not in the encoding, or lacks a required column is
// refused (an Error) and leaves nothing written; rows that break a rule are
// noted and skipped. Into a register that holds residents: a checking pass
// over the whole file, then every accepted row written in transactions of
// rowsPerTransaction rows (a database failure stops the import with an
// Error naming the line; transactions already committed stay). Into an
// empty register (a first load): one pass in one transaction, the rows
// checked on a second thread as they are written.
Result<ImportSummary> importResidents(
    storage::Database& db, const QString& path, const ImportOptions& options = {});

} // namespace madoguchi::registry
