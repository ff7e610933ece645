// loadProfile() and toJson() on both engines: a hand-built household
// (profilefixture.h) for every rule, and a seeded demo city for breadth.
#include "common/clock.h"
#include "demo/democity.h"
#include "profilefixture.h"
#include "registry/memberorder.h"
#include "registry/residentprofile.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"
#include "text/age.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using namespace madoguchi::profiletest;
using registry::ResidentProfile;
using registry::SupportLevel;

const QDate kToday(2026, 6, 15);

class Profile : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, kToday);
    }

    ResidentProfile load(const QString& atenaNo)
    {
        Result<ResidentProfile> profile = registry::loadProfile(*db, atenaNo, clock);
        EXPECT_TRUE(profile.ok()) << profile.error().message.toStdString();
        return profile.ok() ? std::move(profile).value() : ResidentProfile{};
    }

    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(kToday, QTime(10, 0), QTimeZone::systemTimeZone())};
};

TEST_P(Profile, PersonCarriesEveryColumnAndItsBirthDateEveryWay)
{
    const ResidentProfile p = load(kHead);
    EXPECT_EQ(p.asOf, kToday);
    EXPECT_EQ(p.person.atenaNo, kHead);
    EXPECT_EQ(p.person.nameKanji, QStringLiteral("山田 太郎"));
    EXPECT_EQ(p.person.nameKana, QStringLiteral("ヤマダ タロウ"));
    EXPECT_EQ(p.person.relationship, QStringLiteral("世帯主"));
    EXPECT_EQ(p.person.sex, 1);
    EXPECT_EQ(p.person.birth.storage, QStringLiteral("1975-04-01"));
    EXPECT_TRUE(p.person.birth.date.isExact());
    EXPECT_EQ(p.person.birth.wareki, QStringLiteral("昭和50年4月1日"));
    EXPECT_EQ(p.person.birth.western, QStringLiteral("1975年4月1日"));
    EXPECT_EQ(p.person.birth.iso, QStringLiteral("1975-04-01"));
    EXPECT_EQ(p.person.birth.age, 51);
    EXPECT_EQ(p.person.status, QStringLiteral("resident"));
    EXPECT_FALSE(p.person.removed);
    EXPECT_FALSE(p.person.kyuuji.has_value()); // NULL stays "not known"
    EXPECT_EQ(p.person.version, 2); // 1 % 7 + 1
    EXPECT_EQ(p.person.changeSeq, 10);

    EXPECT_EQ(p.household.setaiNo, atena(9001));
    EXPECT_EQ(p.household.address, QStringLiteral("東京都みどり野市本町一丁目2番3号"));
    EXPECT_EQ(p.household.katagaki, QStringLiteral("みどり荘101"));
    EXPECT_EQ(p.household.addressCode, QStringLiteral("13999001002"));
    EXPECT_EQ(p.household.postalCode, QStringLiteral("1230001"));
    EXPECT_EQ(p.household.version, 4);
    EXPECT_EQ(p.household.changeSeq, 77);

    ASSERT_TRUE(p.entitlements.has_value());
    EXPECT_EQ(p.entitlements->insurance, QStringLiteral("kokuho"));
    EXPECT_EQ(p.entitlements->insuranceSince, QStringLiteral("2015-04-01"));
    EXPECT_EQ(p.entitlements->kaigo, QStringLiteral("insured"));
    EXPECT_EQ(p.entitlements->nenkinCategory, QStringLiteral("1"));
    EXPECT_TRUE(p.entitlements->jidouTeateRecipient);
    EXPECT_TRUE(p.entitlements->mynumberCard);
    EXPECT_TRUE(p.entitlements->sealRegistered);
    EXPECT_FALSE(p.entitlements->disabilityCertificate);
    EXPECT_EQ(p.entitlements->changeSeq, 55);
    EXPECT_FALSE(load(kWife).entitlements.has_value()); // no row: not "none"
}

TEST_P(Profile, MembersComeInStandardOrderWithRemovedOnesLast)
{
    const ResidentProfile p = load(kChildYoung);
    QStringList order;
    for (const registry::ProfileMember& m : p.household.members)
        order << m.atenaNo;
    EXPECT_EQ(order, kFirstHouseholdOrder);
    int subjects = 0;
    for (const registry::ProfileMember& m : p.household.members) {
        subjects += m.isSubject ? 1 : 0;
        EXPECT_EQ(m.isSubject, m.atenaNo == kChildYoung);
    }
    EXPECT_EQ(subjects, 1);
    const registry::ProfileMember& moved = p.household.members.last();
    EXPECT_EQ(moved.status, QStringLiteral("removed"));
    EXPECT_EQ(moved.birth.age, 21); // on the removal day, 2025-03-31
    const registry::ProfileMember& mother = p.household.members[5];
    EXPECT_EQ(mother.birth.wareki, QStringLiteral("昭和20年"));
    EXPECT_FALSE(mother.birth.age.has_value()); // 1945 alone cannot say 80 or 81
    const registry::ProfileMember& kin = p.household.members[6];
    EXPECT_TRUE(kin.birth.date.isUnknown());
    EXPECT_FALSE(kin.birth.iso.has_value());
}

