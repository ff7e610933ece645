// The derived fields (docs/rules-context.md, "Derived fields"): ages, school
// stages around 1 April, 児童手当 on the 31 March boundary, leap days,
// remaining_count per event type, and the paths against context-schema.json.
#include "contexttest.h"
#include "rules/jsonlogic.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi::contexttest;
using madoguchi::catalog::allowanceChildUntil;
using madoguchi::catalog::contextForMember;
using madoguchi::catalog::deriveContext;
using madoguchi::catalog::schoolStage;

// The derived member m2 born on `birth`, for an event on `date`.
QJsonObject childOn(const QString& birth, const QString& date)
{
    QJsonObject input = validInput();
    setMember(input, 1, QStringLiteral("birth_date"), birth);
    setEvent(input, QStringLiteral("date"), date);
    return derivedMember(derived(input), 1);
}

QString stage(const char* birth, const char* date)
{
    return childOn(QLatin1String(birth), QLatin1String(date))[QStringLiteral("school_stage")]
        .toString();
}

TEST(ContextDerivation, SchoolEntryOnTheFirstOfApril)
{
    // Born 1 April: reaches 6 on 31 March and starts school that April, a
    // year before a child born on 2 April.
    EXPECT_EQ(stage("2019-04-01", "2025-03-31"), QStringLiteral("preschool"));
    EXPECT_EQ(stage("2019-04-01", "2025-04-01"), QStringLiteral("elementary"));
    EXPECT_EQ(stage("2019-04-02", "2025-04-01"), QStringLiteral("preschool"));
    EXPECT_EQ(stage("2019-04-02", "2026-03-31"), QStringLiteral("preschool"));
    EXPECT_EQ(stage("2019-04-02", "2026-04-01"), QStringLiteral("elementary"));
    // 早生まれ: born in January, in the same school year as those born the April before.
    EXPECT_EQ(stage("2019-01-15", "2025-04-01"), QStringLiteral("elementary"));
    EXPECT_EQ(stage("2018-04-02", "2025-04-01"), QStringLiteral("elementary"));
    EXPECT_EQ(stage("2018-04-01", "2025-04-01"), QStringLiteral("elementary")); // 2nd year
}

TEST(ContextDerivation, SchoolStagesFollowEachOther)
{
    // Born 2010-04-02: 小学校 2017-04 … 2023-03, 中学校 … 2026-03, 高校 … 2029-03.
    EXPECT_EQ(stage("2010-04-02", "2023-03-31"), QStringLiteral("elementary"));
    EXPECT_EQ(stage("2010-04-02", "2023-04-01"), QStringLiteral("junior_high"));
    EXPECT_EQ(stage("2010-04-02", "2026-03-31"), QStringLiteral("junior_high"));
    EXPECT_EQ(stage("2010-04-02", "2026-04-01"), QStringLiteral("high_school"));
    EXPECT_EQ(stage("2010-04-02", "2029-03-31"), QStringLiteral("high_school"));
    EXPECT_EQ(stage("2010-04-02", "2029-04-01"), QStringLiteral("other"));
    EXPECT_EQ(schoolStage(QDate(2010, 4, 1), QDate(2028, 4, 1)), QStringLiteral("other"));
    EXPECT_EQ(stage("2026-11-20", "2026-11-20"), QStringLiteral("preschool")); // a newborn
}

TEST(ContextDerivation, AllowanceChildUntilTheThirtyFirstOfMarch)
{
    // Born 1 April: reaches 18 on 31 March, which is the last day.
    EXPECT_EQ(allowanceChildUntil(QDate(2008, 4, 1)), QDate(2026, 3, 31));
    EXPECT_EQ(allowanceChildUntil(QDate(2008, 4, 2)), QDate(2027, 3, 31));
    EXPECT_EQ(allowanceChildUntil(QDate(2008, 3, 31)), QDate(2026, 3, 31));
    const QString key = QStringLiteral("allowance_child");
    EXPECT_TRUE(childOn(QStringLiteral("2008-04-01"), QStringLiteral("2026-03-31"))[key].toBool());
    EXPECT_FALSE(childOn(QStringLiteral("2008-04-01"), QStringLiteral("2026-04-01"))[key].toBool());
    EXPECT_TRUE(childOn(QStringLiteral("2008-04-02"), QStringLiteral("2027-03-31"))[key].toBool());
    EXPECT_FALSE(childOn(QStringLiteral("2008-04-02"), QStringLiteral("2027-04-01"))[key].toBool());
    EXPECT_TRUE(childOn(QStringLiteral("2026-11-20"), QStringLiteral("2026-11-20"))[key].toBool());
    // Not yet born on the event date.
    EXPECT_FALSE(childOn(QStringLiteral("2026-12-01"), QStringLiteral("2026-11-20"))[key].toBool());
}

