// Search keys (core/text/folding.h): one table row per rule and odd input,
// groups of spellings that must meet or stay apart, and idempotence over
// the table and over random mixed-script strings.
#include "support/qtprinters.h"
#include "text/folding.h"
#include "text/kanjivariants.h"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

using namespace madoguchi::text;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

struct KeyCase {
    const char* rule; // a C++ identifier: it names the test
    QString input;
    QString key;
};

void PrintTo(const KeyCase& c, std::ostream* os)
{
    *os << c.rule << ": \"" << c.input.toStdString() << "\" → \"" << c.key.toStdString() << '"';
}

const std::vector<KeyCase>& keyCases()
{
    static const std::vector<KeyCase> cases{
        // 1. width and compatibility forms
        {"HalfWidthKatakana", s(u"ｻﾄｳ"), s(u"サトオ")},
        {"HalfWidthVoicedMark", s(u"ｶﾞｯｺｳ"), s(u"カツコオ")},
        {"HalfWidthSemiVoicedMark", s(u"ﾊﾟﾝ"), s(u"ハン")},
        {"HalfWidthVu", s(u"ｳﾞｧｲｵﾘﾝ"), s(u"フアイオリン")},
        {"HalfWidthMarkAfterSpaceIsLone", s(u"ｶ ﾞ"), s(u"カ")},
        {"FullWidthAlphanumerics", s(u"ＡＢＣ１２３"), s(u"abc123")},
        {"CircledKatakana", s(u"㋐㋑"), s(u"アイ")},
        {"SquareWord", s(u"㌔"), s(u"キロ")},
        {"ParenthesizedIdeograph", s(u"㈱"), s(u"(株)")},
        {"EraSquare", s(u"㍻"), s(u"平成")},
        {"CompatibilityIdeograph", s(u"\uF9DC"), s(u"隆")},
        // 2. Latin case and diacritics
        {"LatinCase", s(u"Abe TARO"), s(u"abetaro")},
        {"LatinDiacritics", s(u"José MÜLLER"), s(u"josemuller")},
        {"LatinCombiningMark", s(u"e\u0301"), s(u"e")},
        // 3. ignored characters
        {"Empty", QString(), QString()},
        {"OnlyAsciiSpaces", s(u"   "), QString()},
        {"OnlyIdeographicSpaces", s(u"\u3000\u3000"), QString()},
        {"MixedSpaces", s(u" \t佐藤\u3000\u00A0花子\n"), s(u"佐藤花子")},
        {"ZeroWidthSpaceAndBom", s(u"\uFEFF佐\u200B藤"), s(u"佐藤")},
        {"VariationSelector", s(u"葛\U000E0100城"), s(u"葛城")},
        {"NakaguroSeparator", s(u"ジョン・スミス"), s(u"シヨンスミス")},
        {"HalfWidthNakaguro", s(u"ｼﾞｮﾝ･ｽﾐｽ"), s(u"シヨンスミス")},
        {"DoubleHyphenSeparator", s(u"ジャン＝ポール"), s(u"シヤンホオル")},
        {"LoneCombiningVoicedMark", s(u"\u3099"), QString()},
        {"LoneCombiningSemiVoicedMark", s(u"\u309A"), QString()},
        {"LoneSpacingVoicedMark", s(u"゛゜"), QString()},
        {"LoneHalfWidthVoicedMark", s(u"ﾞﾟ"), QString()},
        {"CombiningMarkJoinsKana", s(u"カ\u3099"), s(u"カ")},
        {"SpacingMarkAfterKanaDropped", s(u"カ゛"), s(u"カ")},
        // 4. hiragana
        {"Hiragana", s(u"さとう"), s(u"サトオ")},
        {"HiraganaVu", s(u"ゔ"), s(u"フ")},
        {"HiraganaSmallKaKe", s(u"ゕゖ"), s(u"カケ")},
        // 5. voiced marks
        {"VoicedKa", s(u"ガギグゲゴ"), s(u"カキクケコ")},
        {"VoicedHa", s(u"バビブベボ"), s(u"ハヒフヘホ")},
        {"SemiVoicedHa", s(u"パピプペポ"), s(u"ハヒフヘホ")},
        {"JiIsShi", s(u"ジ"), s(u"シ")},
        {"DiIsShi", s(u"ヂ"), s(u"シ")},
        {"ChiStaysChi", s(u"チ"), s(u"チ")},
        {"ZuIsSu", s(u"ズ"), s(u"ス")},
        {"DuIsSu", s(u"ヅ"), s(u"ス")},
        {"TsuStaysTsu", s(u"ツ"), s(u"ツ")},
        {"VuIsFu", s(u"ヴ"), s(u"フ")},
        {"VoicedWa", s(u"ヷヸヹヺ"), s(u"ワイエオ")},
        // 6. small and obsolete kana
        {"SmallVowels", s(u"ァィゥェォ"), s(u"アイウエオ")},
        {"SmallTsu", s(u"ッ"), s(u"ツ")},
        {"SmallYa", s(u"ャュョ"), s(u"ヤユヨ")},
        {"SmallWaKaKe", s(u"ヮヵヶ"), s(u"ワカケ")},
        {"SmallAinu", s(u"ㇰㇷㇿ"), s(u"クフロ")},
        {"HiraganaSmall", s(u"ぁっゃ"), s(u"アツヤ")},
        {"WoIsO", s(u"ヲ"), s(u"オ")},
        {"WiWe", s(u"ヰヱ"), s(u"イエ")},
        // 7. iteration marks
        {"HiraganaIterationVoiced", s(u"いすゞ"), s(u"イスス")},
        {"KatakanaIteration", s(u"コヽロ"), s(u"ココロ")},
        {"IterationAtStart", s(u"ヽ"), s(u"ヽ")},
        {"IterationAfterKanji", s(u"漢ヾ"), s(u"漢ヽ")},
        {"KanjiIterationKept", s(u"佐々木"), s(u"佐々木")},
        // 8. long vowels
        {"ChoonAfterO", s(u"サトー"), s(u"サトオ")},
        {"UAfterORow", s(u"サトウ"), s(u"サトオ")},
        {"OAfterORow", s(u"サトオ"), s(u"サトオ")},
        {"ChoonAfterU", s(u"ユーコ"), s(u"ユウコ")},
        {"UAfterURowStays", s(u"ユウコ"), s(u"ユウコ")},
        {"UAfterSmallYo", s(u"ショウ"), s(u"シヨオ")},
        {"ChoonAfterSmallYo", s(u"ショー"), s(u"シヨオ")},
        {"UAfterVoicedO", s(u"ゴウ"), s(u"コオ")},
        {"UAfterWo", s(u"ヲウ"), s(u"オオ")},
        {"FirstUStays", s(u"ウエダ"), s(u"ウエタ")},
        {"UAcrossNameSpace", s(u"サトウ ウタ"), s(u"サトオオタ")},
        {"ChoonAfterA", s(u"カー"), s(u"カア")},
        {"ChoonAfterE", s(u"ケー"), s(u"ケエ")},
        {"ChoonAfterSmallA", s(u"ファー"), s(u"フアア")},
        {"ChoonAtStart", s(u"ーア"), s(u"ア")},
        {"ChoonAfterN", s(u"ケンー"), s(u"ケン")},
        {"ChoonAfterKanji", s(u"佐ー藤"), s(u"佐藤")},
        {"DoubleChoon", s(u"サトーー"), s(u"サトオ")},
        {"ChoonSpaceChoon", s(u"サトー ―"), s(u"サトオ")},
        {"DashesBetweenDigits", s(u"1-2-3"), s(u"123")},
        {"HalfWidthChoon", s(u"ｻﾄｰ"), s(u"サトオ")},
        {"HyphenInLatin", s(u"Jean-Luc"), s(u"jeanluc")},
        // 9. ヶ between kanji
        {"SmallKeBetweenKanji", s(u"霞ヶ関"), s(u"霞カ関")},
        {"KeBetweenKanji", s(u"霞ケ関"), s(u"霞カ関")},
        {"GaBetweenKanji", s(u"霞が関"), s(u"霞カ関")},
        {"SmallKaBetweenKanji", s(u"霞ヵ関"), s(u"霞カ関")},
        {"KeBeforeKanaStays", s(u"山田ケイコ"), s(u"山田ケイコ")},
        // 10. kanji variants
        {"VariantTaka", s(u"髙橋"), s(u"高橋")},
        {"VariantSaki", s(u"山﨑"), s(u"山崎")},
        {"VariantBe", s(u"渡邊"), s(u"渡辺")},
        {"VariantBe2", s(u"渡邉"), s(u"渡辺")},
        {"VariantSai", s(u"齋藤"), s(u"斎藤")},
        {"VariantSei", s(u"齊藤"), s(u"斉藤")},
        {"VariantNonBmp", s(u"𠮷田"), s(u"吉田")},
        {"VariantNonBmpTsuchi", s(u"𡈽屋"), s(u"土屋")},
        {"KanjiPassThrough", s(u"佐藤"), s(u"佐藤")},
        // mixed scripts and odd input
        {"MixedKanjiKana", s(u"やまだ 花子"), s(u"ヤマタ花子")},
        {"MixedEverything", s(u"abcあいう１２３漢"), s(u"abcアイウ123漢")},
        {"LoneHighSurrogate", QString(QChar(0xD842)), QString(QChar(0xD842))},
        {"LoneLowSurrogateAfterKana", s(u"ア") + QChar(0xDFB7), s(u"ア") + QChar(0xDFB7)},
        {"Punctuation", s(u"（株）"), s(u"(株)")},
    };
    return cases;
}

