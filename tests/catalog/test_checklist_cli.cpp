// `catalog validate`, `catalog test`, `checklist` and `bench checklist`
// through the real binary.
#include "catalogtest.h"
#include "support/clirunner.h"

using madoguchi::testing::runCli;
using namespace madoguchi::catalogtest;

namespace {

QJsonObject familyContext()
{
    return context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20")),
        {member(QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主")),
            member(QStringLiteral("m2"), QStringLiteral("1982-01-01"), QStringLiteral("妻"),
                {{QStringLiteral("insurance"), QStringLiteral("shaho")}})});
}

QJsonObject parse(const QString& text)
{
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return object;
}

// Sets an environment variable for the life of the object.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_saved(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_saved.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, m_saved);
    }

private:
    const char* m_name;
    QByteArray m_saved;
};

} // namespace

TEST(CliCatalog, ValidateAcceptsTheBuiltInCatalog)
{
    const auto run = runCli(
        {QStringLiteral("catalog"), QStringLiteral("validate"), QStringLiteral(":/catalog")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(
        QStringLiteral(":/catalog (command line) is valid: 13 systems, 6 life events")))
        << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    const auto json = runCli({QStringLiteral("catalog"), QStringLiteral("validate"),
        QStringLiteral(":/catalog"), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0);
    const QJsonObject result = parse(json.out);
    EXPECT_TRUE(result.value(QStringLiteral("valid")).toBool());
    EXPECT_GE(
        result.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cases")).toInt(),
        30);
    EXPECT_GE(result.value(QStringLiteral("counts"))
                  .toObject()
                  .value(QStringLiteral("procedures"))
                  .toInt(),
        37);
}

TEST(CliCatalog, ValidateReportsEveryProblemAndFails)
{
    TempCatalog cat;
    QJsonObject p = TempCatalog::object(kTodoke);
    p.insert(QStringLiteral("system"), QStringLiteral("nope"));
    p.insert(QStringLiteral("lable"), 1);
    cat.write(QStringLiteral("procedures/a.todoke.json"), p);
    const auto run = runCli({QStringLiteral("catalog"), QStringLiteral("validate"), cat.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << run.err.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(
        QStringLiteral("madoguchi-cli catalog validate: procedures/a.todoke.json: /lable: unknown "
                       "key \"lable\"")));
    EXPECT_EQ(lines.at(1),
        QStringLiteral(
            "madoguchi-cli catalog validate: procedures/a.todoke.json: /system: unknown system "
            "\"nope\" (systems.json has: juki, kokuho)"));
    EXPECT_EQ(lines.at(2),
        QStringLiteral("madoguchi-cli catalog validate: %1 (command line): 2 problem(s)")
            .arg(cat.path()));

    const auto json = runCli({QStringLiteral("catalog"), QStringLiteral("validate"), cat.path(),
        QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject result = parse(json.out);
    EXPECT_FALSE(result.value(QStringLiteral("valid")).toBool());
    const QJsonObject problem = result.value(QStringLiteral("problems")).toArray().at(1).toObject();
    EXPECT_EQ(problem.value(QStringLiteral("file")).toString(),
        QStringLiteral("procedures/a.todoke.json"));
    EXPECT_EQ(problem.value(QStringLiteral("pointer")).toString(), QStringLiteral("/system"));

    const auto usage = runCli({QStringLiteral("catalog"), QStringLiteral("validate"),
        QStringLiteral("a"), QStringLiteral("b")});
    EXPECT_EQ(usage.exitCode, 2);
}

TEST(CliCatalog, TheCatalogIsFoundByOptionEnvironmentSettingOrBuiltIn)
{
    QTemporaryDir config;
    const ScopedEnv xdg("XDG_CONFIG_HOME", config.path().toUtf8());
    const ScopedEnv none("MADOGUCHI_CATALOG", QByteArray());
    TempCatalog fromSetting;
    TempCatalog fromEnvironment;
    const QStringList validate{QStringLiteral("catalog"), QStringLiteral("validate")};

    EXPECT_TRUE(runCli(validate).out.startsWith(QStringLiteral(":/catalog (built-in) is valid")));
    QDir(config.path()).mkpath(QStringLiteral("madoguchi"));
    QFile conf(config.path() + QStringLiteral("/madoguchi/madoguchi.conf"));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[catalog]\ndirectory=" + fromSetting.path().toUtf8() + "\n");
    conf.close();
    EXPECT_TRUE(runCli(validate).out.startsWith(
        fromSetting.path() + QStringLiteral(" (setting catalog/directory) is valid")));
    {
        const ScopedEnv env("MADOGUCHI_CATALOG", fromEnvironment.path().toUtf8());
        EXPECT_TRUE(runCli(validate).out.startsWith(
            fromEnvironment.path() + QStringLiteral(" (MADOGUCHI_CATALOG) is valid")));
        EXPECT_TRUE(runCli(validate + QStringList{QStringLiteral(":/catalog")})
                        .out.startsWith(QStringLiteral(":/catalog (command line) is valid")));
    }
}

TEST(CliCatalog, TestRunsTheCasesAndShowsEachDifference)
{
    TempCatalog cat;
    cat.write(QStringLiteral("cases/1.json"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("good")},
            {QStringLiteral("description"),
                QJsonObject{{QStringLiteral("ja"), QStringLiteral("良")},
                    {QStringLiteral("en"), QStringLiteral("Good")}}},
            {QStringLiteral("context"), familyContext()},
            {QStringLiteral("expect"),
                QJsonArray{QJsonObject{{QStringLiteral("procedure"), QStringLiteral("a.todoke")},
                               {QStringLiteral("member"), QJsonValue::Null}},
                    QJsonObject{{QStringLiteral("procedure"), QStringLiteral("b.kanyu")},
                        {QStringLiteral("member"), QStringLiteral("m1")}}}}});
    auto run = runCli({QStringLiteral("catalog"), QStringLiteral("test"), cat.path()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("PASS good (cases/1.json)\n1 cases: 1 passed, 0 failed\n"));

    cat.write(QStringLiteral("cases/2.json"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("bad")},
            {QStringLiteral("description"),
                QJsonObject{{QStringLiteral("ja"), QStringLiteral("悪")},
                    {QStringLiteral("en"), QStringLiteral("Bad")}}},
            {QStringLiteral("context"), familyContext()},
            {QStringLiteral("expect"),
                QJsonArray{QJsonObject{{QStringLiteral("procedure"), QStringLiteral("a.todoke")},
                               {QStringLiteral("deadline"), QStringLiteral("2025-12-05")}},
                    QJsonObject{{QStringLiteral("procedure"), QStringLiteral("b.kanyu")},
                        {QStringLiteral("member"), QStringLiteral("m2")}}}}});
    run = runCli({QStringLiteral("catalog"), QStringLiteral("test"), cat.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out,
        QStringLiteral(
            "PASS good (cases/1.json)\n"
            "FAIL bad (cases/2.json)\n"
            "  wrong deadline: a.todoke for household: expected 2025-12-05, got 2025-12-04\n"
            "  expected but not in the checklist: b.kanyu for m2 — why: 山田 m2 has employee "
            "insurance\n"
            "  in the checklist but not expected: b.kanyu for m1 — reason: 山田 m1 (45)\n"
            "2 cases: 1 passed, 1 failed\n"));

    const auto json = runCli(
        {QStringLiteral("catalog"), QStringLiteral("test"), cat.path(), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject result = parse(json.out);
    EXPECT_EQ(result.value(QStringLiteral("failed")).toInt(), 1);
    const QJsonArray differences = result.value(QStringLiteral("cases"))
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(QStringLiteral("differences"))
                                       .toArray();
    ASSERT_EQ(differences.size(), 3);
    EXPECT_EQ(differences.at(1).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("missing"));
    EXPECT_EQ(differences.at(1)
                  .toObject()
                  .value(QStringLiteral("detail"))
                  .toObject()
                  .value(QStringLiteral("ja"))
                  .toString(),
        QStringLiteral("山田 m2さんは社保"));
}

TEST(CliCatalog, TestRunsTheBuiltInCases)
{
    const auto run
        = runCli({QStringLiteral("catalog"), QStringLiteral("test"), QStringLiteral(":/catalog")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("FAIL")));
}

TEST(CliChecklist, PrintsTheChecklistOfAContextFile)
{
    TempCatalog cat;
    cat.write(QStringLiteral("ctx.json"), familyContext());
    const QString file = cat.path() + QStringLiteral("/ctx.json");
    auto run = runCli({QStringLiteral("checklist"), QStringLiteral("--context"), file,
        QStringLiteral("--catalog"), cat.path()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out,
        QStringLiteral(
            "Moving in 2025-11-20\n"
            "Applies (2):\n"
            "  a.todoke Moving-in notification — household — by 2025-12-04 — Resident register\n"
            "      Moved in on 2025-11-20\n"
            "      Bring: Proof of identity\n"
            "  b.kanyu Joining NHI — m1 山田 m1 — by 2025-12-04 — National Health Insurance\n"
            "      山田 m1 (45)\n"
            "Does not apply (1):\n"
            "  b.kanyu Joining NHI — m2 山田 m2: 山田 m2 has employee insurance\n"));

    run = runCli({QStringLiteral("checklist"), QStringLiteral("--context"), file,
        QStringLiteral("--catalog"), cat.path(), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    const QJsonObject result = parse(run.out);
    const QJsonArray applies = result.value(QStringLiteral("applies")).toArray();
    ASSERT_EQ(applies.size(), 2);
    EXPECT_EQ(applies.at(0).toObject().value(QStringLiteral("procedure")).toString(),
        QStringLiteral("a.todoke"));
    EXPECT_TRUE(applies.at(0).toObject().value(QStringLiteral("member")).isNull());
    EXPECT_EQ(
        applies.at(1).toObject().value(QStringLiteral("member")).toString(), QStringLiteral("m1"));
    EXPECT_EQ(applies.at(1).toObject().value(QStringLiteral("deadline")).toString(),
        QStringLiteral("2025-12-04"));
    const QJsonObject why
        = result.value(QStringLiteral("not_applicable")).toArray().at(0).toObject();
    EXPECT_EQ(why.value(QStringLiteral("member")).toString(), QStringLiteral("m2"));
    EXPECT_EQ(why.value(QStringLiteral("why")).toObject().value(QStringLiteral("en")).toString(),
        QStringLiteral("山田 m2 has employee insurance"));
}

TEST(CliChecklist, RefusesBadInputWithThePlace)
{
    TempCatalog cat;
    QJsonObject input = familyContext();
    input.insert(QStringLiteral("today"), QStringLiteral("yesterday"));
    cat.write(QStringLiteral("ctx.json"), input);
    const QString file = cat.path() + QStringLiteral("/ctx.json");
    auto run = runCli({QStringLiteral("checklist"), QStringLiteral("--context"), file,
        QStringLiteral("--catalog"), cat.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err,
        QStringLiteral(
            "madoguchi-cli checklist: %1: /today: expected a date YYYY-MM-DD, got \"yesterday\"\n")
            .arg(file));

    cat.write(QStringLiteral("broken.json"), "{\"today\": ");
    run = runCli({QStringLiteral("checklist"), QStringLiteral("--context"),
        cat.path() + QStringLiteral("/broken.json"), QStringLiteral("--catalog"), cat.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is not valid JSON at offset")))
        << run.err.toStdString();

    run = runCli({QStringLiteral("checklist")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err,
        QStringLiteral("madoguchi-cli checklist: give either --context FILE (a rules context in "
                       "JSON) or --db LOCATION with --resident, --event and --event-date\n"));

    // A broken catalog is never used.
    cat.write(QStringLiteral("systems.json"), "{");
    run = runCli({QStringLiteral("checklist"), QStringLiteral("--context"), file,
        QStringLiteral("--catalog"), cat.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("systems.json: line 1, column 1: not valid JSON: unterminated object")))
        << run.err.toStdString();
}

TEST(CliChecklist, TheBuiltInCatalogGivesTheDomainDeadlines)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("birth.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(
        context(event(QStringLiteral("shussei"), QStringLiteral("2025-11-10"),
                    {{QStringLiteral("subject"), QStringLiteral("m3")}}),
            {member(QStringLiteral("m1"), QStringLiteral("1990-01-01"), QStringLiteral("世帯主")),
                member(QStringLiteral("m2"), QStringLiteral("1991-01-01"), QStringLiteral("妻"),
                    {{QStringLiteral("sex"), 2}}),
                member(QStringLiteral("m3"), QStringLiteral("2025-11-10"), QStringLiteral("子"),
                    {{QStringLiteral("insurance"), QStringLiteral("none")}})}))
                   .toJson());
    file.close();
    const auto run
        = runCli({QStringLiteral("checklist"), QStringLiteral("--context"), file.fileName(),
            QStringLiteral("--catalog"), QStringLiteral(":/catalog"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QHash<QString, QString> deadlines;
    for (const QJsonValue& item : parse(run.out).value(QStringLiteral("applies")).toArray())
        deadlines.insert(item[QLatin1String("procedure")].toString(),
            item[QLatin1String("deadline")].toString());
    EXPECT_EQ(deadlines.value(QStringLiteral("shussei.todoke")),
        QStringLiteral("2025-11-23")); // 戸籍法 §43
    EXPECT_EQ(deadlines.value(QStringLiteral("kokuho.kanyu")),
        QStringLiteral("2025-11-24")); // first day not counted
    EXPECT_EQ(deadlines.value(QStringLiteral("jidouteate.nintei")),
        QStringLiteral("2025-11-25")); // 15 days from the next day
}

TEST(CliBench, ChecklistPrintsPercentilesPerEventAndTheLoadTime)
{
    const auto run = runCli({QStringLiteral("bench"), QStringLiteral("checklist"),
        QStringLiteral("--catalog"), QStringLiteral(":/catalog"), QStringLiteral("--runs"),
        QStringLiteral("5"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = parse(run.out);
    EXPECT_EQ(result.value(QStringLiteral("members")).toInt(), 6);
    EXPECT_TRUE(result.value(QStringLiteral("load_ms")).toObject().contains(QStringLiteral("p50")));
    const QJsonArray events = result.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 6);
    for (const QJsonValue& e : events) {
        EXPECT_EQ(e[QLatin1String("runs")].toInt(), 5);
        EXPECT_GT(e[QLatin1String("applies")].toInt(), 0)
            << e[QLatin1String("event")].toString().toStdString();
        for (const char* key : {"p50_ms", "p95_ms", "p99_ms", "max_ms", "input_check_p50_ms"})
            EXPECT_TRUE(e[QLatin1String(key)].isDouble()) << key;
    }
    EXPECT_EQ(runCli({QStringLiteral("bench"), QStringLiteral("checklist"),
                         QStringLiteral("--runs"), QStringLiteral("0")})
                  .exitCode,
        2);
}
