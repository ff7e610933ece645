// A visit's submission: checklist and forms from the register, the visit,
// its applications and their outbox rows in one transaction, the audit
// entry, the rights; the live status and the guidance slip — on both
// engines; and demo submit / visit show through the real binary.
#include "delivery/connectorset.h"
#include "delivery/relay.h"
#include "demo/demoanswers.h"
#include "demo/demovisits.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/fakesecretstore.h"
#include "storage/sqlerror.h"
#include "support/clirunner.h"
#include "support/testcity.h"
#include "support/testdatabase.h"
#include "visit/visitinprogress.h"
#include "visit/visitstatus.h"
#include "visit/visitsubmission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;

const QDate kToday(2026, 11, 26);

class Visits : public madoguchi::testing::ClerkInTestCity {
protected:
    Visits()
        : ClerkInTestCity(kToday)
    { }

    qint64 count(const QString& sql)
    {
        auto q = storage::exec(db->sql(), sql);
        EXPECT_TRUE(q);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

TEST_P(Visits, ASubmissionWritesTheVisitItsApplicationsAndTheirOutboxRows)
{
    auto summary = demo::submitDemoVisits(*db, *access, *catalogue, 6, 7, kToday);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    ASSERT_EQ(summary->submitted, 6) << summary->lastProblem.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 6);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM applications")), summary->applications);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), summary->applications);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM applications a JOIN outbox o ON "
                                   "o.id = a.id AND o.visit_ref = a.visit_ref")),
        summary->applications);
    EXPECT_EQ(summary->firstRef, QStringLiteral("V20261126-000001"));

    // The envelope: its own id, the visit, the staff, the form with provenance.
    auto rows = storage::exec(db->sql(), QStringLiteral("SELECT id, envelope FROM outbox"));
    ASSERT_TRUE(rows);
    while (rows->next()) {
        const QJsonObject envelope
            = QJsonDocument::fromJson(rows->value(1).toString().toUtf8()).object();
        EXPECT_EQ(envelope[QStringLiteral("application_id")].toString(), rows->value(0).toString());
        EXPECT_EQ(envelope[QStringLiteral("staff")][QStringLiteral("id")].toString(),
            QStringLiteral("k.sato"));
        EXPECT_TRUE(
            envelope[QStringLiteral("visit")][QStringLiteral("reference")].toString().startsWith(
                QStringLiteral("V20261126-")));
        EXPECT_EQ(envelope[QStringLiteral("municipality_code")].toString().size(), 6);
        const QJsonArray fields
            = envelope[QStringLiteral("form")][QStringLiteral("fields")].toArray();
        ASSERT_FALSE(fields.isEmpty());
        EXPECT_FALSE(fields[0][QStringLiteral("provenance")].toString().isEmpty());
    }
    security::AuditFilter filter;
    filter.action = QStringLiteral("submission");
    auto submissions = security::queryAudit(db->sql(), filter);
    ASSERT_TRUE(submissions);
    EXPECT_EQ(submissions->size(), 6);
    // Each names the resident, so "who used my data" finds it.
    for (const security::AuditEntry& e : submissions.value())
        EXPECT_TRUE(e.personId.has_value()) << e.detail.toStdString();
}

TEST_P(Visits, IncompleteFormsAndReasonlessOmissionsAreRefusedAndNothingIsWritten)
{
    auto atena = storage::exec(db->sql(),
        QStringLiteral("SELECT atena_no FROM persons WHERE relationship = '世帯主' AND status = "
                       "'resident' ORDER BY id LIMIT 1"));
    ASSERT_TRUE(atena && atena->next());
    visit::VisitDraft draft;
    draft.atenaNo = atena->value(0).toString();
    atena->finish();
    draft.eventType = QStringLiteral("tenkyo");
    draft.eventDate = kToday.addDays(-2);
    draft.today = kToday;
    auto refused = visit::submitVisit(*db, *access, *catalogue, draft);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not complete")))
        << refused.error().message.toStdString();
    draft.leftOut.insert(QStringLiteral("tenkyo.todoke"), QStringLiteral("  "));
    EXPECT_FALSE(visit::submitVisit(*db, *access, *catalogue, draft));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

    // An auditor may not submit, and the refusal is recorded.
    security::AccessControl auditor(
        security::Session{QStringLiteral("a.ono"), security::Role::Auditor, QString(),
            QStringLiteral("pc"), QDateTime::currentDateTimeUtc()},
        *audit);
    auto denied = visit::submitVisit(*db, auditor, *catalogue, draft);
    ASSERT_FALSE(denied);
    EXPECT_TRUE(denied.error().message.contains(QStringLiteral("may not")));
}

