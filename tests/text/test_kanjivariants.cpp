// Kanji variant folding (core/text/kanjivariants.h): the built-in table
// reaches the test through the static library's Qt resource, holds the pairs
// names need and is well formed; a city file adds, overrides and removes
// pairs, and a broken one is refused with its file and line.
#include "support/qtprinters.h"
#include "text/kanjivariants.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using madoguchi::text::KanjiVariants;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

char32_t cp(const char16_t* one)
{
    const QList<uint> ucs4 = QString::fromUtf16(one).toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4.first()) : 0;
}

// The pair lines of a table file: {variant, standard} as strings.
QList<QStringList> pairLines(const QString& text)
{
    QList<QStringList> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        out.append(line.split(QLatin1Char('\t')));
    }
    return out;
}

QString builtInText()
{
    QFile file(KanjiVariants::builtInPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

class CityFile {
public:
    // Writes `bytes` as city.tsv in a fresh folder.
    explicit CityFile(const QByteArray& bytes)
    {
        QFile file(path());
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("city.tsv")); }

private:
    QTemporaryDir m_dir;
};

TEST(KanjiVariantsBuiltIn, ResourceIsLinkedIntoTheExecutable)
{
    // madoguchi_core is a static library: its resources must still register.
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/text/kanji-variants.tsv")));
    EXPECT_FALSE(builtInText().isEmpty());
}

TEST(KanjiVariantsBuiltIn, LoadsAtLeast300Pairs)
{
    const auto loaded = KanjiVariants::load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_GE(loaded->size(), 300);
    EXPECT_EQ(loaded->size(), pairLines(builtInText()).size()); // every line is a pair in force
    EXPECT_EQ(KanjiVariants::builtIn().size(), loaded->size());
}

TEST(KanjiVariantsBuiltIn, IsOneToOneWithoutChainsOrCycles)
{
    const QList<QStringList> pairs = pairLines(builtInText());
    QSet<QString> variants;
    for (const QStringList& p : pairs) {
        ASSERT_EQ(p.size(), 3) << p.join(QLatin1Char('|')).toStdString();
        EXPECT_NE(p.at(0), p.at(1)) << p.at(0).toStdString();
        EXPECT_FALSE(variants.contains(p.at(0))) << "listed twice: " << p.at(0).toStdString();
        variants.insert(p.at(0));
        EXPECT_FALSE(p.at(2).trimmed().isEmpty()) << "no note for " << p.at(0).toStdString();
    }
    for (const QStringList& p : pairs)
        EXPECT_FALSE(variants.contains(p.at(1))) << "chain through " << p.at(1).toStdString();
}

struct Pair {
    const char16_t* variant;
    const char16_t* standard;
};

TEST(KanjiVariantsBuiltIn, FoldsThePairsNamesNeed)
{
    const Pair required[] = {
        {u"髙", u"高"}, {u"﨑", u"崎"}, {u"邊", u"辺"}, {u"邉", u"辺"}, {u"濱", u"浜"},
        {u"濵", u"浜"}, {u"齋", u"斎"}, {u"齊", u"斉"}, {u"德", u"徳"}, {u"澤", u"沢"},
        {u"櫻", u"桜"}, {u"廣", u"広"}, {u"國", u"国"}, {u"藏", u"蔵"}, {u"惠", u"恵"},
        {u"淺", u"浅"}, {u"嶋", u"島"}, {u"嶌", u"島"}, {u"冨", u"富"}, {u"篭", u"籠"},
        {u"曻", u"昇"}, {u"瀨", u"瀬"}, {u"槇", u"槙"}, {u"彌", u"弥"}, {u"壽", u"寿"},
        {u"龍", u"竜"}, {u"峯", u"峰"}, {u"舘", u"館"}, {u"𠮷", u"吉"}, {u"𡈽", u"土"},
        {u"\uF9DC", u"隆"}, // compatibility ideograph, folded
                            // like NFKC
        {u"\uFA10", u"塚"}, {u"高", u"高"}, {u"斎", u"斎"}, {u"斉", u"斉"},
        {u"吉", u"吉"}, // standards stay
    };
    const KanjiVariants& table = KanjiVariants::builtIn();
    for (const Pair& p : required) {
        EXPECT_EQ(table.fold(cp(p.variant)), cp(p.standard)) << s(p.variant).toStdString();
        EXPECT_EQ(table.fold(s(p.variant)), s(p.standard)) << s(p.variant).toStdString();
    }
}

TEST(KanjiVariantsBuiltIn, FoldsByCodePoint)
{
    const KanjiVariants& table = KanjiVariants::builtIn();
    EXPECT_EQ(table.fold(s(u"𠮷田𡈽屋 髙橋")), s(u"吉田土屋 高橋"));
    EXPECT_EQ(table.fold(s(u"サトウ abc")), s(u"サトウ abc"));
    EXPECT_EQ(table.fold(QString()), QString());
    const QString lone = QString(QChar(0xD842)) + s(u"髙");
    EXPECT_EQ(table.fold(lone), QString(QChar(0xD842)) + s(u"高"));
}

TEST(KanjiVariantsBuiltIn, IsSharedSafelyBetweenThreads)
{
    std::vector<const KanjiVariants*> seen(8, nullptr);
    std::vector<QString> folded(8);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&, i] {
            seen[i] = &KanjiVariants::builtIn();
            folded[i] = seen[i]->fold(s(u"髙﨑𠮷"));
        });
    }
    for (auto& t : threads)
        t.join();
    for (size_t i = 0; i < seen.size(); ++i) {
        EXPECT_EQ(seen[i], &KanjiVariants::builtIn());
        EXPECT_EQ(folded[i], s(u"高崎吉"));
    }
}