class SearchKeyRule : public ::testing::TestWithParam<KeyCase> { };

TEST_P(SearchKeyRule, GivesTheExpectedKey)
{
    const KeyCase& c = GetParam();
    EXPECT_EQ(searchKey(c.input), c.key);
}

TEST_P(SearchKeyRule, IsIdempotent)
{
    const QString key = searchKey(GetParam().input);
    EXPECT_EQ(searchKey(key), key);
    const QString kana = foldKana(GetParam().input);
    EXPECT_EQ(foldKana(kana), kana);
}

INSTANTIATE_TEST_SUITE_P(Rules, SearchKeyRule, ::testing::ValuesIn(keyCases()),
    [](const ::testing::TestParamInfo<KeyCase>& row) { return std::string(row.param.rule); });

// Spellings a clerk may type for the same person.
TEST(SearchKey, SpellingsThatMustMeet)
{
    const std::vector<std::vector<QString>> groups{
        {s(u"サトウ"), s(u"サトオ"), s(u"サトー"), s(u"さとう"), s(u"ｻﾄｳ"), s(u"ｻﾄｰ"), s(u"サト―"),
            s(u"サト－"), s(u"サト‐"), s(u"サト-"), s(u"サト‑"), s(u"サト–"), s(u"サト—"),
            s(u"サト─"), s(u"サト−")},
        {s(u"ユウコ"), s(u"ユーコ"), s(u"ゆうこ"), s(u"ﾕｰｺ")},
        {s(u"ジュン"), s(u"ヂュン"), s(u"シュン"), s(u"じゅん")},
        {s(u"スズキ"), s(u"スヅキ"), s(u"すずき"), s(u"ｽｽﾞｷ")},
        {s(u"ハ"), s(u"バ"), s(u"パ")},
        {s(u"ヴ"), s(u"ブ"), s(u"フ")},
        {s(u"オ"), s(u"ヲ"), s(u"を")},
        {s(u"キャ"), s(u"キヤ"), s(u"ｷｬ")},
        {s(u"佐藤 花子"), s(u"佐藤　花子"), s(u"佐藤花子"), s(u"佐藤\t花子")},
        {s(u"渡辺"), s(u"渡邊"), s(u"渡邉")},
        {s(u"浜田"), s(u"濱田"), s(u"濵田")},
        {s(u"霞ヶ関"), s(u"霞ケ関"), s(u"霞が関"), s(u"霞ヵ関"), s(u"霞　ヶ　関")},
    };
    for (const auto& group : groups) {
        for (const QString& spelling : group)
            EXPECT_EQ(searchKey(spelling), searchKey(group.front())) << spelling.toStdString();
    }
}

