#include "sync/replicacipher.h"

#include <QCoreApplication>
#include <mutex>
#include <sodium.h>

namespace madoguchi::sync {
namespace {

// crypto_kdf subkey ids and their context (8 bytes): changing either makes
// every sealed replica unreadable, so they are fixed for kSealedPrefix v1.
constexpr uint64_t kSealSubkey = 1;
constexpr uint64_t kIndexSubkey = 2;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "MdgRepl1";

constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

static_assert(crypto_kdf_KEYBYTES == kReplicaKeyBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES >= crypto_kdf_BYTES_MIN
    && crypto_aead_xchacha20poly1305_ietf_KEYBYTES <= crypto_kdf_BYTES_MAX);
static_assert(crypto_generichash_KEYBYTES >= crypto_kdf_BYTES_MIN
    && crypto_generichash_KEYBYTES <= crypto_kdf_BYTES_MAX);

bool sodiumReady()
{
    // sodium_init is thread-safe and idempotent; once is enough.
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

QByteArray additionalData(const SealedPlace& place)
{
    return place.column.toUtf8() + '/' + QByteArray::number(place.row);
}

QByteArray subkey(const QByteArray& master, uint64_t id, int bytes)
{
    QByteArray key(bytes, '\0');
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), std::size_t(bytes), id,
        kKdfContext, reinterpret_cast<const unsigned char*>(master.constData()));
    return key;
}

} // namespace

QByteArray ReplicaCipher::generateKey()
{
    QByteArray key(kReplicaKeyBytes, '\0');
    if (sodiumReady())
        crypto_kdf_keygen(reinterpret_cast<unsigned char*>(key.data()));
    else
        key.clear(); // fromKey refuses it: never a predictable key
    return key;
}

Result<ReplicaCipher> ReplicaCipher::fromKey(const QByteArray& masterKey)
{
    if (!sodiumReady())
        return Error{QCoreApplication::translate("ReplicaCipher",
            "libsodium could not be initialised, so the replica cannot be opened")};
    if (masterKey.size() != kReplicaKeyBytes)
        return Error{QCoreApplication::translate(
            "ReplicaCipher", "the replica key is %1 bytes long; a replica key is %2 bytes")
                         .arg(masterKey.size())
                         .arg(kReplicaKeyBytes)};
    ReplicaCipher cipher;
    cipher.m_sealKey = subkey(masterKey, kSealSubkey, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    cipher.m_indexKey = subkey(masterKey, kIndexSubkey, crypto_generichash_KEYBYTES);
    return cipher;
}

ReplicaCipher::~ReplicaCipher()
{
    // data() detaches a shared copy first, so only the last holder's bytes
    // are wiped, and a copy still in use keeps its key.
    if (!m_sealKey.isEmpty())
        sodium_memzero(m_sealKey.data(), std::size_t(m_sealKey.size()));
    if (!m_indexKey.isEmpty())
        sodium_memzero(m_indexKey.data(), std::size_t(m_indexKey.size()));
}

bool ReplicaCipher::isSealed(QStringView stored)
{
    return stored.startsWith(QLatin1String(kSealedPrefix));
}

QString ReplicaCipher::seal(const QString& plain, const SealedPlace& place) const
{
    const QByteArray message = plain.toUtf8();
    const QByteArray ad = additionalData(place);
    QByteArray out(kNonceBytes + message.size() + kTagBytes, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, std::size_t(kNonceBytes));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written,
        reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr,
        nonce, reinterpret_cast<const unsigned char*>(m_sealKey.constData()));
    out.truncate(kNonceBytes + qsizetype(written));
    return QLatin1String(kSealedPrefix) + QString::fromLatin1(out.toBase64());
}

Result<QString> ReplicaCipher::open(const QString& stored, const SealedPlace& place) const
{
    const QString column = place.column.toString();
    if (!isSealed(stored))
        return Error{QCoreApplication::translate("ReplicaCipher",
            "%1 of row %2 is stored unsealed in the replica; it is refused rather than shown")
                         .arg(column)
                         .arg(place.row)};
    const auto decoded = QByteArray::fromBase64Encoding(
        QStringView(stored).mid(qsizetype(sizeof kSealedPrefix) - 1).toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kNonceBytes + kTagBytes)
        return Error{QCoreApplication::translate("ReplicaCipher",
            "%1 of row %2 is not a well-formed sealed value; the replica file may be damaged")
                         .arg(column)
                         .arg(place.row)};
    const QByteArray& box = decoded.decoded;
    const QByteArray ad = additionalData(place);
    QByteArray plain(box.size() - kNonceBytes - kTagBytes, '\0');
    unsigned long long length = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(box.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()),
            &length, nullptr, nonce + kNonceBytes, std::size_t(box.size() - kNonceBytes),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nonce,
            reinterpret_cast<const unsigned char*>(m_sealKey.constData()))
        != 0)
        return Error{QCoreApplication::translate("ReplicaCipher",
            "%1 of row %2 does not open with this computer's replica key: it was sealed with "
            "another key, altered, or moved from another place in the file")
                         .arg(column)
                         .arg(place.row)};
    plain.truncate(qsizetype(length));
    QString text = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return text;
}

QString ReplicaCipher::blindIndex(const QString& myNumber) const
{
    const QByteArray message = myNumber.toUtf8();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash,
        reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()),
        reinterpret_cast<const unsigned char*>(m_indexKey.constData()),
        std::size_t(m_indexKey.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(hash), int(sizeof hash)).toHex());
}

} // namespace madoguchi::sync
