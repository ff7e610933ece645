// Secrets through the real OS keychain (gnome-keyring in scripts/test's
// private D-Bus session) and the real madoguchi-cli binary; and a PostgreSQL
// role that needs a password (scripts/lib/postgres.sh: members of
// madoguchi_password_required authenticate with scram-sha-256), whose
// password comes from the keychain. Never skipped: without a keyring or a
// server these tests fail and say why.
#include "storage/database.h"
#include "storage/keychainsecretstore.h"
#include "storage/requiredsecret.h"
#include "storage/sqlerror.h"
#include "support/clirunner.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>
#include <gtest/gtest.h>
#include <thread>

using namespace madoguchi;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;
using madoguchi::testing::TestDatabase;

namespace {

QString uniqueId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

CliRun secret(const QString& action, const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(QStringList{QStringLiteral("secret"), action} + arguments, input);
}

// The store madoguchi-cli uses.
storage::KeychainSecretStore& cliKeychain()
{
    static storage::KeychainSecretStore store;
    return store;
}

} // namespace

TEST(SecretCli, SetCheckDeleteRoundTripThroughTheKeyring)
{
    const QString system = QStringLiteral("test-") + uniqueId();
    const QString name = QStringLiteral("backend/%1/token").arg(system);

    CliRun run = secret(QStringLiteral("set"), {name}, "t0ken-value\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(name)) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("t0ken-value")));
    EXPECT_FALSE(run.err.contains(QStringLiteral("t0ken-value")));

    // The line end is not part of the secret.
    auto token = storage::readBackendToken(cliKeychain(), system);
    ASSERT_TRUE(token.ok()) << token.error().message.toStdString();
    EXPECT_EQ(token.value(), QByteArray("t0ken-value"));

    run = secret(QStringLiteral("check"), {name, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("t0ken-value")));
    const QJsonObject checked = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(checked.value(QStringLiteral("name")).toString(), name);
    EXPECT_TRUE(checked.value(QStringLiteral("set")).toBool());

    // Setting again replaces the value (a rotation).
    run = secret(QStringLiteral("set"), {name}, "rotated\r\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(storage::readBackendToken(cliKeychain(), system).value(), QByteArray("rotated"));

    run = secret(QStringLiteral("delete"), {name});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = secret(QStringLiteral("check"), {name});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("secret set ") + name)) << run.err.toStdString();

    token = storage::readBackendToken(cliKeychain(), system);
    ASSERT_FALSE(token.ok());
    EXPECT_TRUE(token.error().message.contains(QStringLiteral("'madoguchi-cli secret set ") + name))
        << token.error().message.toStdString();

    // Deleting what is not there succeeds.
    run = secret(QStringLiteral("delete"), {name});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST(SecretCli, BadNamesAndArgumentsAreUsageErrors)
{
    CliRun run = secret(QStringLiteral("set"), {}, "x\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("NAME is missing"))) << run.err.toStdString();

    run = secret(QStringLiteral("set"), {QStringLiteral("backend/tax/token"), QStringLiteral("s3cret")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("never taken from arguments")))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("s3cret")));

    run = secret(QStringLiteral("check"), {QStringLiteral("tax-token")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'tax-token' is of no kind"))) << run.err.toStdString();

    run = secret(QStringLiteral("delete"), {QStringLiteral("backend/tax\x01/token")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("control character"))) << run.err.toStdString();

    run = secret(QStringLiteral("set"),
        {QStringLiteral("backend/") + QString(300, QLatin1Char('x')) + QStringLiteral("/token")},
        "x\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("at most 256"))) << run.err.toStdString();
}

TEST(SecretCli, AnEmptyValueIsRefused)
{
    const QString name = QStringLiteral("backend/test-%1/token").arg(uniqueId());
    for (const QByteArray& input : {QByteArray(), QByteArray("\n")}) {
        const CliRun run = secret(QStringLiteral("set"), {name}, input);
        EXPECT_EQ(run.exitCode, 1) << input.toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
    auto read = cliKeychain().read(name);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_FALSE(read.value().has_value());
}

// A login role in madoguchi_password_required (scram-sha-256 on the test
// server) that owns a fresh database; dropped after the database.
class PasswordRole : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(database.error().isEmpty()) << database.error().toStdString();
        ASSERT_TRUE(admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' "
                                         "IN ROLE madoguchi_password_required")
                              .arg(role, password)));
        roleCreated = true;
        QUrl url(database.location());
        ASSERT_TRUE(admin(QStringLiteral("ALTER DATABASE %1 OWNER TO %2")
                              .arg(url.path().mid(1), role)));
        url.setUserName(role);
        location = url.toString();
        secretName = QStringLiteral("postgresql/%1@%2:%3%4")
                         .arg(role, url.host())
                         .arg(url.port())
                         .arg(url.path());
    }

    void TearDown() override
    {
        if (!secretName.isEmpty()) {
            EXPECT_TRUE(cliKeychain().remove(secretName).ok());
        }
    }

    ~PasswordRole() override
    {
        dropDatabase.reset(); // the role owns it
        if (roleCreated)
            admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    // DDL on the server as its superuser (DDL takes no parameters; the names
    // and the password are generated here).
    bool admin(const QString& statement)
    {
        auto db = storage::Database::open(
            qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"), {.create = false, .migrate = false});
        if (!db) {
            ADD_FAILURE() << db.error().message.toStdString();
            return false;
        }
        auto done = storage::exec(db.value()->sql(), statement);
        if (!done) {
            ADD_FAILURE() << done.error().message.toStdString();
            return false;
        }
        return true;
    }

    CliRun db(const QString& action, const QString& at)
    {
        return runCli({QStringLiteral("db"), action, QStringLiteral("--db"), at});
    }

    const QString role = QStringLiteral("madoguchi_pw_") + uniqueId().toLower();
    const QString password = QStringLiteral("pw-") + uniqueId();
    bool roleCreated = false;
    std::unique_ptr<TestDatabase> dropDatabase = std::make_unique<TestDatabase>(
        storage::Engine::PostgreSql);
    TestDatabase& database = *dropDatabase;
    QString location;
    QString secretName;
};

TEST_F(PasswordRole, WithoutTheSecretTheErrorNamesIt)
{
    const CliRun run = db(QStringLiteral("info"), location);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'madoguchi-cli secret set ") + secretName + QLatin1Char('\'')))
        << run.err.toStdString();
}

