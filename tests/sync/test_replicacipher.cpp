// The branch replica at rest (issue #9 item 4, docs/branch.md "Replica at
// rest"): the cipher, the key in the keychain (a fake store, and once the
// real gnome-keyring that scripts/test starts), sealing, the bytes of the
// file, and the read sites with and without the key.
#include "common/clock.h"
#include "registry/profilefixture.h"
#include "registry/registeraccess.h"
#include "registry/residentprofile.h"
#include "registry/searchindex.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/fakesecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretnames.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"
#include "sync/replicacipher.h"
#include "sync/replicakeys.h"
#include "sync/replicasealing.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <QUuid>
#include <gtest/gtest.h>

namespace madoguchi {
namespace {

using namespace profiletest;
using sync::ReplicaCipher;
using sync::SealedPlace;
namespace column = sync::sealedcolumn;

const QDate kToday(2026, 6, 15);
const QString kKeyName = QStringLiteral("replica/K01/key");
// Values that must not be in a copied replica file.
const QString kCareLevel = QStringLiteral("要介護３");
const QString kParty = QStringLiteral("山田 某（元配偶者）");
const QString kNote = QStringLiteral("DV（配偶者からの暴力）");
const QString kCardExpiry = QStringLiteral("2030-04-01");

ReplicaCipher cipherOf(const QByteArray& key)
{
    Result<ReplicaCipher> cipher = ReplicaCipher::fromKey(key);
    EXPECT_TRUE(cipher) << cipher.error().message.toStdString();
    return cipher.value();
}

TEST(ReplicaCipher, RoundTripsAndNeverSealsTheSameWayTwice)
{
    const ReplicaCipher cipher = cipherOf(ReplicaCipher::generateKey());
    const SealedPlace place{column::MyNumber, 7};
    const QString a = cipher.seal(kMyNumber, place);
    const QString b = cipher.seal(kMyNumber, place);
    EXPECT_TRUE(a.startsWith(QLatin1String(sync::kSealedPrefix)));
    EXPECT_NE(a, b); // random nonces
    EXPECT_FALSE(a.contains(kMyNumber));
    EXPECT_EQ(cipher.open(a, place).value(), kMyNumber);
    EXPECT_EQ(cipher.open(cipher.seal(kParty, place), place).value(), kParty);
}

TEST(ReplicaCipher, RefusesTamperedMovedForeignAndPlainValues)
{
    const ReplicaCipher cipher = cipherOf(ReplicaCipher::generateKey());
    const SealedPlace place{column::KaigoCareLevel, 3};
    const QString sealed = cipher.seal(kCareLevel, place);

    QByteArray box
        = QByteArray::fromBase64(sealed.mid(qsizetype(sizeof sync::kSealedPrefix) - 1).toLatin1());
    box[box.size() - 1] = char(box.at(box.size() - 1) ^ 1);
    const QString tampered
        = QLatin1String(sync::kSealedPrefix) + QString::fromLatin1(box.toBase64());
    EXPECT_FALSE(cipher.open(tampered, place));

    // Another column, another row: the additional data differs.
    EXPECT_FALSE(cipher.open(sealed, {column::JidouTeateSince, 3}));
    EXPECT_FALSE(cipher.open(sealed, {column::KaigoCareLevel, 4}));

    const ReplicaCipher other = cipherOf(ReplicaCipher::generateKey());
    auto foreign = other.open(sealed, place);
    ASSERT_FALSE(foreign);
    EXPECT_TRUE(foreign.error().message.contains(QStringLiteral("another key")));

    auto plain = cipher.open(kCareLevel, place);
    ASSERT_FALSE(plain);
    EXPECT_TRUE(plain.error().message.contains(QStringLiteral("unsealed")));
    EXPECT_FALSE(cipher.open(QStringLiteral("enc:v1:not base64!"), place));
    EXPECT_FALSE(cipher.open(QStringLiteral("enc:v1:"), place));
    EXPECT_FALSE(ReplicaCipher::fromKey(QByteArray(16, 'x')));
}

TEST(ReplicaCipher, BlindIndexIsStablePerKeyAndHidesTheNumber)
{
    const QByteArray key = ReplicaCipher::generateKey();
    const QString index = cipherOf(key).blindIndex(kMyNumber);
    EXPECT_EQ(index, cipherOf(key).blindIndex(kMyNumber));
    EXPECT_EQ(index.size(), 64);
    EXPECT_NE(index, cipherOf(key).blindIndex(QStringLiteral("123456789026")));
    EXPECT_NE(index, cipherOf(ReplicaCipher::generateKey()).blindIndex(kMyNumber));
}

TEST(SecretNames, ReplicaKeyNames)
{
    EXPECT_EQ(storage::replicaKeySecretName(QStringLiteral("K01")).value(), kKeyName);
    EXPECT_TRUE(storage::checkSecretName(kKeyName));
    EXPECT_FALSE(storage::checkSecretName(QStringLiteral("replica/K01/token")));
    EXPECT_FALSE(storage::replicaKeySecretName(QStringLiteral("K/01")));
}

// A branch replica holding the profile fixture, with a care level and a
// child allowance date added.
class SealedReplica : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, kToday);
        run(*db,
            QStringLiteral("UPDATE entitlements SET kaigo = 'certified', kaigo_care_level = ?, "
                           "jidou_teate_since = ? WHERE person_id = 1"),
            {kCareLevel, QStringLiteral("2011-05-01")});
        ASSERT_TRUE(registry::rebuildSearchIndex(*db));
        ASSERT_TRUE(
            sync::storeMeta(db->sql(), QLatin1String(sync::kBranchCodeKey), QStringLiteral("K01")));
        audit = std::make_unique<security::AuditLog>(*db);
    }
    void TearDown() override
    {
        if (db)
            sync::detachReplicaCipher(db->sql());
    }

    // Makes the key, seals the whole replica and attaches the key.
    void seal()
    {
        Result<ReplicaCipher> cipher = sync::ensureReplicaKey(*db, keychain);
        ASSERT_TRUE(cipher) << cipher.error().message.toStdString();
        Result<sync::SealReport> sealed = sync::sealWholeReplica(*db, cipher.value());
        ASSERT_TRUE(sealed) << sealed.error().message.toStdString();
        EXPECT_GT(sealed->values, 8);
        ASSERT_TRUE(sync::attachReplicaCipher(*db, keychain));
    }

    registry::RegisterAccess& clerk()
    {
        access = std::make_unique<security::AccessControl>(
            security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
                QStringLiteral("K01"), QStringLiteral("desk-1"), clock.now()},
            *audit, clock);
        reg = std::make_unique<registry::RegisterAccess>(*db, *access);
        return *reg;
    }

    QVariant stored(const QString& sql)
    {
        auto q = storage::exec(db->sql(), sql);
        EXPECT_TRUE(q && q->next());
        return q ? q->value(0) : QVariant();
    }

    testing::TestDatabase testDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> db;
    testing::FakeSecretStore keychain;
    FixedClock clock{QDateTime(kToday, QTime(10, 0), QTimeZone::systemTimeZone())};
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> access;
    std::unique_ptr<registry::RegisterAccess> reg;
};

