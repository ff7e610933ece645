// `madoguchi-cli context` as a user runs it: the real binary, from the
// register on both engines and from a hand-written file, its exit codes and
// its errors on stderr.
#include "contexttest.h"
#include "registry/profilefixture.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi::profiletest;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

QJsonObject parsed(const CliRun& run)
{
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

class ContextCli : public ::testing::TestWithParam<madoguchi::storage::Engine> {
protected:
    void SetUp() override
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, QDate::currentDate());
    }

    CliRun cli(const QStringList& arguments)
    {
        return runCli(
            QStringList{QStringLiteral("context"), QStringLiteral("--db"), testDb.location()}
            + arguments);
    }

    madoguchi::testing::TestDatabase testDb{GetParam()};
};

TEST_P(ContextCli, InputFormFromTheRegister)
{
    const QJsonObject context = parsed(cli({QStringLiteral("--resident"), kHead,
        QStringLiteral("--event"), QStringLiteral("tennyu"), QStringLiteral("--event-date"),
        QStringLiteral("R8.11.20"), QStringLiteral("--today"), QStringLiteral("2026-11-26"),
        QStringLiteral("--answer"), QStringLiteral("m2.koumuin=true"), QStringLiteral("--answer"),
        QStringLiteral("event.planned_move_out_date=R8.11.15")}));
    EXPECT_EQ(context[QStringLiteral("today")], QStringLiteral("2026-11-26"));
    EXPECT_EQ(context[QStringLiteral("event")],
        (QJsonObject{{QStringLiteral("type"), QStringLiteral("tennyu")},
            {QStringLiteral("date"), QStringLiteral("2026-11-20")},
            {QStringLiteral("planned_move_out_date"), QStringLiteral("2026-11-15")}}));
    const QJsonArray members = madoguchi::contexttest::members(context);
    ASSERT_EQ(members.size(), 8);
    EXPECT_EQ(members.at(0)[QStringLiteral("atena_no")], kHead);
    EXPECT_EQ(members.at(1)[QStringLiteral("koumuin")], true);
    EXPECT_FALSE(members.at(0).toObject().contains(QStringLiteral("age"))); // input form
}

TEST_P(ContextCli, DerivedFormFromTheRegister)
{
    const QJsonObject context = parsed(cli({QStringLiteral("--resident"), kGrandchild,
        QStringLiteral("--event"), QStringLiteral("shussei"), QStringLiteral("--event-date"),
        QStringLiteral("2024-01-01"), QStringLiteral("--today"), QStringLiteral("2024-01-05"),
        QStringLiteral("--derived"), QStringLiteral("--json")}));
    const QJsonObject household = context[QStringLiteral("household")].toObject();
    EXPECT_EQ(household[QStringLiteral("member_count")], 8);
    EXPECT_EQ(household[QStringLiteral("remaining_count")], 8);
    const QJsonObject newborn = household[QStringLiteral("subject_member")].toObject();
    EXPECT_EQ(newborn[QStringLiteral("atena_no")], kGrandchild);
    EXPECT_EQ(newborn[QStringLiteral("age")], 0);
    EXPECT_EQ(newborn[QStringLiteral("school_stage")], QStringLiteral("preschool"));
    EXPECT_EQ(newborn[QStringLiteral("allowance_child")], true);
    EXPECT_TRUE(context[QStringLiteral("member")].isNull());
}

// `checklist --db`: the same register context, through the catalog.
TEST_P(ContextCli, ChecklistFromTheRegister)
{
    const CliRun run = runCli({QStringLiteral("checklist"), QStringLiteral("--db"),
        testDb.location(), QStringLiteral("--resident"), kHead, QStringLiteral("--event"),
        QStringLiteral("shibou"), QStringLiteral("--event-date"), QStringLiteral("R8.11.20"),
        QStringLiteral("--today"), QStringLiteral("2026-11-26"), QStringLiteral("--json")});
    const QJsonObject checklist = parsed(run);
    QStringList applies;
    for (const QJsonValue& item : checklist[QStringLiteral("applies")].toArray()) {
        for (const char* key : {"procedure", "member", "deadline", "reason", "system", "documents"})
            EXPECT_TRUE(item.toObject().contains(QLatin1String(key))) << key;
        applies << item[QStringLiteral("procedure")].toString();
    }
    // The head died and seven remain: a new head must be notified.
    EXPECT_TRUE(applies.contains(QStringLiteral("shibou.todoke")));
    EXPECT_TRUE(applies.contains(QStringLiteral("setainushi.henkou")));
    EXPECT_FALSE(checklist[QStringLiteral("not_applicable")].toArray().isEmpty());

    const CliRun both = runCli({QStringLiteral("checklist"), QStringLiteral("--db"),
        testDb.location(), QStringLiteral("--context"), QStringLiteral("x.json")});
    EXPECT_EQ(both.exitCode, 2);
    const CliRun unknown = runCli({QStringLiteral("checklist"), QStringLiteral("--db"),
        testDb.location(), QStringLiteral("--resident"), QStringLiteral("99999999999"),
        QStringLiteral("--event"), QStringLiteral("shibou"), QStringLiteral("--event-date"),
        QStringLiteral("2026-11-20")});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_FALSE(unknown.err.isEmpty());
}