TEST(ContextDerivation, AgesOnLeapDays)
{
    QJsonObject m = childOn(QStringLiteral("2004-02-29"), QStringLiteral("2005-02-28"));
    EXPECT_EQ(m[QStringLiteral("age")], 0);
    m = childOn(QStringLiteral("2004-02-29"), QStringLiteral("2005-03-01"));
    EXPECT_EQ(m[QStringLiteral("age")], 1);
    m = childOn(QStringLiteral("2004-02-29"), QStringLiteral("2024-02-28"));
    EXPECT_EQ(m[QStringLiteral("age")], 19);
    m = childOn(QStringLiteral("2004-02-29"), QStringLiteral("2024-02-29"));
    EXPECT_EQ(m[QStringLiteral("age")], 20);
    // age_today is counted on today (2026-11-26), not on the event date.
    EXPECT_EQ(m[QStringLiteral("age_today")], 22);
    m = childOn(QStringLiteral("2000-11-26"), QStringLiteral("2026-11-20"));
    EXPECT_EQ(m[QStringLiteral("age")], 25);
    EXPECT_EQ(m[QStringLiteral("age_today")], 26);
}

TEST(ContextDerivation, AnUnknownBirthDateGivesNulls)
{
    QJsonObject input = validInput();
    setMember(input, 1, QStringLiteral("birth_date"), QJsonValue(QJsonValue::Null));
    const QJsonObject m = derivedMember(derived(input), 1);
    EXPECT_TRUE(m[QStringLiteral("age")].isNull());
    EXPECT_TRUE(m[QStringLiteral("age_today")].isNull());
    EXPECT_TRUE(m[QStringLiteral("school_stage")].isNull());
    EXPECT_EQ(m[QStringLiteral("allowance_child")], false);
    // Born after the event: no age, no stage.
    const QJsonObject unborn = childOn(QStringLiteral("2026-12-01"), QStringLiteral("2026-11-20"));
    EXPECT_TRUE(unborn[QStringLiteral("age")].isNull());
    EXPECT_TRUE(unborn[QStringLiteral("school_stage")].isNull());
}

// remaining_count of the example with a third member, m3 staying behind.
int remaining(const char* type, const char* subject)
{
    QJsonObject input = validInput();
    QJsonArray list = members(input);
    QJsonObject third
        = member(QStringLiteral("m3"), QStringLiteral("1950-01-01"), QStringLiteral("母"));
    third[QStringLiteral("moving")] = false;
    list.append(third);
    setHousehold(input, QStringLiteral("members"), list);
    setEvent(input, QStringLiteral("type"), QLatin1String(type));
    setEvent(input, QStringLiteral("subject"),
        subject ? QJsonValue(QLatin1String(subject)) : QJsonValue(QJsonValue::Undefined));
    return derived(input)[QStringLiteral("household")][QStringLiteral("remaining_count")].toInt();
}

TEST(ContextDerivation, RemainingCountPerEventType)
{
    EXPECT_EQ(remaining("shibou", "m1"), 2); // all but the deceased
    EXPECT_EQ(remaining("tenshutsu", nullptr), 1); // those not moving
    EXPECT_EQ(remaining("shussei", "m2"), 3); // the newborn included
    EXPECT_EQ(remaining("tennyu", nullptr), 3);
    EXPECT_EQ(remaining("tenkyo", nullptr), 3);
    EXPECT_EQ(remaining("konin", nullptr), 3);
}

