#include "storage/databasepassword.h"

#include "storage/secretnames.h"

#include <QCoreApplication>

namespace madoguchi::storage {

DatabasePassword resolveDatabasePassword(const DatabaseLocation& location, SecretStore& store)
{
    DatabasePassword result;
    if (location.engine != Engine::PostgreSql)
        return result;
    if (!location.password.isEmpty()) {
        result.source = DatabasePassword::Source::Url;
        result.password = location.password;
        return result;
    }
    Result<QString> name = postgresPasswordSecretName(location);
    if (!name)
        return result; // no user in the URL: libpq's own defaults decide
    result.secretName = name.value();
    Result<std::optional<QByteArray>> read = store.read(result.secretName);
    if (!read) {
        result.keychainError = read.error();
        return result;
    }
    if (read.value().has_value() && !read.value()->isEmpty()) {
        result.source = DatabasePassword::Source::Keychain;
        result.password = QString::fromUtf8(*read.value());
    }
    return result;
}

QString passwordHint(const DatabasePassword& password)
{
    switch (password.source) {
    case DatabasePassword::Source::Keychain:
        return QCoreApplication::translate("DatabasePassword",
            "the password came from the keychain secret '%1'; if the role's password "
            "was changed, store the new one with 'madoguchi-cli secret set %1'")
            .arg(password.secretName);
    case DatabasePassword::Source::Url:
        return {};
    case DatabasePassword::Source::None:
        break;
    }
    if (password.secretName.isEmpty())
        return {};
    if (password.keychainError)
        return QCoreApplication::translate("DatabasePassword",
            "no password was sent: the keychain secret '%1' could not be read (%2)")
            .arg(password.secretName, password.keychainError->message);
    return QCoreApplication::translate("DatabasePassword",
        "no password was sent: the secret '%1' is not in the OS keychain; if the server "
        "requires a password, set it with 'madoguchi-cli secret set %1'")
        .arg(password.secretName);
}

} // namespace madoguchi::storage
