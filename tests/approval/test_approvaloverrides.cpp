// A clerk's checklist overrides: submitVisit stores one pending override
// request per item left out or added (approval::recordOverrides, in the
// submission's transaction), and a supervisor approves or denies each. On
// both engines, on a demo city with the built-in catalog.
#include "approval/approvals.h"
#include "demo/demovisits.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "support/testcity.h"
#include "support/testdatabase.h"
#include "visit/visitsubmission.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using approval::ApprovalKind;
using approval::ApprovalState;

const QDate kToday(2026, 11, 26);

class Overrides : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(
            madoguchi::testing::openTestCity(testDb, kToday, db, catalogue, audit));
    }

    std::unique_ptr<security::AccessControl> session(const QString& id, security::Role role)
    {
        return std::make_unique<security::AccessControl>(
            madoguchi::testing::deskSession(id, role), *audit);
    }

    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    std::shared_ptr<const catalog::Catalog> catalogue;
    std::unique_ptr<security::AuditLog> audit;
};

TEST_P(Overrides, ASubmissionWithALeftOutAndAnAddedItemAsksForTwoReviews)
{
    auto head = storage::exec(db->sql(),
        QStringLiteral("SELECT atena_no FROM persons WHERE relationship = '世帯主' AND status = "
                       "'resident' ORDER BY id LIMIT 1"));
    ASSERT_TRUE(head && head->next());
    visit::VisitDraft draft;
    draft.atenaNo = head->value(0).toString();
    head->finish();
    draft.eventType = QStringLiteral("tenkyo");
    draft.today = kToday;
    draft.eventDate = kToday.addDays(-1);
    QRandomGenerator random(3);
    QString skip;
    ASSERT_TRUE(demo::completeDemoDraft(*db, *catalogue, draft, random, skip));
    ASSERT_TRUE(skip.isEmpty()) << skip.toStdString();
    draft.leftOut.insert(QStringLiteral("tenkyo.todoke"), QStringLiteral("本人が後日手続き"));
    draft.added.insert(QStringLiteral("inkan.touroku/m1"), QStringLiteral("本人の希望"));

    auto clerk = session(QStringLiteral("k.sato"), security::Role::Clerk);
    auto submitted = visit::submitVisit(*db, *clerk, *catalogue, draft);
    ASSERT_TRUE(submitted) << submitted.error().message.toStdString();

    auto supervisor = session(QStringLiteral("m.kato"), security::Role::Supervisor);
    approval::Approvals approvals(*db, *supervisor);
    auto pending = approvals.list({ApprovalState::Pending, ApprovalKind::ChecklistOverride, {}});
    ASSERT_TRUE(pending) << pending.error().message.toStdString();
    ASSERT_EQ(pending->size(), 2);
    const approval::ApprovalRequest* leftOut = nullptr;
    const approval::ApprovalRequest* added = nullptr;
    for (const approval::ApprovalRequest& r : pending.value()) {
        EXPECT_EQ(r.visitRef, submitted->ref);
        EXPECT_EQ(r.atenaNo, draft.atenaNo);
        EXPECT_EQ(r.requestedBy, QStringLiteral("k.sato"));
        (r.details[QStringLiteral("decision")] == QStringLiteral("left-out") ? leftOut : added)
            = &r;
    }
    ASSERT_TRUE(leftOut && added);
    EXPECT_EQ(
        leftOut->details[QStringLiteral("procedure")].toString(), QStringLiteral("tenkyo.todoke"));
    EXPECT_EQ(leftOut->details[QStringLiteral("member")].toString(), QString());
    EXPECT_EQ(leftOut->reason, QStringLiteral("本人が後日手続き"));
    EXPECT_EQ(
        added->details[QStringLiteral("procedure")].toString(), QStringLiteral("inkan.touroku"));
    EXPECT_EQ(added->details[QStringLiteral("member")].toString(), QStringLiteral("m1"));
    EXPECT_EQ(added->details[QStringLiteral("title")].toString(), QStringLiteral("inkan.touroku"));
    EXPECT_EQ(added->reason, QStringLiteral("本人の希望"));

    // A denial needs a comment; it changes nothing of the visit that went out.
    const qint64 addedId = added->id, leftOutId = leftOut->id;
    auto approved = approvals.approve(addedId, QString());
    ASSERT_TRUE(approved) << approved.error().message.toStdString();
    EXPECT_EQ(approved->state, ApprovalState::Approved);
    EXPECT_FALSE(approvals.deny(leftOutId, QString()));
    auto denied = approvals.deny(leftOutId, QStringLiteral("転居届は省略できません"));
    ASSERT_TRUE(denied) << denied.error().message.toStdString();
    EXPECT_EQ(denied->state, ApprovalState::Denied);
    auto outbox = storage::exec(db->sql(), QStringLiteral("SELECT COUNT(*) FROM outbox"));
    ASSERT_TRUE(outbox && outbox->next());
    EXPECT_EQ(outbox->value(0).toInt(), submitted->applications.size());

    security::AuditFilter filter;
    filter.action = QStringLiteral("approval");
    auto decisions = security::queryAudit(db->sql(), filter);
    ASSERT_TRUE(decisions);
    ASSERT_EQ(decisions->size(), 2);
    EXPECT_EQ(decisions->at(0).operatorId, QStringLiteral("m.kato"));
    EXPECT_TRUE(
        decisions->at(0).detail.startsWith(QStringLiteral("approve #%1 override").arg(addedId)))
        << decisions->at(0).detail.toStdString();
    EXPECT_TRUE(
        decisions->at(1).detail.startsWith(QStringLiteral("deny #%1 override").arg(leftOutId)));
    EXPECT_EQ(decisions->at(1).purpose, QStringLiteral("転居届は省略できません"));
    filter.action = QStringLiteral("submission");
    auto submissions = security::queryAudit(db->sql(), filter);
    ASSERT_TRUE(submissions && submissions->size() == 1);
    EXPECT_TRUE(submissions->at(0).detail.contains(QStringLiteral("1 left out, 1 added")))
        << submissions->at(0).detail.toStdString();
}

// The demo clerks leave nothing out and add nothing: nothing to review.
TEST_P(Overrides, AVisitWithoutDecisionsAsksForNoReview)
{
    auto clerk = session(QStringLiteral("k.sato"), security::Role::Clerk);
    auto summary = demo::submitDemoVisits(*db, *clerk, *catalogue, 3, 7, kToday);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    ASSERT_EQ(summary->submitted, 3) << summary->lastProblem.toStdString();
    auto count = storage::exec(db->sql(), QStringLiteral("SELECT COUNT(*) FROM approval_requests"));
    ASSERT_TRUE(count && count->next());
    EXPECT_EQ(count->value(0).toInt(), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, Overrides, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
