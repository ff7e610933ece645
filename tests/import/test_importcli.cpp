// `import residents` and `export residents` through the real binary.
#include "importtestsupport.h"
#include "support/clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::importtest {
namespace {

using testing::runCli;

TEST(ImportCli, ImportsTheExampleFilesAndReportsRejectedRows)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.sqlite"));
    const QString examples = QStringLiteral(MADOGUCHI_SOURCE_DIR "/docs/examples/");
    auto run = runCli({QStringLiteral("import"), QStringLiteral("residents"),
        QStringLiteral("--db"), db, examples + QStringLiteral("residents-initial.csv")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = runCli({QStringLiteral("import"), QStringLiteral("residents"), QStringLiteral("--db"), db,
        QStringLiteral("--json"), examples + QStringLiteral("residents-example.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("read")).toInt(), 8);
    EXPECT_EQ(summary.value(QStringLiteral("imported")).toInt(), 6);
    EXPECT_EQ(summary.value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("removed")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("rejected")).toInt(), 0);

    // Again: the A rows are refused (already registered), the rest unchanged.
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    run = runCli({QStringLiteral("import"), QStringLiteral("residents"), QStringLiteral("--db"), db,
        QStringLiteral("--report"), report, examples + QStringLiteral("residents-example.csv")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("8 rows read: 0 imported, 0 updated, 0 removed, 6 unchanged, 2 rejected")))
        << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 3, change: A: atena_no")))
        << run.err.toStdString();
    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(lines.startsWith(QStringLiteral("line,column,reason\r\n3,change,A: atena_no")))
        << lines.toStdString();
}

TEST(ImportCli, UsageErrorsAndARefusedFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.sqlite"));
    EXPECT_EQ(
        runCli({QStringLiteral("import"), QStringLiteral("residents"), QStringLiteral("x.csv")})
            .exitCode,
        2);
    EXPECT_EQ(
        runCli({QStringLiteral("import"), QStringLiteral("residents"), QStringLiteral("--db"), db,
                   QStringLiteral("--encoding"), QStringLiteral("latin1"), QStringLiteral("x.csv")})
            .exitCode,
        2);
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"), "name,age\nx,1\n");
    const auto run = runCli(
        {QStringLiteral("import"), QStringLiteral("residents"), QStringLiteral("--db"), db, bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("was refused, nothing was imported")))
        << run.err.toStdString();
}

TEST(ImportCli, ExportsInCp932AndImportsItBack)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString examples = QStringLiteral(MADOGUCHI_SOURCE_DIR "/docs/examples/");
    for (const char* f : {"residents-initial.csv", "residents-example.csv"})
        ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("residents"),
                             QStringLiteral("--db"), a, examples + QString::fromLatin1(f)})
                      .exitCode,
            0);
    const QString sjis = dir.filePath(QStringLiteral("a.csv"));
    auto run = runCli({QStringLiteral("export"), QStringLiteral("residents"),
        QStringLiteral("--db"), a, QStringLiteral("--encoding"), QStringLiteral("cp932"), sjis});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exported 7 residents"))) << run.out.toStdString();
    run = runCli(
        {QStringLiteral("import"), QStringLiteral("residents"), QStringLiteral("--db"), b, sjis});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("7 rows read: 7 imported"))
        && run.out.contains(QStringLiteral("(cp932)")))
        << run.out.toStdString();
}

} // namespace
} // namespace madoguchi::importtest
