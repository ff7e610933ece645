// Staff accounts (docs/security.md): argon2id hashing, the staff directory
// and login with its lock-out, on both engines.
#include "common/clock.h"
#include "security/login.h"
#include "security/passwordhash.h"
#include "security/staffdirectory.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace madoguchi;
using namespace madoguchi::security;
using madoguchi::testing::TestDatabase;

namespace {

const QByteArray kPassword = QByteArrayLiteral("correct horse");

QDateTime nineAm()
{
    return QDateTime(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());
}

} // namespace

TEST(PasswordHash, RoundTripsWithArgon2id)
{
    auto hash = hashPassword(kPassword);
    ASSERT_TRUE(hash) << hash.error().message.toStdString();
    EXPECT_TRUE(hash.value().startsWith(QStringLiteral("$argon2id$")))
        << hash.value().toStdString();
    EXPECT_TRUE(verifyPassword(hash.value(), kPassword));
    EXPECT_FALSE(verifyPassword(hash.value(), QByteArrayLiteral("correct horsE")));
    EXPECT_FALSE(verifyPassword(hash.value(), QByteArray()));
    // A fresh salt each time.
    auto again = hashPassword(kPassword);
    ASSERT_TRUE(again);
    EXPECT_NE(hash.value(), again.value());
}

TEST(PasswordHash, MalformedHashesNeverMatch)
{
    EXPECT_FALSE(verifyPassword(QString(), kPassword));
    EXPECT_FALSE(verifyPassword(QStringLiteral("$argon2id$nonsense"), kPassword));
    EXPECT_FALSE(verifyPassword(unmatchableHash(), kPassword));
}

TEST(PasswordHash, PolicyRefusesEmptyAndShortPasswords)
{
    EXPECT_FALSE(checkPasswordPolicy(QByteArray()));
    EXPECT_FALSE(checkPasswordPolicy(QByteArrayLiteral("1234567")));
    EXPECT_TRUE(checkPasswordPolicy(QByteArrayLiteral("12345678")));
    // Characters, not bytes: seven kanji are 21 bytes but too short.
    EXPECT_FALSE(checkPasswordPolicy(QStringLiteral("窓口窓口窓口窓").toUtf8()));
    EXPECT_TRUE(checkPasswordPolicy(QStringLiteral("窓口窓口窓口窓口").toUtf8()));
}

TEST(PasswordHash, WipeZeroesAndEmpties)
{
    QByteArray secret = QByteArrayLiteral("secret secret");
    wipePassword(secret);
    EXPECT_TRUE(secret.isEmpty());
}

TEST(Roles, NamesRoundTrip)
{
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Admin, Role::Auditor})
        EXPECT_EQ(roleFromName(roleName(role)), role);
    EXPECT_FALSE(roleFromName(QStringLiteral("root")));
    EXPECT_FALSE(roleFromName(QStringLiteral("Clerk")));
}

class Staff : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
    }

    QString storedHash(const QString& id)
    {
        QSqlQuery query(db->sql());
        EXPECT_TRUE(query.prepare(QStringLiteral("SELECT password_hash FROM staff WHERE id = ?")));
        query.addBindValue(id);
        EXPECT_TRUE(query.exec() && query.next());
        return query.value(0).toString();
    }

    StaffAccount account(const QString& id)
    {
        auto accounts = StaffDirectory(*db, clock).list();
        EXPECT_TRUE(accounts);
        for (const StaffAccount& a : accounts.value())
            if (a.id == id)
                return a;
        ADD_FAILURE() << "no account " << id.toStdString();
        return {};
    }

    Result<Session> tryLogin(const QString& id, const QByteArray& password)
    {
        return login(*db, id, password, QStringLiteral("T-07"), clock, policy);
    }

    TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{nineAm()};
    LoginPolicy policy;
};

TEST_P(Staff, AddStoresAnArgon2idHashAndListsTheAccount)
{
    StaffDirectory directory(*db, clock);
    ASSERT_TRUE(directory.add(
        QStringLiteral("k.tanaka"), Role::Supervisor, QStringLiteral("本庁"), kPassword));
    const QString hash = storedHash(QStringLiteral("k.tanaka"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(QString::fromUtf8(kPassword)));
    EXPECT_TRUE(verifyPassword(hash, kPassword));

    auto accounts = directory.list();
    ASSERT_TRUE(accounts);
    ASSERT_EQ(accounts->size(), 1);
    const StaffAccount& a = accounts->constFirst();
    EXPECT_EQ(a.id, QStringLiteral("k.tanaka"));
    EXPECT_EQ(a.role, Role::Supervisor);
    EXPECT_EQ(a.office, QStringLiteral("本庁"));
    EXPECT_FALSE(a.disabled);
    EXPECT_EQ(a.failedLogins, 0);
    EXPECT_FALSE(a.lockedUntil.isValid());
    EXPECT_EQ(a.createdAt, nineAm());
    EXPECT_EQ(a.updatedAt, nineAm());
    EXPECT_EQ(a.version, 1);
}

TEST_P(Staff, DuplicateIdIsRefusedByName)
{
    StaffDirectory directory(*db, clock);
    ASSERT_TRUE(directory.add(QStringLiteral("s001"), Role::Clerk, {}, kPassword));
    const Status again = directory.add(QStringLiteral("s001"), Role::Admin, {}, kPassword);
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("'s001' already exists")))
        << again.error().message.toStdString();
    EXPECT_EQ(account(QStringLiteral("s001")).role, Role::Clerk);
}

