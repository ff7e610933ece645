#pragma once

// A hand-built register for the search tests, written with prepared
// INSERTs straight from 0001_register.sql (one household per person unless
// told otherwise), then indexed with rebuildSearchIndex.
#include "registry/residentsearch.h"
#include "registry/searchindex.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "text/checkdigits.h"

#include <QDate>
#include <QVariant>
#include <gtest/gtest.h>
#include <map>

namespace madoguchi::searchtest {

inline const QDate kToday(2026, 11, 26);

inline QString atena(int serial)
{
    return text::appendMod11CheckDigit(QStringLiteral("%1").arg(serial, 10, 10, QLatin1Char('0')));
}
inline QString setai(int serial)
{
    return text::appendMod11CheckDigit(QStringLiteral("5%1").arg(serial, 9, 10, QLatin1Char('0')));
}

inline void run(storage::Database& db, const QString& sql, const QVariantList& values)
{
    const Result<QSqlQuery> q = storage::exec(db.sql(), sql, values);
    ASSERT_TRUE(q.ok()) << q.error().message.toStdString();
}

struct Person {
    int id = 0;
    QString nameKanji;
    QString nameKana;
    QString birth = QStringLiteral("1980-01-01");
    int household = 0; // 0: a household of its own, id = person id
    QString address = QStringLiteral("東京都みどり野市本町一丁目1番1号");
    QString katagaki;
    std::map<QString, QVariant> extra; // other persons columns
    QString relationship = QStringLiteral("世帯主");
};

inline Person named(int id, const QString& kanji, const QString& kana)
{
    Person p;
    p.id = id;
    p.nameKanji = kanji;
    p.nameKana = kana;
    return p;
}

inline void addPerson(storage::Database& db, const Person& p)
{
    const int household = p.household ? p.household : p.id;
    if (!p.household)
        run(db,
            QStringLiteral("INSERT INTO households (id, setai_no, address_code, postal_code, "
                           "address, katagaki) VALUES (?, ?, ?, ?, ?, ?)"),
            {household, setai(household), QStringLiteral("13291001001"), QStringLiteral("1890001"),
                p.address, p.katagaki.isNull() ? QStringLiteral("") : p.katagaki});
    QString columns = QStringLiteral(
        "id, atena_no, household_id, relationship, name_kanji, name_kana, birth_date, sex");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?");
    QVariantList values{
        p.id, atena(p.id), household, p.relationship, p.nameKanji, p.nameKana, p.birth, 1};
    for (const auto& [column, value] : p.extra) {
        columns += QStringLiteral(", ") + column;
        marks += QStringLiteral(", ?");
        values << value;
    }
    run(db,
        QStringLiteral("INSERT INTO persons (") + columns + QStringLiteral(") VALUES (") + marks
            + QStringLiteral(")"),
        values);
}

inline void addFormerName(
    storage::Database& db, int personId, const QString& kanji, const QString& kana)
{
    run(db,
        QStringLiteral("INSERT INTO name_history (person_id, name_kanji, name_kana, until_on) "
                       "VALUES (?, ?, ?, ?)"),
        {personId, kanji, kana, QStringLiteral("2010-04-01")});
}

inline void addFormerAddress(storage::Database& db, int personId, const QString& address,
    const QString& katagaki = QString())
{
    run(db,
        QStringLiteral("INSERT INTO address_history (person_id, address, katagaki, until_on) "
                       "VALUES (?, ?, ?, ?)"),
        {personId, address, katagaki.isNull() ? QStringLiteral("") : katagaki,
            QStringLiteral("2015-03-31")});
}

inline void addMeasure(storage::Database& db, int personId, const QString& level, bool provisional,
    QDate starts, QDate ends)
{
    run(db,
        QStringLiteral("INSERT INTO support_measures (person_id, level, provisional, starts_on, "
                       "ends_on) VALUES (?, ?, ?, ?, ?)"),
        {personId, level, provisional ? 1 : 0, starts.toString(Qt::ISODate),
            ends.toString(Qt::ISODate)});
}

inline void rebuild(storage::Database& db)
{
    const Status s = registry::rebuildSearchIndex(db);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
}

inline registry::SearchActor actor()
{
    return {QStringLiteral("clerk7"), QStringLiteral("desk-3"), QStringLiteral("本庁"),
        QStringLiteral("clerk")};
}

} // namespace madoguchi::searchtest