TEST_F(SealedReplica, TheKeyIsMadeOnceAndKeptInTheKeychain)
{
    Result<ReplicaCipher> first = sync::ensureReplicaKey(*db, keychain);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_TRUE(keychain.secrets.contains(kKeyName));
    const QByteArray key = keychain.secrets.value(kKeyName);
    EXPECT_EQ(QByteArray::fromBase64(key).size(), sync::kReplicaKeyBytes);
    ASSERT_TRUE(sync::ensureReplicaKey(*db, keychain));
    EXPECT_EQ(keychain.secrets.value(kKeyName), key); // reused, not replaced

    // Lost key on a sealed replica: no new key, a message that says how.
    keychain.secrets.clear();
    auto lost = sync::ensureReplicaKey(*db, keychain);
    ASSERT_FALSE(lost);
    EXPECT_TRUE(lost.error().message.contains(
        QStringLiteral("not in this computer's keychain (secret 'replica/K01/key')")));
    EXPECT_TRUE(keychain.secrets.isEmpty());

    keychain.secrets.insert(kKeyName, ReplicaCipher::generateKey().toBase64());
    auto wrong = sync::loadReplicaCipher(db->sql(), keychain);
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("does not open this replica")));

    keychain.unreachable = true;
    auto unreachable = sync::loadReplicaCipher(db->sql(), keychain);
    ASSERT_FALSE(unreachable);
    EXPECT_TRUE(unreachable.error().message.contains(QStringLiteral("fake keyring unreachable")));
}

