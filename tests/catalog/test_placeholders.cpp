// {placeholders} in catalog texts.
#include "catalog/placeholders.h"
#include "catalogtest.h"

using namespace madoguchi;
using namespace madoguchi::catalog;

namespace {

const QJsonObject kData{
    {QStringLiteral("member"),
        QJsonObject{{QStringLiteral("name_kanji"), QStringLiteral("山田 花子")},
            {QStringLiteral("age"), 76}, {QStringLiteral("moving"), true}}},
    {QStringLiteral("params"),
        QJsonObject{{QStringLiteral("amount"), 500000}, {QStringLiteral("rate"), 1.5}}},
    {QStringLiteral("household"),
        QJsonObject{{QStringLiteral("members"),
            QJsonArray{QJsonObject{{QStringLiteral("name_kanji"), QStringLiteral("一郎")}}}}}},
};

} // namespace

TEST(Placeholders, FillValuesOfTheContext)
{
    EXPECT_EQ(fillPlaceholders(QStringLiteral("{member.name_kanji}さん（{member.age}歳）"), kData),
        QStringLiteral("山田 花子さん（76歳）"));
    EXPECT_EQ(fillPlaceholders(QStringLiteral("{params.amount:n}円, {params.amount}"), kData),
        QStringLiteral("500,000円, 500000"));
    EXPECT_EQ(fillPlaceholders(QStringLiteral("{params.rate:n} {member.moving}"), kData),
        QStringLiteral("1.5 true"));
    EXPECT_EQ(fillPlaceholders(
                  QStringLiteral("{household.members.0.name_kanji} of {household.members.length}"),
                  kData),
        QStringLiteral("一郎 of 1"));
    // Absent and null show as nothing; {{ and }} are braces.
    EXPECT_EQ(
        fillPlaceholders(QStringLiteral("[{member.nope}] {{x}}"), kData), QStringLiteral("[] {x}"));
    EXPECT_EQ(fillPlaceholders(QStringLiteral("no placeholders"), kData),
        QStringLiteral("no placeholders"));
    const LocalizedText both = fillPlaceholders(
        LocalizedText{QStringLiteral("{member.age}歳"), QStringLiteral("aged {member.age}")},
        kData);
    EXPECT_EQ(both.ja, QStringLiteral("76歳"));
    EXPECT_EQ(both.en, QStringLiteral("aged 76"));
}

TEST(Placeholders, FindThePathsAndRefuseMalformedOnes)
{
    const auto found = placeholdersIn(QStringLiteral("{a.b} and {c:n} {{d}}"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).path, QStringLiteral("a.b"));
    EXPECT_EQ(found->at(1).format, QStringLiteral("n"));

    EXPECT_EQ(placeholdersIn(QStringLiteral("ab {x")).error().message,
        QStringLiteral("a { without its } at character 4 (write {{ for a brace)"));
    EXPECT_EQ(placeholdersIn(QStringLiteral("x}")).error().message,
        QStringLiteral("a } without its { at character 2 (write }} for a brace)"));
    EXPECT_EQ(placeholdersIn(QStringLiteral("{}")).error().message,
        QStringLiteral("\"{}\" is not a placeholder: write {path} or {path:n}"));
    EXPECT_EQ(placeholdersIn(QStringLiteral("{a b}")).error().message,
        QStringLiteral("\"{a b}\" is not a placeholder: write {path} or {path:n}"));
    EXPECT_EQ(placeholdersIn(QStringLiteral("{a:yen}")).error().message,
        QStringLiteral("\"{a:yen}\": unknown format \"yen\" (the only one is n)"));
}
