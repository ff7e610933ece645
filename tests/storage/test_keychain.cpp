// The secret store against the real OS keychain: gnome-keyring over D-Bus,
// which scripts/test starts in a private session. Without a keyring these
// tests fail with the store's own explanation — they are never skipped.
#include "storage/keychainsecretstore.h"
#include "support/qtprinters.h"

#include <QUuid>
#include <gtest/gtest.h>

using namespace madoguchi::storage;

namespace {

QString uniqueKey()
{
    return QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST(KeychainSecretStore, WriteReadDeleteRoundTrip)
{
    KeychainSecretStore store(QStringLiteral("madoguchi-test"));
    const QString key = uniqueKey();
    const QByteArray secret("p@ss\xe7\xaa\x93\x00\x01 word", 14);

    auto written = store.write(key, secret);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();

    auto read = store.read(key);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_TRUE(read.value().has_value());
    EXPECT_EQ(*read.value(), secret);

    ASSERT_TRUE(store.write(key, QByteArray("replaced")).ok());
    EXPECT_EQ(store.read(key).value().value_or(QByteArray()), QByteArray("replaced"));

    auto removed = store.remove(key);
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    auto after = store.read(key);
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after.value().has_value());
}

TEST(KeychainSecretStore, AbsentKeyIsNoValueNotAnError)
{
    KeychainSecretStore store(QStringLiteral("madoguchi-test"));
    auto read = store.read(uniqueKey());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_FALSE(read.value().has_value());
    EXPECT_TRUE(store.remove(uniqueKey()).ok());
}

TEST(KeychainSecretStore, ServicesAreSeparate)
{
    KeychainSecretStore a(QStringLiteral("madoguchi-test-a"));
    KeychainSecretStore b(QStringLiteral("madoguchi-test-b"));
    const QString key = uniqueKey();
    ASSERT_TRUE(a.write(key, QByteArray("for a")).ok());
    auto fromB = b.read(key);
    ASSERT_TRUE(fromB.ok());
    EXPECT_FALSE(fromB.value().has_value());
    EXPECT_TRUE(a.remove(key).ok());
}
