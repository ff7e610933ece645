// `text date`, `text check` and `text fold` through the real binary.
#include "support/clirunner.h"
#include "support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using madoguchi::testing::runCli;

namespace {

QJsonArray jsonArray(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return doc.array();
}

} // namespace

TEST(CliText, DateAcceptsEveryClerkForm)
{
    auto run = runCli({QStringLiteral("text"), QStringLiteral("date"), QStringLiteral("--json"),
        QStringLiteral("昭和50年4月1日"), QStringLiteral("S50.4.1"), QStringLiteral("3500401"),
        QStringLiteral("1975-04-01")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray results = jsonArray(run.out);
    ASSERT_EQ(results.size(), 4);
    for (const auto& result : results) {
        EXPECT_EQ(result[QStringLiteral("iso")].toString(), QStringLiteral("1975-04-01"));
        EXPECT_EQ(result[QStringLiteral("wareki")].toString(), QStringLiteral("昭和50年4月1日"));
    }
}

TEST(CliText, ImpossibleDateExitsOneWithTheReason)
{
    auto run = runCli({QStringLiteral("text"), QStringLiteral("date"),
        QStringLiteral("令和2年2月30日"), QStringLiteral("令和元年5月1日")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("令和2年2月30日"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2019-05-01"))); // the good one is still printed
}

TEST(CliText, PartialDateKeepsItsPrecision)
{
    auto run = runCli({QStringLiteral("text"), QStringLiteral("date"), QStringLiteral("--json"),
        QStringLiteral("昭和40年頃")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = jsonArray(run.out).at(0).toObject();
    EXPECT_EQ(result[QStringLiteral("storage")].toString(), QStringLiteral("1965~"));
    EXPECT_TRUE(result[QStringLiteral("iso")].isNull());
}

TEST(CliText, CheckDigits)
{
    auto good = runCli({QStringLiteral("text"), QStringLiteral("check"), QStringLiteral("lgcode"),
        QStringLiteral("012084"), QStringLiteral("011002"), QStringLiteral("131016")});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    auto bad = runCli({QStringLiteral("text"), QStringLiteral("check"), QStringLiteral("mynumber"),
        QStringLiteral("123456789011")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("expected 8"))) << bad.err.toStdString();
    auto usage = runCli({QStringLiteral("text"), QStringLiteral("check"),
        QStringLiteral("shoe-size"), QStringLiteral("42")});
    EXPECT_EQ(usage.exitCode, 2);
}

TEST(CliText, FoldGivesOneKeyForEverySpelling)
{
    auto run = runCli({QStringLiteral("text"), QStringLiteral("fold"), QStringLiteral("--json"),
        QStringLiteral("ｻﾄｳ ﾕｳｺ"), QStringLiteral("さとう　ゆうこ"),
        QStringLiteral("サトー ユーコ")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray results = jsonArray(run.out);
    ASSERT_EQ(results.size(), 3);
    const QString key = results[0][QStringLiteral("key")].toString();
    EXPECT_FALSE(key.isEmpty());
    for (const auto& result : results)
        EXPECT_EQ(result[QStringLiteral("key")].toString(), key);
}