TEST_P(Staff, ShortOrEmptyPasswordsAndEmptyIdsAreRefused)
{
    StaffDirectory directory(*db, clock);
    const Status shortOne = directory.add(QStringLiteral("s002"), Role::Clerk, {}, "short");
    ASSERT_FALSE(shortOne);
    EXPECT_TRUE(shortOne.error().message.contains(QStringLiteral("s002")));
    EXPECT_FALSE(directory.add(QStringLiteral("s002"), Role::Clerk, {}, QByteArray()));
    EXPECT_FALSE(directory.add(QString(), Role::Clerk, {}, kPassword));
    auto accounts = directory.list();
    ASSERT_TRUE(accounts);
    EXPECT_TRUE(accounts->isEmpty());
}

TEST_P(Staff, TheSchemaRefusesAnUnknownRole)
{
    QSqlQuery query(db->sql());
    ASSERT_TRUE(query.prepare(QStringLiteral(
        "INSERT INTO staff (id, role, office, password_hash, created_at, updated_at) "
        "VALUES (?, ?, '', 'x', 'now', 'now')")));
    query.addBindValue(QStringLiteral("s003"));
    query.addBindValue(QStringLiteral("root"));
    EXPECT_FALSE(query.exec());
}

TEST_P(Staff, SqlMetacharactersAreStoredVerbatim)
{
    StaffDirectory directory(*db, clock);
    const QString id = QStringLiteral("o'brien\"; DROP TABLE staff; --%_\\");
    const QString office = QStringLiteral("'); DELETE FROM staff WHERE ('1'='1");
    ASSERT_TRUE(directory.add(id, Role::Auditor, office, kPassword));
    ASSERT_TRUE(directory.add(QStringLiteral("plain"), Role::Clerk, office, kPassword));
    const StaffAccount a = account(id);
    EXPECT_EQ(a.id, id);
    EXPECT_EQ(a.office, office);
    auto session = tryLogin(id, kPassword);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    EXPECT_EQ(session->staffId, id);
    EXPECT_EQ(session->office, office);
    ASSERT_TRUE(directory.unlock(id));
    ASSERT_TRUE(directory.disable(id));
    EXPECT_TRUE(account(id).disabled);
    EXPECT_FALSE(account(QStringLiteral("plain")).disabled);
    auto accounts = directory.list();
    ASSERT_TRUE(accounts);
    EXPECT_EQ(accounts->size(), 2);
}

TEST_P(Staff, LoginGivesASessionWithOfficeAndTerminal)
{
    ASSERT_TRUE(
        StaffDirectory(*db, clock)
            .add(QStringLiteral("k.tanaka"), Role::Clerk, QStringLiteral("北支所"), kPassword));
    auto session = tryLogin(QStringLiteral("k.tanaka"), kPassword);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    EXPECT_EQ(session->staffId, QStringLiteral("k.tanaka"));
    EXPECT_EQ(session->role, Role::Clerk);
    EXPECT_EQ(session->office, QStringLiteral("北支所"));
    EXPECT_EQ(session->terminal, QStringLiteral("T-07"));
    EXPECT_EQ(session->loggedInAt, nineAm());
}

// A branch's desk names its own office (the setting session/office): the
// session and the login's audit entry carry it, not the account's.
TEST_P(Staff, ADeskWithAnOfficeNamesItInTheSessionAndTheAudit)
{
    ASSERT_TRUE(
        StaffDirectory(*db, clock)
            .add(QStringLiteral("k.tanaka"), Role::Clerk, QStringLiteral("本庁"), kPassword));
    auto session = loginAt(*db, QStringLiteral("k.tanaka"), kPassword, QStringLiteral("T-07"),
        QStringLiteral(" 北支所 "), clock, policy);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    EXPECT_EQ(session->office, QStringLiteral("北支所"));
    QSqlQuery q(db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT office FROM audit_log WHERE action = 'login' ORDER BY seq DESC LIMIT 1")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("北支所"));
    // No office set: the account's.
    auto plain = loginAt(*db, QStringLiteral("k.tanaka"), kPassword, QStringLiteral("T-07"),
        QString(), clock, policy);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->office, QStringLiteral("本庁"));
}

