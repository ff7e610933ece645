// A supervisor's approvals (approval/approvals.h): unlock requests and
// provisional corrections requested, approved and denied with their effects
// and audit entries; four eyes; rights; bad input; two supervisors deciding
// at once. On both engines.
#include "approvalfixture.h"
#include "registry/registeraccess.h"

#include <QJsonObject>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

namespace {

using namespace madoguchi;
using namespace madoguchi::approvaltest;
using approval::ApprovalKind;
using approval::ApprovalState;
using profiletest::kHead;
using profiletest::kUnknown;
using profiletest::kWife;
using registry::SupportScope;

const QString kReason = QStringLiteral("本人が来庁、本人確認済み");

using Approvals = ApprovalTest;

TEST_P(Approvals, AnApprovedUnlockLiftsTheBlockFromTheApprovalUntilItExpires)
{
    auto requested = as(kClerk).requestUnlock(kWife, QStringLiteral("address"), 30, kReason);
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    EXPECT_EQ(requested->kind, ApprovalKind::SupportUnlock);
    EXPECT_EQ(requested->state, ApprovalState::Pending);
    EXPECT_EQ(requested->requestedBy, kClerk);
    EXPECT_EQ(requested->details[QStringLiteral("scope")].toString(), QStringLiteral("address"));
    EXPECT_EQ(requested->details[QStringLiteral("minutes")].toInt(), 30);
    auto log = entries();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].operatorId, kClerk);
    EXPECT_EQ(log[0].outcome, QStringLiteral("ok"));
    EXPECT_EQ(log[0].purpose, kReason);
    EXPECT_EQ(log[0].personId, personId(kWife));
    EXPECT_TRUE(log[0].detail.contains(QStringLiteral("request unlock")))
        << log[0].detail.toStdString();
    EXPECT_TRUE(blocked(kWife, SupportScope::Address)) << "nothing changes until it is approved";

    later(10); // the supervisor approves ten minutes later: the 30 minutes start then
    auto approved = as(kSupervisor).approve(requested->id, QStringLiteral("確認しました"));
    ASSERT_TRUE(approved) << approved.error().message.toStdString();
    EXPECT_EQ(approved->state, ApprovalState::Approved);
    EXPECT_EQ(approved->decidedBy, kSupervisor);
    EXPECT_EQ(approved->decidedAt, clock.now());
    EXPECT_EQ(approved->comment, QStringLiteral("確認しました"));
    log = entries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].operatorId, kSupervisor);
    EXPECT_EQ(log[1].role, QStringLiteral("supervisor"));
    EXPECT_EQ(log[1].outcome, QStringLiteral("ok"));
    EXPECT_EQ(log[1].purpose, QStringLiteral("確認しました"));
    EXPECT_TRUE(log[1].detail.startsWith(QStringLiteral("approve #%1 unlock").arg(requested->id)))
        << log[1].detail.toStdString();
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT granted_by FROM support_unlocks")).toString(), kSupervisor);
    EXPECT_EQ(scalar(QStringLiteral("SELECT reason FROM support_unlocks")).toString(), kReason);

    EXPECT_FALSE(blocked(kWife, SupportScope::Address));
    EXPECT_TRUE(blocked(kWife, SupportScope::Print)) << "the unlock was for the address only";
    later(29);
    EXPECT_FALSE(blocked(kWife, SupportScope::Address));
    later(2);
    EXPECT_TRUE(blocked(kWife, SupportScope::Address)) << "it locks again by itself";

    auto again = as(kOtherSupervisor).deny(requested->id, QStringLiteral("遅すぎ"));
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already approved")))
        << again.error().message.toStdString();
}

// The clerk asks for the resident at the counter, the head; the block
// comes from his wife's measure (their address is one): the approval
// lifts it for the household, for the same scope and time.
TEST_P(Approvals, AnUnlockForAMemberLiftsTheBlockOfTheProtectedSpouse)
{
    const auto householdBlocked = [&](const QString& atena, registry::SupportScope scope) {
        return registry::checkHouseholdSupport(*db, personId(atena), scope, clock.now()).blocked;
    };
    ASSERT_TRUE(householdBlocked(kHead, SupportScope::Address));
    auto requested = as(kClerk).requestUnlock(kHead, QStringLiteral("address"), 15, kReason);
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    ASSERT_TRUE(as(kSupervisor).approve(requested->id, QStringLiteral("本人確認済み")));
    EXPECT_FALSE(householdBlocked(kHead, SupportScope::Address));
    EXPECT_TRUE(householdBlocked(kHead, SupportScope::Print)) << "the address only";
    later(16);
    EXPECT_TRUE(householdBlocked(kHead, SupportScope::Address)) << "it locks again by itself";
}