TEST_P(Visits, TheClerkAddsAProcedureWithAReason)
{
    // A demo visit whose forms are complete, then additions to it.
    visit::VisitDraft draft;
    auto atena = storage::exec(db->sql(),
        QStringLiteral("SELECT atena_no FROM persons WHERE relationship = '世帯主' AND status = "
                       "'resident' ORDER BY id LIMIT 1"));
    ASSERT_TRUE(atena && atena->next());
    draft.atenaNo = atena->value(0).toString();
    atena->finish();
    draft.eventType = QStringLiteral("tenkyo");
    draft.today = kToday;
    draft.eventDate = kToday.addDays(-1);
    QRandomGenerator random(3);
    QString skip;
    ASSERT_TRUE(demo::completeDemoDraft(*db, *catalogue, draft, random, skip));
    ASSERT_TRUE(skip.isEmpty()) << skip.toStdString();

    auto refusedWith = [&](const QString& key, const QString& reason, const QString& expected) {
        visit::VisitDraft d = draft;
        d.added.insert(key, reason);
        auto result = visit::submitVisit(*db, *access, *catalogue, d);
        ASSERT_FALSE(result) << key.toStdString();
        EXPECT_TRUE(result.error().message.contains(expected))
            << result.error().message.toStdString();
    };
    refusedWith(QStringLiteral("nothing.here"), QStringLiteral("本人の希望"),
        QStringLiteral("no such procedure"));
    refusedWith(QStringLiteral("tenkyo.todoke"), QStringLiteral("本人の希望"),
        QStringLiteral("already in the checklist"));
    refusedWith(
        QStringLiteral("tenkyo.todoke"), QStringLiteral(" "), QStringLiteral("without a reason"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 0);

    // A household procedure of another event, added with a reason: its form
    // is filled from the register and sent with the others.
    visit::VisitDraft withInkan = draft;
    withInkan.added.insert(QStringLiteral("inkan.touroku/m1"), QStringLiteral("本人の希望"));
    auto submitted = visit::submitVisit(*db, *access, *catalogue, withInkan);
    ASSERT_TRUE(submitted) << submitted.error().message.toStdString();
    EXPECT_TRUE(std::any_of(submitted->applications.begin(), submitted->applications.end(),
        [](const visit::SubmittedApplication& a) {
            return a.procedureId == u"inkan.touroku" && a.member == u"m1";
        }));
    auto decisions = storage::exec(db->sql(), QStringLiteral("SELECT decisions FROM visits"));
    ASSERT_TRUE(decisions && decisions->next());
    EXPECT_TRUE(decisions->value(0).toString().contains(QStringLiteral("本人の希望")));
}

TEST_P(Visits, TheStatusAndTheSlipFollowTheDelivery)
{
    auto summary = demo::submitDemoVisits(*db, *access, *catalogue, 1, 11, kToday);
    ASSERT_TRUE(summary && summary->submitted == 1);
    auto before = visit::loadVisitStatus(*db, *access, summary->firstRef);
    ASSERT_TRUE(before) << before.error().message.toStdString();
    ASSERT_EQ(before->applications.size(), summary->applications);
    EXPECT_EQ(
        visit::guidanceSlip(before.value())[QStringLiteral("items")][0][QStringLiteral("status")],
        QStringLiteral("received"));

    QTemporaryDir drop;
    auto set = delivery::ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("default"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                {QStringLiteral("directory"), drop.path()}}}},
        QStringLiteral("test"));
    ASSERT_TRUE(set);
    madoguchi::testing::FakeSecretStore secrets;
    delivery::RelayOptions options;
    options.owner = QStringLiteral("t");
    delivery::Relay relay(*db, set.value(), secrets, options);
    ASSERT_TRUE(relay.runOnce());

    // The desk follows the delivery without a further audited read.
    visit::VisitStatus followed = before.value();
    const qint64 entries = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    ASSERT_TRUE(visit::refreshDeliveryStates(*db, followed));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), entries);
    for (const visit::ApplicationStatus& a : followed.applications)
        EXPECT_EQ(a.state, delivery::OutboxState::Delivered) << a.procedureId.toStdString();

    auto after = visit::loadVisitStatus(*db, *access, summary->firstRef);
    ASSERT_TRUE(after);
    const QJsonObject slip = visit::guidanceSlip(after.value());
    for (const QJsonValue& item : slip[QStringLiteral("items")].toArray()) {
        EXPECT_EQ(item[QStringLiteral("status")], QStringLiteral("registered"));
        EXPECT_TRUE(item[QStringLiteral("receipt")].toString().startsWith(QStringLiteral("file:")));
    }
    EXPECT_FALSE(visit::loadVisitStatus(*db, *access, QStringLiteral("V20990101-000001")));
}

