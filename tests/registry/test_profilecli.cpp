// `madoguchi-cli profile` as a user runs it: the real binary on both
// engines, its exit codes, its plain summary and its --json result. The
// binary reads the wall clock, so the fixture is placed around today.
#include "profilefixture.h"
#include "support/clirunner.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"
#include "text/age.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi::profiletest;
using madoguchi::testing::CliRun;

class ProfileCli : public ::testing::TestWithParam<madoguchi::storage::Engine> {
protected:
    void SetUp() override
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, QDate::currentDate());
    }

    CliRun cli(const QStringList& arguments)
    {
        return madoguchi::testing::runCli(
            QStringList{QStringLiteral("profile"), QStringLiteral("--db"), testDb.location()}
            + arguments);
    }

    madoguchi::testing::TestDatabase testDb{GetParam()};
};

TEST_P(ProfileCli, JsonIsTheProfile)
{
    const CliRun run = cli({QStringLiteral("--atena"), kHead, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json[QStringLiteral("atena_no")], kHead);
    EXPECT_EQ(json[QStringLiteral("as_of")], QDate::currentDate().toString(Qt::ISODate));
    const QJsonObject person = json[QStringLiteral("person")].toObject();
    EXPECT_EQ(person[QStringLiteral("name_kanji")], QStringLiteral("山田 太郎"));
    EXPECT_EQ(person[QStringLiteral("my_number")], QStringLiteral("************"));
    EXPECT_FALSE(run.out.contains(kMyNumber));
    EXPECT_EQ(person[QStringLiteral("age")],
        *madoguchi::text::ageOn(QDate(1975, 4, 1), QDate::currentDate()));
    QStringList order;
    for (const QJsonValue& m :
        json[QStringLiteral("household")][QStringLiteral("members")].toArray())
        order << m[QStringLiteral("atena_no")].toString();
    EXPECT_EQ(order, kFirstHouseholdOrder);
}

TEST_P(ProfileCli, PlainSummaryShowsTheMarkAndTheHousehold)
{
    const CliRun run = cli({QStringLiteral("--atena"), kWife});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 10);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("【支援措置】"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("山田 良子 (ヤマダ ヨシコ)")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("昭和53年2月2日")));
    // Her active error measure withholds the household's address.
    EXPECT_FALSE(run.out.contains(QStringLiteral("本町一丁目"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("みどり荘101")));
    EXPECT_TRUE(run.out.contains(kWife + QStringLiteral(": "))) << run.out.toStdString();
    // Members in order, the head first and the removed child last.
    const qsizetype head = run.out.indexOf(QStringLiteral("1. 世帯主  山田 太郎"));
    const qsizetype lodger = run.out.indexOf(QStringLiteral("同居人  田中 実"));
    const qsizetype moved = run.out.indexOf(QStringLiteral("山田 次郎"));
    EXPECT_GE(head, 0);
    EXPECT_LT(head, lodger);
    EXPECT_LT(lodger, moved);

    const CliRun plain = cli({QStringLiteral("--atena"), kHead});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_FALSE(plain.out.startsWith(QStringLiteral("【支援措置】"))); // his own record has none
    EXPECT_TRUE(plain.out.contains(QStringLiteral("************")));
    EXPECT_FALSE(plain.out.contains(kMyNumber));
    EXPECT_TRUE(plain.out.contains(QStringLiteral("高橋 太郎")));
}

TEST_P(ProfileCli, WrongUseAndUnknownResidents)
{
    const CliRun missing = cli({});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--atena"))) << missing.err.toStdString();

    const CliRun badDigit = cli({QStringLiteral("--atena"),
        kHead.chopped(1) + QString::number((kHead.right(1).toInt() + 1) % 10)});
    EXPECT_EQ(badDigit.exitCode, 2);
    EXPECT_TRUE(badDigit.err.contains(QStringLiteral("check digit"))) << badDigit.err.toStdString();

    const CliRun unknown = cli({QStringLiteral("--atena"), kUnknown, QStringLiteral("--json")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.startsWith(QStringLiteral("madoguchi-cli profile: ")));
    EXPECT_TRUE(unknown.err.contains(kUnknown)) << unknown.err.toStdString();

    const CliRun removed = cli({QStringLiteral("--atena"), kDead});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.contains(QStringLiteral("死亡")));
}

TEST(ProfileCliDatabase, AMissingDatabaseIsNotCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.sqlite"));
    const CliRun run = madoguchi::testing::runCli({QStringLiteral("profile"),
        QStringLiteral("--db"), path, QStringLiteral("--atena"), kHead});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path));
    const CliRun noDb
        = madoguchi::testing::runCli({QStringLiteral("profile"), QStringLiteral("--atena"), kHead});
    EXPECT_EQ(noDb.exitCode, 2);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, ProfileCli, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