TEST_P(Profile, MyNumberIsFullyMasked)
{
    const ResidentProfile head = load(kHead);
    EXPECT_EQ(head.person.myNumberMasked, QStringLiteral("************"));
    const QByteArray json = QJsonDocument(registry::toJson(head)).toJson();
    EXPECT_FALSE(json.contains(kMyNumber.toUtf8()));
    EXPECT_FALSE(json.contains(kMyNumber.right(4).toUtf8()));
    const QJsonObject headJson = registry::toJson(head);
    EXPECT_EQ(headJson[QStringLiteral("person")][QStringLiteral("my_number")],
        QStringLiteral("************"));
    const ResidentProfile wife = load(kWife);
    EXPECT_FALSE(wife.person.myNumberMasked.has_value());
    const QJsonObject wifeJson = registry::toJson(wife);
    EXPECT_TRUE(wifeJson[QStringLiteral("person")][QStringLiteral("my_number")].isNull());
}

TEST_P(Profile, SupportMeasuresAreAllListedAndOnlyActiveOnesCount)
{
    const ResidentProfile wife = load(kWife);
    ASSERT_EQ(wife.supportMeasures.size(), 2);
    EXPECT_EQ(wife.supportMeasures[0].level, SupportLevel::Error); // newest start first
    EXPECT_TRUE(wife.supportMeasures[0].active);
    EXPECT_FALSE(wife.supportMeasures[0].endingSoon);
    EXPECT_EQ(wife.supportMeasures[1].level, SupportLevel::Alert);
    EXPECT_FALSE(wife.supportMeasures[1].active); // expired a year ago
    EXPECT_EQ(wife.supportMeasure, SupportLevel::Error);

    const ResidentProfile child = load(kChildOld);
    ASSERT_EQ(child.supportMeasures.size(), 1);
    EXPECT_TRUE(child.supportMeasures[0].provisional);
    EXPECT_TRUE(child.supportMeasures[0].active); // starts today: covered from the first day
    EXPECT_EQ(child.supportMeasure, SupportLevel::Alert);

    const ResidentProfile expired = load(kChildYoung);
    ASSERT_EQ(expired.supportMeasures.size(), 1);
    EXPECT_FALSE(expired.supportMeasures[0].active);
    EXPECT_EQ(expired.supportMeasure, SupportLevel::None);

    const ResidentProfile neighbour = load(kNeighbour);
    ASSERT_EQ(neighbour.supportMeasures.size(), 2);
    EXPECT_FALSE(neighbour.supportMeasures[0].active); // starts tomorrow
    EXPECT_TRUE(neighbour.supportMeasures[1].active);
    EXPECT_TRUE(neighbour.supportMeasures[1].endingSoon); // ends in ten days
    EXPECT_EQ(neighbour.supportMeasure, SupportLevel::Alert);

    // The household view marks each member with the strongest active level.
    for (const registry::ProfileMember& m : load(kHead).household.members) {
        const SupportLevel expected = m.atenaNo == kWife ? SupportLevel::Error
            : m.atenaNo == kChildOld                     ? SupportLevel::Alert
                                                         : SupportLevel::None;
        EXPECT_EQ(m.supportMeasure, expected) << m.atenaNo.toStdString();
    }
}

TEST_P(Profile, SupportMeasureIsJudgedOnTheClocksDay)
{
    clock.set(QDateTime(kToday.addMonths(10), QTime(9, 0), QTimeZone::systemTimeZone()));
    EXPECT_EQ(load(kWife).supportMeasure, SupportLevel::None); // the error one ended
    clock.set(QDateTime(kToday.addDays(-1), QTime(9, 0), QTimeZone::systemTimeZone()));
    EXPECT_EQ(load(kChildOld).supportMeasure, SupportLevel::None); // not begun yet
}

