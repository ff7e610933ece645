#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace madoguchi::security {

// Passwords shorter than this (in characters) are refused.
inline constexpr int kMinimumPasswordLength = 8;

// Checks a new password against the policy: not empty, at least
// kMinimumPasswordLength characters (UTF-8 code points).
Status checkPasswordPolicy(const QByteArray& password);

// An argon2id hash of `password` in libsodium's self-describing string form
// ("$argon2id$v=19$m=…,t=…,p=…$salt$hash"), with a fresh random salt and
// libsodium's interactive limits (crypto_pwhash_OPSLIMIT_INTERACTIVE,
// crypto_pwhash_MEMLIMIT_INTERACTIVE). Fails only when the memory for the
// hash cannot be had.
Result<QString> hashPassword(const QByteArray& password);

// Whether `password` matches a string made by hashPassword. A malformed hash
// never matches.
bool verifyPassword(const QString& hash, const QByteArray& password);

// Overwrites a password in memory with zeros (sodium_memzero) and empties it.
void wipePassword(QByteArray& password);

// A hash that matches no password, to verify against when an account does
// not exist: a wrong id costs the same time as a wrong password.
const QString& unmatchableHash();

} // namespace madoguchi::security
