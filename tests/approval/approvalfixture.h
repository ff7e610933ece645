#pragma once

// The register of the profile tests (registry/profilefixture.h) reached by a
// clerk and two supervisors through Approvals, on a clock the test moves.
#include "approval/approvals.h"
#include "common/clock.h"
#include "registry/profilefixture.h"
#include "registry/searchindex.h"
#include "registry/supportguard.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "support/testdatabase.h"

#include <QTimeZone>
#include <gtest/gtest.h>

namespace madoguchi::approvaltest {

inline const QDate kToday(2026, 6, 15);
inline const QString kClerk = QStringLiteral("k.sato");
inline const QString kSupervisor = QStringLiteral("m.kato");
inline const QString kOtherSupervisor = QStringLiteral("s.ito");

class ApprovalTest : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        profiletest::buildRegister(*db, kToday);
        const Status indexed = registry::rebuildSearchIndex(*db);
        ASSERT_TRUE(indexed) << indexed.error().message.toStdString();
        audit = std::make_unique<security::AuditLog>(*db);
    }

    security::Session sessionOf(const QString& id) const
    {
        const security::Role role
            = id == kClerk ? security::Role::Clerk : security::Role::Supervisor;
        return security::Session{
            id, role, QStringLiteral("本庁"), QStringLiteral("desk-3"), clock.now()};
    }

    // The approvals as the member of staff `id` reaches them (k.sato is a
    // clerk, the others supervisors).
    approval::Approvals& as(const QString& id)
    {
        access = std::make_unique<security::AccessControl>(sessionOf(id), *audit, clock);
        approvals = std::make_unique<approval::Approvals>(*db, *access);
        return *approvals;
    }

    QList<security::AuditEntry> entries(const QString& action = QStringLiteral("approval"))
    {
        security::AuditFilter filter;
        filter.action = action;
        auto all = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(all) << all.error().message.toStdString();
        return all ? all.value() : QList<security::AuditEntry>{};
    }

    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        auto q = storage::exec(db->sql(), sql, values);
        EXPECT_TRUE(q) << q.error().message.toStdString();
        return q && q->next() ? q->value(0) : QVariant();
    }

    qint64 personId(const QString& atenaNo)
    {
        return scalar(QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {atenaNo})
            .toLongLong();
    }

    bool blocked(const QString& atenaNo, registry::SupportScope scope)
    {
        return registry::checkSupportMeasures(*db, {personId(atenaNo)}, scope, clock.now()).blocked;
    }

    void later(int minutes) { clock.set(clock.now().addSecs(minutes * 60)); }

    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(kToday, QTime(10, 0), QTimeZone::systemTimeZone())};
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> access;
    std::unique_ptr<approval::Approvals> approvals;
};

} // namespace madoguchi::approvaltest
