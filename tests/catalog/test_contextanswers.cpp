// Answers PATH=VALUE on an input form (docs/rules-context.md, "Answers"):
// JSON or text, 和暦 dates, comma lists, and every bad answer named.
#include "catalog/rulescontextanswers.h"
#include "contexttest.h"

#include <gtest/gtest.h>

namespace {

using namespace madoguchi::contexttest;
using madoguchi::catalog::applyAnswers;
using madoguchi::catalog::parseExactDay;

QJsonObject answered(const QStringList& answers)
{
    QJsonObject input = validInput();
    const madoguchi::Status applied = applyAnswers(input, answers);
    EXPECT_TRUE(applied.ok()) << (applied ? std::string() : applied.error().message.toStdString());
    EXPECT_EQ(problems(input), QStringList());
    return input;
}

QStringList refused(const QStringList& answers)
{
    QJsonObject input = validInput();
    const madoguchi::Status applied = applyAnswers(input, answers);
    EXPECT_FALSE(applied.ok());
    EXPECT_EQ(input, validInput()) << "a refused answer changes nothing";
    return applied ? QStringList() : applied.error().message.split(QLatin1Char('\n'));
}

TEST(ContextAnswers, MemberFields)
{
    const QJsonObject input
        = answered({QStringLiteral("m2.koumuin=true"), QStringLiteral("m1.moving=false"),
            QStringLiteral("m1.nenkin_category=1"), QStringLiteral("m2.name_kanji=山田 花子"),
            QStringLiteral("m2.birth_date=H27.6.2"), QStringLiteral("m2.sex=2")});
    const QJsonObject m1 = members(input).at(0).toObject();
    const QJsonObject m2 = members(input).at(1).toObject();
    EXPECT_EQ(m2[QStringLiteral("koumuin")], true);
    EXPECT_EQ(m1[QStringLiteral("moving")], false);
    EXPECT_EQ(m1[QStringLiteral("nenkin_category")], QStringLiteral("1"));
    EXPECT_EQ(m2[QStringLiteral("name_kanji")], QStringLiteral("山田 花子"));
    EXPECT_EQ(m2[QStringLiteral("birth_date")], QStringLiteral("2015-06-02"));
    EXPECT_EQ(m2[QStringLiteral("sex")], 2);
}

TEST(ContextAnswers, EventFieldsAndDatesIn和暦)
{
    QJsonObject input = answered({QStringLiteral("event.planned_move_out_date=R8.11.15"),
        QStringLiteral("event.from_prefecture_code=27"), QStringLiteral("event.subject=m1"),
        QStringLiteral("event.surname_change=m1,m2")});
    const QJsonObject event = input[QStringLiteral("event")].toObject();
    EXPECT_EQ(event[QStringLiteral("planned_move_out_date")], QStringLiteral("2026-11-15"));
    EXPECT_EQ(event[QStringLiteral("from_prefecture_code")], QStringLiteral("27"));
    EXPECT_EQ(event[QStringLiteral("subject")], QStringLiteral("m1"));
    EXPECT_EQ(event[QStringLiteral("surname_change")],
        (QJsonArray{QStringLiteral("m1"), QStringLiteral("m2")}));

    input = answered({QStringLiteral("event.planned_move_out_date=令和8年11月14日"),
        QStringLiteral("event.surname_change=[\"m2\"]"),
        QStringLiteral("event.from_prefecture_code=\"01\"")});
    EXPECT_EQ(input[QStringLiteral("event")][QStringLiteral("planned_move_out_date")],
        QStringLiteral("2026-11-14"));
    EXPECT_EQ(input[QStringLiteral("event")][QStringLiteral("surname_change")],
        QJsonArray{QStringLiteral("m2")});
    EXPECT_EQ(input[QStringLiteral("event")][QStringLiteral("from_prefecture_code")],
        QStringLiteral("01"));
}

TEST(ContextAnswers, AnswersAreJsonOrText)
{
    const QJsonObject input = answered({QStringLiteral("answers.seal=true"),
        QStringLiteral("answers.pets=2"), QStringLiteral("answers.note=moving with a cat"),
        QStringLiteral("answers.list=[1, \"a\"]"), QStringLiteral("answers.empty=")});
    EXPECT_EQ(input[QStringLiteral("answers")],
        (QJsonObject{{QStringLiteral("seal"), true}, {QStringLiteral("pets"), 2},
            {QStringLiteral("note"), QStringLiteral("moving with a cat")},
            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("a")}},
            {QStringLiteral("empty"), QString()}}));
}

