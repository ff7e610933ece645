// The demo city's building blocks: the generator, the numbers, the word
// lists and the date rules, without a database.
#include "demo/entitlementrules.h"
#include "demo/identifiers.h"
#include "demo/namedata.h"
#include "demo/random.h"
#include "support/qtprinters.h"
#include "text/checkdigits.h"

#include <QRegularExpression>
#include <QSet>
#include <array>
#include <gtest/gtest.h>
#include <vector>

using namespace madoguchi;
using namespace madoguchi::demo;

TEST(DemoRandom, SplitMix64MatchesThePublishedSequence)
{
    // The reference values of Vigna's splitmix64.c for seed 1234567.
    SplitMix64 s(1234567);
    EXPECT_EQ(s.next(), 6457827717110365317ULL);
    EXPECT_EQ(s.next(), 3203168211198807973ULL);
    EXPECT_EQ(s.next(), 9817491932198370423ULL);
}

TEST(DemoRandom, Xoshiro256StarStarIsPinned)
{
    // Computed independently from the published algorithm; a change here
    // changes every demo city, so bump kGeneratorVersion with it.
    Random r(42);
    EXPECT_EQ(r.next(), 1546998764402558742ULL);
    EXPECT_EQ(r.next(), 6990951692964543102ULL);
    EXPECT_EQ(r.next(), 12544586762248559009ULL);
}

TEST(DemoRandom, BoundedDrawsStayInRangeAndCoverIt)
{
    Random r(7);
    std::array<int, 7> seen{};
    for (int i = 0; i < 7000; ++i) {
        const std::uint64_t v = r.below(7);
        ASSERT_LT(v, 7U);
        ++seen[v];
    }
    for (int count : seen)
        EXPECT_GT(count, 800); // about 1000 each
    for (int i = 0; i < 1000; ++i) {
        const int v = r.between(-3, 3);
        ASSERT_GE(v, -3);
        ASSERT_LE(v, 3);
    }
    EXPECT_EQ(r.below(1), 0U);
    EXPECT_EQ(r.between(5, 5), 5);
}

TEST(DemoRandom, ChanceAndWeightsRespectTheirEnds)
{
    Random r(9);
    for (int i = 0; i < 1000; ++i) {
        EXPECT_FALSE(r.percent(0));
        EXPECT_TRUE(r.percent(100));
        const std::array weights{0, 3, 0, 1};
        const std::size_t w = r.weighted(weights);
        EXPECT_TRUE(w == 1 || w == 3);
    }
    WeightedTable table;
    table.add(0);
    table.add(5);
    table.add(0);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(table.pick(r), 1U);
}

TEST(DemoRandom, TheSameSeedGivesTheSameStream)
{
    Random a(123456789), b(123456789), c(123456790);
    bool differs = false;
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t x = a.next();
        EXPECT_EQ(x, b.next());
        differs = differs || x != c.next();
    }
    EXPECT_TRUE(differs);
}

TEST(DemoIdentifiers, PermutationIsABijection)
{
    for (const std::uint64_t size : {1ULL, 2ULL, 10ULL, 1000ULL, 4097ULL}) {
        std::vector<bool> hit(size, false);
        for (std::uint64_t v = 0; v < size; ++v) {
            const std::uint64_t p = IdentifierMaker::permute(v, size, 99);
            ASSERT_LT(p, size);
            ASSERT_FALSE(hit[p]) << "size " << size << " value " << v;
            hit[p] = true;
        }
    }
}

TEST(DemoIdentifiers, NumbersCarryValidCheckDigitsAndDoNotRepeat)
{
    const IdentifierMaker ids(2024);
    QSet<QString> myNumbers, residentCodes, atena, setai, cards;
    for (std::int64_t id = 1; id <= 3000; ++id) {
        const QString my = ids.myNumber(id);
        EXPECT_TRUE(text::validateMyNumber(my)) << my.toStdString();
        const QString code = ids.residentCode(id);
        ASSERT_EQ(code.size(), 11);
        EXPECT_EQ(text::mod11CheckDigit(QStringView(code).left(10)), code.back().digitValue());
        const QString a = ids.atenaNumber(id);
        EXPECT_TRUE(text::validateAtenaNumber(a)) << a.toStdString();
        const QString s = ids.setaiNumber(id);
        EXPECT_TRUE(text::validateSetaiNumber(s)) << s.toStdString();
        const QString card = ids.residenceCardNumber(id);
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-Z]{2}[0-9]{8}[A-Z]{2}$"))
                        .match(card)
                        .hasMatch());
        myNumbers << my;
        residentCodes << code;
        atena << a;
        setai << s;
        cards << card;
    }
    EXPECT_EQ(myNumbers.size(), 3000);
    EXPECT_EQ(residentCodes.size(), 3000);
    EXPECT_EQ(atena.size(), 3000);
    EXPECT_EQ(setai.size(), 3000);
    EXPECT_EQ(cards.size(), 3000);
    // Another seed, other numbers.
    EXPECT_NE(IdentifierMaker(2025).myNumber(1), ids.myNumber(1));
}