TEST(ContextDerivation, FlagsAndTheHousehold)
{
    const QJsonObject context = derived(validInput());
    const QJsonObject head = derivedMember(context, 0);
    const QJsonObject child = derivedMember(context, 1);
    EXPECT_EQ(head[QStringLiteral("is_head")], true);
    EXPECT_EQ(head[QStringLiteral("is_subject")], false);
    EXPECT_EQ(head[QStringLiteral("surname_changes")], false);
    EXPECT_EQ(head[QStringLiteral("age")], 46);
    EXPECT_EQ(head[QStringLiteral("school_stage")], QStringLiteral("other"));
    EXPECT_EQ(head[QStringLiteral("allowance_child")], false);
    EXPECT_EQ(child[QStringLiteral("is_head")], false);
    EXPECT_EQ(child[QStringLiteral("is_subject")], true);
    EXPECT_EQ(child[QStringLiteral("surname_changes")], true);
    EXPECT_EQ(child[QStringLiteral("school_stage")], QStringLiteral("elementary"));
    const QJsonObject household = context[QStringLiteral("household")].toObject();
    EXPECT_EQ(household[QStringLiteral("member_count")], 2);
    EXPECT_EQ(household[QStringLiteral("has_allowance_child")], true);
    EXPECT_EQ(household[QStringLiteral("head_member")], head);
    EXPECT_EQ(household[QStringLiteral("subject_member")], child);
    EXPECT_TRUE(context[QStringLiteral("member")].isNull());
    EXPECT_EQ(context[QStringLiteral("event")], validInput()[QStringLiteral("event")]);

    QJsonObject input = validInput();
    setEvent(input, QStringLiteral("subject"), QJsonValue::Undefined);
    setMember(input, 1, QStringLiteral("birth_date"), QStringLiteral("1990-01-01"));
    const QJsonObject adults = derived(input)[QStringLiteral("household")].toObject();
    EXPECT_FALSE(adults.contains(QStringLiteral("subject_member")));
    EXPECT_EQ(adults[QStringLiteral("has_allowance_child")], false);
}

TEST(ContextDerivation, AnswersAreKept)
{
    QJsonObject input = validInput();
    input[QStringLiteral("answers")] = QJsonObject{{QStringLiteral("seal"), true}};
    EXPECT_EQ(derived(input)[QStringLiteral("answers")], input[QStringLiteral("answers")]);
}

TEST(ContextDerivation, ContextForMemberSetsOnlyMember)
{
    const QJsonObject context = derived(validInput());
    const QJsonObject forChild = contextForMember(context, u"m2");
    EXPECT_EQ(forChild[QStringLiteral("member")], derivedMember(context, 1));
    EXPECT_EQ(forChild[QStringLiteral("household")], context[QStringLiteral("household")]);
    EXPECT_TRUE(contextForMember(forChild, u"")[QStringLiteral("member")].isNull());
    // What a catalog rule sees.
    const auto age = madoguchi::rules::evaluate(
        QJsonObject{{QStringLiteral("var"), QStringLiteral("member.age")}}, forChild);
    ASSERT_TRUE(age.ok());
    EXPECT_EQ(age.value(), 11);
}

// Every key of `object` with `prefix`, as schema paths.
void collectPaths(const QJsonObject& object, const QString& prefix, QSet<QString>& paths)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        paths.insert(prefix + it.key());
}

TEST(ContextDerivation, PathsAreExactlyThoseOfTheSchema)
{
    QFile file(QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/catalog/context-schema.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject schema
        = QJsonDocument::fromJson(file.readAll())[QStringLiteral("paths")].toObject();

    QJsonObject input = validInput();
    setMember(input, 0, QStringLiteral("atena_no"), QStringLiteral("00000001011"));
    setMember(input, 1, QStringLiteral("atena_no"), QStringLiteral("00000001020"));
    for (int m : {0, 1}) // the claims of certificates about the member
        setMember(input, m, QStringLiteral("evidence"), QJsonObject());
    for (const char* key : {"setai_no", "address", "katagaki", "postal_code", "address_code"})
        setHousehold(input, QLatin1String(key), QStringLiteral("x"));
    const QJsonObject context = contextForMember(derived(input), u"m1");
    QSet<QString> paths;
    collectPaths(context, QString(), paths);
    collectPaths(context[QStringLiteral("event")].toObject(), QStringLiteral("event."), paths);
    const QJsonObject household = context[QStringLiteral("household")].toObject();
    collectPaths(household, QStringLiteral("household."), paths);
    collectPaths(context[QStringLiteral("member")].toObject(), QStringLiteral("member."), paths);
    // Every member of the list has the keys "member" has.
    for (const QJsonValue& m : household[QStringLiteral("members")].toArray())
        EXPECT_EQ(m.toObject().keys(), context[QStringLiteral("member")].toObject().keys());

    QSet<QString> expected;
    for (auto it = schema.begin(); it != schema.end(); ++it)
        if (!it.key().endsWith(QLatin1String(".*")))
            expected.insert(it.key());
    EXPECT_EQ(paths, expected);
}

} // namespace
