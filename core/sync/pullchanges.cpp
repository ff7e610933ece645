#include "sync/pullchanges.h"

#include "queue/dayreads.h"
#include "registry/searchindex.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/replicasealing.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace madoguchi::sync::pull {
namespace {

enum TableIndex {
    kHouseholds = 0,
    kPersons = 1,
    kEntitlements = 2,
    kSupportMeasures = 3,
    kNameHistory = 4,
    kAddressHistory = 5
};
constexpr int kTables = 6;

QList<qint64> sorted(const QSet<qint64>& ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QSet<qint64> keysOf(const QList<Row>& rows, int column = 0)
{
    QSet<qint64> keys;
    for (const Row& row : rows)
        keys.insert(row.at(column).toLongLong());
    return keys;
}

QVariantList variants(const QList<qint64>& ids)
{
    QVariantList values;
    for (qint64 id : ids)
        values.append(id);
    return values;
}

Status deleteWhere(QSqlDatabase& db, const QString& table, const QString& column,
    const QList<qint64>& ids, qint64* deleted = nullptr)
{
    for (qsizetype at = 0; at < ids.size(); at += kIdsPerRead) {
        const QList<qint64> slice = ids.mid(at, kIdsPerRead);
        auto done = storage::exec(db,
            QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + column
                + placeholders(slice.size()),
            variants(slice),
            QCoreApplication::translate(
                "RegisterPull", "deleting from the replica's %1 what the hall no longer has")
                .arg(table));
        if (!done)
            return done.error();
        if (deleted)
            *deleted += done->numRowsAffected();
    }
    return {};
}

// person_id of these rows of a child table, as the replica has them.
Result<QSet<qint64>> replicaPersonsOf(
    QSqlDatabase& db, const PulledTable& table, const QList<qint64>& keys)
{
    QSet<qint64> persons;
    for (qsizetype at = 0; at < keys.size(); at += kIdsPerRead) {
        const QList<qint64> slice = keys.mid(at, kIdsPerRead);
        auto q = storage::exec(db,
            QStringLiteral("SELECT person_id FROM ") + QLatin1String(table.name)
                + QStringLiteral(" WHERE ") + QLatin1String(table.key) + placeholders(slice.size()),
            variants(slice),
            QCoreApplication::translate("RegisterPull", "reading the replica's %1")
                .arg(QLatin1String(table.name)));
        if (!q)
            return q.error();
        while (q->next())
            persons.insert(q->value(0).toLongLong());
    }
    return persons;
}

} // namespace

struct ChangeApplier::Batch {
    BatchOutcome outcome;
    std::array<QSet<qint64>, kTables> changed; // keys named by the changes
    std::array<QList<Row>, kTables> rows; // the hall's current rows to write
    std::array<QList<qint64>, kTables> gone; // keys the hall no longer has
};

ChangeApplier::ChangeApplier(
    storage::Database& hall, storage::Database& replica, const ReplicaCipher* cipher)
    : m_hall(hall)
    , m_replica(replica)
    , m_cipher(cipher)
{ }

Status ChangeApplier::prepare()
{
    m_tables.clear();
    for (int t = 0; t < kTables; ++t) {
        auto columns = columnsOf(m_replica.sql(), pulledTables().at(t));
        if (!columns)
            return columns.error();
        m_tables.append(columns.value());
        if (Status s = m_upserts[std::size_t(t)].prepare(m_replica.sql(), m_tables.last()); !s)
            return s;
    }
    return {};
}

Result<qint64> ChangeApplier::pending(qint64 watermark)
{
    auto q = storage::exec(m_hall.sql(),
        QStringLiteral("SELECT COUNT(*) FROM register_changes WHERE seq > ?"), {watermark},
        QCoreApplication::translate("RegisterPull", "counting the hall's changes"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status ChangeApplier::readBatch(Batch& batch, qint64 watermark, int limit)
{
    // The changes and the rows they name are read in one snapshot: a
    // person and the household it points to are as they were together.
    auto snapshot = queue::dayreads::beginSnapshot(m_hall);
    if (!snapshot)
        return snapshot.error();
    QSqlDatabase& hall = m_hall.sql();
    auto changes = storage::exec(hall,
        QStringLiteral("SELECT seq, entity, entity_id FROM register_changes WHERE seq > ? "
                       "ORDER BY seq LIMIT ?"),
        {watermark, limit},
        QCoreApplication::translate("RegisterPull", "reading the hall's register changes"));
    if (!changes)
        return changes.error();
    while (changes->next()) {
        const qint64 seq = changes->value(0).toLongLong();
        const QString entity = changes->value(1).toString();
        const PulledTable* table = tableOfEntity(entity);
        if (!table)
            return Error{QCoreApplication::translate("RegisterPull",
                "the hall's change %1 names an unknown kind of record '%2': is the hall newer "
                "than this desk?")
                             .arg(seq)
                             .arg(entity)};
        batch.changed[std::size_t(table - pulledTables().data())].insert(
            changes->value(2).toLongLong());
        batch.outcome.lastSeq = seq;
        ++batch.outcome.changes;
    }
    changes->finish();
    if (batch.outcome.changes == 0)
        return {};

    const auto readRows = [&](int t, const QList<qint64>& keys) -> Status {
        auto rows = readByKeys(hall, m_tables.at(t), keys);
        if (!rows)
            return rows.error();
        batch.rows[std::size_t(t)].append(std::move(rows.value()));
        return {};
    };
    const auto noteGone = [&](int t, const QSet<qint64>& asked) {
        const QSet<qint64> found = keysOf(batch.rows[std::size_t(t)]);
        for (qint64 key : sorted(asked))
            if (!found.contains(key))
                batch.gone[std::size_t(t)].append(key);
    };
    for (int t : {kHouseholds, kEntitlements, kSupportMeasures, kNameHistory, kAddressHistory}) {
        if (Status s = readRows(t, sorted(batch.changed[std::size_t(t)])); !s)
            return s;
        noteGone(t, batch.changed[std::size_t(t)]);
    }

    // Persons: those changed, the replica's members of households the hall
    // deleted (they moved: their row says where), and the owners of child
    // rows the replica does not know yet (a change later in the sequence
    // may have made them; the hall's current row is what counts).
    QSet<qint64> persons = batch.changed[kPersons];
    auto members = membersOf(m_replica.sql(), batch.gone[kHouseholds]);
    if (!members)
        return members.error();
    for (qint64 id : members.value())
        persons.insert(id);
    QSet<qint64> owners;
    for (int t : {kEntitlements, kSupportMeasures, kNameHistory, kAddressHistory})
        owners.unite(keysOf(batch.rows[std::size_t(t)], m_tables.at(t).personColumn));
    owners.subtract(persons);
    auto known = existingKeys(m_replica.sql(), "persons", "id", sorted(owners));
    if (!known)
        return known.error();
    for (qint64 id : known.value())
        owners.remove(id);
    persons.unite(owners);
    if (Status s = readRows(kPersons, sorted(persons)); !s)
        return s;
    noteGone(kPersons, persons);

    // Households the written persons point to and the replica lacks.
    QSet<qint64> households = keysOf(batch.rows[kPersons], m_tables.at(kPersons).householdColumn);
    households.subtract(keysOf(batch.rows[kHouseholds]));
    auto present = existingKeys(m_replica.sql(), "households", "id", sorted(households));
    if (!present)
        return present.error();
    for (qint64 id : present.value())
        households.remove(id);
    return readRows(kHouseholds, sorted(households));
}

Status ChangeApplier::writeBatch(Batch& batch)
{
    QSqlDatabase& db = m_replica.sql();
    storage::Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s;
    // Parents before children: foreign keys are checked at once.
    for (int t = 0; t < kTables; ++t)
        for (const Row& row : std::as_const(batch.rows[std::size_t(t)])) {
            if (Status s = m_upserts[std::size_t(t)].write(row); !s)
                return s;
            ++batch.outcome.rows;
        }

    // Sealed before anything else is done in the transaction: the plain
    // values of this batch are never committed.
    if (m_cipher) {
        QSet<qint64> sealed = keysOf(batch.rows[kPersons]);
        for (int t : {kEntitlements, kSupportMeasures})
            sealed.unite(keysOf(batch.rows[std::size_t(t)], m_tables.at(t).personColumn));
        if (auto s = sealReplicaRows(db, *m_cipher, sorted(sealed)); !s)
            return s.error();
    }

    // Whose search keys may have changed: written and deleted persons, the
    // owners of former names and addresses, the members of changed
    // households (their address is part of the index).
    QSet<qint64> reindex = keysOf(batch.rows[kPersons]);
    for (qint64 id : batch.gone[kPersons])
        reindex.insert(id);
    for (int t : {kNameHistory, kAddressHistory}) {
        reindex.unite(keysOf(batch.rows[std::size_t(t)], m_tables.at(t).personColumn));
        auto owners = replicaPersonsOf(db, pulledTables().at(t), batch.gone[std::size_t(t)]);
        if (!owners)
            return owners.error();
        reindex.unite(owners.value());
    }
    auto members = membersOf(db, sorted(batch.changed[kHouseholds]));
    if (!members)
        return members.error();
    for (qint64 id : members.value())
        reindex.insert(id);

    // Children before parents; a person the hall deleted takes its rows along.
    for (int t = kAddressHistory; t >= kEntitlements; --t) {
        const PulledTable& table = pulledTables().at(t);
        if (Status s = deleteWhere(db, QLatin1String(table.name), QLatin1String(table.key),
                batch.gone[std::size_t(t)], &batch.outcome.rows);
            !s)
            return s;
        if (Status s = deleteWhere(db, QLatin1String(table.name), QStringLiteral("person_id"),
                batch.gone[kPersons], &batch.outcome.rows);
            !s)
            return s;
    }
    if (Status s = deleteWhere(db, QStringLiteral("persons"), QStringLiteral("id"),
            batch.gone[kPersons], &batch.outcome.rows);
        !s)
        return s;
    if (Status s = deleteWhere(db, QStringLiteral("households"), QStringLiteral("id"),
            batch.gone[kHouseholds], &batch.outcome.rows);
        !s)
        return s;
    // A deleted household has no members left to reindex its address.
    if (Status s = deleteWhere(db, QStringLiteral("search_addresses"),
            m_replica.engine() == storage::Engine::Sqlite ? QStringLiteral("rowid")
                                                          : QStringLiteral("household_id"),
            batch.gone[kHouseholds]);
        !s)
        return s;
    if (Status s = registry::reindexPersons(m_replica, sorted(reindex)); !s)
        return s;
    if (Status s = storeMeta(
            db, QLatin1String(kRegisterWatermarkKey), QString::number(batch.outcome.lastSeq));
        !s)
        return s;
    return transaction.commit();
}

Result<BatchOutcome> ChangeApplier::applyBatch(qint64 watermark, int limit)
{
    Batch batch;
    if (Status s = readBatch(batch, watermark, std::max(1, limit)); !s)
        return s.error();
    if (batch.outcome.changes == 0)
        return batch.outcome;
    if (Status s = writeBatch(batch); !s)
        return s.error();
    return batch.outcome;
}

} // namespace madoguchi::sync::pull
