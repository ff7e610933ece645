#include "storage/prefetchedsecretstore.h"

#include <QCoreApplication>

namespace madoguchi::storage {

PrefetchedSecretStore::PrefetchedSecretStore(SecretStore& source, const QStringList& names)
{
    for (const QString& name : names)
        if (auto value = source.read(name); value && value->has_value())
            m_values.insert(name, *value.value());
}

Status PrefetchedSecretStore::write(const QString& key, const QByteArray&)
{
    return Error{QCoreApplication::translate(
        "PrefetchedSecretStore", "the secret '%1' cannot be stored from here; use 'madoguchi-cli secret set %1'")
                     .arg(key)};
}

Result<std::optional<QByteArray>> PrefetchedSecretStore::read(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_values.constFind(key);
    if (found == m_values.constEnd())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(found.value());
}

Status PrefetchedSecretStore::remove(const QString& key)
{
    return write(key, {});
}

} // namespace madoguchi::storage
