// `madoguchi-cli approval …` through the real binary: a clerk requests, a
// supervisor lists and decides; the JSON shape; the refusals.
#include "registry/profilefixture.h"
#include "registry/searchindex.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using namespace madoguchi::profiletest;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

class ApprovalCli : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, QDate::currentDate());
        ASSERT_TRUE(registry::rebuildSearchIndex(*db));
        for (const auto& [id, role] : {std::pair{"k.sato", "clerk"}, {"m.kato", "supervisor"}}) {
            const CliRun added = cli(QStringLiteral("staff add"),
                {QStringLiteral("--id"), QLatin1String(id), QStringLiteral("--role"),
                    QLatin1String(role)},
                kPassword);
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
    }

    CliRun cli(const QString& command, const QStringList& arguments, const QByteArray& input = {})
    {
        return runCli(command.split(QLatin1Char(' '))
                + QStringList{QStringLiteral("--db"), testDb.location()} + arguments,
            input);
    }
    CliRun as(const QString& staff, const QString& command, const QStringList& arguments)
    {
        return cli(command, arguments + QStringList{QStringLiteral("--as"), staff}, kPassword);
    }

    static inline const QByteArray kPassword = "counter-pass-1\n";
    madoguchi::testing::TestDatabase testDb{GetParam()};
};

TEST_P(ApprovalCli, AClerkRequestsASupervisorListsAndApproves)
{
    const CliRun requested = as(QStringLiteral("k.sato"), QStringLiteral("approval request-unlock"),
        {QStringLiteral("--resident"), kWife, QStringLiteral("--scope"), QStringLiteral("address"),
            QStringLiteral("--minutes"), QStringLiteral("15"), QStringLiteral("--reason"),
            QStringLiteral("本人確認済み"), QStringLiteral("--json")});
    ASSERT_EQ(requested.exitCode, 0) << requested.err.toStdString();
    const QJsonObject request = QJsonDocument::fromJson(requested.out.toUtf8()).object();
    const int id = request[QStringLiteral("id")].toInt();
    ASSERT_GT(id, 0) << requested.out.toStdString();
    const QStringList keys{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("state"),
        QStringLiteral("requested_at"), QStringLiteral("requested_by"), QStringLiteral("atena_no"),
        QStringLiteral("visit_ref"), QStringLiteral("details"), QStringLiteral("reason"),
        QStringLiteral("decided_at"), QStringLiteral("decided_by"), QStringLiteral("comment")};
    QStringList sorted = keys;
    sorted.sort();
    EXPECT_EQ(request.keys(), sorted);
    EXPECT_EQ(request[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    EXPECT_EQ(request[QStringLiteral("kind")].toString(), QStringLiteral("unlock"));
    EXPECT_TRUE(request[QStringLiteral("decided_at")].isNull());

    const CliRun corrected
        = as(QStringLiteral("k.sato"), QStringLiteral("approval request-correction"),
            {QStringLiteral("--resident"), kWife, QStringLiteral("--set"),
                QStringLiteral("name_kana=ヤマダ ヨシエ"), QStringLiteral("--reason"),
                QStringLiteral("届書の誤記")});
    ASSERT_EQ(corrected.exitCode, 0) << corrected.err.toStdString();
    EXPECT_TRUE(corrected.out.contains(QStringLiteral("仮登録"))) << corrected.out.toStdString();

    const CliRun listed = as(QStringLiteral("m.kato"), QStringLiteral("approval list"),
        {QStringLiteral("--state"), QStringLiteral("pending"), QStringLiteral("--kind"),
            QStringLiteral("unlock"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray pending = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(pending.size(), 1) << listed.out.toStdString();
    EXPECT_EQ(pending[0][QStringLiteral("id")].toInt(), id);
    EXPECT_EQ(pending[0][QStringLiteral("requested_by")].toString(), QStringLiteral("k.sato"));
    EXPECT_EQ(pending[0][QStringLiteral("details")][QStringLiteral("minutes")].toInt(), 15);

    const CliRun clerk = as(QStringLiteral("k.sato"), QStringLiteral("approval approve"),
        {QString::number(id), QStringLiteral("--comment"), QStringLiteral("自分で")});
    EXPECT_EQ(clerk.exitCode, 1);
    EXPECT_TRUE(clerk.err.contains(QStringLiteral("may not"))) << clerk.err.toStdString();

    const CliRun approved = as(QStringLiteral("m.kato"), QStringLiteral("approval approve"),
        {QString::number(id), QStringLiteral("--comment"), QStringLiteral("確認しました"),
            QStringLiteral("--json")});
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    const QJsonObject decided = QJsonDocument::fromJson(approved.out.toUtf8()).object();
    EXPECT_EQ(decided[QStringLiteral("state")].toString(), QStringLiteral("approved"));
    EXPECT_EQ(decided[QStringLiteral("decided_by")].toString(), QStringLiteral("m.kato"));

    // The block is lifted: a search shows the address again.
    const CliRun shown = cli(
        QStringLiteral("search"), {QStringLiteral("--json"), QStringLiteral("ヤマダ ヨシコ")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("本町一丁目"))) << shown.out.toStdString();

    const CliRun all = as(QStringLiteral("m.kato"), QStringLiteral("approval list"), {});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_TRUE(all.out.contains(QStringLiteral("name_kana: ヤマダ ヨシコ → ヤマダ ヨシエ")))
        << all.out.toStdString();
    EXPECT_TRUE(all.out.contains(QStringLiteral("approved")));
}

TEST_P(ApprovalCli, BadArgumentsAreUsageErrors)
{
    const QStringList base{
        QStringLiteral("--resident"), kWife, QStringLiteral("--reason"), QStringLiteral("誤記")};
    const CliRun noEquals
        = as(QStringLiteral("k.sato"), QStringLiteral("approval request-correction"),
            base + QStringList{QStringLiteral("--set"), QStringLiteral("name_kana")});
    EXPECT_EQ(noEquals.exitCode, 2);
    EXPECT_TRUE(noEquals.err.contains(QStringLiteral("FIELD=VALUE"))) << noEquals.err.toStdString();
    const CliRun unknown
        = as(QStringLiteral("k.sato"), QStringLiteral("approval request-correction"),
            base + QStringList{QStringLiteral("--set"), QStringLiteral("address=どこか")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown field 'address'")))
        << unknown.err.toStdString();
    const CliRun scope = as(QStringLiteral("k.sato"), QStringLiteral("approval request-unlock"),
        base + QStringList{QStringLiteral("--scope"), QStringLiteral("all")});
    EXPECT_EQ(scope.exitCode, 1);
    EXPECT_TRUE(scope.err.contains(QStringLiteral("'all'"))) << scope.err.toStdString();
    const CliRun noId = as(QStringLiteral("m.kato"), QStringLiteral("approval deny"),
        {QStringLiteral("--comment"), QStringLiteral("x")});
    EXPECT_EQ(noId.exitCode, 2);
    const CliRun state = as(QStringLiteral("m.kato"), QStringLiteral("approval list"),
        {QStringLiteral("--state"), QStringLiteral("open")});
    EXPECT_EQ(state.exitCode, 2);
    EXPECT_TRUE(state.err.contains(QStringLiteral("'open'"))) << state.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Engines, ApprovalCli, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
