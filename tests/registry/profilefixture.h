#pragma once

// A hand-built register for the profile tests, written with prepared
// INSERTs straight from 0001_register.sql: one household with every kind
// of member (inserted out of order), a second one with a dead resident, and
// support measures placed around `today` (active, expired, provisional,
// not yet started, ending within a month).
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "text/checkdigits.h"

#include <QDate>
#include <QVariant>
#include <gtest/gtest.h>

namespace madoguchi::profiletest {

// 宛名番号 with valid check digits, from a short serial.
inline QString atena(int serial)
{
    return text::appendMod11CheckDigit(QStringLiteral("%1").arg(serial, 10, 10, QLatin1Char('0')));
}

// The people of the fixture, by 宛名番号.
inline const QString kHead = atena(101); // 世帯主, 1975-04-01, 個人番号 on file, histories
inline const QString kWife = atena(102); // 妻, error measure active + alert expired
inline const QString kChildOld = atena(103); // 子 2005-04-01, provisional alert active
inline const QString kChildYoung = atena(104); // 子 2010-06-01, expired measure only
inline const QString kChildMoved = atena(105); // 子 2003-09-10, removed (転出)
inline const QString kMother = atena(106); // 母, born 1945 (年のみ)
inline const QString kKin = atena(107); // 縁故者, 年月日不詳
inline const QString kLodger = atena(108); // 同居人
inline const QString kGrandchild = atena(109); // 子の子
inline const QString kDead = atena(201); // 世帯主 of the second household, 死亡
inline const QString kNeighbour = atena(202); // 妻 there: measure not yet started, one ending soon
inline const QString kUnknown = atena(999); // valid check digit, nobody
inline const QString kMyNumber = QStringLiteral("123456789018");

// The standard order of the first household: residents, then the removed child.
inline const QStringList kFirstHouseholdOrder
    = {kHead, kWife, kChildOld, kChildYoung, kGrandchild, kMother, kKin, kLodger, kChildMoved};

inline void run(storage::Database& db, const QString& sql, const QVariantList& values)
{
    const Result<QSqlQuery> q = storage::exec(db.sql(), sql, values);
    ASSERT_TRUE(q.ok()) << q.error().message.toStdString();
}

inline QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

inline void addPerson(storage::Database& db, int id, const QString& atenaNo, int household,
    const QString& relationship, const QString& name, const QString& kana, const QString& birth,
    int sex, const QVariant& myNumber = QVariant(),
    const QString& status = QStringLiteral("resident"), const QVariant& removedOn = QVariant(),
    const QVariant& removalReason = QVariant())
{
    run(db,
        QStringLiteral("INSERT INTO persons (id, atena_no, household_id, relationship, name_kanji, "
                       "name_kana, birth_date, sex, my_number, status, removed_on, removal_reason, "
                       "version, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, atenaNo, household, relationship, name, kana, birth, sex, myNumber, status, removedOn,
            removalReason, id % 7 + 1, id * 10});
}

inline void addMeasure(storage::Database& db, int personId, const QString& level, bool provisional,
    QDate starts, QDate ends, const QString& party)
{
    run(db,
        QStringLiteral("INSERT INTO support_measures (person_id, level, provisional, starts_on, "
                       "ends_on, restricted_party, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {personId, level, provisional ? 1 : 0, iso(starts), iso(ends), party,
            QStringLiteral("DV（配偶者からの暴力）")});
}

// Fills an empty, migrated register. Support measure periods are placed
// relative to `today`, so that the CLI (on the wall clock) sees the same.
inline void buildRegister(storage::Database& db, QDate today)
{
    run(db,
        QStringLiteral("INSERT INTO households (id, setai_no, address_code, postal_code, address, "
                       "katagaki, formed_on, dogs, version, change_seq) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {1, atena(9001), QStringLiteral("13999001002"), QStringLiteral("1230001"),
            QStringLiteral("東京都みどり野市本町一丁目2番3号"), QStringLiteral("みどり荘101"),
            QStringLiteral("2000-04-01"), 1, 4, 77});
    run(db,
        QStringLiteral("INSERT INTO households (id, setai_no, address_code, postal_code, address) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {2, atena(9002), QStringLiteral("13999002001"), QStringLiteral("1230002"),
            QStringLiteral("東京都みどり野市緑町5番地")});

    // Out of order on purpose: the profile sorts, the database does not.
    addPerson(db, 8, kLodger, 1, QStringLiteral("同居人"), QStringLiteral("田中 実"),
        QStringLiteral("タナカ ミノル"), QStringLiteral("1990-01-01"), 1);
    addPerson(db, 4, kChildYoung, 1, QStringLiteral("子"), QStringLiteral("山田 花子"),
        QStringLiteral("ヤマダ ハナコ"), QStringLiteral("2010-06-01"), 2);
    addPerson(db, 5, kChildMoved, 1, QStringLiteral("子"), QStringLiteral("山田 次郎"),
        QStringLiteral("ヤマダ ジロウ"), QStringLiteral("2003-09-10"), 1, QVariant(),
        QStringLiteral("removed"), QStringLiteral("2025-03-31"), QStringLiteral("転出"));
    addPerson(db, 1, kHead, 1, QStringLiteral("世帯主"), QStringLiteral("山田 太郎"),
        QStringLiteral("ヤマダ タロウ"), QStringLiteral("1975-04-01"), 1, kMyNumber);
    addPerson(db, 7, kKin, 1, QStringLiteral("縁故者"), QStringLiteral("佐藤 一"),
        QStringLiteral("サトウ ハジメ"), QStringLiteral("XXXX-XX-XX"), 9);
    addPerson(db, 2, kWife, 1, QStringLiteral("妻"), QStringLiteral("山田 良子"),
        QStringLiteral("ヤマダ ヨシコ"), QStringLiteral("1978-02-02"), 2);
    addPerson(db, 6, kMother, 1, QStringLiteral("母"), QStringLiteral("山田 ウメ"),
        QStringLiteral("ヤマダ ウメ"), QStringLiteral("1945"), 2);
    addPerson(db, 9, kGrandchild, 1, QStringLiteral("子の子"), QStringLiteral("山田 翔"),
        QStringLiteral("ヤマダ ショウ"), QStringLiteral("2024-01-01"), 1);
    addPerson(db, 3, kChildOld, 1, QStringLiteral("子"), QStringLiteral("山田 一郎"),
        QStringLiteral("ヤマダ イチロウ"), QStringLiteral("2005-04-01"), 1);
    addPerson(db, 20, kDead, 2, QStringLiteral("世帯主"), QStringLiteral("鈴木 茂"),
        QStringLiteral("スズキ シゲル"), QStringLiteral("1930-05-05"), 1, QVariant(),
        QStringLiteral("removed"), QStringLiteral("2020-01-10"), QStringLiteral("死亡"));
    addPerson(db, 21, kNeighbour, 2, QStringLiteral("妻"), QStringLiteral("鈴木 春"),
        QStringLiteral("スズキ ハル"), QStringLiteral("1935-03-03"), 2);

    run(db,
        QStringLiteral("INSERT INTO entitlements (person_id, insurance, insurance_since, kaigo, "
                       "nenkin_category, jidou_teate_recipient, mynumber_card, "
                       "mynumber_card_expiry, seal_registered, version, change_seq) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {1, QStringLiteral("kokuho"), QStringLiteral("2015-04-01"), QStringLiteral("insured"),
            QStringLiteral("1"), 1, 1, QStringLiteral("2030-04-01"), 1, 2, 55});

    addMeasure(db, 2, QStringLiteral("alert"), false, today.addYears(-2), today.addYears(-1),
        QStringLiteral("旧 加害者（元配偶者）"));
    addMeasure(db, 2, QStringLiteral("error"), false, today.addMonths(-3), today.addMonths(9),
        QStringLiteral("山田 某（元配偶者）"));
    addMeasure(db, 3, QStringLiteral("alert"), true, today, today.addYears(1).addDays(-1),
        QStringLiteral("山田 某（元配偶者）"));
    addMeasure(db, 4, QStringLiteral("error"), false, today.addYears(-3), today.addYears(-2),
        QStringLiteral("古い 記録"));
    addMeasure(db, 21, QStringLiteral("error"), false, today.addDays(1), today.addYears(1),
        QStringLiteral("未来 の人"));
    addMeasure(db, 21, QStringLiteral("alert"), false, today.addMonths(-11), today.addDays(10),
        QStringLiteral("期限 間近"));

    // Histories, inserted oldest-last and with an unknown end, to see the order.
    const QString name
        = QStringLiteral("INSERT INTO name_history (person_id, name_kanji, name_kana, "
                         "until_on) VALUES (?, ?, ?, ?)");
    run(db, name, {1, QStringLiteral("不明 太郎"), QVariant(), QVariant()});
    run(db, name,
        {1, QStringLiteral("高橋 太郎"), QStringLiteral("タカハシ タロウ"),
            QStringLiteral("2000-03-31")});
    run(db, name,
        {1, QStringLiteral("髙橋 太郎"), QStringLiteral("タカハシ タロウ"),
            QStringLiteral("1995-01-01")});
    const QString address = QStringLiteral(
        "INSERT INTO address_history (person_id, address_code, postal_code, address, katagaki, "
        "from_on, until_on) VALUES (?, ?, ?, ?, ?, ?, ?)");
    run(db, address,
        {1, QVariant(), QVariant(), QStringLiteral("京都府京都市1"), QStringLiteral(""),
            QStringLiteral("1990-01-01"), QStringLiteral("2000-03-31")});
    run(db, address,
        {1, QStringLiteral("13999001001"), QStringLiteral("1230003"),
            QStringLiteral("東京都みどり野市旧町2"), QStringLiteral("2F"),
            QStringLiteral("2010-04-01"), QStringLiteral("2015-12-31")});
    run(db, address,
        {1, QVariant(), QVariant(), QStringLiteral("大阪府大阪市3"), QStringLiteral(""),
            QStringLiteral("2000-04-01"), QStringLiteral("2010-03-31")});
}

} // namespace madoguchi::profiletest