TEST_P(Approvals, ADeniedUnlockNeedsACommentAndLiftsNothing)
{
    auto requested = as(kClerk).requestUnlock(kWife, QStringLiteral("print"), 10, kReason);
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    auto noComment = as(kSupervisor).deny(requested->id, QStringLiteral("  "));
    ASSERT_FALSE(noComment);
    EXPECT_TRUE(noComment.error().message.contains(QStringLiteral("comment")));
    auto denied = as(kSupervisor).deny(requested->id, QStringLiteral("本人確認が不十分"));
    ASSERT_TRUE(denied) << denied.error().message.toStdString();
    EXPECT_EQ(denied->state, ApprovalState::Denied);
    EXPECT_EQ(denied->comment, QStringLiteral("本人確認が不十分"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM support_unlocks")).toInt(), 0);
    EXPECT_TRUE(blocked(kWife, SupportScope::Print));
    const auto log = entries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].operatorId, kSupervisor);
    EXPECT_EQ(log[1].outcome, QStringLiteral("ok"));
    EXPECT_TRUE(log[1].detail.startsWith(QStringLiteral("deny #"))) << log[1].detail.toStdString();
}

TEST_P(Approvals, AnApprovedCorrectionIsWrittenToTheRegisterAndFoundBySearch)
{
    const int versionBefore
        = scalar(QStringLiteral("SELECT version FROM persons WHERE atena_no = ?"), {kWife}).toInt();
    auto requested = as(kClerk).requestCorrection(kWife,
        {{QStringLiteral("name_kana"), QStringLiteral("やまだ　よしえ")},
            {QStringLiteral("birth_date"), QStringLiteral("昭和53年2月3日")},
            {QStringLiteral("sex"), QStringLiteral("2")}}, // unchanged: left out
        QStringLiteral("届書の誤記"));
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    const QJsonObject changes = requested->details[QStringLiteral("changes")].toObject();
    ASSERT_EQ(changes.size(), 2) << "sex is already 2";
    EXPECT_EQ(changes[QStringLiteral("name_kana")][QStringLiteral("from")].toString(),
        QStringLiteral("ヤマダ ヨシコ"));
    EXPECT_EQ(changes[QStringLiteral("name_kana")][QStringLiteral("to")].toString(),
        QStringLiteral("ヤマダ ヨシエ"));
    EXPECT_EQ(changes[QStringLiteral("birth_date")][QStringLiteral("to")].toString(),
        QStringLiteral("1978-02-03"));
    EXPECT_EQ(requested->details[QStringLiteral("version")].toInt(), versionBefore);
    // 仮登録: the register is not changed yet.
    EXPECT_EQ(scalar(QStringLiteral("SELECT name_kana FROM persons WHERE atena_no = ?"), {kWife})
                  .toString(),
        QStringLiteral("ヤマダ ヨシコ"));
    auto log = entries();
    ASSERT_EQ(log.size(), 1);
    EXPECT_TRUE(log[0].detail.contains(QStringLiteral("ヤマダ ヨシコ → ヤマダ ヨシエ")))
        << log[0].detail.toStdString();

    auto approved = as(kSupervisor).approve(requested->id, QString());
    ASSERT_TRUE(approved) << approved.error().message.toStdString();
    EXPECT_EQ(approved->state, ApprovalState::Approved);
    auto row = storage::exec(db->sql(),
        QStringLiteral("SELECT name_kana, birth_date, version, change_seq, id FROM persons "
                       "WHERE atena_no = ?"),
        {kWife});
    ASSERT_TRUE(row && row->next());
    EXPECT_EQ(row->value(0).toString(), QStringLiteral("ヤマダ ヨシエ"));
    EXPECT_EQ(row->value(1).toString(), QStringLiteral("1978-02-03"));
    EXPECT_EQ(row->value(2).toInt(), versionBefore + 1);
    const qint64 changeSeq = row->value(3).toLongLong();
    const qint64 id = row->value(4).toLongLong();
    row->finish();
    EXPECT_EQ(scalar(QStringLiteral("SELECT MAX(seq) FROM register_changes WHERE entity = "
                                    "'person' AND entity_id = ? AND operation = 'update'"),
                  {id})
                  .toLongLong(),
        changeSeq);
    log = entries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].operatorId, kSupervisor);
    EXPECT_EQ(log[1].personId, id);

    security::AccessControl clerk(sessionOf(kClerk), *audit, clock);
    registry::RegisterAccess reg(*db, clerk);
    auto found = reg.search(QStringLiteral("ヤマダ ヨシエ"));
    ASSERT_TRUE(found) << found.error().message.toStdString();
    ASSERT_FALSE(found->isEmpty());
    EXPECT_EQ(found->first().atenaNo, kWife);
}