TEST_F(PasswordRole, TheCliConnectsWithTheKeychainSecret)
{
    CliRun run = secret(QStringLiteral("set"), {secretName}, password.toUtf8() + '\n');
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    run = db(QStringLiteral("migrate"), location);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = db(QStringLiteral("info"), location);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Engine:          postgresql"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(password));
    EXPECT_FALSE(run.err.contains(password));

    // In process too: Database::open reads the OS keychain by default.
    auto opened = storage::Database::open(location, {.create = false, .migrate = false});
    EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
}

// QtKeychain jobs finish through the main thread's event loop: a worker
// thread never starts one (it would hang while the main thread waits), but
// uses the secret the main thread read (databasesecretstore.h).
TEST_F(PasswordRole, WorkerThreadsUseTheSecretTheMainThreadRead)
{
    ASSERT_EQ(secret(QStringLiteral("set"), {secretName}, password.toUtf8() + '\n').exitCode, 0);
    const storage::OpenOptions options{.create = false, .migrate = false};
    {
        auto opened = storage::Database::open(location, options);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    }
    QString error;
    std::thread worker([&] {
        auto opened = storage::Database::open(location, options);
        if (!opened)
            error = opened.error().message;
    });
    worker.join();
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

// docs/security.md, "Rotating secrets": the server's password changes first;
// until the keychain follows, the error says which secret to update.
TEST_F(PasswordRole, RotationTellsWhichSecretIsOutOfDate)
{
    ASSERT_EQ(secret(QStringLiteral("set"), {secretName}, password.toUtf8() + '\n').exitCode, 0);
    const QString rotated = QStringLiteral("rotated-") + uniqueId();
    ASSERT_TRUE(admin(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, rotated)));

    CliRun run = db(QStringLiteral("info"), location);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("came from the keychain secret '") + secretName))
        << run.err.toStdString();

    ASSERT_EQ(secret(QStringLiteral("set"), {secretName}, rotated.toUtf8() + '\n').exitCode, 0);
    run = db(QStringLiteral("info"), location);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

// Discouraged (docs/security.md) but still accepted.
TEST_F(PasswordRole, APasswordInTheUrlStillWorks)
{
    QUrl url(location);
    url.setPassword(password);
    const CliRun run = db(QStringLiteral("info"), url.toString());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(password));
}