TEST(KanjiVariantsEmpty, FoldsOnlyCompatibilityIdeographs)
{
    const KanjiVariants empty;
    EXPECT_EQ(empty.size(), 0);
    EXPECT_EQ(empty.fold(s(u"髙\uF9DC")), s(u"髙隆"));
}

TEST(KanjiVariantsCity, AddsOverridesAndRemoves)
{
    const CityFile city(QStringLiteral("# 市の追加表\n"
                                       "嵩\t崇\tadded by the city\n"
                                       "碕\t埼\treplaces the built-in 碕→崎\n"
                                       "龍\t龍\tkept apart from 竜\n"
                                       "崎\t埼\tchains: 﨑 → 崎 → 埼\n")
                            .toUtf8());
    const auto builtIn = KanjiVariants::load();
    const auto loaded = KanjiVariants::load(city.path());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->fold(cp(u"嵩")), cp(u"崇"));
    EXPECT_EQ(loaded->fold(cp(u"碕")), cp(u"埼"));
    EXPECT_EQ(loaded->fold(cp(u"龍")), cp(u"龍"));
    EXPECT_EQ(loaded->fold(cp(u"﨑")), cp(u"埼"));
    EXPECT_EQ(loaded->fold(cp(u"髙")), cp(u"高")); // the rest of the built-in table stays
    EXPECT_EQ(loaded->size(), builtIn->size() + 2 - 1); // 嵩 and 崎 added, 龍 removed
}

TEST(KanjiVariantsCity, AcceptsCrLfBomAndTwoFields)
{
    const CityFile city(QByteArray("\xEF\xBB\xBF# BOM, CRLF, no note\r\n\r\n嵩\t崇\r\n"));
    const auto loaded = KanjiVariants::load(city.path());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->fold(cp(u"嵩")), cp(u"崇"));
}

struct BadFile {
    const char* name;
    QByteArray bytes;
    int line; // the line the error must name
    const char* reason; // a piece of the message
};

void PrintTo(const BadFile& b, std::ostream* os)
{
    *os << b.name;
}

class KanjiVariantsBadCityFile : public ::testing::TestWithParam<BadFile> { };

