// Staff verifiers for offline login at a branch (sync/staffpull.h): who
// logged in at the branch within the window is copied, with the hall's
// argon2 verifier, and can log in against the replica.
#include "security/login.h"
#include "security/staffdirectory.h"
#include "storage/sqlerror.h"
#include "support/testdatabase.h"
#include "sync/staffpull.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace madoguchi {
namespace {

using security::Role;
using testing::TestDatabase;

const QByteArray kPassword("branch-desk-password-42");
const QString kBranch = QStringLiteral("北支所");
const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

class StaffPull : public ::testing::Test {
protected:
    void SetUp() override
    {
        hall = hallDb.open();
        replica = replicaDb.open();
        ASSERT_TRUE(hall && replica);
        security::StaffDirectory staff(*hall, clock);
        for (const char* id : {"kita1", "kita2", "old1", "honcho1", "never1"})
            ASSERT_TRUE(staff.add(QString::fromLatin1(id), Role::Clerk, kBranch, kPassword).ok());
        ASSERT_TRUE(staff.add(QStringLiteral("boss"), Role::Supervisor, kBranch, kPassword).ok());
        // Two logins at the branch within the window, one too old, one at
        // another office.
        loginAt(QStringLiteral("kita1"), kBranch, kNow.addDays(-1));
        loginAt(QStringLiteral("kita2"), kBranch, kNow.addDays(-13));
        loginAt(QStringLiteral("old1"), kBranch, kNow.addDays(-15));
        loginAt(QStringLiteral("honcho1"), QStringLiteral("本庁"), kNow.addDays(-1));
    }

    void loginAt(const QString& id, const QString& office, const QDateTime& at)
    {
        FixedClock when(at);
        auto session = security::loginAt(*hall, id, kPassword, QStringLiteral("T-1"), office, when);
        ASSERT_TRUE(session) << session.error().message.toStdString();
    }

    QStringList replicaStaff()
    {
        QStringList ids;
        QSqlQuery q(replica->sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM staff ORDER BY id")));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    QString hashOf(storage::Database& db, const QString& id)
    {
        auto q = storage::exec(
            db.sql(), QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {id});
        EXPECT_TRUE(q && q->next());
        return q ? q->value(0).toString() : QString();
    }

    FixedClock clock{kNow.addDays(-30)};
    TestDatabase hallDb{storage::Engine::PostgreSql};
    TestDatabase replicaDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> hall;
    std::unique_ptr<storage::Database> replica;
};

TEST_F(StaffPull, CopiesExactlyTheBranchLoginsOfTheWindow)
{
    auto copied = sync::pullStaffVerifiers(*hall, *replica, kBranch, kNow, 14);
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    EXPECT_EQ(copied.value(), 2);
    EXPECT_EQ(replicaStaff(), (QStringList{QStringLiteral("kita1"), QStringLiteral("kita2")}));
    EXPECT_EQ(hashOf(*replica, QStringLiteral("kita1")), hashOf(*hall, QStringLiteral("kita1")));
    EXPECT_TRUE(hashOf(*replica, QStringLiteral("kita1")).startsWith(QStringLiteral("$argon2id$")));

    // Offline: the copied verifier lets the clerk in at the replica, a
    // wrong password does not, and an account not copied is unknown.
    FixedClock later(kNow.addSecs(600));
    auto session = security::login(
        *replica, QStringLiteral("kita1"), kPassword, QStringLiteral("K01-1"), later);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    EXPECT_EQ(session->role, Role::Clerk);
    EXPECT_FALSE(security::login(
        *replica, QStringLiteral("kita2"), QByteArray("wrong-password-123456"), {}, later));
    EXPECT_FALSE(security::login(*replica, QStringLiteral("honcho1"), kPassword, {}, later));
}

TEST_F(StaffPull, DisabledAtTheHallAndStaleAccountsFollow)
{
    ASSERT_TRUE(sync::pullStaffVerifiers(*hall, *replica, kBranch, kNow, 14));
    ASSERT_EQ(replicaStaff().size(), 2);
    security::StaffDirectory staff(*hall, clock);
    ASSERT_TRUE(staff.disable(QStringLiteral("kita2")).ok());
    // A week later kita1's login is still in the window, kita2's is not;
    // kita2 logs in again (refused: disabled) — only a successful login counts.
    const QDateTime weekLater = kNow.addDays(7);
    FixedClock when(weekLater.addSecs(-60));
    EXPECT_FALSE(security::loginAt(
        *hall, QStringLiteral("kita2"), kPassword, QStringLiteral("T-1"), kBranch, when));
    auto copied = sync::pullStaffVerifiers(*hall, *replica, kBranch, weekLater, 14);
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    EXPECT_EQ(copied.value(), 1);
    EXPECT_EQ(replicaStaff(), QStringList{QStringLiteral("kita1")});

    // Within the window a disabled account is copied as disabled: refused.
    ASSERT_TRUE(sync::pullStaffVerifiers(*hall, *replica, kBranch, kNow, 14));
    auto refused = security::login(*replica, QStringLiteral("kita2"), kPassword, {}, when);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("disabled")));
}

TEST_F(StaffPull, RefusesAMissingOfficeAndKeepsTheReplicaWhenTheHallFails)
{
    ASSERT_TRUE(sync::pullStaffVerifiers(*hall, *replica, kBranch, kNow, 14));
    auto noOffice = sync::pullStaffVerifiers(*hall, *replica, QStringLiteral(" "), kNow, 14);
    ASSERT_FALSE(noOffice);
    EXPECT_TRUE(noOffice.error().message.contains(QStringLiteral("office")));
    // The hall's connection is gone: an error, and the replica's accounts stay.
    hall->sql().close();
    auto dead = sync::pullStaffVerifiers(*hall, *replica, kBranch, kNow, 14);
    ASSERT_FALSE(dead);
    EXPECT_TRUE(dead.error().message.contains(kBranch)) << dead.error().message.toStdString();
    EXPECT_EQ(replicaStaff().size(), 2);
}

} // namespace
} // namespace madoguchi
