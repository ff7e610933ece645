// Reading the rules context's input form: every problem at once, each with
// the origin and a JSON pointer, in the exact shapes docs/rules-context.md
// lists.
#include "contexttest.h"

#include <gtest/gtest.h>

namespace {

using namespace madoguchi::contexttest;
using madoguchi::catalog::ContextReadOptions;

QString line(const char* pointerAndMessage)
{
    return QStringLiteral("ctx.json: ") + QString::fromUtf8(pointerAndMessage);
}

TEST(ContextRead, TheExampleReadsUnchanged)
{
    EXPECT_EQ(problems(validInput()), QStringList());
}

TEST(ContextRead, OptionalFieldsAndAnswersAreKept)
{
    QJsonObject input = validInput();
    setMember(input, 0, QStringLiteral("atena_no"), QStringLiteral("00000001011"));
    setMember(input, 1, QStringLiteral("birth_date"), QJsonValue(QJsonValue::Null));
    for (const char* key : {"setai_no", "address", "katagaki", "postal_code", "address_code"})
        setHousehold(input, QLatin1String(key), QStringLiteral("x"));
    setEvent(input, QStringLiteral("subject"), QJsonValue::Undefined);
    setEvent(input, QStringLiteral("surname_change"), QJsonValue::Undefined);
    setEvent(input, QStringLiteral("planned_move_out_date"), QJsonValue::Undefined);
    setEvent(input, QStringLiteral("from_prefecture_code"), QJsonValue::Undefined);
    input[QStringLiteral("answers")] = QJsonObject{{QStringLiteral("seal"), true}};
    EXPECT_EQ(problems(input), QStringList()); // and returned unchanged (problems() checks)
}

TEST(ContextRead, NotAnObject)
{
    EXPECT_EQ(problems(QJsonArray{1}), QStringList{line("/: expected an object, got [1]")});
}

TEST(ContextRead, RequiredKeysMissing)
{
    EXPECT_EQ(problems(QJsonObject()),
        (QStringList{line("/today: missing (required)"), line("/event: missing (required)"),
            line("/household: missing (required)")}));

    QJsonObject input = validInput();
    setEvent(input, QStringLiteral("date"), QJsonValue::Undefined);
    setHousehold(input, QStringLiteral("head"), QJsonValue::Undefined);
    setMember(input, 1, QStringLiteral("birth_date"), QJsonValue::Undefined);
    setMember(input, 1, QStringLiteral("dog_owner"), QJsonValue::Undefined);
    EXPECT_EQ(problems(input),
        (QStringList{line("/event/date: missing (required)"),
            line("/household/head: missing (required)"),
            line("/household/members/1/birth_date: missing (required)"),
            line("/household/members/1/dog_owner: missing (required)")}));
}

TEST(ContextRead, EveryTypeAndValueSetInOneGo)
{
    QJsonObject input = validInput();
    input[QStringLiteral("today")] = QStringLiteral("2026/11/26");
    setEvent(input, QStringLiteral("planned_move_out_date"), QStringLiteral("2026-02-29"));
    setEvent(input, QStringLiteral("from_prefecture_code"), 13);
    setEvent(input, QStringLiteral("surname_change"), QStringLiteral("m2"));
    setHousehold(input, QStringLiteral("address"), 5);
    setMember(input, 0, QStringLiteral("name_kanji"), QString());
    setMember(input, 0, QStringLiteral("name_kana"), 5);
    setMember(input, 0, QStringLiteral("sex"), 3);
    setMember(input, 0, QStringLiteral("moving"), QStringLiteral("yes"));
    setMember(input, 0, QStringLiteral("insurance"), QStringLiteral("kokuhoo"));
    setMember(input, 0, QStringLiteral("nenkin_category"), 1);
    setMember(input, 1, QStringLiteral("birth_date"), QStringLiteral("1980-02-30"));
    setMember(input, 1, QStringLiteral("kaigo"), QStringLiteral("yes"));
    setMember(input, 1, QStringLiteral("nationality"), QString());
    setMember(input, 1, QStringLiteral("koumuin"), 0);
    EXPECT_EQ(problems(input),
        (QStringList{
            line("/today: expected a date YYYY-MM-DD, got \"2026/11/26\""),
            line("/event/planned_move_out_date: expected a date YYYY-MM-DD, got \"2026-02-29\""),
            line(
                "/event/from_prefecture_code: expected a prefecture code \"01\" to \"47\", got 13"),
            line("/event/surname_change: expected an array of member ids such as [\"m2\"], got "
                 "\"m2\""),
            line("/household/address: expected a string, got 5"),
            line("/household/members/0/name_kanji: expected a non-empty string, got \"\""),
            line("/household/members/0/name_kana: expected a string, got 5"),
            line("/household/members/0/sex: expected one of 0, 1, 2, 9 (ISO 5218), got 3"),
            line("/household/members/0/moving: expected true or false, got \"yes\""),
            line("/household/members/0/insurance: expected one of \"kokuho\", \"shaho\", "
                 "\"kouki\", \"seiho\", \"none\"; got \"kokuhoo\""),
            line("/household/members/0/nenkin_category: expected one of \"1\", \"2\", \"3\", "
                 "\"recipient\", \"none\"; got 1"),
            line("/household/members/1/birth_date: expected a date YYYY-MM-DD, got \"1980-02-30\""),
            line("/household/members/1/nationality: expected a non-empty string, got \"\""),
            line("/household/members/1/kaigo: expected one of \"none\", \"insured\", "
                 "\"certified\"; got \"yes\""),
            line("/household/members/1/koumuin: expected true or false, got 0"),
        }));
}

TEST(ContextRead, ContainersOfTheWrongType)
{
    QJsonObject input = validInput();
    input[QStringLiteral("event")] = QStringLiteral("tennyu");
    input[QStringLiteral("answers")] = QJsonArray();
    setHousehold(input, QStringLiteral("members"), QJsonObject());
    EXPECT_EQ(problems(input),
        (QStringList{line("/event: expected an object, got \"tennyu\""),
            line("/answers: expected an object, got []"),
            line("/household/members: expected an array of members, got {}")}));

    input = validInput();
    setHousehold(input, QStringLiteral("members"), QJsonArray{5});
    setHousehold(input, QStringLiteral("head"), QJsonValue::Undefined);
    EXPECT_EQ(problems(input),
        (QStringList{line("/household/head: missing (required)"),
            line("/household/members/0: expected an object (a member), got 5"),
            line("/event/subject: no member has the id \"m2\""),
            line("/event/surname_change/0: no member has the id \"m2\"")}));

    input = validInput();
    setHousehold(input, QStringLiteral("members"), QJsonArray());
    setEvent(input, QStringLiteral("subject"), QJsonValue::Undefined);
    setEvent(input, QStringLiteral("surname_change"), QJsonValue::Undefined);
    EXPECT_EQ(problems(input),
        (QStringList{line("/household/members: expected at least one member"),
            line("/household/head: no member has the id \"m1\"")}));
}

TEST(ContextRead, EventTypeAndMemberIds)
{
    QJsonObject input = validInput();
    setEvent(input, QStringLiteral("type"), QStringLiteral("tennyuu"));
    setMember(input, 1, QStringLiteral("id"), QStringLiteral("m 2"));
    EXPECT_EQ(problems(input),
        (QStringList{line("/event/type: expected one of \"tennyu\", \"tenshutsu\", \"tenkyo\", "
                          "\"shussei\", \"shibou\", \"konin\"; got \"tennyuu\""),
            line("/household/members/1/id: expected a member id (letters, digits, _ or -), got "
                 "\"m 2\""),
            line("/event/subject: no member has the id \"m2\""),
            line("/event/surname_change/0: no member has the id \"m2\"")}));
}

TEST(ContextRead, UnknownKeysAreNamedWithTheNearestKnownOne)
{
    QJsonObject input = validInput();
    input[QStringLiteral("todya")] = QStringLiteral("2026-11-26");
    setEvent(input, QStringLiteral("planned_moveout_date"), QStringLiteral("2026-11-15"));
    setHousehold(input, QStringLiteral("adress"), QStringLiteral("x"));
    setMember(input, 0, QStringLiteral("kaigoo"), QStringLiteral("none"));
    setMember(input, 1, QStringLiteral("favourite_colour"), QStringLiteral("blue"));
    EXPECT_EQ(problems(input),
        (QStringList{line("/todya: unknown key \"todya\"; did you mean \"today\"?"),
            line("/event/planned_moveout_date: unknown key \"planned_moveout_date\"; did you "
                 "mean \"planned_move_out_date\"?"),
            line("/household/adress: unknown key \"adress\"; did you mean \"address\"?"),
            line("/household/members/0/kaigoo: unknown key \"kaigoo\"; did you mean \"kaigo\"?"),
            line("/household/members/1/favourite_colour: unknown key \"favourite_colour\"")}));
}

TEST(ContextRead, PointerStepsAreEscaped)
{
    QJsonObject input = validInput();
    input[QStringLiteral("a/b~c")] = 1;
    EXPECT_EQ(problems(input), QStringList{line("/a~1b~0c: unknown key \"a/b~c\"")});
}

TEST(ContextRead, DerivedKeysAndParamsAreRefused)
{
    QJsonObject input = validInput();
    input[QStringLiteral("member")] = QJsonValue(QJsonValue::Null);
    input[QStringLiteral("params")] = QJsonObject();
    setHousehold(input, QStringLiteral("member_count"), 2);
    setMember(input, 0, QStringLiteral("age"), 46);
    EXPECT_EQ(problems(input),
        (QStringList{line("/member: \"member\" is derived by the engine; an input cannot set it"),
            line("/params: \"params\" are the catalog's city parameters; an input cannot set "
                 "them"),
            line("/household/member_count: \"member_count\" is derived by the engine; an input "
                 "cannot set it"),
            line("/household/members/0/age: \"age\" is derived by the engine; an input cannot "
                 "set it")}));
}

TEST(ContextRead, EventQuestionsOnlyWhenTheCatalogAsksThem)
{
    QJsonObject input = validInput();
    setEvent(input, QStringLiteral("has_seal"), true);
    EXPECT_EQ(problems(input), QStringList{line("/event/has_seal: unknown key \"has_seal\"")});
    EXPECT_EQ(problems(input, ContextReadOptions{{QStringLiteral("has_seal")}}), QStringList());
}

TEST(ContextRead, MemberIdsAreUniqueAndReferencesExist)
{
    QJsonObject input = validInput();
    QJsonArray list = members(input);
    list.append(member(QStringLiteral("m1"), QStringLiteral("1982-01-01"), QStringLiteral("妻")));
    setHousehold(input, QStringLiteral("members"), list);
    setHousehold(input, QStringLiteral("head"), QStringLiteral("m9"));
    setEvent(input, QStringLiteral("subject"), QStringLiteral("m7"));
    setEvent(input, QStringLiteral("surname_change"),
        QJsonArray{QStringLiteral("m2"), QStringLiteral("m5"), QStringLiteral("m2")});
    EXPECT_EQ(problems(input),
        (QStringList{line("/household/members/2/id: duplicate member id \"m1\" (also "
                          "/household/members/0/id)"),
            line("/household/head: no member has the id \"m9\""),
            line("/event/subject: no member has the id \"m7\""),
            line("/event/surname_change/1: no member has the id \"m5\""),
            line("/event/surname_change/2: \"m2\" is listed twice")}));
}

TEST(ContextRead, BirthAndDeathNeedTheirSubject)
{
    QJsonObject input = validInput();
    setEvent(input, QStringLiteral("subject"), QJsonValue::Undefined);
    EXPECT_EQ(problems(input), QStringList()); // a 転入 has none

    setEvent(input, QStringLiteral("type"), QStringLiteral("shussei"));
    EXPECT_EQ(problems(input),
        QStringList{
            line("/event/subject: missing (required for shussei: the newborn's member id)")});
    setEvent(input, QStringLiteral("type"), QStringLiteral("shibou"));
    EXPECT_EQ(problems(input),
        QStringList{
            line("/event/subject: missing (required for shibou: the deceased's member id)")});
}

TEST(ContextRead, TheOriginPrefixesEveryLine)
{
    const auto read = madoguchi::catalog::readRulesContext(QJsonObject(), QStringLiteral("a.json"));
    ASSERT_FALSE(read.ok());
    for (const QString& problem : read.error().message.split(QLatin1Char('\n')))
        EXPECT_TRUE(problem.startsWith(QStringLiteral("a.json: /"))) << problem.toStdString();
}

} // namespace
