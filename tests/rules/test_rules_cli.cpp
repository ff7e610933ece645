// `madoguchi-cli rules eval` through the real binary.
#include "support/clirunner.h"
#include "support/qtprinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using madoguchi::testing::runCli;

namespace {

madoguchi::testing::CliRun rulesEval(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("rules"), QStringLiteral("eval")} + arguments);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

TEST(CliRules, PrintsTheResultAsOneLineOfJson)
{
    const auto run = rulesEval({QStringLiteral(R"({"+":[1,2]})"), QStringLiteral("{}")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("3\n"));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    const struct {
        const char* rule;
        const char* data;
        const char* printed;
    } cases[] = {
        {R"({"cat":["a",1.0]})", "null", "\"a1\"\n"},
        {R"({"var":"x"})", "{}", "null\n"},
        {R"({"==":[1,"1"]})", "{}", "true\n"},
        {R"({"var":"a"})", R"({"a":{"b":[1, 2]}})", "{\"b\":[1,2]}\n"},
        {R"({"filter":[{"var":"xs"},{">":[{"var":""},1]}]})", R"({"xs":[1,2,3]})", "[2,3]\n"},
        {R"({"age_on":[{"var":"birth"},"2024-02-28"]})", R"({"birth":"2000-02-29"})", "23\n"},
        {R"("just text")", "null", "\"just text\"\n"},
    };
    for (const auto& c : cases) {
        const auto r = rulesEval({QString::fromUtf8(c.rule), QString::fromUtf8(c.data)});
        EXPECT_EQ(r.exitCode, 0) << c.rule << ": " << r.err.toStdString();
        EXPECT_EQ(r.out, QString::fromUtf8(c.printed)) << c.rule;
    }
}

TEST(CliRules, ReadsArgumentsFromFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString rule = writeFile(dir, QStringLiteral("rule.json"),
        R"({"if": [{"<": [{"var": "age"}, 18]}, "child", "adult"]})"
        "\n");
    const QString data = writeFile(dir, QStringLiteral("data.json"), R"({"age": 12})");
    auto run = rulesEval({QLatin1Char('@') + rule, QLatin1Char('@') + data});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("\"child\"\n"));
    run = rulesEval({QLatin1Char('@') + rule, QStringLiteral(R"({"age": 40})")});
    EXPECT_EQ(run.out, QStringLiteral("\"adult\"\n"));
    run = rulesEval(
        {QLatin1Char('@') + rule, QStringLiteral(R"({"age": 40})"), QStringLiteral("--json")});
    EXPECT_EQ(run.out, QStringLiteral("\"adult\"\n"));
    // A file saved with a UTF-8 byte order mark reads the same.
    const QString bom = writeFile(dir, QStringLiteral("bom.json"), "\xEF\xBB\xBF{\"age\": 3}");
    run = rulesEval({QLatin1Char('@') + rule, QLatin1Char('@') + bom});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("\"child\"\n"));
}

TEST(CliRules, InvalidJsonNamesTheArgumentAndOffset)
{
    auto run = rulesEval({QStringLiteral(R"({"+":[1,2)"), QStringLiteral("{}")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("RULE is not valid JSON at offset 9")))
        << run.err.toStdString();

    run = rulesEval({QStringLiteral("true"), QStringLiteral(R"({"a": tru})")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("DATA is not valid JSON at offset ")))
        << run.err.toStdString();

    run = rulesEval({QStringLiteral("1, 2"), QStringLiteral("{}")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("RULE must be exactly one JSON value, not 2")))
        << run.err.toStdString();

    QTemporaryDir dir;
    const QString broken = writeFile(dir, QStringLiteral("broken.json"), "[1, 2,, 3]");
    run = rulesEval({QStringLiteral("true"), QLatin1Char('@') + broken});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("DATA (%1) is not valid JSON at offset ").arg(broken)))
        << run.err.toStdString();
}

TEST(CliRules, MissingFileIsNamed)
{
    const QString missing = QDir::temp().filePath(QStringLiteral("madoguchi-no-such-rule.json"));
    const auto run = rulesEval({QLatin1Char('@') + missing, QStringLiteral("{}")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("RULE: cannot read %1").arg(missing)))
        << run.err.toStdString();
}

TEST(CliRules, UnknownOperatorIsReportedWithItsPath)
{
    const auto run = rulesEval(
        {QStringLiteral(R"({"and":[true,{"if":[false,1,{"fooo":[1]}]}]})"), QStringLiteral("{}")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err,
        QStringLiteral("madoguchi-cli rules eval: /and/1/if/2: unknown operation \"fooo\"\n"));
}

TEST(CliRules, InvalidDateFails)
{
    const auto run = rulesEval({QStringLiteral(R"({"add_days":[{"var":"d"},7]})"),
        QStringLiteral(R"({"d":"2023-02-29"})")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("/add_days/0: expected a date YYYY-MM-DD, got \"2023-02-29\"")))
        << run.err.toStdString();
}

TEST(CliRules, WarnsWhenValidationRefusesWhatEvaluates)
{
    const auto run = rulesEval({QStringLiteral(R"({"==":[1,1,2]})"), QStringLiteral("{}")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QStringLiteral("true\n"));
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("warning: /: wrong number of arguments for \"==\"")))
        << run.err.toStdString();
}

TEST(CliRules, NeedsRuleAndData)
{
    const auto help = rulesEval({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("RULE"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("@FILE"))) << help.out.toStdString();
    EXPECT_EQ(rulesEval({QStringLiteral("true")}).exitCode, 2);
    EXPECT_EQ(
        rulesEval({QStringLiteral("true"), QStringLiteral("{}"), QStringLiteral("{}")}).exitCode,
        2);
}

} // namespace
