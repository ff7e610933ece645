#include "storage/requiredsecret.h"

#include "storage/secretnames.h"

#include <QCoreApplication>

namespace madoguchi::storage {

Result<QByteArray> readRequiredSecret(SecretStore& store, const QString& name)
{
    Result<std::optional<QByteArray>> read = store.read(name);
    if (!read)
        return read.error();
    if (!read.value().has_value() || read.value()->isEmpty())
        return Error{QCoreApplication::translate("RequiredSecret",
            "the secret '%1' is not in the OS keychain; set it with "
            "'madoguchi-cli secret set %1' (the value is read from standard input)")
                         .arg(name)};
    return std::move(*read.value());
}

Result<QByteArray> readBackendToken(SecretStore& store, const QString& systemId)
{
    Result<QString> name = backendTokenSecretName(systemId);
    if (!name)
        return name.error();
    return readRequiredSecret(store, name.value());
}

} // namespace madoguchi::storage
