#pragma once

// Reading a seeded demo city back for the tests: whole tables as rows of
// column → value, an ordered dump of everything for determinism checks,
// and ages.
#include "demo/democity.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <gtest/gtest.h>
#include <optional>

namespace madoguchi::demotest {

using Row = QHash<QString, QVariant>;

// The city most tests look at.
inline const QDate kAsOf(2026, 11, 26);
inline constexpr std::int64_t kResidents = 2500;
inline constexpr std::uint64_t kSeed = 20261126;

inline demo::DemoOptions options(std::int64_t residents = kResidents, std::uint64_t seed = kSeed)
{
    return {residents, seed, kAsOf};
}

inline QList<Row> readRows(storage::Database& db, const QString& sql)
{
    QList<Row> rows;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return rows;
    }
    const QSqlRecord record = query.record();
    while (query.next()) {
        Row row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        rows.append(row);
    }
    return rows;
}

inline QString scalar(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return QStringLiteral("<error>");
    }
    return query.value(0).toString();
}

// Every row of every table the seed writes, in a fixed order, as text
// (NULL written \N): equal dumps mean equal cities.
inline QByteArray dumpHash(storage::Database& db)
{
    static const char* const kQueries[] = {
        "SELECT * FROM households ORDER BY id",
        "SELECT * FROM persons ORDER BY id",
        "SELECT * FROM entitlements ORDER BY person_id",
        "SELECT * FROM name_history ORDER BY id",
        "SELECT * FROM address_history ORDER BY id",
        "SELECT * FROM support_measures ORDER BY id",
        "SELECT key, value FROM meta WHERE key IN ('city_name', 'city_code', 'prefecture', 'demo', "
        "'demo_seed', 'demo_residents', 'demo_as_of', 'demo_version') ORDER BY key",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : kQueries) {
        QSqlQuery query(db.sql());
        query.setForwardOnly(true);
        if (!query.exec(QString::fromLatin1(sql))) {
            ADD_FAILURE() << sql << ": " << query.lastError().text().toStdString();
            return QByteArray("<error in ") + sql + '>';
        }
        const int columns = query.record().count();
        while (query.next()) {
            for (int i = 0; i < columns; ++i) {
                const QVariant v = query.value(i);
                hash.addData(v.isNull() ? QByteArray("\\N") : v.toString().toUtf8());
                hash.addData(QByteArray(i + 1 < columns ? "\t" : "\n"));
            }
        }
        hash.addData(QByteArray("--\n"));
    }
    return hash.result().toHex();
}

inline std::optional<int> ageOn(const QString& birth, QDate on)
{
    const QDate b = QDate::fromString(birth, Qt::ISODate);
    if (birth.size() != 10 || !b.isValid())
        return std::nullopt;
    int age = on.year() - b.year();
    if (on.month() < b.month() || (on.month() == b.month() && on.day() < b.day()))
        --age;
    return age;
}

inline QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace madoguchi::demotest
