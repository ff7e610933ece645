// Every verification is recorded in the audit chain (certificate-verify),
// valid or not, on a real SQLite database: who, for whom, where it was
// read, and what was found.
#include "certificate/certificateaudit.h"
#include "certificatetest.h"
#include "common/clock.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace madoguchi;
using namespace madoguchi::certtest;

namespace {

class CertificateAudit : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        audit = std::make_unique<security::AuditLog>(*db);
        access = std::make_unique<security::AccessControl>(
            security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
                QStringLiteral("本庁"), QStringLiteral("desk-2"), clock.now()},
            *audit, clock);
    }

    QList<security::AuditEntry> entries()
    {
        security::AuditFilter filter;
        filter.action = QLatin1String(security::AuditAction::CertificateVerify);
        auto all = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(all) << all.error().message.toStdString();
        return all ? all.value() : QList<security::AuditEntry>{};
    }

    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{readAt()};
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> access;
};

} // namespace

TEST_F(CertificateAudit, RecordsAValidCertificateWithWhatIdentifiesIt)
{
    const auto checked = certificate::verifyCertificate(
        birthCertificate(), builtInCertificates(), household(), clock.now());
    ASSERT_TRUE(checked.valid());
    const Status recorded = certificate::recordVerification(
        *access, checked, 42, QStringLiteral("desk 00000001017 shussei"));
    ASSERT_TRUE(recorded) << recorded.error().message.toStdString();

    const QList<security::AuditEntry> log = entries();
    ASSERT_EQ(log.size(), 1);
    const security::AuditEntry& e = log.first();
    EXPECT_EQ(e.action, QStringLiteral("certificate-verify"));
    EXPECT_EQ(e.operatorId, QStringLiteral("k.sato"));
    EXPECT_EQ(e.terminal, QStringLiteral("desk-2"));
    EXPECT_EQ(e.personId, std::optional<qint64>(42));
    EXPECT_EQ(e.purpose, QStringLiteral("desk 00000001017 shussei"));
    EXPECT_EQ(e.outcome, QStringLiteral("ok"));
    EXPECT_EQ(e.detail,
        QStringLiteral("type=shussei_shoumei issuer=https://hospital.midorino.example "
                       "kid=https://hospital.midorino.example#2026 digest=%1 member=m2 result=ok")
            .arg(checked.digest));
    EXPECT_FALSE(e.myNumberShown);
}

TEST_F(CertificateAudit, RecordsARefusedCertificateWithEveryFailure)
{
    const auto checked
        = certificate::verifyCertificate(birthCertificate(demo(QStringLiteral("demo-school"))),
            builtInCertificates(), household().mid(0, 1), clock.now().addYears(2));
    ASSERT_FALSE(checked.valid());
    ASSERT_TRUE(
        certificate::recordVerification(*access, checked, std::nullopt, QStringLiteral("test")));
    const QList<security::AuditEntry> log = entries();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().outcome, QStringLiteral("failed"));
    EXPECT_EQ(log.first().personId, std::nullopt);
    EXPECT_TRUE(log.first().detail.endsWith(
        QStringLiteral("member=- result=failed: not-trusted-for-type, expired, wrong-subject")))
        << log.first().detail.toStdString();
    EXPECT_TRUE(
        log.first().detail.contains(QStringLiteral("issuer=https://umeda-es.osaka.example")));
}

TEST_F(CertificateAudit, RecordsEvenWhatCouldNotBeRead)
{
    const auto checked = certificate::verifyCertificate(
        QStringLiteral("MDP1:not-a-certificate"), builtInCertificates(), household(), clock.now());
    ASSERT_TRUE(certificate::recordVerification(*access, checked, 7, QStringLiteral("desk")));
    const QList<security::AuditEntry> log = entries();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().detail,
        QStringLiteral("type=- issuer=- kid=- digest=%1 member=- result=failed: malformed")
            .arg(checked.digest));
    // The entries form the chain like every other.
    auto report = security::verifyAuditChain(db->sql());
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact) << report->message.toStdString();
}