// `checklist --forms`: the forms filled from the register, the interview of
// what is left, and an answer given once filling every form that asks it.
TEST_P(ContextCli, FormsAndTheInterviewFromTheRegister)
{
    const QStringList base{QStringLiteral("checklist"), QStringLiteral("--db"), testDb.location(),
        QStringLiteral("--resident"), kHead, QStringLiteral("--event"), QStringLiteral("tennyu"),
        QStringLiteral("--event-date"), QStringLiteral("2026-11-20"), QStringLiteral("--today"),
        QStringLiteral("2026-11-26"), QStringLiteral("--forms"), QStringLiteral("--json")};
    const auto phoneQuestions = [](const QJsonObject& result) {
        int asked = 0;
        for (const QJsonValue& q : result[QStringLiteral("interview")].toArray())
            asked += q[QStringLiteral("key")].toString() == u"phone" ? 1 : 0;
        return asked;
    };
    const auto phoneFields = [](const QJsonObject& result) {
        QStringList provenances;
        for (const QJsonValue& form : result[QStringLiteral("forms")].toArray())
            for (const QJsonValue& field : form[QStringLiteral("fields")].toArray())
                if (field[QStringLiteral("id")].toString() == u"phone")
                    provenances << field[QStringLiteral("provenance")].toString();
        return provenances;
    };
    // The wife's support measure blocks printing anything with the
    // household's address, until a supervisor unlocks it for a while.
    const CliRun refused = runCli(base);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(kWife)) << refused.err.toStdString();
    const CliRun added = runCli({QStringLiteral("staff"), QStringLiteral("add"),
                                    QStringLiteral("--db"), testDb.location(), QStringLiteral("--id"),
                                    QStringLiteral("m.kato"), QStringLiteral("--role"),
                                    QStringLiteral("supervisor")},
        "s3cret-pass\n");
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun unlocked = runCli({QStringLiteral("support"), QStringLiteral("unlock"),
                                       QStringLiteral("--db"), testDb.location(),
                                       QStringLiteral("--as"), QStringLiteral("m.kato"),
                                       QStringLiteral("--atena"), kWife, QStringLiteral("--scope"),
                                       QStringLiteral("print"), QStringLiteral("--reason"),
                                       QStringLiteral("本人確認済み"), QStringLiteral("--minutes"),
                                       QStringLiteral("10"), QStringLiteral("--json")},
        "s3cret-pass\n");
    ASSERT_EQ(unlocked.exitCode, 0) << unlocked.err.toStdString();
    EXPECT_TRUE(unlocked.out.contains(QStringLiteral("expires_at")));

    const CliRun printed = runCli(base);
    EXPECT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    const QJsonObject before = QJsonDocument::fromJson(printed.out.toUtf8()).object();
    EXPECT_FALSE(before[QStringLiteral("applies")].toArray().isEmpty());
    ASSERT_FALSE(before[QStringLiteral("forms")].toArray().isEmpty());
    bool registerValue = false;
    for (const QJsonValue& field :
        before[QStringLiteral("forms")].toArray().first()[QStringLiteral("fields")].toArray())
        registerValue
            = registerValue || field[QStringLiteral("provenance")].toString() == u"register";
    EXPECT_TRUE(registerValue);
    EXPECT_EQ(phoneQuestions(before), 1);
    EXPECT_GT(phoneFields(before).size(), 1);

    const CliRun answered = runCli(
        base + QStringList{QStringLiteral("--answer"), QStringLiteral("answers.phone=0421234567")});
    EXPECT_EQ(answered.exitCode, 0) << answered.err.toStdString();
    const QJsonObject after = QJsonDocument::fromJson(answered.out.toUtf8()).object();
    EXPECT_EQ(phoneQuestions(after), 0);
    const QStringList provenances = phoneFields(after);
    EXPECT_EQ(provenances.size(), phoneFields(before).size());
    EXPECT_EQ(provenances.count(QStringLiteral("clerk_entry")), provenances.size());
}

