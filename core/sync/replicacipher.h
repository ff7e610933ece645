#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

// The encryption of a branch replica's protected values at rest (issue #9
// item 4, docs/branch.md "Replica at rest"): XChaCha20-Poly1305 (libsodium's
// crypto_aead_xchacha20poly1305_ietf) with a key that lives in the OS
// keychain, never in the file (replicakeys.h finds and creates it).
namespace madoguchi::sync {

// Every sealed value starts with this, so that a reader can tell a sealed
// value from a plain one and never shows ciphertext as if it were a value.
// The version names the scheme below; another one gets another prefix.
inline constexpr char kSealedPrefix[] = "enc:v1:";

// The replica's master key: 32 random bytes, as kept in the keychain (in
// base64 text, so that IT staff can restore it with `secret set`).
inline constexpr int kReplicaKeyBytes = 32;

// The protected columns, as they are named in the seal (changing a name
// makes the values sealed under it unreadable). The row is the person's id
// for persons and entitlements, the measure's id for support_measures.
namespace sealedcolumn {
inline constexpr char16_t MyNumber[] = u"persons.my_number";
inline constexpr char16_t RestrictedParty[] = u"support_measures.restricted_party";
inline constexpr char16_t MeasureNote[] = u"support_measures.note";
inline constexpr char16_t InsuranceSince[] = u"entitlements.insurance_since";
inline constexpr char16_t KaigoCareLevel[] = u"entitlements.kaigo_care_level";
inline constexpr char16_t JidouTeateSince[] = u"entitlements.jidou_teate_since";
inline constexpr char16_t MynumberCardExpiry[] = u"entitlements.mynumber_card_expiry";
} // namespace sealedcolumn

// Where a protected value sits: its column ("persons.my_number") and its
// row's key (the person's or the measure's id). Both are the additional
// data of the seal, so a value copied to another column or another row of
// the file does not open: an attacker who can write the file cannot give
// one resident another's 個人番号 or support details.
struct SealedPlace {
    QStringView column;
    qint64 row = 0;
};

class ReplicaCipher {
public:
    // A fresh random master key (crypto_kdf_keygen).
    static QByteArray generateKey();
    // The cipher of a master key; fails for a key that is not 32 bytes.
    static Result<ReplicaCipher> fromKey(const QByteArray& masterKey);

    ReplicaCipher(const ReplicaCipher& other) = default;
    ReplicaCipher& operator=(const ReplicaCipher& other) = default;
    ~ReplicaCipher(); // wipes the keys

    // kSealedPrefix + base64(24-byte random nonce ‖ ciphertext and tag).
    // Random nonces: sealing the same value twice gives different text.
    QString seal(const QString& plain, const SealedPlace& place) const;
    // The plain value of a sealed one. Refuses a value without the prefix,
    // a malformed one, and one that does not authenticate (tampered, moved
    // to another place, or sealed with another key).
    Result<QString> open(const QString& stored, const SealedPlace& place) const;

    // The blind index of a 個人番号 (persons.my_number_index): hex of a keyed
    // BLAKE2b (crypto_generichash) of its digits, with a key derived from
    // the master key for this use only. Equal numbers give equal indexes, so
    // a search finds the sealed number without opening every row; without
    // the key, the index does not let anyone test a guessed number.
    QString blindIndex(const QString& myNumber) const;

    static bool isSealed(QStringView stored);

private:
    ReplicaCipher() = default;

    // Two subkeys from the master (crypto_kdf), one per use, so that the
    // sealing key never doubles as a hash key.
    QByteArray m_sealKey;
    QByteArray m_indexKey;
};

} // namespace madoguchi::sync
