// Where a PostgreSQL password comes from (databasepassword.h), with a fake
// store; and that Database::open uses the store it is given.
#include "fakesecretstore.h"
#include "storage/database.h"
#include "storage/databasepassword.h"
#include "storage/secretnames.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace madoguchi;
using namespace madoguchi::storage;
using madoguchi::testing::FakeSecretStore;
using madoguchi::testing::TestDatabase;

namespace {

DatabaseLocation location(const QString& text)
{
    Result<DatabaseLocation> parsed = parseDatabaseLocation(text);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    return parsed.ok() ? parsed.value() : DatabaseLocation{};
}

const QString kName = QStringLiteral("postgresql/counter@db.city.local:5432/town");

} // namespace

TEST(DatabasePassword, KeychainSecretIsUsedWhenTheUrlHasNone)
{
    FakeSecretStore store;
    store.secrets.insert(kName, QByteArray("k3y"));
    const DatabasePassword password = resolveDatabasePassword(
        location(QStringLiteral("postgresql://counter@db.city.local/town")), store);
    EXPECT_EQ(password.source, DatabasePassword::Source::Keychain);
    EXPECT_EQ(password.password, QStringLiteral("k3y"));
    EXPECT_EQ(password.secretName, kName);
    EXPECT_TRUE(passwordHint(password).contains(QStringLiteral("secret set ") + kName));
}

TEST(DatabasePassword, UrlPasswordWinsAndTheStoreIsNotRead)
{
    FakeSecretStore store;
    store.secrets.insert(kName, QByteArray("k3y"));
    const DatabasePassword password = resolveDatabasePassword(
        location(QStringLiteral("postgresql://counter:inline@db.city.local/town")), store);
    EXPECT_EQ(password.source, DatabasePassword::Source::Url);
    EXPECT_EQ(password.password, QStringLiteral("inline"));
    EXPECT_TRUE(store.reads.isEmpty());
    EXPECT_TRUE(passwordHint(password).isEmpty());
}

TEST(DatabasePassword, MissingSecretMeansNoPasswordAndAHintNamingIt)
{
    FakeSecretStore store;
    const DatabasePassword password = resolveDatabasePassword(
        location(QStringLiteral("postgresql://counter@db.city.local/town")), store);
    EXPECT_EQ(password.source, DatabasePassword::Source::None);
    EXPECT_TRUE(password.password.isEmpty());
    EXPECT_EQ(store.reads, QStringList{kName});
    const QString hint = passwordHint(password);
    EXPECT_TRUE(hint.contains(QStringLiteral("'madoguchi-cli secret set ") + kName + QLatin1Char('\'')))
        << hint.toStdString();
}

TEST(DatabasePassword, UnreachableKeyringMeansNoPasswordAndAHintWithTheReason)
{
    FakeSecretStore store;
    store.unreachable = true;
    const DatabasePassword password = resolveDatabasePassword(
        location(QStringLiteral("postgresql://counter@db.city.local/town")), store);
    EXPECT_EQ(password.source, DatabasePassword::Source::None);
    ASSERT_TRUE(password.keychainError.has_value());
    const QString hint = passwordHint(password);
    EXPECT_TRUE(hint.contains(kName)) << hint.toStdString();
    EXPECT_TRUE(hint.contains(QStringLiteral("fake keyring unreachable")));
}

TEST(DatabasePassword, NoUserMeansNoLookup)
{
    FakeSecretStore store;
    const DatabasePassword password
        = resolveDatabasePassword(location(QStringLiteral("postgresql://db.city.local/town")), store);
    EXPECT_EQ(password.source, DatabasePassword::Source::None);
    EXPECT_TRUE(store.reads.isEmpty());
    EXPECT_TRUE(passwordHint(password).isEmpty());
}

TEST(DatabasePassword, SqliteNeverReadsTheStore)
{
    QTemporaryDir dir;
    FakeSecretStore store;
    store.unreachable = true;
    auto db = Database::open(dir.filePath(QStringLiteral("town.sqlite")), {.secrets = &store});
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(store.reads.isEmpty());
}

// The test server trusts its superuser: the secret is looked up under the
// URL's name, and neither its absence nor an unreachable keyring stops the
// connection.
TEST(DatabasePassword, PostgresOpenLooksUpTheUrlsSecretAndTrustStillWorks)
{
    TestDatabase test(Engine::PostgreSql);
    ASSERT_TRUE(test.error().isEmpty()) << test.error().toStdString();
    const QString expected = postgresPasswordSecretName(location(test.location())).value();

    FakeSecretStore store;
    auto db = Database::open(test.location(), {.secrets = &store});
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(store.reads, QStringList{expected});

    FakeSecretStore unreachable;
    unreachable.unreachable = true;
    auto again = Database::open(test.location(), {.secrets = &unreachable});
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
}