// Different names that the rules must not merge.
TEST(SearchKey, NamesThatStayApart)
{
    const std::vector<std::pair<QString, QString>> pairs{
        {s(u"ユウキ"), s(u"ユキ")}, {s(u"オオノ"), s(u"オノ")}, {s(u"サトウ"), s(u"サト")},
        {s(u"斎藤"), s(u"斉藤")}, {s(u"チ"), s(u"ヂ")}, {s(u"ツ"), s(u"ヅ")},
        {s(u"ケイコ"), s(u"ケーコ")}, // only ウ after the オ row is a long vowel
    };
    for (const auto& [a, b] : pairs)
        EXPECT_NE(searchKey(a), searchKey(b)) << a.toStdString() << " / " << b.toStdString();
}

TEST(FoldKana, LeavesKanjiVariantsAlone)
{
    EXPECT_EQ(foldKana(s(u"髙橋 たろう")), s(u"髙橋タロオ"));
    EXPECT_EQ(foldKana(s(u"𠮷田")), s(u"𠮷田"));
    EXPECT_EQ(foldKana(s(u"\uF9DC")), s(u"隆")); // NFKC is rule 1, not a variant table
}

TEST(SearchKey, UsesACitysTable)
{
    madoguchi::text::KanjiVariants city = KanjiVariants::load().value();
    ASSERT_TRUE(
        city.addText(s(u"龍\t龍\tkept apart in this city\n"), QStringLiteral("city.tsv")).ok());
    EXPECT_EQ(searchKey(s(u"龍田"), city), s(u"龍田"));
    EXPECT_EQ(searchKey(s(u"龍田")), s(u"竜田"));
}