// The desk's visit in progress submits exactly what it showed: the clerk's
// addition asked in the same interview, an item left out, the reference
// printed on the forms before the submission.
TEST_P(Visits, AVisitInProgressSubmitsWhatTheDeskShowed)
{
    auto head = storage::exec(db->sql(),
        QStringLiteral("SELECT p.atena_no FROM persons p WHERE p.relationship = '世帯主' AND "
                       "p.status = 'resident' AND (SELECT COUNT(*) FROM persons q WHERE "
                       "q.household_id = p.household_id AND q.status = 'resident') >= 2 "
                       "ORDER BY p.id LIMIT 1"));
    ASSERT_TRUE(head && head->next());
    const QString atena = head->value(0).toString();
    head->finish();

    visit::VisitInProgress work(*db, catalogue);
    EXPECT_FALSE(work.setEvent(QStringLiteral("tenkyo"), kToday, kToday, {})) << "no resident yet";
    work.setResident(atena);
    auto members = work.household(QStringLiteral("tenkyo"), kToday, kToday);
    ASSERT_TRUE(members);
    ASSERT_GE(members->size(), 2);
    EXPECT_EQ(members->first().id, QStringLiteral("m1"));
    ASSERT_TRUE(work.setEvent(QStringLiteral("tenkyo"), kToday.addDays(-2), kToday, {}));
    ASSERT_TRUE(work.hasForms());
    const qsizetype selected = work.forms().checklist.applies.size();
    ASSERT_GT(selected, 0);

    // An addition: its form joins the others and its open fields the interview.
    EXPECT_FALSE(work.add(QStringLiteral("inkan.touroku/m1"), QStringLiteral(" ")));
    ASSERT_TRUE(work.add(QStringLiteral("inkan.touroku/m1"), QStringLiteral("本人の希望")));
    ASSERT_EQ(work.forms().forms.size(), selected + 1);
    EXPECT_EQ(work.keyOf(selected), QStringLiteral("inkan.touroku/m1"));
    EXPECT_FALSE(work.add(QStringLiteral("inkan.touroku/m1"), QStringLiteral("二度目")));

    // One item left out, with a reason; the rest answered as a demo clerk would.
    const QString dropped = work.keyOf(0);
    EXPECT_FALSE(work.leaveOut(dropped, QStringLiteral("")));
    ASSERT_TRUE(work.leaveOut(dropped, QStringLiteral("本人が後日手続き")));
    EXPECT_FALSE(work.sentForms().contains(0));
    catalog::Forms answered = work.forms();
    QRandomGenerator random(9);
    ASSERT_TRUE(demo::answerDemoInterview(answered, random));
    ASSERT_TRUE(work.answer(answered.answers));
    ASSERT_TRUE(work.readyToSubmit()) << work.incompleteForms().join(u',').toStdString();

    // An answer taken back is asked again, for that member only.
    QString perMemberKey;
    for (auto it = work.forms().answers.begin(); it != work.forms().answers.end(); ++it)
        if (it.value().isObject() && it.value().toObject().size() >= 1)
            perMemberKey = it.key();
    ASSERT_FALSE(perMemberKey.isEmpty()) << "the 転居 forms ask something per member";
    {
        const QJsonObject given = work.forms().answers.value(perMemberKey).toObject();
        const QString member = given.begin().key();
        ASSERT_TRUE(work.forget(perMemberKey, member));
        EXPECT_TRUE(std::any_of(work.forms().interview.begin(), work.forms().interview.end(),
            [&](const catalog::Question& q) {
                return q.key == perMemberKey && q.member == member;
            }));
        EXPECT_EQ(work.forms().answers.value(perMemberKey).toObject().size(), given.size() - 1);
        ASSERT_TRUE(work.answer({{perMemberKey, QJsonObject{{member, given.value(member)}}}}));
        EXPECT_TRUE(work.readyToSubmit());
    }

    // The same event again keeps the answers and the decisions.
    ASSERT_TRUE(work.setEvent(QStringLiteral("tenkyo"), kToday.addDays(-2), kToday, {}));
    EXPECT_TRUE(work.readyToSubmit());
    EXPECT_EQ(work.added().size(), 1);

    auto ref = work.reference(kToday);
    ASSERT_TRUE(ref);
    EXPECT_EQ(work.reference(kToday).value(), ref.value()) << "taken once";
    auto submitted = visit::submitVisit(*db, *access, *catalogue, work.draft(kToday));
    ASSERT_TRUE(submitted) << submitted.error().message.toStdString();
    EXPECT_EQ(submitted->ref, ref.value());
    EXPECT_EQ(submitted->applications.size(), work.sentForms().size());
    EXPECT_TRUE(std::none_of(submitted->applications.begin(), submitted->applications.end(),
        [&](const visit::SubmittedApplication& a) {
            return (a.member.isEmpty() ? a.procedureId : a.procedureId + u'/' + a.member)
                == dropped;
        }));
    // A reference is used once.
    auto again = visit::submitVisit(*db, *access, *catalogue, work.draft(kToday));
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already used")));
}

