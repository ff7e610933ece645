// `madoguchi-cli demo outside` as a user runs it: a small demo city seeded
// through the CLI, the codes written for its newest baby, and the CLI's own
// checks of them (preentry decode and check, cert verify with the register).
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/qtprinters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

// 600 residents of seed 7 on this day hold four babies under one year old,
// the newest of them with her mother (the head's 妻) in the household.
const QString kAsOf = QStringLiteral("2026-10-01");

CliRun outside(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("demo"), QStringLiteral("outside")} + arguments);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject person(const QJsonObject& answers, const char* key)
{
    return answers.value(QLatin1String(key)).toObject().value(QStringLiteral("person")).toObject();
}

class DemoOutsideCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const CliRun seeded = runCli({QStringLiteral("demo"), QStringLiteral("seed"),
            QStringLiteral("--db"), db(), QStringLiteral("--residents"), QStringLiteral("600"),
            QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--as-of"), kAsOf});
        ASSERT_EQ(seeded.exitCode, 0) << seeded.err.toStdString();
    }

    QString db() const { return dir.filePath(QStringLiteral("city.sqlite")); }
    QString out() const { return dir.filePath(QStringLiteral("codes")); }
    QString file(const char* name) const { return QDir(out()).filePath(QLatin1String(name)); }

    // A current resident none of whose household was born in the year up
    // to the demo city's day: a household with no birth to notify.
    QString residentWithoutABaby() const
    {
        auto opened = madoguchi::storage::Database::open(db(), {.create = false});
        if (!opened)
            return {};
        QSqlQuery query(opened.value()->sql());
        query.prepare(QStringLiteral(
            "SELECT p.atena_no FROM persons p WHERE p.status = 'resident' AND NOT EXISTS "
            "(SELECT 1 FROM persons m WHERE m.household_id = p.household_id AND m.birth_date > ?) "
            "ORDER BY p.id LIMIT 1"));
        query.addBindValue(QStringLiteral("2025-10-01"));
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QTemporaryDir dir;
};

const char* const kFiles[] = {"preentry-shussei.json", "preentry-shussei.txt",
    "preentry-shussei.svg", "shussei-shoumei.jws", "shussei-shoumei.svg"};

} // namespace

