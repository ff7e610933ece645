#include "security/passwordhash.h"

#include <QCoreApplication>
#include <mutex>
#include <sodium.h>

namespace madoguchi::security {
namespace {

// sodium_init is thread-safe and idempotent, but called once all the same.
bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

} // namespace

Status checkPasswordPolicy(const QByteArray& password)
{
    if (password.isEmpty())
        return Error{QCoreApplication::translate("Staff", "the password is empty")};
    const qsizetype characters = QString::fromUtf8(password).toUcs4().size();
    if (characters < kMinimumPasswordLength)
        return Error{QCoreApplication::translate(
            "Staff", "the password is too short: %1 characters, at least %2 are needed")
                         .arg(characters)
                         .arg(kMinimumPasswordLength)};
    return {};
}

Result<QString> hashPassword(const QByteArray& password)
{
    if (!sodiumReady())
        return Error{QCoreApplication::translate("Staff", "libsodium could not be initialised")};
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, password.constData(),
            static_cast<unsigned long long>(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{QCoreApplication::translate(
            "Staff", "the password could not be hashed: not enough memory for argon2id")};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& hash, const QByteArray& password)
{
    if (!sodiumReady())
        return false;
    const QByteArray encoded = hash.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(encoded.constData(), password.constData(),
               static_cast<unsigned long long>(password.size()))
        == 0;
}

void wipePassword(QByteArray& password)
{
    // data() detaches: a buffer shared with another QByteArray is not touched.
    if (!password.isEmpty())
        sodium_memzero(password.data(), static_cast<size_t>(password.size()));
    password.clear();
}

const QString& unmatchableHash()
{
    // A hash of 32 random bytes nobody ever sees, made on first use.
    static const QString hash = [] {
        if (!sodiumReady())
            return QString();
        QByteArray secret(32, '\0');
        randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
        auto made = hashPassword(secret);
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
        return made ? made.value() : QString();
    }();
    return hash;
}

} // namespace madoguchi::security
