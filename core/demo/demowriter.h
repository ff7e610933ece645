#pragma once

#include "common/result.h"
#include "storage/bulkinsert.h"
#include "demo/household.h"
#include "demo/identifiers.h"
#include "storage/databaselocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdint>
#include <optional>

namespace madoguchi::demo {

struct SupportMeasureRow {
    std::int64_t personId = 0;
    QString level; // alert | error
    bool provisional = false;
    QDate startsOn;
    QDate endsOn;
    QString restrictedParty;
    QString note;
};

// Stores demo households: rows are collected per table and written with
// multi-row INSERTs prepared once (bulkinsert.h), values bound by position.
// Households and persons get their ids from the caller, so no round trip
// is needed to learn them; finish() moves PostgreSQL's identity sequences
// past them.
class DemoWriter {
public:
    DemoWriter(QSqlDatabase db, storage::Engine engine, const IdentifierMaker& ids);

    Status prepare();
    // Writes the household as row `householdId` and its members as
    // `firstPersonId`, `firstPersonId + 1`, …; `foreignOrdinal` counts
    // foreign residents (for their card numbers). Rows may wait in memory
    // until flush().
    Status writeHousehold(const Household& h, std::int64_t householdId, std::int64_t firstPersonId,
        std::int64_t& foreignOrdinal);
    Status writeSupportMeasure(const SupportMeasureRow& row);
    Status writeMeta(const QString& key, const QString& value);
    // Writes every waiting row, parents before children (foreign keys are
    // checked at once); call before committing.
    Status flush();
    // Moves PostgreSQL's identity sequences past the ids written here.
    Status finish(std::int64_t lastHouseholdId, std::int64_t lastPersonId);

    std::int64_t nameHistoryRows() const { return m_nameHistoryRows; }
    std::int64_t addressHistoryRows() const { return m_addressHistoryRows; }

private:
    QSqlDatabase m_db;
    storage::Engine m_engine;
    const IdentifierMaker& m_ids;
    storage::BulkInsert m_households;
    storage::BulkInsert m_persons;
    storage::BulkInsert m_entitlements;
    storage::BulkInsert m_nameHistory;
    storage::BulkInsert m_addressHistory;
    storage::BulkInsert m_supportMeasures;
    std::optional<QSqlQuery> m_meta;
    std::int64_t m_nameHistoryRows = 0;
    std::int64_t m_addressHistoryRows = 0;
};

// The storage form of a date (text/japanesedate.h): ISO for an exact day,
// NULL for an invalid QDate.
QString isoDate(QDate date);
QVariant dateValue(QDate date);
// The storage form of a birth date the register knows only in part.
QString birthDateValue(const Member& m);

} // namespace madoguchi::demo