TEST_F(DemoOutsideCli, WritesCodesTheDeskAccepts)
{
    const CliRun run = outside(
        {QStringLiteral("--db"), db(), QStringLiteral("--out"), out(), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject mother = result.value(QStringLiteral("mother")).toObject();
    const QJsonObject child = result.value(QStringLiteral("child")).toObject();
    const QJsonObject files = result.value(QStringLiteral("files")).toObject();
    ASSERT_FALSE(mother.value(QStringLiteral("atena_no")).toString().isEmpty())
        << run.out.toStdString();
    EXPECT_EQ(files.value(QStringLiteral("certificate")).toString(), file("shussei-shoumei.jws"));
    EXPECT_FALSE(result.value(QStringLiteral("household")).toObject().isEmpty());
    for (const char* name : kFiles)
        EXPECT_TRUE(QFile::exists(file(name))) << name;
    // The newest baby of the city, under one year old on its day.
    const QDate born
        = QDate::fromString(child.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    EXPECT_TRUE(born > QDate(2025, 10, 1) && born <= QDate(2026, 10, 1))
        << born.toString(Qt::ISODate).toStdString();

    // The JSON is the pre-entry of the birth: the child, the mother.
    const QJsonObject json
        = QJsonDocument::fromJson(readAll(file("preentry-shussei.json"))).object();
    const QJsonObject event = json.value(QStringLiteral("event")).toObject();
    const QJsonObject answers = event.value(QStringLiteral("answers")).toObject();
    EXPECT_EQ(event.value(QStringLiteral("type")).toString(), QStringLiteral("shussei"));
    EXPECT_EQ(event.value(QStringLiteral("date")), child.value(QStringLiteral("birth_date")));
    EXPECT_EQ(person(answers, "subject").value(QStringLiteral("name")),
        child.value(QStringLiteral("name")));
    EXPECT_EQ(person(answers, "mother").value(QStringLiteral("name")),
        mother.value(QStringLiteral("name")));
    EXPECT_EQ(answers.value(QStringLiteral("born_abroad")), QJsonValue(false));

    // Its code decodes to the same JSON, and the catalog takes every answer.
    const QByteArray code = readAll(file("preentry-shussei.txt"));
    ASSERT_TRUE(code.startsWith("MDP1:")) << code.constData();
    const CliRun decoded = runCli({QStringLiteral("preentry"), QStringLiteral("decode"),
                                      QStringLiteral("-"), QStringLiteral("--json")},
        code);
    ASSERT_EQ(decoded.exitCode, 0) << decoded.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(decoded.out.toUtf8()).object(), json);
    const CliRun checked = runCli(
        {QStringLiteral("preentry"), QStringLiteral("check"), file("preentry-shussei.json")});
    EXPECT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    EXPECT_TRUE(checked.err.isEmpty()) << checked.err.toStdString();

    // The certificate verifies against the mother's household: the child.
    const CliRun verified = runCli({QStringLiteral("cert"), QStringLiteral("verify"),
        file("shussei-shoumei.jws"), QStringLiteral("--db"), db(), QStringLiteral("--resident"),
        mother.value(QStringLiteral("atena_no")).toString(), QStringLiteral("--now"),
        QStringLiteral("2026-10-02T09:00:00+09:00"), QStringLiteral("--json")});
    ASSERT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
    const QJsonObject certificate = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    EXPECT_TRUE(certificate.value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(
        certificate.value(QStringLiteral("type")).toString(), QStringLiteral("shussei_shoumei"));
    const QJsonObject subject = certificate.value(QStringLiteral("subject")).toObject();
    EXPECT_EQ(subject.value(QStringLiteral("name")), child.value(QStringLiteral("name")));
    EXPECT_EQ(
        subject.value(QStringLiteral("birth_date")), child.value(QStringLiteral("birth_date")));
    const QJsonObject claims = certificate.value(QStringLiteral("claims")).toObject();
    EXPECT_EQ(claims.value(QStringLiteral("mother_name")), mother.value(QStringLiteral("name")));
    EXPECT_EQ(claims.value(QStringLiteral("plurality")).toString(), QStringLiteral("単胎"));
    EXPECT_TRUE(claims.value(QStringLiteral("weight_grams")).isDouble());
}

TEST_F(DemoOutsideCli, PrintsTheStepsAndTakesTheNewbornOrTheMother)
{
    const CliRun json = outside(
        {QStringLiteral("--db"), db(), QStringLiteral("--out"), out(), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QString mother = result.value(QStringLiteral("mother"))
                               .toObject()
                               .value(QStringLiteral("atena_no"))
                               .toString();
    const QString child = result.value(QStringLiteral("child"))
                              .toObject()
                              .value(QStringLiteral("atena_no"))
                              .toString();
    const QString kana = result.value(QStringLiteral("mother"))
                             .toObject()
                             .value(QStringLiteral("kana"))
                             .toString();

    for (const QString& resident : {child, mother}) {
        const CliRun run = outside({QStringLiteral("--db"), db(), QStringLiteral("--out"), out(),
            QStringLiteral("--resident"), resident});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        for (const QString& expected : {mother, kana, child, QStringLiteral("F2"),
                 QStringLiteral("F10"), QStringLiteral("F11"),
                 QStringLiteral("preentry-shussei.txt"), QStringLiteral("shussei-shoumei.jws")})
            EXPECT_TRUE(run.out.contains(expected)) << expected.toStdString() << "\n"
                                                    << run.out.toStdString();
    }
}

TEST_F(DemoOutsideCli, AHouseholdWithoutABabyIsRefused)
{
    const QString resident = residentWithoutABaby();
    ASSERT_FALSE(resident.isEmpty());
    const CliRun run = outside({QStringLiteral("--db"), db(), QStringLiteral("--out"), out(),
        QStringLiteral("--resident"), resident});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("madoguchi-cli demo outside: ")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("no resident under one year old")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(resident)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(out()));
}

TEST_F(DemoOutsideCli, AFolderThatCannotBeWrittenLeavesNothingHalfDone)
{
    // --out below a regular file: the folder cannot be created.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun blocked = outside({QStringLiteral("--db"), db(), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("blocker/codes"))});
    EXPECT_EQ(blocked.exitCode, 1);
    EXPECT_TRUE(blocked.err.contains(QStringLiteral("cannot create the folder")))
        << blocked.err.toStdString();
    EXPECT_TRUE(blocked.out.isEmpty());

    // The certificate's file cannot be written (a folder is in its place):
    // the pre-entry files written before it are removed again.
    ASSERT_TRUE(QDir().mkpath(file("shussei-shoumei.jws")));
    const CliRun half = outside({QStringLiteral("--db"), db(), QStringLiteral("--out"), out()});
    EXPECT_EQ(half.exitCode, 1);
    EXPECT_TRUE(half.err.contains(QStringLiteral("cannot write"))) << half.err.toStdString();
    EXPECT_TRUE(half.err.contains(QStringLiteral("shussei-shoumei.jws")));
    EXPECT_TRUE(half.out.isEmpty());
    for (const char* name : {"preentry-shussei.json", "preentry-shussei.txt",
             "preentry-shussei.svg", "shussei-shoumei.svg"})
        EXPECT_FALSE(QFile::exists(file(name))) << name;
}

TEST_F(DemoOutsideCli, BadArgumentsAndOtherDatabasesAreRefused)
{
    const QList<QStringList> usage = {
        {QStringLiteral("--out"), out()},
        {QStringLiteral("--db"), db()},
        {QStringLiteral("--db"), db(), QStringLiteral("--out"), out(), QStringLiteral("--resident"),
            QStringLiteral("123")},
        {QStringLiteral("--db"), db(), QStringLiteral("--out"), out(), QStringLiteral("extra")},
    };
    for (const QStringList& args : usage) {
        const CliRun run = outside(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("madoguchi-cli demo outside: ")));
    }

    // A register that is not the demo city gets no demo-signed codes.
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    ASSERT_EQ(
        runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), plain})
            .exitCode,
        0);
    const CliRun run = outside({QStringLiteral("--db"), plain, QStringLiteral("--out"), out()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a demo city"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out()));
}
