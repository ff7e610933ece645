#include "registerfixture.h"

#include "storage/sqlerror.h"

#include <gtest/gtest.h>

namespace madoguchi::testing {
namespace {

qint64 insertReturningId(storage::Database& db, const QString& sql, const QVariantList& values)
{
    auto query = storage::exec(db.sql(), sql, values, QStringLiteral("test insert"));
    if (!query) {
        ADD_FAILURE() << query.error().message.toStdString();
        return -1;
    }
    if (!query->next()) {
        ADD_FAILURE() << "no id returned by " << sql.toStdString();
        return -1;
    }
    return query->value(0).toLongLong();
}

} // namespace

void setMeta(storage::Database& db, const QString& key, const QString& value)
{
    auto query
        = storage::exec(db.sql(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
            {key, value}, QStringLiteral("test meta"));
    if (!query)
        ADD_FAILURE() << query.error().message.toStdString();
}

qint64 addHousehold(storage::Database& db, const QString& setaiNo, const QString& address)
{
    return insertReturningId(db,
        QStringLiteral(
            "INSERT INTO households (setai_no, address_code, postal_code, address, formed_on) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {setaiNo, QStringLiteral("01208001001"), QStringLiteral("0900024"), address,
            QStringLiteral("2015-04-01")});
}

qint64 addPerson(storage::Database& db, qint64 householdId, const QString& atenaNo,
    const QString& relationship, const QString& nameKanji, const QString& nameKana,
    const QString& status)
{
    return insertReturningId(db,
        QStringLiteral(
            "INSERT INTO persons (atena_no, household_id, relationship, name_kanji, name_kana, "
            "birth_date, sex, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {atenaNo, householdId, relationship, nameKanji, nameKana, QStringLiteral("1985-06-12"), 1,
            status});
}

void fillSmallRegister(storage::Database& db)
{
    setMeta(db, QStringLiteral("city_name"), QStringLiteral("北見市"));
    setMeta(db, QStringLiteral("prefecture"), QStringLiteral("北海道"));
    setMeta(db, QStringLiteral("city_code"), QStringLiteral("012084"));
    setMeta(db, QStringLiteral("demo"), QStringLiteral("1"));

    const qint64 yamada
        = addHousehold(db, QStringLiteral("10000016"), QStringLiteral("北見市北1条西2丁目3番地"));
    addPerson(db, yamada, QStringLiteral("200000014"), QStringLiteral("世帯主"),
        QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"));
    addPerson(db, yamada, QStringLiteral("200000022"), QStringLiteral("妻"),
        QStringLiteral("山田 花子"), QStringLiteral("ヤマダ ハナコ"));
    addPerson(db, yamada, QStringLiteral("200000030"), QStringLiteral("子"),
        QStringLiteral("山田 一郎"), QStringLiteral("ヤマダ イチロウ"));

    const qint64 gone
        = addHousehold(db, QStringLiteral("10000024"), QStringLiteral("北見市常盤町1丁目1番地"));
    addPerson(db, gone, QStringLiteral("200000049"), QStringLiteral("世帯主"),
        QStringLiteral("佐藤 次郎"), QStringLiteral("サトウ ジロウ"), QStringLiteral("removed"));
}

} // namespace madoguchi::testing