TEST_P(ContextCli, RegisterErrors)
{
    const QStringList base{QStringLiteral("--event"), QStringLiteral("tennyu"),
        QStringLiteral("--event-date"), QStringLiteral("2026-11-20")};
    CliRun run = cli(QStringList{QStringLiteral("--resident"), kUnknown} + base);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err,
        QStringLiteral("madoguchi-cli context: no resident with 宛名番号 %1\n").arg(kUnknown));

    run = cli(QStringList{QStringLiteral("--resident"), kHead, QStringLiteral("--answer"),
                  QStringLiteral("m2.koumin=true"), QStringLiteral("--answer"),
                  QStringLiteral("m9.moving=false")}
        + base);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err,
        QStringLiteral("madoguchi-cli context: answer \"m2.koumin=true\": unknown field "
                       "\"koumin\"; did you mean \"koumuin\"?\n"
                       "madoguchi-cli context: answer \"m9.moving=false\": no member m9 "
                       "(members: m1, m2, m3, m4, m5, m6, m7, m8)\n"));
    EXPECT_TRUE(run.out.isEmpty());

    run = cli({QStringLiteral("--resident"), kHead, QStringLiteral("--event"),
        QStringLiteral("kekkon"), QStringLiteral("--event-date"), QStringLiteral("2026-11-20")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err,
        QStringLiteral("madoguchi-cli context: --event: unknown event \"kekkon\" (one of tennyu, "
                       "tenshutsu, tenkyo, shussei, shibou, konin)\n"));

    run = cli(
        {QStringLiteral("--resident"), kHead, QStringLiteral("--event"), QStringLiteral("tennyu")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(
        run.err, QStringLiteral("madoguchi-cli context: --event-date is required with --db\n"));

    run = cli(QStringList{QStringLiteral("--resident"), QStringLiteral("00000001012")} + base);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("madoguchi-cli context: --resident: ")))
        << run.err.toStdString();

    run = cli({QStringLiteral("--resident"), kHead, QStringLiteral("--event"),
        QStringLiteral("tennyu"), QStringLiteral("--event-date"), QStringLiteral("R8.11")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(
        QStringLiteral("madoguchi-cli context: --event-date: expected an exact day")))
        << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Engines, ContextCli, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

class ContextFileCli : public ::testing::Test {
protected:
    QString write(const QByteArray& bytes)
    {
        const QString path = dir.filePath(QStringLiteral("ctx.json"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }
    QString write(const QJsonObject& context) { return write(QJsonDocument(context).toJson()); }

    QTemporaryDir dir;
};

TEST_F(ContextFileCli, AValidFileIsPrinted)
{
    const QJsonObject input = madoguchi::contexttest::validInput();
    const QString path = write(input);
    EXPECT_EQ(parsed(runCli({QStringLiteral("context"), QStringLiteral("--file"), path})), input);
    const QJsonObject derived = parsed(runCli({QStringLiteral("context"), QStringLiteral("--file"),
        path, QStringLiteral("--derived"), QStringLiteral("--json")}));
    EXPECT_EQ(derived, madoguchi::catalog::deriveContext(input));
    EXPECT_EQ(derived[QStringLiteral("household")][QStringLiteral("members")][1]
                     [QStringLiteral("school_stage")],
        QStringLiteral("elementary"));
}

TEST_F(ContextFileCli, EveryProblemOnStderr)
{
    QJsonObject input = madoguchi::contexttest::validInput();
    madoguchi::contexttest::setMember(
        input, 1, QStringLiteral("birth_date"), QStringLiteral("1980-02-30"));
    madoguchi::contexttest::setMember(input, 0, QStringLiteral("kaigoo"), QStringLiteral("none"));
    input[QStringLiteral("today")] = 5;
    const QString path = write(input);
    const CliRun run = runCli({QStringLiteral("context"), QStringLiteral("--file"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    const QString prefix = QStringLiteral("madoguchi-cli context: ") + path;
    EXPECT_EQ(run.err,
        prefix + QStringLiteral(": /today: expected a date YYYY-MM-DD, got 5\n") + prefix
            + QStringLiteral(": /household/members/0/kaigoo: unknown key \"kaigoo\"; did you mean "
                             "\"kaigo\"?\n")
            + prefix
            + QStringLiteral(": /household/members/1/birth_date: expected a date YYYY-MM-DD, got "
                             "\"1980-02-30\"\n"));
}

TEST_F(ContextFileCli, UnreadableAndWrongUsage)
{
    const QString path = write(QByteArray("{\"today\": "));
    CliRun run = runCli({QStringLiteral("context"), QStringLiteral("--file"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(
        QStringLiteral("madoguchi-cli context: %1: not valid JSON at offset").arg(path)))
        << run.err.toStdString();

    run = runCli({QStringLiteral("context"), QStringLiteral("--file"),
        dir.filePath(QStringLiteral("missing.json"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot read"))) << run.err.toStdString();

    run = runCli({QStringLiteral("context"), QStringLiteral("--file"), path,
        QStringLiteral("--event"), QStringLiteral("tennyu")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(
        run.err, QStringLiteral("madoguchi-cli context: --event goes with --db, not --file\n"));

    run = runCli({QStringLiteral("context")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err,
        QStringLiteral("madoguchi-cli context: give either --db LOCATION with --resident, --event "
                       "and --event-date, or --file FILE\n"));
}

} // namespace