TEST_P(Approvals, ADeniedCorrectionLeavesTheRegisterAlone)
{
    auto requested = as(kClerk).requestCorrection(kHead,
        {{QStringLiteral("name_kanji"), QStringLiteral("山田 大郎")}}, QStringLiteral("誤記"));
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    auto denied = as(kSupervisor).deny(requested->id, QStringLiteral("戸籍と一致しています"));
    ASSERT_TRUE(denied) << denied.error().message.toStdString();
    EXPECT_EQ(denied->state, ApprovalState::Denied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT name_kanji FROM persons WHERE atena_no = ?"), {kHead})
                  .toString(),
        QStringLiteral("山田 太郎"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM register_changes")).toInt(), 0);
    EXPECT_EQ(entries().last().outcome, QStringLiteral("ok"));
}

TEST_P(Approvals, ACorrectionOfARecordChangedMeanwhileIsRefusedAndStaysPending)
{
    auto requested = as(kClerk).requestCorrection(kWife,
        {{QStringLiteral("name_kana"), QStringLiteral("ヤマダ ヨシエ")}}, QStringLiteral("誤記"));
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    // An import changes the record in between.
    ASSERT_TRUE(storage::exec(db->sql(),
        QStringLiteral("UPDATE persons SET name_kanji = '山田 佳子', version = version + 1 "
                       "WHERE atena_no = ?"),
        {kWife}));
    auto refused = as(kSupervisor).approve(requested->id, QStringLiteral("ok"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("changed since")))
        << refused.error().message.toStdString();
    auto still = as(kSupervisor).find(requested->id);
    ASSERT_TRUE(still && still->has_value());
    EXPECT_EQ(still->value().state, ApprovalState::Pending);
    EXPECT_EQ(scalar(QStringLiteral("SELECT name_kana FROM persons WHERE atena_no = ?"), {kWife})
                  .toString(),
        QStringLiteral("ヤマダ ヨシコ"));
}

TEST_P(Approvals, NobodyDecidesTheirOwnRequest)
{
    auto requested = as(kSupervisor).requestUnlock(kWife, QStringLiteral("copies"), 5, kReason);
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    auto own = as(kSupervisor).approve(requested->id, QStringLiteral("自分で"));
    ASSERT_FALSE(own);
    EXPECT_TRUE(own.error().message.contains(QStringLiteral("four eyes")))
        << own.error().message.toStdString();
    auto log = entries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].outcome, QStringLiteral("denied"));
    EXPECT_EQ(log[1].operatorId, kSupervisor);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM support_unlocks")).toInt(), 0);
    auto other = as(kOtherSupervisor).approve(requested->id, QStringLiteral("確認"));
    ASSERT_TRUE(other) << other.error().message.toStdString();
    EXPECT_EQ(other->decidedBy, kOtherSupervisor);
}

TEST_P(Approvals, AClerkMayRequestButNotDecideAndTheAttemptIsRecorded)
{
    auto requested = as(kSupervisor).requestUnlock(kWife, QStringLiteral("address"), 5, kReason);
    ASSERT_TRUE(requested) << requested.error().message.toStdString();
    auto refused = as(kClerk).approve(requested->id, QStringLiteral("承認"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("may not")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(as(kClerk).list());
    const auto log = entries();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log[1].operatorId, kClerk);
    EXPECT_EQ(log[1].role, QStringLiteral("clerk"));
    EXPECT_EQ(log[1].outcome, QStringLiteral("denied"));
    EXPECT_TRUE(log[1].detail.contains(QStringLiteral("approve #%1").arg(requested->id)))
        << log[1].detail.toStdString();
    auto listed = as(kOtherSupervisor).list({ApprovalState::Pending, std::nullopt, {}});
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().state, ApprovalState::Pending);
}

