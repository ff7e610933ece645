#include "sync/pullbootstrap.h"

#include "queue/dayreads.h"
#include "registry/searchindex.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/sqlerror.h"
#include "storage/sqlitecachesize.h"
#include "storage/transaction.h"
#include "sync/pulltables.h"
#include "sync/replicasealing.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madoguchi::sync::pull {
namespace {

// The page cache while copying (SQLite): see storage/sqlitecachesize.h.
constexpr int kCacheMebibytes = 256;

QString stateText(qint64 seq, int table, qint64 after)
{
    return QStringLiteral("%1 %2 %3").arg(seq).arg(table).arg(after);
}

Result<qint64> scalar(QSqlDatabase& db, const QString& sql, const QString& doing)
{
    auto q = storage::exec(db, sql, {}, doing);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

// Foreign keys are not checked while the copy runs (SQLite checks them
// only when told, per connection, outside a transaction): pages of one
// snapshot are consistent anyway, and a copy resumed from a later snapshot
// may hold a row whose parent the hall created since — the changes applied
// right after the copy bring that parent. Checking them would also cost a
// lookup per row.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(storage::Database& db)
        : m_db(db.sql())
        , m_sqlite(db.engine() == storage::Engine::Sqlite)
    { }
    Status begin() { return set(false); }
    ~ForeignKeysOff() { (void)set(true); }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Status set(bool on)
    {
        if (!m_sqlite)
            return {};
        auto done = storage::exec(m_db,
            on ? QStringLiteral("PRAGMA foreign_keys = ON")
               : QStringLiteral("PRAGMA foreign_keys = OFF"),
            {}, QCoreApplication::translate("RegisterPull", "setting up the replica for a copy"));
        if (!done)
            return done.error();
        return {};
    }
    QSqlDatabase m_db;
    bool m_sqlite;
};

// A fresh copy starts from an empty register: whatever an earlier replica
// held is replaced by the hall's.
Status clearRegister(storage::Database& replica, qint64 seq)
{
    storage::Transaction transaction(replica.sql());
    if (Status s = transaction.begun(); !s)
        return s;
    const QList<PulledTable>& tables = pulledTables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        auto cleared = storage::exec(replica.sql(),
            QStringLiteral("DELETE FROM ") + QLatin1String(it->name), {},
            QCoreApplication::translate("RegisterPull", "emptying the replica's %1")
                .arg(QLatin1String(it->name)));
        if (!cleared)
            return cleared.error();
    }
    if (Status s = storeMeta(replica.sql(), QLatin1String(kBootstrapKey), stateText(seq, 0, 0)); !s)
        return s;
    return transaction.commit();
}

QStringList tableNames()
{
    QStringList names;
    for (const PulledTable& table : pulledTables())
        names << QLatin1String(table.name);
    return names;
}

struct Copy {
    storage::Database& hall;
    storage::Database& replica;
    const PullProgressFn& progress;
    const PullOptions& options;
    BatchCounter& counter;
    PullReport& report;
    qint64 seq;

    // Copies table `index` from key `after` on; every page is one replica
    // transaction together with the state that says where the copy stands.
    Status table(int index, qint64 after)
    {
        const PulledTable& table = pulledTables().at(index);
        auto columns = columnsOf(replica.sql(), table);
        if (!columns)
            return columns.error();
        auto total = scalar(hall.sql(),
            QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table.name),
            QCoreApplication::translate("RegisterPull", "counting %1 at the hall")
                .arg(QLatin1String(table.name)));
        if (!total)
            return total.error();
        storage::BulkInsert insert(QLatin1String(table.name), columns->columns);
        if (Status s = insert.prepare(replica.sql()); !s)
            return s;
        const int pageRows = std::max(1, options.pageRows);
        qint64 done = 0;
        if (after > 0) {
            auto before = scalar(replica.sql(),
                QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table.name),
                QCoreApplication::translate("RegisterPull", "counting %1 in the replica")
                    .arg(QLatin1String(table.name)));
            if (!before)
                return before.error();
            done = before.value();
        }
        if (progress)
            progress({QLatin1String(table.name), done, total.value()});
        for (;;) {
            auto page = readPage(hall.sql(), columns.value(), after, pageRows);
            if (!page)
                return page.error();
            const bool last = page->size() < pageRows;
            if (page->isEmpty())
                return storeNext(index);
            storage::Transaction transaction(replica.sql());
            if (Status s = transaction.begun(); !s)
                return s;
            for (const Row& row : page.value()) {
                insert.addRow(row);
                if (insert.pendingRows() >= storage::BulkInsert::kMaxRows)
                    if (Status s = insert.flush(); !s)
                        return s;
            }
            if (Status s = insert.flush(); !s)
                return s;
            if (Status s
                = seal(index, page->first().at(0).toLongLong(), page->last().at(0).toLongLong());
                !s)
                return s;
            after = page->last().at(0).toLongLong();
            // The last page also says the table is finished.
            const QString state
                = last ? stateText(seq, index + 1, 0) : stateText(seq, index, after);
            if (Status s = storeMeta(replica.sql(), QLatin1String(kBootstrapKey), state); !s)
                return s;
            if (Status s = transaction.commit(); !s)
                return s;
            done += page->size();
            report.rows += page->size();
            if (progress)
                progress({QLatin1String(table.name), done, total.value()});
            if (Status s = counter.committed(); !s)
                return s;
            if (last)
                return {};
        }
    }

    // The page's protected values, sealed in its transaction (a plain value
    // is never committed). Tables are by position: pulledTables().
    Status seal(int index, qint64 firstKey, qint64 lastKey)
    {
        if (!options.cipher)
            return {};
        std::optional<SealedTable> sealed;
        const QLatin1String name(pulledTables().at(index).name);
        if (name == QLatin1String("persons"))
            sealed = SealedTable::Persons;
        else if (name == QLatin1String("entitlements"))
            sealed = SealedTable::Entitlements;
        else if (name == QLatin1String("support_measures"))
            sealed = SealedTable::SupportMeasures;
        if (!sealed)
            return {};
        auto done = sealReplicaRange(replica.sql(), *options.cipher, *sealed, firstKey, lastKey);
        if (!done)
            return done.error();
        return {};
    }

    Status storeNext(int index)
    {
        storage::Transaction transaction(replica.sql());
        if (Status s = transaction.begun(); !s)
            return s;
        if (Status s
            = storeMeta(replica.sql(), QLatin1String(kBootstrapKey), stateText(seq, index + 1, 0));
            !s)
            return s;
        return transaction.commit();
    }
};

} // namespace

