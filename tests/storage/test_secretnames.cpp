// Secret names (secretnames.h) and required secrets (requiredsecret.h), with
// a fake store: no keyring is needed here.
#include "fakesecretstore.h"
#include "storage/requiredsecret.h"
#include "storage/secretnames.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace madoguchi;
using namespace madoguchi::storage;
using madoguchi::testing::FakeSecretStore;

namespace {

DatabaseLocation postgres(const QString& url)
{
    Result<DatabaseLocation> parsed = parseDatabaseLocation(url);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    return parsed.ok() ? parsed.value() : DatabaseLocation{};
}

std::string errorOf(const Status& status)
{
    return status.ok() ? std::string("<ok>") : status.error().message.toStdString();
}

} // namespace

TEST(SecretNames, PostgresPasswordNameWritesUserHostPortAndDatabase)
{
    auto name = postgresPasswordSecretName(
        postgres(QStringLiteral("postgresql://counter@db.city.local/madoguchi")));
    ASSERT_TRUE(name.ok()) << name.error().message.toStdString();
    EXPECT_EQ(name.value(), QStringLiteral("postgresql/counter@db.city.local:5432/madoguchi"));

    name = postgresPasswordSecretName(
        postgres(QStringLiteral("postgresql://counter@127.0.0.1:55460/town?sslmode=require")));
    ASSERT_TRUE(name.ok());
    EXPECT_EQ(name.value(), QStringLiteral("postgresql/counter@127.0.0.1:55460/town"));

    name = postgresPasswordSecretName(postgres(QStringLiteral("postgresql://counter@[::1]:6000/town")));
    ASSERT_TRUE(name.ok());
    EXPECT_EQ(name.value(), QStringLiteral("postgresql/counter@[::1]:6000/town"));
    EXPECT_TRUE(checkSecretName(name.value()).ok()) << errorOf(checkSecretName(name.value()));
}

TEST(SecretNames, PostgresPasswordNameNeedsAUserAndPostgres)
{
    auto name = postgresPasswordSecretName(postgres(QStringLiteral("postgresql://db.city.local/town")));
    ASSERT_FALSE(name.ok());
    EXPECT_TRUE(name.error().message.contains(QStringLiteral("names no user")));

    DatabaseLocation sqlite;
    sqlite.sqlitePath = QStringLiteral("/tmp/town.sqlite");
    EXPECT_FALSE(postgresPasswordSecretName(sqlite).ok());
}

TEST(SecretNames, BackendTokenName)
{
    auto name = backendTokenSecretName(QStringLiteral("juki-net_2"));
    ASSERT_TRUE(name.ok());
    EXPECT_EQ(name.value(), QStringLiteral("backend/juki-net_2/token"));
    EXPECT_TRUE(checkSecretName(name.value()).ok());

    for (const QString& bad : {QString(), QStringLiteral("a/b"), QStringLiteral(".."),
             QStringLiteral("tax system"), QStringLiteral("税務")}) {
        auto refused = backendTokenSecretName(bad);
        EXPECT_FALSE(refused.ok()) << bad.toStdString();
        if (!refused.ok()) {
            EXPECT_TRUE(refused.error().message.contains(QStringLiteral("system id")))
                << refused.error().message.toStdString();
        }
    }
}

TEST(SecretNames, CheckAcceptsBothKinds)
{
    EXPECT_TRUE(checkSecretName(QStringLiteral("postgresql/u@h:1/d")).ok());
    EXPECT_TRUE(checkSecretName(QStringLiteral("postgresql/住民@h.example:65535/窓口")).ok());
    EXPECT_TRUE(checkSecretName(QStringLiteral("backend/tax/token")).ok());
}

TEST(SecretNames, CheckRejectsWithAPreciseReason)
{
    const auto reason = [](const QString& name) {
        Status status = checkSecretName(name);
        EXPECT_FALSE(status.ok()) << name.toStdString();
        return status.ok() ? QString() : status.error().message;
    };
    EXPECT_TRUE(reason(QString()).contains(QStringLiteral("is empty")));
    EXPECT_TRUE(reason(QStringLiteral("backend/") + QString(300, QLatin1Char('a'))
                    + QStringLiteral("/token"))
                    .contains(QStringLiteral("at most 256")));
    const QString withNewline = reason(QStringLiteral("backend/tax\n/token"));
    EXPECT_TRUE(withNewline.contains(QStringLiteral("control character (U+000a) at position 12")))
        << withNewline.toStdString();
    EXPECT_FALSE(withNewline.contains(QLatin1Char('\n')));
    EXPECT_TRUE(reason(QStringLiteral("backend/tax/token\t")).contains(QStringLiteral("control")));
    EXPECT_TRUE(reason(QStringLiteral(" backend/tax/token")).contains(QStringLiteral("white space")));
    EXPECT_TRUE(reason(QStringLiteral("postgres/u@h:1/d")).contains(QStringLiteral("of no kind")));
    EXPECT_TRUE(reason(QStringLiteral("postgresql/u@h/d")).contains(QStringLiteral("USER@HOST:PORT")));
    EXPECT_TRUE(reason(QStringLiteral("postgresql/u@h:0/d")).contains(QStringLiteral("65535")));
    EXPECT_TRUE(reason(QStringLiteral("postgresql/u@h:70000/d")).contains(QStringLiteral("65535")));
    EXPECT_TRUE(reason(QStringLiteral("postgresql/h:5432/d")).contains(QStringLiteral("USER@HOST")));
    EXPECT_TRUE(reason(QStringLiteral("backend/tax/key")).contains(QStringLiteral("SYSTEM_ID/token")));
    EXPECT_TRUE(reason(QStringLiteral("backend/a/b/token")).contains(QStringLiteral("SYSTEM_ID")));
}

TEST(RequiredSecret, PresentSecretIsReturned)
{
    FakeSecretStore store;
    store.secrets.insert(QStringLiteral("backend/tax/token"), QByteArray("t0ken"));
    auto token = readBackendToken(store, QStringLiteral("tax"));
    ASSERT_TRUE(token.ok()) << token.error().message.toStdString();
    EXPECT_EQ(token.value(), QByteArray("t0ken"));
    EXPECT_EQ(store.reads, QStringList{QStringLiteral("backend/tax/token")});
}

TEST(RequiredSecret, MissingSecretNamesItAndHowToSetIt)
{
    FakeSecretStore store;
    auto token = readBackendToken(store, QStringLiteral("tax"));
    ASSERT_FALSE(token.ok());
    EXPECT_TRUE(token.error().message.contains(
        QStringLiteral("'madoguchi-cli secret set backend/tax/token'")))
        << token.error().message.toStdString();

    store.secrets.insert(QStringLiteral("backend/tax/token"), QByteArray());
    EXPECT_FALSE(readBackendToken(store, QStringLiteral("tax")).ok()) << "empty counts as missing";
}

TEST(RequiredSecret, UnreachableKeyringIsTheStoresError)
{
    FakeSecretStore store;
    store.unreachable = true;
    auto secret = readRequiredSecret(store, QStringLiteral("backend/tax/token"));
    ASSERT_FALSE(secret.ok());
    EXPECT_EQ(secret.error().message, QStringLiteral("fake keyring unreachable"));
}

TEST(RequiredSecret, BadSystemIdIsRefusedBeforeTheStore)
{
    FakeSecretStore store;
    EXPECT_FALSE(readBackendToken(store, QStringLiteral("a/b")).ok());
    EXPECT_TRUE(store.reads.isEmpty());
}
