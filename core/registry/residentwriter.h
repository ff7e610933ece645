#pragma once

#include "common/result.h"
#include "registry/idallocator.h"
#include "registry/registerlookup.h"
#include "registry/residentrow.h"
#include "storage/bulkinsert.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

enum class RowOutcome { Inserted, Updated, Removed, Unchanged, Rejected };

// Applies validated rows to the register inside the caller's transaction.
// A row is compared with what is stored and only a real difference is
// written: an UPDATE bumps `version`, and every insert, update or removal
// appends a register_changes row whose seq becomes the row's change_seq, so
// re-importing the same file writes nothing. New rows are collected and
// written with multi-row INSERTs (demo/bulkinsert.h: the engine's own API on
// SQLite), their ids handed out in advance (idallocator.h).
class ResidentWriter {
public:
    ResidentWriter(storage::Database& db, QDate today);

    Status prepare();
    // After each BEGIN: moves the id counters, stamps the change time.
    Status beginTransaction();
    // What the row did; a row the register state refuses (A of a registered
    // atena_no, U or D of an unknown one, a 個人番号 held by someone else) is
    // Rejected with `rejection` filled.
    Result<RowOutcome> apply(const ResidentRow& row, RowError& rejection);
    // Writes collected rows; call before COMMIT.
    Status flush();
    // Persons inserted, updated or removed since the last takeChanged(), and
    // the members of households whose address changed (search keys).
    QList<qint64> takeChanged();
    // Whether the register held no one when the import began: then no
    // per-row lookups are needed (rows in the file are unique).
    bool registerWasEmpty() const { return m_empty; }
    // The id of the person the last Inserted row created.
    qint64 lastInsertedPersonId() const { return m_lastInserted; }
    // The household the last apply() inserted; 0 when it inserted none.
    qint64 lastInsertedHouseholdId() const { return m_lastInsertedHousehold; }

private:
    Result<qint64> change(const char* entity, qint64 id, const char* operation);
    Result<qint64> householdFor(const ResidentRow& row, bool& touched);
    Status insertPerson(const ResidentRow& row, qint64 householdId);
    Result<bool> updatePerson(
        const ResidentRow& row, const StoredPerson& stored, qint64 householdId);
    Result<bool> updateEntitlement(const ResidentRow& row, qint64 personId);
    Result<bool> updateMeasures(const ResidentRow& row, qint64 personId);
    Result<bool> addFormerNames(const ResidentRow& row, qint64 personId);
    Status insertMeasure(const QString& level, qint64 personId);
    Status recordFormerAddress(qint64 personId, const StoredHousehold& left);
    Status recordMove(const StoredPerson& stored, const ResidentRow& row);
    Status execUpdate(QSqlQuery& query, const QVariantList& values);

    storage::Database& m_db;
    QDate m_today;
    QString m_changedAt;
    bool m_empty = false;
    RegisterLookup m_lookup;
    IdAllocator m_householdIds, m_personIds, m_measureIds, m_nameIds, m_addressIds, m_seqs;
    storage::BulkInsert m_households, m_persons, m_entitlements, m_names, m_formerAddresses,
        m_measures, m_changes;
    QSqlQuery m_updateHousehold, m_updatePerson, m_removePerson, m_updateEntitlement, m_endMeasure;
    QHash<QString, qint64> m_householdIdsBySetai; // households this import has settled
    QList<qint64> m_changed;
    qint64 m_lastInserted = 0;
    qint64 m_lastInsertedHousehold = 0;
};

} // namespace madoguchi::registry
