#include "catalog/catalogstore.h"

#include <QMutexLocker>

namespace madoguchi::catalog {

CatalogStore::CatalogStore(QString directory)
    : m_directory(std::move(directory))
{ }

CatalogLoad CatalogStore::reload()
{
    CatalogLoad load = loadCatalog(m_directory);
    if (load.ok()) {
        const QMutexLocker lock(&m_mutex);
        m_current = load.catalog;
    }
    return load;
}

std::shared_ptr<const Catalog> CatalogStore::current() const
{
    const QMutexLocker lock(&m_mutex);
    return m_current;
}

} // namespace madoguchi::catalog
