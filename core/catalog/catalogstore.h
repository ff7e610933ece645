#pragma once

#include "catalog/catalogloader.h"

#include <QMutex>
#include <memory>

namespace madoguchi::catalog {

// The catalog a running desk uses. It changes only to a catalog that loaded
// without a single problem: a reload that finds problems reports them and
// keeps the catalog in use, so a half-edited folder never reaches the
// counter. Safe to use from several threads; a checklist keeps the
// shared_ptr it started with.
class CatalogStore {
public:
    explicit CatalogStore(QString directory);

    // Loads the folder again. On success the new catalog is current; on
    // failure the current one (null before any good load) stays.
    CatalogLoad reload();
    std::shared_ptr<const Catalog> current() const;
    const QString& directory() const { return m_directory; }

private:
    QString m_directory;
    mutable QMutex m_mutex;
    std::shared_ptr<const Catalog> m_current;
};

} // namespace madoguchi::catalog