TEST_F(SealedReplica, ACopiedFileRevealsNoProtectedValue)
{
    seal();
    // As a thief would read it: every byte of the file and its WAL.
    QByteArray bytes;
    const QFileInfo file(testDb.location());
    for (const QFileInfo& part : file.dir().entryInfoList({file.fileName() + QLatin1Char('*')})) {
        QFile f(part.absoluteFilePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    ASSERT_GT(bytes.size(), 4096);
    EXPECT_TRUE(bytes.contains(QStringLiteral("山田 太郎").toUtf8())); // the scan sees text
    for (const QString& secret : {kMyNumber, kParty, kNote, kCareLevel, kCardExpiry})
        EXPECT_FALSE(bytes.contains(secret.toUtf8())) << secret.toStdString();

    EXPECT_TRUE(stored(QStringLiteral("SELECT my_number FROM persons WHERE id = 1"))
                    .toString()
                    .startsWith(QLatin1String(sync::kSealedPrefix)));
    // What enforcement reads stays plain.
    EXPECT_EQ(stored(QStringLiteral("SELECT level FROM support_measures WHERE person_id = 2 "
                                    "ORDER BY id DESC"))
                  .toString(),
        QStringLiteral("error"));
}

TEST_F(SealedReplica, WithTheKeyTheDeskShowsTheValues)
{
    seal();
    Result<registry::ResidentProfile> head = registry::loadProfile(*db, kHead, clock);
    ASSERT_TRUE(head) << head.error().message.toStdString();
    EXPECT_TRUE(head->protectedWithheldReason.isEmpty());
    ASSERT_TRUE(head->entitlements);
    EXPECT_EQ(head->entitlements->kaigoCareLevel, kCareLevel);
    EXPECT_EQ(head->entitlements->mynumberCardExpiry, kCardExpiry);
    EXPECT_EQ(head->entitlements->insuranceSince, QStringLiteral("2015-04-01"));
    EXPECT_EQ(head->entitlements->jidouTeateSince, QStringLiteral("2011-05-01"));
    EXPECT_EQ(head->person.myNumberMasked, QStringLiteral("************"));

    Result<registry::ResidentProfile> wife = registry::loadProfile(*db, kWife, clock);
    ASSERT_TRUE(wife);
    ASSERT_EQ(wife->supportMeasures.size(), 2);
    EXPECT_EQ(wife->supportMeasures[0].restrictedParty, kParty);
    EXPECT_EQ(wife->supportMeasures[0].note, kNote);
    EXPECT_EQ(wife->supportMeasure, registry::SupportLevel::Error);

    auto shown = clerk().revealMyNumber(kHead, QStringLiteral("国保 資格確認"));
    ASSERT_TRUE(shown) << shown.error().message.toStdString();
    EXPECT_EQ(shown.value(), kMyNumber);
    auto none = clerk().revealMyNumber(kWife, QStringLiteral("国保 資格確認"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());

    auto found = clerk().search(kMyNumber);
    ASSERT_TRUE(found) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->at(0).atenaNo, kHead);
}

TEST_F(SealedReplica, WithoutTheKeyTheValuesAreWithheldWithTheReason)
{
    seal();
    keychain.secrets.clear();
    auto attached = sync::attachReplicaCipher(*db, keychain);
    ASSERT_FALSE(attached);
    const QString reason = attached.error().message;
    EXPECT_TRUE(
        reason.contains(QStringLiteral("the replica's key is not in this computer's keychain")));

    Result<registry::ResidentProfile> head = registry::loadProfile(*db, kHead, clock);
    ASSERT_TRUE(head) << head.error().message.toStdString();
    EXPECT_EQ(head->protectedWithheldReason, reason);
    ASSERT_TRUE(head->entitlements);
    EXPECT_FALSE(head->entitlements->kaigoCareLevel);
    EXPECT_FALSE(head->entitlements->mynumberCardExpiry);
    EXPECT_EQ(head->entitlements->kaigo, QStringLiteral("certified")); // flags stay
    EXPECT_EQ(registry::toJson(head.value())
                  .value(QStringLiteral("protected_withheld_reason"))
                  .toString(),
        reason);

    Result<registry::ResidentProfile> wife = registry::loadProfile(*db, kWife, clock);
    ASSERT_TRUE(wife);
    ASSERT_FALSE(wife->supportMeasures.isEmpty());
    EXPECT_FALSE(wife->supportMeasures[0].restrictedParty);
    EXPECT_FALSE(wife->supportMeasures[0].note);
    // Enforcement still works: the level and period are not sealed.
    EXPECT_EQ(wife->supportMeasure, registry::SupportLevel::Error);

    auto reveal = clerk().revealMyNumber(kHead, QStringLiteral("国保 資格確認"));
    ASSERT_FALSE(reveal);
    EXPECT_EQ(reveal.error().message, reason);
    auto search = clerk().search(kMyNumber);
    ASSERT_FALSE(search);
    EXPECT_EQ(search.error().message, reason);

    // Never attached at all: still withheld, and said so.
    sync::detachReplicaCipher(db->sql());
    Result<registry::ResidentProfile> again = registry::loadProfile(*db, kHead, clock);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->entitlements->kaigoCareLevel);
    EXPECT_TRUE(again->protectedWithheldReason.contains(QStringLiteral("was not read")));
}

TEST_F(SealedReplica, AWrongKeyOrAPlainValueIsRefusedNotShown)
{
    seal();
    // A plain value slipped into the replica (a pull that did not seal).
    run(*db, QStringLiteral("UPDATE entitlements SET kaigo_care_level = ? WHERE person_id = 1"),
        {QStringLiteral("要介護５")});
    Result<registry::ResidentProfile> head = registry::loadProfile(*db, kHead, clock);
    ASSERT_TRUE(head);
    EXPECT_FALSE(head->entitlements->kaigoCareLevel);
    EXPECT_TRUE(head->protectedWithheldReason.contains(QStringLiteral("unsealed")));
    EXPECT_EQ(head->entitlements->mynumberCardExpiry, kCardExpiry);

    // A ciphertext moved to another person's row does not open there.
    const QVariant sealedNumber
        = stored(QStringLiteral("SELECT my_number FROM persons WHERE id = 1"));
    run(*db, QStringLiteral("UPDATE persons SET my_number = NULL WHERE id = ?"), {1});
    run(*db, QStringLiteral("UPDATE persons SET my_number = ? WHERE id = ?"), {sealedNumber, 8});
    auto moved = clerk().revealMyNumber(kLodger, QStringLiteral("確認"));
    EXPECT_FALSE(moved);
    run(*db, QStringLiteral("UPDATE persons SET my_number = NULL WHERE id = ?"), {8});
    run(*db, QStringLiteral("UPDATE persons SET my_number = ? WHERE id = ?"), {sealedNumber, 1});

    // Another key attached: nothing opens.
    sync::attachReplicaCipher(db->sql(), cipherOf(ReplicaCipher::generateKey()));
    auto wrong = clerk().revealMyNumber(kHead, QStringLiteral("確認"));
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("another key")));
}

