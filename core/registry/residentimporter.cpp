#include "registry/residentimporter.h"

#include "registry/csvreader.h"
#include "registry/importcheck.h"
#include "registry/residentcolumns.h"
#include "registry/residentrowvalidator.h"
#include "registry/residentwriter.h"
#include "registry/rowfeed.h"
#include "registry/searchindex.h"
#include "registry/searchkeyload.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/sqlitecachesize.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <limits>
#include <thread>

namespace madoguchi::registry {
namespace {

constexpr int kProgressEvery = 4096;
// The page cache while importing (SQLite): see storage/sqlitecachesize.h.
constexpr int kCacheMebibytes = 256;
// Tables a first load fills, whose secondary indexes are built at the end.
const QStringList kRegisterTables{QStringLiteral("persons"), QStringLiteral("households"),
    QStringLiteral("entitlements"), QStringLiteral("name_history"),
    QStringLiteral("support_measures"), QStringLiteral("register_changes")};
// Indexes a first load fills in ascending key order (ids and change
// sequence numbers are handed out in file order): appending to them row by
// row costs less than a sort at the end, and that cost falls in the writing
// pass, where the writer waits for the reading thread anyway.
const QStringList kKeptIndexes{QStringLiteral("persons_change_seq"),
    QStringLiteral("persons_household"), QStringLiteral("households_change_seq"),
    QStringLiteral("entitlements_change_seq"), QStringLiteral("name_history_person"),
    QStringLiteral("support_measures_person"), QStringLiteral("support_measures_change_seq")};

// One reading of the file: source, reader and its header.
struct Pass {
    TextSource source;
    std::optional<CsvReader> reader;
    std::optional<ColumnMap> columns;