TEST_P(Approvals, BadRequestsAreRefusedWithAPreciseMessageAndNothingIsStored)
{
    approval::Approvals& clerk = as(kClerk);
    const auto refused = [](const Result<approval::ApprovalRequest>& r, const QString& expected) {
        ASSERT_FALSE(r) << expected.toStdString();
        EXPECT_TRUE(r.error().message.contains(expected)) << r.error().message.toStdString();
    };
    const auto correct = [&](const QString& field, const QString& value) {
        return clerk.requestCorrection(kWife, {{field, value}}, QStringLiteral("誤記"));
    };
    refused(correct(QStringLiteral("my_number"), QStringLiteral("123456789018")),
        QStringLiteral("unknown field 'my_number'"));
    refused(correct(QStringLiteral("name_kana"), QStringLiteral("Yamada")),
        QStringLiteral("name_kana: 'Yamada' is not katakana"));
    refused(correct(QStringLiteral("birth_date"), QStringLiteral("2026-02-30")),
        QStringLiteral("birth_date"));
    refused(correct(QStringLiteral("sex"), QStringLiteral("3")), QStringLiteral("sex: '3'"));
    refused(correct(QStringLiteral("name_kana"), QStringLiteral("ヤマダ ヨシコ")),
        QStringLiteral("nothing to correct"));
    refused(clerk.requestCorrection(kWife, {}, QStringLiteral("誤記")),
        QStringLiteral("at least one field"));
    refused(clerk.requestCorrection(kUnknown, {{QStringLiteral("name_kana"), QStringLiteral("ア")}},
                QStringLiteral("誤記")),
        QStringLiteral("no resident"));
    refused(clerk.requestCorrection(
                kWife, {{QStringLiteral("name_kana"), QStringLiteral("ア")}}, QStringLiteral(" ")),
        QStringLiteral("reason"));
    refused(clerk.requestUnlock(kWife, QStringLiteral("everything"), 5, kReason),
        QStringLiteral("not 'everything'"));
    refused(
        clerk.requestUnlock(kWife, QStringLiteral("address"), 0, kReason), QStringLiteral("not 0"));
    refused(clerk.requestUnlock(kWife, QStringLiteral("address"), 999, kReason),
        QStringLiteral("not 999"));
    refused(clerk.requestUnlock(kUnknown, QStringLiteral("address"), 5, kReason),
        QStringLiteral("no resident"));
    refused(clerk.requestUnlock(kWife, QStringLiteral("address"), 5, QString()),
        QStringLiteral("reason"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM approval_requests")).toInt(), 0);
    EXPECT_TRUE(entries().isEmpty());

    auto unknown = as(kSupervisor).approve(4711, QStringLiteral("?"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("#4711")));
}

// Two supervisors work through the same queue at once, each on its own
// connection: every request is decided exactly once and takes effect once.
TEST_P(Approvals, TwoSupervisorsDecidingAtOnceNeverBothWin)
{
    const int requests = 12;
    QList<qint64> ids;
    for (int i = 0; i < requests; ++i) {
        auto r = as(kClerk).requestUnlock(kWife, QStringLiteral("address"), 5 + i, kReason);
        ASSERT_TRUE(r) << r.error().message.toStdString();
        ids << r->id;
    }
    const QString location = testDb.location();
    const QStringList deciders{kSupervisor, kOtherSupervisor};
    std::vector<int> wins(2, 0), lost(2, 0);
    std::atomic<int> ready{0}, failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t)
        threads.emplace_back([&, t] {
            auto own = storage::Database::open(location);
            ++ready;
            if (!own) {
                ++failures;
                return;
            }
            security::AuditLog log(*own.value());
            security::AccessControl control(sessionOf(deciders[t]), log, clock);
            approval::Approvals mine(*own.value(), control);
            while (ready.load() < 2)
                std::this_thread::yield();
            for (qint64 id : ids) {
                auto decided = t == 0 ? mine.approve(id, QStringLiteral("承認"))
                                      : mine.deny(id, QStringLiteral("却下"));
                if (decided) {
                    ++wins[size_t(t)];
                    continue;
                }
                const QString message = decided.error().message;
                if (message.contains(QStringLiteral("meanwhile"))
                    || message.contains(QStringLiteral("already")))
                    ++lost[size_t(t)];
                else {
                    ADD_FAILURE() << message.toStdString();
                    ++failures;
                }
            }
        });
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(wins[0] + wins[1], requests);
    EXPECT_EQ(lost[0] + lost[1], requests);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM approval_requests WHERE state = 'pending'"))
            .toInt(),
        0);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM approval_requests WHERE version <> 2")).toInt(),
        0);
    // One unlock of the requested resident per approval won (the household's
    // other protected members are unlocked with her).
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM support_unlocks WHERE person_id = ?"),
                  {personId(kWife)})
                  .toInt(),
        wins[0]);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM approval_requests WHERE state = "
                                    "'approved' AND decided_by = ?"),
                  {kSupervisor})
                  .toInt(),
        wins[0]);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, Approvals, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