TEST_P(Profile, HistoriesAreNewestFirst)
{
    const ResidentProfile p = load(kHead);
    ASSERT_EQ(p.nameHistory.size(), 3);
    EXPECT_EQ(p.nameHistory[0].nameKanji, QStringLiteral("高橋 太郎"));
    EXPECT_EQ(p.nameHistory[1].nameKanji, QStringLiteral("髙橋 太郎"));
    EXPECT_EQ(p.nameHistory[2].nameKanji, QStringLiteral("不明 太郎")); // no end date: last
    EXPECT_FALSE(p.nameHistory[2].nameKana.has_value());
    ASSERT_EQ(p.addressHistory.size(), 3);
    EXPECT_EQ(p.addressHistory[0].address, QStringLiteral("東京都みどり野市旧町2"));
    EXPECT_EQ(p.addressHistory[0].katagaki, QStringLiteral("2F"));
    EXPECT_EQ(p.addressHistory[0].addressCode, QStringLiteral("13999001001"));
    EXPECT_EQ(p.addressHistory[1].address, QStringLiteral("大阪府大阪市3"));
    EXPECT_EQ(p.addressHistory[2].address, QStringLiteral("京都府京都市1"));
    EXPECT_FALSE(p.addressHistory[2].postalCode.has_value());
    EXPECT_TRUE(load(kWife).nameHistory.isEmpty());
}

TEST_P(Profile, ARemovedResidentLoadsAndIsMarked)
{
    const ResidentProfile dead = load(kDead);
    EXPECT_TRUE(dead.person.removed);
    EXPECT_EQ(dead.person.status, QStringLiteral("removed"));
    EXPECT_EQ(dead.person.removedOn, QStringLiteral("2020-01-10"));
    EXPECT_EQ(dead.person.removalReason, QStringLiteral("死亡"));
    EXPECT_EQ(dead.person.birth.age, 89); // as on the 除票, not 96 today
    ASSERT_EQ(dead.household.members.size(), 2);
    EXPECT_EQ(dead.household.members[0].atenaNo, kNeighbour); // the living first
    EXPECT_EQ(dead.household.members[1].atenaNo, kDead);
    const QJsonObject json = registry::toJson(dead);
    EXPECT_TRUE(json[QStringLiteral("removed")].toBool());
    EXPECT_EQ(
        json[QStringLiteral("person")][QStringLiteral("removal_reason")], QStringLiteral("死亡"));
}

TEST_P(Profile, AnUnknownResidentIsAnErrorNamingTheNumber)
{
    for (const QString& atenaNo : {kUnknown, QString(), QStringLiteral("' OR 1=1 --")}) {
        const Result<ResidentProfile> p = registry::loadProfile(*db, atenaNo, clock);
        ASSERT_FALSE(p.ok());
        EXPECT_TRUE(p.error().message.contains(QStringLiteral("宛名番号")))
            << p.error().message.toStdString();
        EXPECT_TRUE(p.error().message.contains(atenaNo));
    }
}

TEST_P(Profile, AnUnreadableBirthDateIsAnErrorNamingTheColumn)
{
    run(*db, QStringLiteral("UPDATE persons SET birth_date = ? WHERE atena_no = ?"),
        {QStringLiteral("S50.4.1"), kLodger});
    const Result<ResidentProfile> p = registry::loadProfile(*db, kHead, clock);
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("birth_date")));
    EXPECT_TRUE(p.error().message.contains(kLodger));
}

TEST_P(Profile, ForeignResidentsBirthDatesShowInWestern)
{
    run(*db,
        QStringLiteral("UPDATE persons SET nationality = ?, alphabet_name = ? WHERE atena_no = ?"),
        {QStringLiteral("フィリピン"), QStringLiteral("TANAKA MINORU"), kLodger});
    const ResidentProfile lodger = load(kLodger);
    EXPECT_EQ(lodger.person.birth.display, QStringLiteral("1990年1月1日"));
    EXPECT_EQ(lodger.person.alphabetName, QStringLiteral("TANAKA MINORU"));
    for (const registry::ProfileMember& m : lodger.household.members) {
        EXPECT_EQ(m.birth.display, m.atenaNo == kLodger ? m.birth.western : m.birth.wareki)
            << m.atenaNo.toStdString();
    }
}

