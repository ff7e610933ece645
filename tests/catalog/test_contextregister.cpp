// The input form from the register (docs/rules-context.md, "From the
// register") on both engines, on the profile tests' register: standard
// order, ids, entitlements, nationality, the subject, a 除票 deceased, a
// protected resident, answers and the errors.
#include "catalog/contextderivation.h"
#include "catalog/contextfromregister.h"
#include "contexttest.h"
#include "registry/profilefixture.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

namespace {

using namespace madoguchi::profiletest;
using madoguchi::catalog::contextFromRegister;
using madoguchi::contexttest::members;

const QDate kToday(2026, 11, 26);
const QDate kEventDay(2026, 11, 20);

class ContextRegister : public ::testing::TestWithParam<madoguchi::storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, kToday);
    }

    madoguchi::Result<QJsonObject> context(
        const QString& atenaNo, const char* event, const QStringList& answers = {})
    {
        return contextFromRegister(*db, atenaNo, QLatin1String(event), kEventDay, kToday, answers);
    }

    QJsonObject ok(const QString& atenaNo, const char* event, const QStringList& answers = {})
    {
        const auto read = context(atenaNo, event, answers);
        EXPECT_TRUE(read.ok()) << (read ? std::string() : read.error().message.toStdString());
        return read ? read.value() : QJsonObject();
    }

    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<madoguchi::storage::Database> db;
};

TEST_P(ContextRegister, TheHouseholdInStandardOrder)
{
    const QJsonObject input = ok(kHead, "tennyu");
    EXPECT_EQ(input[QStringLiteral("today")], QStringLiteral("2026-11-26"));
    EXPECT_EQ(input[QStringLiteral("event")],
        (QJsonObject{{QStringLiteral("type"), QStringLiteral("tennyu")},
            {QStringLiteral("date"), QStringLiteral("2026-11-20")}}));
    const QJsonObject household = input[QStringLiteral("household")].toObject();
    EXPECT_EQ(household[QStringLiteral("head")], QStringLiteral("m1"));
    EXPECT_EQ(household[QStringLiteral("setai_no")], atena(9001));
    EXPECT_EQ(
        household[QStringLiteral("address")], QStringLiteral("東京都みどり野市本町一丁目2番3号"));
    EXPECT_EQ(household[QStringLiteral("katagaki")], QStringLiteral("みどり荘101"));
    EXPECT_EQ(household[QStringLiteral("postal_code")], QStringLiteral("1230001"));
    EXPECT_EQ(household[QStringLiteral("address_code")], QStringLiteral("13999001002"));

    // The removed child (除票) is not a member.
    QStringList order;
    QStringList ids;
    for (const QJsonValue& m : members(input)) {
        order << m[QStringLiteral("atena_no")].toString();
        ids << m[QStringLiteral("id")].toString();
        EXPECT_EQ(m[QStringLiteral("moving")], true);
        EXPECT_EQ(m[QStringLiteral("koumuin")], false);
        EXPECT_EQ(m[QStringLiteral("dog_owner")], false);
        EXPECT_EQ(m[QStringLiteral("nationality")], QStringLiteral("JP"));
    }
    EXPECT_EQ(order, kFirstHouseholdOrder.mid(0, 8));
    EXPECT_EQ(ids,
        (QStringList{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"),
            QStringLiteral("m4"), QStringLiteral("m5"), QStringLiteral("m6"), QStringLiteral("m7"),
            QStringLiteral("m8")}));

    const QJsonObject head = members(input).at(0).toObject();
    EXPECT_EQ(head,
        (QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")},
            {QStringLiteral("atena_no"), kHead},
            {QStringLiteral("name_kanji"), QStringLiteral("山田 太郎")},
            {QStringLiteral("name_kana"), QStringLiteral("ヤマダ タロウ")},
            {QStringLiteral("birth_date"), QStringLiteral("1975-04-01")},
            {QStringLiteral("sex"), 1}, {QStringLiteral("relationship"), QStringLiteral("世帯主")},
            {QStringLiteral("nationality"), QStringLiteral("JP")}, {QStringLiteral("moving"), true},
            {QStringLiteral("insurance"), QStringLiteral("kokuho")},
            {QStringLiteral("kaigo"), QStringLiteral("insured")},
            {QStringLiteral("nenkin_category"), QStringLiteral("1")},
            {QStringLiteral("jidou_teate_recipient"), true},
            {QStringLiteral("mynumber_card"), true},
            {QStringLiteral("disability_certificate"), false}, {QStringLiteral("koumuin"), false},
            {QStringLiteral("dog_owner"), false}}));
    // No entitlements row: none and false.
    const QJsonObject wife = members(input).at(1).toObject();
    EXPECT_EQ(wife[QStringLiteral("insurance")], QStringLiteral("none"));
    EXPECT_EQ(wife[QStringLiteral("kaigo")], QStringLiteral("none"));
    EXPECT_EQ(wife[QStringLiteral("nenkin_category")], QStringLiteral("none"));
    EXPECT_EQ(wife[QStringLiteral("mynumber_card")], false);
    // A birth date not known to the day (母: 1945; 縁故者: 年月日不詳) is null.
    EXPECT_TRUE(members(input).at(5)[QStringLiteral("birth_date")].isNull());
    EXPECT_TRUE(members(input).at(6)[QStringLiteral("birth_date")].isNull());
}

TEST_P(ContextRegister, AnyMemberGivesTheSameHousehold)
{
    const QJsonObject fromHead = ok(kHead, "tenkyo");
    const QJsonObject fromLodger = ok(kLodger, "tenkyo");
    EXPECT_EQ(fromHead, fromLodger);
}