TEST_F(SealedReplica, RowsSealedInTheCallersTransactionWithTheirIndex)
{
    Result<ReplicaCipher> cipher = sync::ensureReplicaKey(*db, keychain);
    ASSERT_TRUE(cipher);
    sync::attachReplicaCipher(db->sql(), cipher.value());
    {
        storage::Transaction t(db->sql());
        ASSERT_TRUE(t.begun());
        auto sealed = sync::sealReplicaRows(db->sql(), cipher.value(), {1, 2});
        ASSERT_TRUE(sealed) << sealed.error().message.toStdString();
        // persons 1 (number), entitlements 1 (4 values), 2 measures of 2 (2 each).
        EXPECT_EQ(sealed->values, 1 + 4 + 4);
        ASSERT_TRUE(t.commit());
    }
    EXPECT_EQ(stored(QStringLiteral("SELECT my_number_index FROM persons WHERE id = 1")).toString(),
        cipher->blindIndex(kMyNumber));
    // Other persons' values are left for their own batch.
    EXPECT_EQ(stored(QStringLiteral("SELECT restricted_party FROM support_measures WHERE "
                                    "person_id = 3"))
                  .toString(),
        kParty);

    // The hall removed the number: the index goes with it.
    run(*db, QStringLiteral("UPDATE persons SET my_number = NULL WHERE id = ?"), {1});
    ASSERT_TRUE(sync::sealReplicaRows(db->sql(), cipher.value(), {1}));
    EXPECT_TRUE(
        stored(QStringLiteral("SELECT my_number_index FROM persons WHERE id = 1")).isNull());
    auto found = clerk().search(kMyNumber);
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->isEmpty());

    auto range = sync::sealReplicaRange(
        db->sql(), cipher.value(), sync::SealedTable::SupportMeasures, 0, 1'000'000);
    ASSERT_TRUE(range);
    EXPECT_EQ(range->rows, 4); // the other four measures
}

// The real keychain: gnome-keyring in scripts/test's private D-Bus session.
TEST_F(SealedReplica, TheKeyGoesThroughTheRealKeychain)
{
    storage::KeychainSecretStore real(QStringLiteral("madoguchi-test"));
    const QString code = QStringLiteral("T") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    ASSERT_TRUE(sync::storeMeta(db->sql(), QLatin1String(sync::kBranchCodeKey), code));
    Result<ReplicaCipher> made = sync::ensureReplicaKey(*db, real);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    ASSERT_TRUE(sync::sealWholeReplica(*db, made.value()));
    Status attached = sync::attachReplicaCipher(*db, real);
    ASSERT_TRUE(attached) << attached.error().message.toStdString();
    auto shown = clerk().revealMyNumber(kHead, QStringLiteral("確認"));
    ASSERT_TRUE(shown) << shown.error().message.toStdString();
    EXPECT_EQ(shown.value(), kMyNumber);
    EXPECT_TRUE(real.remove(storage::replicaKeySecretName(code).value()));
    EXPECT_FALSE(sync::attachReplicaCipher(*db, real));
}

} // namespace
} // namespace madoguchi