TEST(DemoIdentifiers, TheCityCodeHasItsCheckDigit)
{
    const QString code = IdentifierMaker::localGovernmentCode(QStringLiteral("13291"));
    EXPECT_EQ(code, QStringLiteral("132918"));
    EXPECT_TRUE(text::validateLocalGovernmentCode(code));
}

TEST(DemoRules, ChildSupportEndsOnTheMarch31AfterTheEighteenthBirthday)
{
    // Born 1 April: reaches 18 on 31 March (the day before the birthday).
    EXPECT_EQ(EntitlementRules::childSupportEnds(QDate(2008, 4, 1)), QDate(2026, 3, 31));
    EXPECT_EQ(EntitlementRules::childSupportEnds(QDate(2008, 4, 2)), QDate(2027, 3, 31));
    EXPECT_EQ(EntitlementRules::childSupportEnds(QDate(2008, 1, 15)), QDate(2026, 3, 31));
}

TEST(DemoRules, MyNumberCardsExpireOnTheTenthOrFifthBirthdayAfterIssue)
{
    EXPECT_EQ(EntitlementRules::myNumberCardExpiry(QDate(1980, 7, 15), QDate(2020, 6, 1)),
        QDate(2029, 7, 15));
    EXPECT_EQ(EntitlementRules::myNumberCardExpiry(QDate(1980, 5, 15), QDate(2020, 6, 1)),
        QDate(2030, 5, 15));
    // Under 18 at issue: the fifth birthday.
    EXPECT_EQ(EntitlementRules::myNumberCardExpiry(QDate(2015, 3, 10), QDate(2020, 6, 1)),
        QDate(2025, 3, 10));
}

TEST(DemoNames, TheWordListsLoadAndAreBigEnough)
{
    const Result<NameData> data = NameData::load();
    ASSERT_TRUE(data) << data.error().message.toStdString();
    QSet<QString> families;
    for (const KanaName& n : data->familyNames.names) {
        families << n.written;
        EXPECT_TRUE(isKatakanaName(n.kana)) << n.kana.toStdString();
        EXPECT_FALSE(n.written.contains(QLatin1Char(' ')));
    }
    EXPECT_GE(families.size(), 150);
    for (int sex = 0; sex < 2; ++sex) {
        QSet<QString> given;
        for (const NameList& generation : data->givenNames[std::size_t(sex)])
            for (const KanaName& n : generation.names) {
                given << n.written;
                EXPECT_TRUE(isKatakanaName(n.kana)) << n.kana.toStdString();
            }
        EXPECT_GE(given.size(), 100) << "sex " << sex + 1;
    }
    EXPECT_GE(data->towns.size(), 30);
    EXPECT_GE(data->nationalities.size(), 7);
}

TEST(DemoNames, VariantCharactersShareTheReadingsOfTheirStandardForms)
{
    const Result<NameData> data = NameData::load();
    ASSERT_TRUE(data);
    auto readingOf = [&](const QString& written) {
        for (const KanaName& n : data->familyNames.names)
            if (n.written == written)
                return n.kana;
        return QString();
    };
    const std::pair<const char16_t*, const char16_t*> pairs[]
        = {{u"髙橋", u"高橋"}, {u"齋藤", u"斎藤"}, {u"齊藤", u"斉藤"}, {u"渡邊", u"渡辺"},
            {u"渡邉", u"渡辺"}, {u"濱田", u"浜田"}, {u"山﨑", u"山崎"}, {u"德田", u"徳田"},
            {u"澤田", u"沢田"}, {u"廣瀬", u"広瀬"}, {u"櫻井", u"桜井"}, {u"𠮷田", u"吉田"}};
    for (const auto& [variant, standard] : pairs) {
        const QString v = QString::fromUtf16(variant);
        EXPECT_FALSE(readingOf(v).isEmpty()) << v.toStdString();
        EXPECT_EQ(readingOf(v), readingOf(QString::fromUtf16(standard))) << v.toStdString();
    }
    // 𠮷 is outside the BMP: two UTF-16 code units.
    EXPECT_EQ(QString::fromUtf16(u"𠮷田").size(), 3);
}

TEST(DemoNames, KatakanaCheck)
{
    EXPECT_TRUE(isKatakanaName(QStringLiteral("サトウ タロウ")));
    EXPECT_TRUE(isKatakanaName(QStringLiteral("グエン ヴァン・アン")));
    EXPECT_FALSE(isKatakanaName(QStringLiteral("さとう たろう")));
    EXPECT_FALSE(isKatakanaName(QStringLiteral("サトウ　タロウ"))); // 全角 space
    EXPECT_FALSE(isKatakanaName(QStringLiteral("サトウ  タロウ")));
    EXPECT_FALSE(isKatakanaName(QStringLiteral(" サトウ")));
    EXPECT_EQ(nameGeneration(1945), 1);
    EXPECT_EQ(nameGeneration(1946), 2);
    EXPECT_EQ(nameGeneration(2006), 5);
}