TEST_P(ContextRegister, ForeignResidentsKeepTheirNationality)
{
    run(*db, QStringLiteral("UPDATE persons SET nationality = ? WHERE id = 8"),
        {QStringLiteral("ベトナム")});
    const QJsonObject input = ok(kHead, "konin");
    EXPECT_EQ(members(input).at(7)[QStringLiteral("nationality")], QStringLiteral("ベトナム"));
    EXPECT_EQ(members(input).at(0)[QStringLiteral("moving")], false); // not a move
}

TEST_P(ContextRegister, TheResidentIsTheSubjectOfABirth)
{
    const QJsonObject input = ok(kGrandchild, "shussei");
    EXPECT_EQ(input[QStringLiteral("event")][QStringLiteral("subject")], QStringLiteral("m5"));
    EXPECT_EQ(members(input).at(4)[QStringLiteral("atena_no")], kGrandchild);
    const QJsonObject derived = madoguchi::catalog::deriveContext(input);
    EXPECT_EQ(derived[QStringLiteral("household")][QStringLiteral("subject_member")]
                     [QStringLiteral("atena_no")],
        kGrandchild);
    EXPECT_EQ(derived[QStringLiteral("household")][QStringLiteral("remaining_count")], 8);
}

TEST_P(ContextRegister, TheDeceasedMayAlreadyBeRemoved)
{
    const QJsonObject input = ok(kDead, "shibou");
    EXPECT_EQ(input[QStringLiteral("event")][QStringLiteral("subject")], QStringLiteral("m1"));
    EXPECT_EQ(input[QStringLiteral("household")][QStringLiteral("head")], QStringLiteral("m1"));
    QStringList order;
    for (const QJsonValue& m : members(input))
        order << m[QStringLiteral("atena_no")].toString();
    EXPECT_EQ(order, (QStringList{kDead, kNeighbour}));
    const QJsonObject derived = madoguchi::catalog::deriveContext(input);
    EXPECT_EQ(derived[QStringLiteral("household")][QStringLiteral("remaining_count")], 1);

    // The death of a current resident.
    const QJsonObject mother = ok(kMother, "shibou");
    EXPECT_EQ(mother[QStringLiteral("event")][QStringLiteral("subject")], QStringLiteral("m6"));
    EXPECT_EQ(members(mother).size(), 8);
}

TEST_P(ContextRegister, ARemovedResidentOtherwiseIsRefused)
{
    const auto removed = context(kDead, "tenshutsu");
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().message,
        QStringLiteral("宛名番号 %1 is a removed resident (除票: 死亡); only the deceased of a "
                       "shibou event may be")
            .arg(kDead));
    const auto moved = context(kChildMoved, "tennyu");
    ASSERT_FALSE(moved.ok());
    EXPECT_TRUE(moved.error().message.contains(QStringLiteral("(除票: 転出)")));
}

TEST_P(ContextRegister, AProtectedResidentIsReadForTheCounter)
{
    // The wife is under an active 支援措置 (error level).
    const QJsonObject input = ok(kWife, "tenshutsu");
    EXPECT_EQ(members(input).at(1)[QStringLiteral("atena_no")], kWife);
    EXPECT_EQ(input[QStringLiteral("household")][QStringLiteral("address")],
        QStringLiteral("東京都みどり野市本町一丁目2番3号"));
}

TEST_P(ContextRegister, AnswersAdjustTheRegister)
{
    const QJsonObject input = ok(kHead, "tenshutsu",
        {QStringLiteral("m2.koumuin=true"), QStringLiteral("m8.moving=false"),
            QStringLiteral("event.planned_move_out_date=R8.11.15"),
            QStringLiteral("answers.seal=true")});
    EXPECT_EQ(members(input).at(1)[QStringLiteral("koumuin")], true);
    EXPECT_EQ(members(input).at(7)[QStringLiteral("moving")], false);
    EXPECT_EQ(input[QStringLiteral("event")][QStringLiteral("planned_move_out_date")],
        QStringLiteral("2026-11-15"));
    EXPECT_EQ(input[QStringLiteral("answers")], (QJsonObject{{QStringLiteral("seal"), true}}));
    EXPECT_EQ(madoguchi::catalog::deriveContext(
                  input)[QStringLiteral("household")][QStringLiteral("remaining_count")],
        1);

    // A question of the catalog's life event, when the catalog names it.
    const auto question = contextFromRegister(*db, kHead, QStringLiteral("tennyu"), kEventDay,
        kToday, {QStringLiteral("event.from_abroad=false")},
        {.eventQuestions = {QStringLiteral("from_abroad")}});
    ASSERT_TRUE(question.ok()) << question.error().message.toStdString();
    EXPECT_EQ(question.value()[QStringLiteral("event")][QStringLiteral("from_abroad")], false);

    const auto bad = context(kHead, "tennyu", {QStringLiteral("m9.koumuin=true")});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message,
        QStringLiteral("answer \"m9.koumuin=true\": no member m9 (members: m1, m2, m3, m4, m5, "
                       "m6, m7, m8)"));
}

TEST_P(ContextRegister, UnknownResidentAndEvent)
{
    const auto unknown = context(kUnknown, "tennyu");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(
        unknown.error().message, QStringLiteral("no resident with 宛名番号 %1").arg(kUnknown));
    const auto event = context(kHead, "kekkon");
    ASSERT_FALSE(event.ok());
    EXPECT_EQ(event.error().message,
        QStringLiteral("unknown event type \"kekkon\" (one of tennyu, tenshutsu, tenkyo, shussei, "
                       "shibou, konin)"));
}

INSTANTIATE_TEST_SUITE_P(Engines, ContextRegister, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

} // namespace