    Status open(const QString& path, TextEncoding encoding)
    {
        if (Status s = source.open(path, encoding); !s)
            return s;
        reader.emplace(source);
        if (!reader->next())
            return reader->error() ? *reader->error()
                                   : Error{QCoreApplication::translate("ResidentImport",
                                       "%1 is empty: a resident extract starts with its header "
                                       "row")
                                               .arg(path)};
        Result<ColumnMap> map = ColumnMap::fromHeader(*reader);
        if (!map)
            return map.error();
        columns = map.value();
        return {};
    }
};

Error refused(const QString& path, const Error& why)
{
    return Error{
        QCoreApplication::translate("ResidentImport", "%1 was refused, nothing was imported: %2")
            .arg(path, why.message)};
}

// Pass 1: every record checked, nothing written.
Status checkFile(Pass& pass, ImportCheck& check, RegisterLookup* lookup, ImportSummary& summary,
    const ImportOptions& options)
{
    const ResidentRowValidator validator(*pass.columns);
    const int atenaField = pass.columns->index(ResidentColumn::AtenaNo);
    int index = 0;
    while (pass.reader->next()) {
        const std::optional<ResidentRow> row = validator.validate(*pass.reader, summary.errors);
        const QStringView atena = atenaField < pass.reader->fieldCount()
            ? pass.reader->field(atenaField).trimmed()
            : QStringView();
        check.add(index, pass.reader->line(), atena, row ? &*row : nullptr, summary.errors);
        if (++index % kProgressEvery == 0 && options.progress)
            options.progress(ImportPhase::Checking, pass.source.bytesRead(), pass.source.size());
    }
    if (pass.reader->error())
        return *pass.reader->error();
    summary.read = index;
    return check.checkHeads(lookup, summary.errors);
}

} // namespace

Result<ImportSummary> importResidents(
    storage::Database& db, const QString& path, const ImportOptions& options)
{
    ImportSummary summary;
    if (options.encoding) {
        summary.encoding = *options.encoding;
    } else {
        Result<TextEncoding> detected = detectEncoding(path);
        if (!detected)
            return refused(path, detected.error());
        summary.encoding = detected.value();
    }
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QElapsedTimer phase;
    phase.start();
    const storage::SqliteCacheSize cache(db, kCacheMebibytes);
    ResidentWriter writer(db, today);
    if (Status s = writer.prepare(); !s)
        return s.error();
    RegisterLookup lookup;
    if (Status s = lookup.prepare(db.sql()); !s)
        return s.error();

    // Into an empty register (a first load) the file is read once: each
    // row is checked against the rows before it on the feed's thread while
    // the rows before it are written, all in one transaction, so that a
    // file found broken half-way leaves nothing. A difference file is
    // checked whole first (its rules need the register and the whole file),
    // then written in transactions of rowsPerTransaction rows.
    const bool onePass = writer.registerWasEmpty();
    ImportCheck check;
    if (!onePass) {
        Pass pass;
        if (Status s = pass.open(path, summary.encoding); !s)
            return refused(path, s.error());
        if (Status s = checkFile(pass, check, &lookup, summary, options); !s)
            return refused(path, s.error());
    }
    summary.checkingMs = phase.restart();

    Pass pass;
    if (Status s = pass.open(path, summary.encoding); !s)
        return refused(path, s.error());
    const ResidentRowValidator validator(*pass.columns);
    // Into an empty register every row is new: the index is built once at
    // the end, its b-tree written front to back (searchindex.h, as demo seed
    // does), instead of millions of keys inserted at random places batch by
    // batch — that took most of a large first import. A difference file keeps
    // its keys consistent inside every transaction.
    const bool indexAtEnd = options.reindex && onePass;
    // Likewise the register's own secondary indexes (deferredindexes.h).
    const bool deferred = onePass;
    if (deferred)
        if (Status s = storage::deferIndexes(db, kRegisterTables, kKeptIndexes); !s)
            return s.error();
    const int perTransaction
        = onePass ? std::numeric_limits<int>::max() : std::max(1, options.rowsPerTransaction);
    std::optional<storage::Transaction> transaction;
    int inTransaction = 0;
    int lastCommittedLine = 0;
    int line = 0;
    const auto stopped = [&](const Error& why) {
        QString message = onePass
            ? QCoreApplication::translate("ResidentImport",
                "the import stopped at line %1: %2 (nothing was imported)")
                  .arg(line)
                  .arg(why.message)
            : QCoreApplication::translate("ResidentImport",
                "the import stopped at line %1: %2 (rows up to line %3 are committed)")
                  .arg(line)
                  .arg(why.message)
                  .arg(lastCommittedLine);
        transaction.reset(); // rolled back: the index covers what is committed
        if (deferred)
            if (Status s = storage::restoreIndexes(db); !s)
                message += QStringLiteral("; ") + s.error().message;
        if (indexAtEnd && lastCommittedLine > 0)
            if (Status s = rebuildSearchIndex(db); !s)
                message += QStringLiteral("; ") + s.error().message;
        return Error{message};
    };
    const auto commit = [&]() -> Status {
        if (Status s = writer.flush(); !s)
            return s;
        const QList<qint64> changed = writer.takeChanged();
        if (!indexAtEnd && options.reindex)
            if (Status s = options.reindex(db, changed); !s)
                return s;
        if (Status s = transaction->commit(); !s)
            return s;
        transaction.reset();
        inTransaction = 0;
        lastCommittedLine = line;
        return {};
    };

    SearchKeyLoad keys; // indexAtEnd: every inserted person's keys
    const auto apply = [&](const RowFeed::Row& fed) -> Status {
        line = fed.line;
        if (!transaction) {
            transaction.emplace(db.sql());
            if (Status s = transaction->begun(); !s)
                return s;
            if (Status s = writer.beginTransaction(); !s)
                return s;
        }
        RowError rejection;
        const Result<RowOutcome> outcome = writer.apply(fed.row, rejection);
        if (!outcome)
            return outcome.error();
        switch (outcome.value()) {
        case RowOutcome::Inserted:
            ++summary.imported;
            if (indexAtEnd) {
                keys.add(writer.lastInsertedPersonId(), fed.keys);
                if (const qint64 household = writer.lastInsertedHouseholdId())
                    keys.addAddress(household, addressText(fed.row.address, fed.row.katagaki));
            }
            break;
        case RowOutcome::Updated:
            ++summary.updated;
            break;
        case RowOutcome::Removed:
            ++summary.removed;
            break;
        case RowOutcome::Unchanged:
            ++summary.unchanged;
            break;
        case RowOutcome::Rejected:
            summary.errors.append(rejection);
            break;
        }
        if (++inTransaction >= perTransaction)
            return commit();
        return {};
    };

    std::optional<RowFeed> feed;
    if (onePass)
        feed.emplace(*pass.reader, pass.source, validator, check, indexAtEnd);
    else
        feed.emplace(
            *pass.reader, pass.source, validator,
            [&check](int index) { return index < check.rows() && check.accepted(index); },
            indexAtEnd);
    std::vector<RowFeed::Row> headsToCome; // onePass: members read before their head
    for (RowFeed::Batch batch; feed->next(batch);) {
        for (RowFeed::Row& fed : batch.rows) {
            if (fed.headPending) {
                headsToCome.push_back(std::move(fed));
                continue;
            }
            if (Status s = apply(fed); !s)
                return stopped(s.error());
            if (fed.index % kProgressEvery == 0 && options.progress)
                options.progress(ImportPhase::Writing, batch.bytesRead, pass.source.size());
        }
        line = batch.lastLine;
    }
    if (feed->error()) {
        if (!onePass)
            return stopped(*feed->error());
        transaction.reset(); // nothing of a broken first load stays
        if (deferred)
            if (Status s = storage::restoreIndexes(db); !s)
                return refused(path, Error{feed->error()->message + QStringLiteral("; ") + s.error().message});
        return refused(path, *feed->error());
    }
    if (onePass) {
        summary.read = feed->records();
        summary.errors.append(std::move(feed->errors()));
        for (const RowFeed::Row& fed : headsToCome) {
            const auto verdict = check.judgeHead(fed.index, nullptr, true, summary.errors);
            if (!verdict)
                return stopped(verdict.error());
            if (verdict.value() == ImportCheck::HeadVerdict::Accepted)
                if (Status s = apply(fed); !s)
                    return stopped(s.error());
        }
    }
    feed.reset();
    if (transaction)
        if (Status s = commit(); !s)
            return stopped(s.error());
    summary.writingMs = phase.restart();
    // The keys are sorted on a second thread while SQLite builds the
    // register's indexes on this one.
    std::thread sorting;
    if (indexAtEnd)
        sorting = std::thread([&keys] { keys.sort(); });
    const Status restored = deferred ? storage::restoreIndexes(db) : Status{};
    if (sorting.joinable())
        sorting.join();
    if (!restored)
        return restored.error();
    if (indexAtEnd && lastCommittedLine > 0)
        if (Status s = rebuildSearchIndex(db, {}, &keys); !s)
            return s.error();
    summary.indexingMs = phase.elapsed();

    std::stable_sort(summary.errors.begin(), summary.errors.end(),
        [](const RowError& a, const RowError& b) { return a.line < b.line; });
    QList<int> rejectedLines;
    for (const RowError& e : std::as_const(summary.errors))
        if (rejectedLines.isEmpty() || rejectedLines.last() != e.line)
            rejectedLines.append(e.line);
    summary.rejected = rejectedLines.size();
    return summary;
}

} // namespace madoguchi::registry