TEST(ContextAnswers, EventQuestionsOfTheCatalog)
{
    QJsonObject input = validInput();
    EXPECT_TRUE(applyAnswers(input, {QStringLiteral("event.has_seal=true")},
        {.eventQuestions = {QStringLiteral("has_seal")}})
                    .ok());
    EXPECT_EQ(input[QStringLiteral("event")][QStringLiteral("has_seal")], true);
}

TEST(ContextAnswers, EveryBadAnswerIsNamed)
{
    EXPECT_EQ(
        refused({QStringLiteral("m9.koumuin=true"), QStringLiteral("m2.koumin=true"),
            QStringLiteral("m2.koumuin=yes"), QStringLiteral("m2.age=3"),
            QStringLiteral("m2.id=m7"), QStringLiteral("m2.evidence={}"),
            QStringLiteral("event.type=shibou"), QStringLiteral("event.has_seal=true"),
            QStringLiteral("event.subject=m9"), QStringLiteral("event.planned_move_out_date=R8.11"),
            QStringLiteral("event.planned_move_out_date=R8.2.30"),
            QStringLiteral("m1.insurance=kokuhoo"), QStringLiteral("koumuin=true"),
            QStringLiteral("m1.koumuin"), QStringLiteral("answers.a.b=1")}),
        (QStringList{QStringLiteral("answer \"m9.koumuin=true\": no member m9 (members: m1, m2)"),
            QStringLiteral(
                "answer \"m2.koumin=true\": unknown field \"koumin\"; did you mean \"koumuin\"?"),
            QStringLiteral("answer \"m2.koumuin=yes\": expected true or false, got \"yes\""),
            QStringLiteral("answer \"m2.age=3\": age cannot be answered"),
            QStringLiteral("answer \"m2.id=m7\": id cannot be answered"),
            // Only a verified certificate gives evidence.
            QStringLiteral("answer \"m2.evidence={}\": evidence cannot be answered"),
            QStringLiteral(
                "answer \"event.type=shibou\": event.type is the event itself and cannot be "
                "answered"),
            QStringLiteral("answer \"event.has_seal=true\": unknown field \"has_seal\""),
            QStringLiteral("answer \"event.subject=m9\": no member m9 (members: m1, m2)"),
            QStringLiteral("answer \"event.planned_move_out_date=R8.11\": expected an exact day, "
                           "got \"R8.11\" (year and month only)"),
            QStringLiteral("answer \"event.planned_move_out_date=R8.2.30\": ")
                + parseExactDay(QStringLiteral("R8.2.30")).error().message,
            QStringLiteral("answer \"m1.insurance=kokuhoo\": expected one of \"kokuho\", "
                           "\"shaho\", \"kouki\", \"seiho\", \"none\"; got \"kokuhoo\""),
            QStringLiteral("answer \"koumuin=true\": expected PATH=VALUE where PATH is "
                           "event.FIELD, answers.KEY or a member id and its field (m1.koumuin)"),
            QStringLiteral("answer \"m1.koumuin\": expected PATH=VALUE where PATH is "
                           "event.FIELD, answers.KEY or a member id and its field (m1.koumuin)"),
            QStringLiteral("answer \"answers.a.b=1\": an answers key is one key, without dots: "
                           "\"a.b\"")}));
}

TEST(ContextAnswers, ExactDays)
{
    EXPECT_EQ(parseExactDay(QStringLiteral("2026-11-15")).value(), QDate(2026, 11, 15));
    EXPECT_EQ(parseExactDay(QStringLiteral("R8.11.15")).value(), QDate(2026, 11, 15));
    EXPECT_EQ(parseExactDay(QStringLiteral("令和8年11月15日")).value(), QDate(2026, 11, 15));
    EXPECT_EQ(parseExactDay(QStringLiteral("5081115")).value(), QDate(2026, 11, 15));
    EXPECT_FALSE(parseExactDay(QStringLiteral("2026-02-29")).ok());
    EXPECT_TRUE(parseExactDay(QStringLiteral("R8.2.30"))
                    .error()
                    .message.startsWith(
                        QStringLiteral("expected a date (YYYY-MM-DD or 和暦 such as R8.11.15): ")));
    EXPECT_FALSE(parseExactDay(QStringLiteral("令和8年")).ok());
    EXPECT_FALSE(parseExactDay(QStringLiteral("tomorrow")).ok());
}

} // namespace