INSTANTIATE_TEST_SUITE_P(
    Engines, Visits, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

TEST(VisitCli, DemoSubmitThenVisitShow)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.sqlite"));
    ASSERT_EQ(madoguchi::testing::runCli(
                  {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--db"), db,
                      QStringLiteral("--residents"), QStringLiteral("300"),
                      QStringLiteral("--seed"), QStringLiteral("2")})
                  .exitCode,
        0);
    const auto submitted
        = madoguchi::testing::runCli({QStringLiteral("demo"), QStringLiteral("submit"),
            QStringLiteral("--db"), db, QStringLiteral("--visits"), QStringLiteral("3"),
            QStringLiteral("--today"), QStringLiteral("2026-11-26"), QStringLiteral("--json")});
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(submitted.out.toUtf8()).object();
    EXPECT_EQ(summary[QStringLiteral("submitted")].toInt(), 3);
    const auto shown = madoguchi::testing::runCli(
        {QStringLiteral("visit"), QStringLiteral("show"), QStringLiteral("--db"), db,
            summary[QStringLiteral("first")].toString(), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject slip = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(slip[QStringLiteral("visit")], summary[QStringLiteral("first")]);
    EXPECT_FALSE(slip[QStringLiteral("items")].toArray().isEmpty());

    // Not a demo database: a clerk must log in.
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    ASSERT_EQ(madoguchi::testing::runCli(
                  {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), plain})
                  .exitCode,
        0);
    EXPECT_EQ(madoguchi::testing::runCli(
                  {QStringLiteral("demo"), QStringLiteral("submit"), QStringLiteral("--db"), plain,
                      QStringLiteral("--visits"), QStringLiteral("1")})
                  .exitCode,
        2);
}

TEST(BenchDeliveryCli, PrintsItsFigures)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.sqlite"));
    ASSERT_EQ(madoguchi::testing::runCli(
                  {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--db"), db,
                      QStringLiteral("--residents"), QStringLiteral("300")})
                  .exitCode,
        0);
    const auto bench
        = madoguchi::testing::runCli({QStringLiteral("bench"), QStringLiteral("delivery"),
            QStringLiteral("--db"), db, QStringLiteral("--applications"), QStringLiteral("50"),
            QStringLiteral("--visits"), QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(bench.exitCode, 0) << bench.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(bench.out.toUtf8()).object();
    EXPECT_EQ(json[QStringLiteral("relay")][QStringLiteral("delivered")].toInt(), 50);
    EXPECT_GT(
        json[QStringLiteral("relay")][QStringLiteral("applications_per_second")].toDouble(), 0);
    EXPECT_TRUE(json[QStringLiteral("submit")].toObject().contains(QStringLiteral("p50_ms")));
}

} // namespace
