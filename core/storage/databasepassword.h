#pragma once

#include "common/result.h"
#include "storage/databaselocation.h"
#include "storage/secretstore.h"

#include <QString>
#include <optional>

namespace madoguchi::storage {

// Where the password of a PostgreSQL connection comes from
// (docs/security.md, "Secrets"):
//  1. a password written in the URL (works, but discouraged);
//  2. else the keychain secret postgresql/USER@HOST:PORT/DBNAME;
//  3. else none: libpq may still find one (PGPASSWORD, ~/.pgpass), or the
//     server may not ask (trust, peer).
// The lookup is optional: a missing secret or an unreachable keyring does
// not stop a connection the server accepts without a password; they are
// only reported, by passwordHint(), when the connection fails.
struct DatabasePassword {
    enum class Source { None, Url, Keychain };
    Source source = Source::None;
    QString password;
    // The keychain secret looked up ("" when the URL names no user).
    QString secretName;
    // Why the keychain could not be read, when it could not.
    std::optional<Error> keychainError;
};

// Never touches the store for SQLite or when the URL holds a password.
DatabasePassword resolveDatabasePassword(const DatabaseLocation& location, SecretStore& store);

// What to add to a failed connection's error so that a person can act:
// which secret was missing or unreadable (and how to set it), or that the
// keychain secret may be out of date. Empty when there is nothing to add.
QString passwordHint(const DatabasePassword& password);

} // namespace madoguchi::storage