TEST_P(KanjiVariantsBadCityFile, IsRefusedNamingFileAndLine)
{
    const BadFile& bad = GetParam();
    const CityFile city(bad.bytes);
    const auto loaded = KanjiVariants::load(city.path());
    ASSERT_FALSE(loaded.ok());
    const std::string message = loaded.error().message.toStdString();
    const std::string where
        = QStringLiteral("%1:%2: ").arg(city.path()).arg(bad.line).toStdString();
    EXPECT_EQ(message.rfind(where, 0), 0u) << message;
    EXPECT_NE(message.find(bad.reason), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(Errors, KanjiVariantsBadCityFile,
    ::testing::Values(BadFile{"NoTab", QStringLiteral("# c\n嵩\t崇\n髙高\n").toUtf8(), 3,
                          "expected VARIANT<TAB>STANDARD<TAB>NOTE"},
        BadFile{
            "FourFields", QStringLiteral("嵩\t崇\tnote\textra\n").toUtf8(), 1, "expected VARIANT"},
        BadFile{"TwoCharacterVariant", QStringLiteral("\n髙髙\t高\n").toUtf8(), 2,
            "must be exactly one kanji"},
        BadFile{"EmptyStandard", QStringLiteral("髙\t\tnote\n").toUtf8(), 1,
            "must be exactly one kanji"},
        BadFile{"NotAKanji", QStringLiteral("a\t高\n").toUtf8(), 1, "is not a kanji"},
        BadFile{"KanaStandard", QStringLiteral("髙\tタ\n").toUtf8(), 1, "(U+30BF) is not a kanji"},
        BadFile{"CompatibilityVariant", QStringLiteral("\uF9DC\t隆\n").toUtf8(), 1,
            "compatibility ideograph"},
        BadFile{"Duplicate", QStringLiteral("嵩\t崇\n#\n\n嵩\t高\n").toUtf8(), 4,
            "already listed on line 1"},
        BadFile{"InvalidUtf8", QByteArray("嵩\t崇\n\xff\xfe\t高\n"), 2, "not valid UTF-8"},
        BadFile{"CycleWithBuiltIn",
            QStringLiteral("# 竜→龍 and the built-in 龍→竜\n竜\t龍\n").toUtf8(), 2,
            "closes a cycle"},
        BadFile{
            "CycleInCityFile", QStringLiteral("嵩\t崇\n崇\t嵩\n").toUtf8(), 2, "closes a cycle"}),
    [](const ::testing::TestParamInfo<BadFile>& row) { return std::string(row.param.name); });

TEST(KanjiVariantsCity, MissingFileIsNamed)
{
    const QString path = QStringLiteral("/nonexistent/madoguchi/city.tsv");
    const auto loaded = KanjiVariants::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.startsWith(path + QLatin1Char(':')))
        << loaded.error().message.toStdString();
}

TEST(KanjiVariantsCity, ErrorLeavesTheTableUnchanged)
{
    KanjiVariants table = KanjiVariants::load().value();
    const qsizetype before = table.size();
    const madoguchi::Status status
        = table.addText(s(u"嵩\t崇\n龍\t龍\nbad line\n"), QStringLiteral("city.tsv"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message.left(11), QStringLiteral("city.tsv:3:"));
    EXPECT_EQ(table.size(), before);
    EXPECT_EQ(table.fold(cp(u"嵩")), cp(u"嵩"));
    EXPECT_EQ(table.fold(cp(u"龍")), cp(u"竜"));
}

TEST(KanjiVariantsCity, IdentityPairRemovesAnEarlierPair)
{
    KanjiVariants table;
    ASSERT_TRUE(table.addText(s(u"髙\t高\n"), QStringLiteral("a.tsv")).ok());
    ASSERT_TRUE(table.addText(s(u"髙\t髙\n"), QStringLiteral("b.tsv")).ok());
    EXPECT_EQ(table.size(), 0);
    EXPECT_EQ(table.fold(cp(u"髙")), cp(u"髙"));
}

} // namespace