Status BatchCounter::committed()
{
    ++m_committed;
    if (m_stop && m_stop->load())
        return Error{QCoreApplication::translate("RegisterPull",
            "the pull was stopped (the desk is closing); the next sync goes on from here")};
    if (m_failAfter >= 0 && m_committed >= m_failAfter)
        return Error{QCoreApplication::translate("RegisterPull",
            "the pull was stopped after %n committed batches (as asked)", nullptr, m_committed)};
    return {};
}

Result<BootstrapState> loadBootstrapState(storage::Database& replica)
{
    auto q = storage::exec(replica.sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
        {QLatin1String(kBootstrapKey)},
        QCoreApplication::translate("RegisterPull", "reading the replica's sync state"));
    if (!q)
        return q.error();
    BootstrapState state;
    if (!q->next())
        return state;
    const QString text = q->value(0).toString();
    state.started = true;
    if (text == QLatin1String("done")) {
        state.done = true;
        return state;
    }
    const QStringList parts = text.split(QLatin1Char(' '));
    bool seqOk = false, tableOk = false, afterOk = false;
    if (parts.size() == 3) {
        state.seq = parts.at(0).toLongLong(&seqOk);
        state.table = parts.at(1).toInt(&tableOk);
        state.after = parts.at(2).toLongLong(&afterOk);
    }
    if (!seqOk || !tableOk || !afterOk || state.table < 0 || state.table > pulledTables().size())
        return Error{QCoreApplication::translate("RegisterPull",
            "the replica's bootstrap state '%1' (meta %2) is not understood; delete the replica "
            "file to bootstrap it again")
                         .arg(text, QLatin1String(kBootstrapKey))};
    return state;
}

Result<qint64> bootstrapRegister(storage::Database& hall, storage::Database& replica,
    const BootstrapState& state, const PullProgressFn& progress, const PullOptions& options,
    BatchCounter& counter, PullReport& report)
{
    // Every page is read in one snapshot of the hall (REPEATABLE READ on
    // PostgreSQL), so the copy is the register at one moment.
    auto snapshot = queue::dayreads::beginSnapshot(hall);
    if (!snapshot)
        return snapshot.error();
    qint64 seq = state.seq;
    if (!state.started) {
        auto last = scalar(hall.sql(),
            QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM register_changes"),
            QCoreApplication::translate("RegisterPull", "reading the hall's last change"));
        if (!last)
            return last.error();
        seq = last.value();
        if (Status s = clearRegister(replica, seq); !s)
            return s.error();
    }
    const storage::SqliteCacheSize cache(replica, kCacheMebibytes);
    ForeignKeysOff foreignKeys(replica);
    if (Status s = foreignKeys.begin(); !s)
        return s.error();
    // Secondary indexes are built once at the end (as a first import does).
    if (Status s = storage::deferIndexes(replica, tableNames()); !s)
        return s.error();
    const auto stopped = [&](const Error& why) -> Error {
        if (Status s = storage::restoreIndexes(replica); !s)
            return Error{why.message + QStringLiteral("; ") + s.error().message};
        return why;
    };
    Copy copy{hall, replica, progress, options, counter, report, seq};
    for (int index = state.table; index < pulledTables().size(); ++index)
        if (Status s = copy.table(index, index == state.table ? state.after : 0); !s)
            return stopped(s.error());
    snapshot.value().reset(); // the hall's snapshot ends: nothing more is read
    if (Status s = storage::restoreIndexes(replica); !s)
        return s.error();
    // The replica's own search index, built as after a first import.
    const QString indexPhase = QStringLiteral("search index");
    const auto indexProgress = [&](qint64 done, qint64 total) {
        if (progress)
            progress({indexPhase, done, total});
    };
    if (Status s = registry::rebuildSearchIndex(replica, indexProgress); !s)
        return s.error();
    storage::Transaction transaction(replica.sql());
    if (Status s = transaction.begun(); !s)
        return s.error();
    if (Status s
        = storeMeta(replica.sql(), QLatin1String(kRegisterWatermarkKey), QString::number(seq));
        !s)
        return s.error();
    if (Status s = storeMeta(replica.sql(), QLatin1String(kBootstrapKey), QStringLiteral("done"));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return seq;
}

} // namespace madoguchi::sync::pull
