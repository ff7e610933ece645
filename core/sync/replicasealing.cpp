#include "sync/replicasealing.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/replicacipher.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace madoguchi::sync {
namespace {

// Rows read per query: bounds the memory of a whole-replica sweep and the
// length of an IN list (SQLite and PostgreSQL both take far more).
constexpr int kChunk = 500;

struct TableSpec {
    QString table;
    QString key; // the row in the seal
    QList<const char16_t*> columns; // sealed, in the order of the statements
    bool blindIndex = false; // persons: my_number_index follows my_number
};

const TableSpec& spec(SealedTable table)
{
    static const TableSpec persons{
        QStringLiteral("persons"), QStringLiteral("id"), {sealedcolumn::MyNumber}, true};
    static const TableSpec entitlements{QStringLiteral("entitlements"), QStringLiteral("person_id"),
        {sealedcolumn::InsuranceSince, sealedcolumn::KaigoCareLevel, sealedcolumn::JidouTeateSince,
            sealedcolumn::MynumberCardExpiry}};
    static const TableSpec measures{QStringLiteral("support_measures"), QStringLiteral("id"),
        {sealedcolumn::RestrictedParty, sealedcolumn::MeasureNote}};
    switch (table) {
    case SealedTable::Persons:
        return persons;
    case SealedTable::Entitlements:
        return entitlements;
    case SealedTable::SupportMeasures:
        break;
    }
    return measures;
}

// "persons.my_number" → "my_number"
QString bare(const char16_t* column)
{
    const QString qualified = QString::fromUtf16(column);
    return qualified.mid(qualified.indexOf(QLatin1Char('.')) + 1);
}

// Rows with something to do: a plain value, or a blind index that does not
// match the number's presence. Only constants of this file go into the SQL.
QString needsSealing(const TableSpec& t)
{
    QStringList tests;
    for (const char16_t* column : t.columns) {
        const QString c = bare(column);
        tests << QStringLiteral("(%1 IS NOT NULL AND %1 <> '' AND substr(%1, 1, %2) <> '%3')")
                     .arg(c)
                     .arg(qsizetype(sizeof kSealedPrefix) - 1)
                     .arg(QLatin1String(kSealedPrefix));
    }
    if (t.blindIndex)
        tests << QStringLiteral("(my_number IS NULL AND my_number_index IS NOT NULL)")
              << QStringLiteral("(my_number IS NOT NULL AND my_number <> '' "
                                "AND my_number_index IS NULL)");
    return QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString doing(const TableSpec& t)
{
    return QCoreApplication::translate("ReplicaSealing", "sealing the protected values of %1")
        .arg(t.table);
}

// Seals the rows `select` found (key first, then the sealed columns, then
// the blind index for persons); returns the last key seen.
Result<qint64> sealFound(QSqlDatabase& db, const ReplicaCipher& cipher, const TableSpec& t,
    QSqlQuery& select, SealReport& report, qint64& seen)
{
    struct Row {
        qint64 key = 0;
        QVariantList values;
    };
    QList<Row> rows;
    while (select.next()) {
        Row row;
        row.key = select.value(0).toLongLong();
        seen = std::max(seen, row.key);
        std::optional<QString> plainNumber;
        bool changed = false;
        for (int i = 0; i < t.columns.size(); ++i) {
            const QVariant stored = select.value(i + 1);
            const QString text = stored.toString();
            if (stored.isNull() || text.isEmpty() || ReplicaCipher::isSealed(text)) {
                row.values << stored;
                if (t.blindIndex && !stored.isNull() && ReplicaCipher::isSealed(text)) {
                    // Sealed earlier but the index is missing: open to rebuild it.
                    Result<QString> opened
                        = cipher.open(text, {QStringView(t.columns.at(i)), row.key});
                    if (!opened)
                        return opened.error();
                    plainNumber = opened.value();
                }
                continue;
            }
            row.values << cipher.seal(text, {QStringView(t.columns.at(i)), row.key});
            ++report.values;
            changed = true;
            if (t.blindIndex)
                plainNumber = text;
        }
        if (t.blindIndex) {
            const QVariant index = plainNumber && !plainNumber->isEmpty()
                ? QVariant(cipher.blindIndex(*plainNumber))
                : QVariant(QMetaType(QMetaType::QString));
            changed = changed || index != select.value(int(t.columns.size()) + 1);
            row.values << index;
        }
        if (changed)
            rows.append(std::move(row));
    }
    select.finish();

    if (rows.isEmpty())
        return seen;
    QStringList sets;
    for (const char16_t* column : t.columns)
        sets << bare(column) + QStringLiteral(" = ?");
    if (t.blindIndex)
        sets << QStringLiteral("my_number_index = ?");
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                            .arg(t.table, sets.join(QStringLiteral(", ")), t.key)))
        return storage::sqlError(doing(t), update);
    for (const Row& row : rows) {
        int i = 0;
        for (const QVariant& v : row.values)
            update.bindValue(i++, v);
        update.bindValue(i, row.key);
        if (!update.exec())
            return storage::sqlError(doing(t), update);
        ++report.rows;
    }
    return seen;
}

