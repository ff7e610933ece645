// `madoguchi-cli search` as a user runs it: the real binary on a demo city.
#include "support/clirunner.h"
#include "support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

class SearchCli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        const CliRun seed = runCli({QStringLiteral("demo"), QStringLiteral("seed"),
            QStringLiteral("--db"), db(), QStringLiteral("--residents"), QStringLiteral("3000"),
            QStringLiteral("--as-of"), QDate::currentDate().toString(Qt::ISODate)});
        ASSERT_EQ(seed.exitCode, 0) << seed.err.toStdString();
    }
    static void TearDownTestSuite() { delete dir; }
    static QString db() { return dir->filePath(QStringLiteral("city.sqlite")); }
    static QString scalar(const QString& sql)
    {
        QString value;
        {
            QSqlDatabase c
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            c.setDatabaseName(db());
            EXPECT_TRUE(c.open());
            QSqlQuery q(c);
            EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
            value = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }
    static inline QTemporaryDir* dir = nullptr;
};

TEST_F(SearchCli, DbReindexRebuildsTheWholeIndex)
{
    const QString keys = scalar(QStringLiteral("SELECT COUNT(*) FROM search_keys"));
    const QString former
        = scalar(QStringLiteral("SELECT COUNT(*) FROM search_former_address_persons"));
    ASSERT_NE(former, QStringLiteral("0"));
    {
        QSqlDatabase c
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        c.setDatabaseName(db());
        ASSERT_TRUE(c.open());
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM search_keys WHERE person_id % 2 = 0")));
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM search_former_address_persons")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const CliRun run = runCli({QStringLiteral("db"), QStringLiteral("reindex"),
        QStringLiteral("--db"), db(), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(
        QJsonDocument::fromJson(run.out.toUtf8()).object().contains(QStringLiteral("seconds")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM search_keys")), keys);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM search_former_address_persons")), former);
    EXPECT_EQ(runCli({QStringLiteral("db"), QStringLiteral("reindex")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("db"), QStringLiteral("reindex"), QStringLiteral("--db"),
                         dir->filePath(QStringLiteral("missing.sqlite"))})
                  .exitCode,
        1);
}

TEST_F(SearchCli, JsonHasTheContractKeys)
{
    const QString kana = scalar(QStringLiteral("SELECT name_kana FROM persons WHERE id = 10"));
    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(),
        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5"),
        kana.section(QLatin1Char(' '), 0, 0), kana.section(QLatin1Char(' '), 1)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_GE(array.size(), 1);
    ASSERT_LE(array.size(), 5);
    const QJsonObject first = array.first().toObject();
    for (const char* key : {"atena_no", "setai_no", "name_kanji", "name_kana", "birth_date", "age",
             "address", "match", "support_measure"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("name_kana")).toString(), kana);
    EXPECT_EQ(first.value(QStringLiteral("match")).toString(), QStringLiteral("exact"));
}

TEST_F(SearchCli, PlainOutputMarksSupportMeasures)
{
    const QString atena = scalar(QStringLiteral(
        "SELECT p.atena_no FROM persons p JOIN support_measures m ON m.person_id = p.id "
        "WHERE m.level = 'error' AND m.starts_on <= date('now') AND m.ends_on >= date('now') "
        "ORDER BY p.id LIMIT 1"));
    ASSERT_FALSE(atena.isEmpty());
    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), atena});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("[SUPPORT MEASURE: blocks] ") + atena))
        << run.out.toStdString();
    const CliRun json = runCli(
        {QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"), atena});
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_EQ(array.first()[QStringLiteral("support_measure")].toString(), QStringLiteral("error"));
    EXPECT_EQ(array.first()[QStringLiteral("match")].toString(), QStringLiteral("identifier"));
}

TEST_F(SearchCli, NothingFoundIsNotAnError)
{
    const CliRun run
        = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("%_%")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("No resident found")));
}

TEST_F(SearchCli, UsageErrors)
{
    for (const QStringList& args : QList<QStringList>{
             {QStringLiteral("search"), QStringLiteral("たかはし")},
             {QStringLiteral("search"), QStringLiteral("--db"), db()},
             {QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--limit"),
                 QStringLiteral("0"), QStringLiteral("x")},
         }) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("madoguchi-cli search: ")));
    }
}

TEST_F(SearchCli, BenchPrintsEveryClass)
{
    const CliRun run = runCli({QStringLiteral("bench"), QStringLiteral("search"),
        QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("--queries"),
        QStringLiteral("5"), QStringLiteral("--baseline-queries"), QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray classes = result.value(QStringLiteral("classes")).toArray();
    ASSERT_EQ(classes.size(), 9);
    for (const QJsonValue& c : classes) {
        EXPECT_GT(c[QStringLiteral("queries")].toInt(), 0)
            << c[QStringLiteral("class")].toString().toStdString();
        // Every drawn query finds someone (the person it was drawn from).
        EXPECT_GE(c[QStringLiteral("results_per_query")].toDouble(), 1.0)
            << c[QStringLiteral("class")].toString().toStdString();
        EXPECT_TRUE(c.toObject().contains(QStringLiteral("p99_ms")));
        EXPECT_EQ(c[QStringLiteral("baseline")][QStringLiteral("queries")].toInt(), 1);
    }
}

} // namespace