TEST_P(Staff, WrongPasswordAndUnknownIdGiveTheSameMessage)
{
    ASSERT_TRUE(
        StaffDirectory(*db, clock).add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    auto wrongPassword = tryLogin(QStringLiteral("k.tanaka"), "wrong password");
    auto unknownId = tryLogin(QStringLiteral("nobody"), kPassword);
    ASSERT_FALSE(wrongPassword);
    ASSERT_FALSE(unknownId);
    EXPECT_EQ(wrongPassword.error().message, unknownId.error().message);
    EXPECT_FALSE(wrongPassword.error().message.contains(QStringLiteral("k.tanaka")));
    EXPECT_EQ(account(QStringLiteral("k.tanaka")).failedLogins, 1);
}

TEST_P(Staff, FiveFailuresLockUntilTheTimePasses)
{
    ASSERT_TRUE(
        StaffDirectory(*db, clock).add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    EXPECT_FALSE(account(QStringLiteral("k.tanaka")).lockedUntil.isValid());
    ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    EXPECT_EQ(account(QStringLiteral("k.tanaka")).lockedUntil, nineAm().addSecs(15 * 60));

    // Locked: even the right password is refused, and says why.
    auto locked = tryLogin(QStringLiteral("k.tanaka"), kPassword);
    ASSERT_FALSE(locked);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked")))
        << locked.error().message.toStdString();
    clock.set(nineAm().addSecs(15 * 60 - 1));
    EXPECT_FALSE(tryLogin(QStringLiteral("k.tanaka"), kPassword));

    clock.set(nineAm().addSecs(15 * 60));
    auto session = tryLogin(QStringLiteral("k.tanaka"), kPassword);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    const StaffAccount after = account(QStringLiteral("k.tanaka"));
    EXPECT_EQ(after.failedLogins, 0);
    EXPECT_FALSE(after.lockedUntil.isValid());
}

TEST_P(Staff, AfterALockPassesTheCountStartsAfresh)
{
    ASSERT_TRUE(
        StaffDirectory(*db, clock).add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    clock.set(nineAm().addSecs(3600));
    ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    EXPECT_FALSE(account(QStringLiteral("k.tanaka")).lockedUntil.isValid());
    EXPECT_EQ(account(QStringLiteral("k.tanaka")).failedLogins, 1);
    EXPECT_TRUE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
}

TEST_P(Staff, SuccessResetsTheCount)
{
    ASSERT_TRUE(
        StaffDirectory(*db, clock).add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    ASSERT_TRUE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
    EXPECT_EQ(account(QStringLiteral("k.tanaka")).failedLogins, 0);
    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    EXPECT_TRUE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
}

TEST_P(Staff, TheLimitAndThePeriodAreConfigurable)
{
    policy.maxFailedLogins = 2;
    policy.lockout = std::chrono::minutes(1);
    ASSERT_TRUE(
        StaffDirectory(*db, clock).add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    EXPECT_EQ(account(QStringLiteral("k.tanaka")).lockedUntil, nineAm().addSecs(60));
    EXPECT_FALSE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
    clock.set(nineAm().addSecs(60));
    EXPECT_TRUE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
}

TEST_P(Staff, UnlockClearsALockAtOnce)
{
    StaffDirectory directory(*db, clock);
    ASSERT_TRUE(directory.add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
    ASSERT_TRUE(directory.unlock(QStringLiteral("k.tanaka")));
    EXPECT_EQ(account(QStringLiteral("k.tanaka")).version, 2);
    EXPECT_TRUE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
}

TEST_P(Staff, DisabledAccountsAreRefused)
{
    StaffDirectory directory(*db, clock);
    ASSERT_TRUE(directory.add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    ASSERT_TRUE(directory.disable(QStringLiteral("k.tanaka")));
    auto refused = tryLogin(QStringLiteral("k.tanaka"), kPassword);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("disabled")))
        << refused.error().message.toStdString();
    // With a wrong password it says no more than for anyone else.
    auto wrong = tryLogin(QStringLiteral("k.tanaka"), "wrong password");
    auto unknown = tryLogin(QStringLiteral("nobody"), "wrong password");
    ASSERT_FALSE(wrong);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_P(Staff, SetPasswordReplacesTheHash)
{
    StaffDirectory directory(*db, clock);
    ASSERT_TRUE(directory.add(QStringLiteral("k.tanaka"), Role::Clerk, {}, kPassword));
    clock.set(nineAm().addSecs(60));
    ASSERT_TRUE(directory.setPassword(QStringLiteral("k.tanaka"), "another password"));
    EXPECT_FALSE(tryLogin(QStringLiteral("k.tanaka"), kPassword));
    EXPECT_TRUE(tryLogin(QStringLiteral("k.tanaka"), "another password"));
    const StaffAccount a = account(QStringLiteral("k.tanaka"));
    EXPECT_EQ(a.version, 2);
    EXPECT_EQ(a.updatedAt, nineAm().addSecs(60));
    EXPECT_EQ(a.createdAt, nineAm());
}

TEST_P(Staff, ChangesToAnUnknownIdNameIt)
{
    StaffDirectory directory(*db, clock);
    for (const Status& status : {directory.setPassword(QStringLiteral("ghost"), kPassword),
             directory.disable(QStringLiteral("ghost")),
             directory.unlock(QStringLiteral("ghost"))}) {
        ASSERT_FALSE(status);
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("'ghost'")))
            << status.error().message.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Engines, Staff, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());