QString selectSql(const TableSpec& t, const QString& scope)
{
    QStringList columns{t.key};
    for (const char16_t* column : t.columns)
        columns << bare(column);
    if (t.blindIndex)
        columns << QStringLiteral("my_number_index");
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4 AND %5 > ? ORDER BY %5 LIMIT %6")
        .arg(columns.join(QStringLiteral(", ")), t.table, scope, needsSealing(t), t.key)
        .arg(kChunk);
}

// Seals every row of `t` in `scope` (SQL with `scopeValues` bound), in
// pages by key.
Status sealScope(QSqlDatabase& db, const ReplicaCipher& cipher, const TableSpec& t,
    const QString& scope, const QVariantList& scopeValues, SealReport& report)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.prepare(selectSql(t, scope)))
        return storage::sqlError(doing(t), select);
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        int i = 0;
        for (const QVariant& v : scopeValues)
            select.bindValue(i++, v);
        select.bindValue(i, after);
        if (!select.exec())
            return storage::sqlError(doing(t), select);
        qint64 seen = after;
        Result<qint64> sealed = sealFound(db, cipher, t, select, report, seen);
        if (!sealed)
            return sealed.error();
        if (seen == after)
            return {}; // nothing more in scope needs sealing
        after = seen;
    }
}

bool isSqlite(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// SQLite leaves the bytes of a replaced value in the page's free space (and
// a freed page as it was) unless secure_delete is on: the plain value would
// survive its sealing in the file. Per connection, and allowed inside a
// transaction; PostgreSQL is never a replica.
Status zeroReplacedBytes(QSqlDatabase& db)
{
    if (!isSqlite(db))
        return {};
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return storage::sqlError(
            QCoreApplication::translate("ReplicaSealing", "turning on secure_delete"), pragma);
    return {};
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<SealReport> sealReplicaRows(
    QSqlDatabase& replica, const ReplicaCipher& cipher, const QList<qint64>& personIds)
{
    SealReport report;
    if (Status zeroed = zeroReplacedBytes(replica); !zeroed)
        return zeroed.error();
    for (qsizetype from = 0; from < personIds.size(); from += kChunk) {
        const QList<qint64> chunk = personIds.mid(from, kChunk);
        QVariantList ids;
        for (qint64 id : chunk)
            ids << id;
        const QString in = QStringLiteral(" IN (") + placeholders(ids.size()) + QLatin1Char(')');
        const std::pair<SealedTable, QString> scopes[] = {
            {SealedTable::Persons, QStringLiteral("id") + in},
            {SealedTable::Entitlements, QStringLiteral("person_id") + in},
            {SealedTable::SupportMeasures, QStringLiteral("person_id") + in},
        };
        for (const auto& [table, scope] : scopes) {
            if (Status s = sealScope(replica, cipher, spec(table), scope, ids, report); !s)
                return s.error();
        }
    }
    return report;
}

Result<SealReport> sealReplicaRange(QSqlDatabase& replica, const ReplicaCipher& cipher,
    SealedTable table, qint64 firstKey, qint64 lastKey)
{
    SealReport report;
    if (Status zeroed = zeroReplacedBytes(replica); !zeroed)
        return zeroed.error();
    const TableSpec& t = spec(table);
    const QString scope = QStringLiteral("%1 >= ? AND %1 <= ?").arg(t.key);
    if (Status s = sealScope(replica, cipher, t, scope, {firstKey, lastKey}, report); !s)
        return s.error();
    return report;
}

Result<SealReport> sealWholeReplica(storage::Database& replica, const ReplicaCipher& cipher)
{
    if (Status zeroed = zeroReplacedBytes(replica.sql()); !zeroed)
        return zeroed.error();
    storage::Transaction transaction(replica.sql());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    SealReport report;
    for (SealedTable table :
        {SealedTable::Persons, SealedTable::Entitlements, SealedTable::SupportMeasures}) {
        if (Status s
            = sealScope(replica.sql(), cipher, spec(table), QStringLiteral("1 = 1"), {}, report);
            !s)
            return s.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (Status scrubbed = scrubReplicaJournal(replica.sql()); !scrubbed)
        return scrubbed.error();
    return report;
}

Status scrubReplicaJournal(QSqlDatabase& replica)
{
    if (!isSqlite(replica))
        return {};
    // The WAL still holds the frames of earlier commits (and of pages a big
    // transaction spilled before its values were sealed) until it is
    // checkpointed and truncated.
    const QString doing
        = QCoreApplication::translate("ReplicaSealing", "truncating the replica's write-ahead log");
    QSqlQuery checkpoint(replica);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return storage::sqlError(doing, checkpoint);
    if (checkpoint.next() && checkpoint.value(0).toInt() != 0)
        return Error{QCoreApplication::translate("ReplicaSealing",
            "the replica's write-ahead log could not be truncated because another connection "
            "is reading it; values sealed just now may still be readable in %1-wal until the "
            "desk and the sync are closed")
                         .arg(replica.databaseName())};
    return {};
}

} // namespace madoguchi::sync