TEST(SplitName, SplitsOnEverySpace)
{
    EXPECT_EQ(splitName(s(u"佐藤 花子")), (QStringList{s(u"佐藤"), s(u"花子")}));
    EXPECT_EQ(splitName(s(u"佐藤　花子")), (QStringList{s(u"佐藤"), s(u"花子")}));
    EXPECT_EQ(splitName(s(u"\t スミス\u3000 ジョン・ポール ")),
        (QStringList{s(u"スミス"), s(u"ジョン・ポール")}));
    EXPECT_EQ(splitName(s(u"佐藤花子")), QStringList{s(u"佐藤花子")});
    EXPECT_TRUE(splitName(QString()).isEmpty());
    EXPECT_TRUE(splitName(s(u" \u3000\t")).isEmpty());
}

TEST(SplitName, GivenNameAloneKeepsItsFirstU)
{
    const QStringList parts = splitName(s(u"サトウ ウタ"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(searchKey(parts.at(1)), s(u"ウタ"));
    EXPECT_EQ(searchKey(parts.at(1)), searchKey(s(u"うた")));
}

// Random strings over an alphabet of every kind of character the rules
// treat specially: the key of a key is the key.
TEST(SearchKey, IsIdempotentOnRandomMixedInput)
{
    const std::u32string alphabet = U"アウオコトヨロヲンーヽヾゝゞウゥォョッヶヵヂヅヴガパカケハ"
                                    U"ｱｳｵｶｹｰﾞﾟ･ぁあうおかがこごとどよろをんゔ"
                                    U"゛゜\u3099\u309A－‐―-–— \u3000\t\u200B\uFEFF・＝"
                                    U"佐藤髙﨑邊邉辺霞関々𠮷𡈽龍\uF9DC\U000E0100"
                                    U"aAéÉ1１Ａß\u0301\u1100\u1161\u11A8㈱㌔①"
                                    U"\xD842";
    std::mt19937 random(20240601);
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 12);
    for (int round = 0; round < 5000; ++round) {
        std::u32string text;
        for (int n = length(random); n > 0; --n)
            text.push_back(alphabet[pick(random)]);
        QString input;
        for (char32_t c : text) {
            if (QChar::requiresSurrogates(c)) {
                input.append(QChar(QChar::highSurrogate(c)));
                input.append(QChar(QChar::lowSurrogate(c)));
            } else {
                input.append(QChar(char16_t(c)));
            }
        }
        const QString key = searchKey(input);
        ASSERT_EQ(searchKey(key), key) << "input: " << input.toStdString();
        const QString kana = foldKana(input);
        ASSERT_EQ(foldKana(kana), kana) << "input: " << input.toStdString();
    }
}

} // namespace