TEST_P(Profile, JsonHasTheDocumentedKeys)
{
    const QJsonObject json = registry::toJson(load(kHead));
    EXPECT_EQ(json.keys(),
        QStringList({QStringLiteral("address_history"), QStringLiteral("address_withheld"),
            QStringLiteral("address_withheld_reason"), QStringLiteral("as_of"),
            QStringLiteral("atena_no"), QStringLiteral("entitlements"), QStringLiteral("household"),
            QStringLiteral("name_history"), QStringLiteral("person"), QStringLiteral("removed"),
            QStringLiteral("support_measure"), QStringLiteral("support_measures")}));
    const QJsonObject person = json[QStringLiteral("person")].toObject();
    for (const char* key : {"atena_no", "name_kanji", "name_kana", "kana_confirmed", "kyuuji",
             "birth_date", "birth_date_iso", "birth_date_wareki", "birth_date_western",
             "birth_date_precision", "age", "sex", "my_number", "resident_code", "status",
             "removed_on", "version", "change_seq"})
        EXPECT_TRUE(person.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(person.contains(QStringLiteral("id"))); // internal row ids stay inside
    EXPECT_EQ(person[QStringLiteral("birth_date_wareki")], QStringLiteral("昭和50年4月1日"));
    EXPECT_EQ(person[QStringLiteral("age")], 51);
    EXPECT_EQ(json[QStringLiteral("as_of")], QStringLiteral("2026-06-15"));
    const QJsonArray members
        = json[QStringLiteral("household")][QStringLiteral("members")].toArray();
    ASSERT_EQ(members.size(), kFirstHouseholdOrder.size());
    EXPECT_EQ(members[1][QStringLiteral("support_measure")], QStringLiteral("error"));
    EXPECT_TRUE(members[6][QStringLiteral("age")].isNull()); // 年月日不詳
    EXPECT_EQ(members[6][QStringLiteral("birth_date_precision")], QStringLiteral("unknown"));
    EXPECT_EQ(json[QStringLiteral("entitlements")][QStringLiteral("insurance")],
        QStringLiteral("kokuho"));
    const QJsonObject wife = registry::toJson(load(kWife));
    EXPECT_TRUE(wife[QStringLiteral("entitlements")].isNull());
    const QJsonObject measure = wife[QStringLiteral("support_measures")].toArray().at(0).toObject();
    EXPECT_EQ(measure[QStringLiteral("level")], QStringLiteral("error"));
    EXPECT_TRUE(measure[QStringLiteral("active")].toBool());
}

INSTANTIATE_TEST_SUITE_P(
    Engines, Profile, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

// A seeded city: every profile loads, each member list is in standard order,
// and the subject appears in it once.
class DemoCityProfiles : public ::testing::TestWithParam<storage::Engine> { };

TEST_P(DemoCityProfiles, ProfilesOfASeededCityAreConsistent)
{
    madoguchi::testing::TestDatabase testDb(GetParam());
    auto db = testDb.open();
    ASSERT_TRUE(db);
    const QDate asOf(2026, 11, 26);
    // 500 residents (a demo city has support measures only from 1,000; the
    // fixture above covers them).
    const auto seeded = demo::seedDemoCity(*db, {500, 42, asOf});
    ASSERT_TRUE(seeded.ok()) << seeded.error().message.toStdString();
    const FixedClock clock(QDateTime(asOf, QTime(12, 0), QTimeZone::systemTimeZone()));

    // Every 40th resident, and every one with a former name.
    QSqlQuery q(db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT atena_no FROM persons WHERE id % 40 = 0 OR id IN (SELECT person_id FROM "
        "name_history) ORDER BY id")));
    QStringList atenas;
    while (q.next())
        atenas << q.value(0).toString();
    q.finish();
    ASSERT_GE(atenas.size(), 12);

    for (const QString& atenaNo : atenas) {
        const Result<ResidentProfile> p = registry::loadProfile(*db, atenaNo, clock);
        ASSERT_TRUE(p.ok()) << atenaNo.toStdString() << ": " << p.error().message.toStdString();
        EXPECT_EQ(p->person.atenaNo, atenaNo);
        const auto& members = p->household.members;
        ASSERT_FALSE(members.isEmpty());
        int subjects = 0;
        for (qsizetype i = 0; i < members.size(); ++i) {
            subjects += members[i].isSubject ? 1 : 0;
            EXPECT_TRUE(registry::isKnownRelationship(members[i].relationship))
                << members[i].relationship.toStdString();
            if (i > 0 && members[i].status == members[i - 1].status) {
                EXPECT_FALSE(registry::memberPrecedes(
                    {members[i].relationship, members[i].birth.storage, members[i].atenaNo},
                    {members[i - 1].relationship, members[i - 1].birth.storage,
                        members[i - 1].atenaNo}));
            }
        }
        EXPECT_EQ(subjects, 1);
        EXPECT_EQ(members.first().relationship, QStringLiteral("世帯主"));
        const QByteArray json = QJsonDocument(registry::toJson(p.value())).toJson();
        EXPECT_FALSE(json.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoCityProfiles, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

} // namespace
