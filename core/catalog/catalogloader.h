#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/catalogproblem.h"

#include <memory>

namespace madoguchi::catalog {

// The built-in model-city catalog, embedded from resources/catalog/.
inline constexpr auto kBuiltInCatalog = ":/catalog";

struct CatalogLoad {
    // Null when anything is wrong: a catalog is used whole or not at all.
    std::shared_ptr<const Catalog> catalog;
    // Every problem found, in file order.
    QList<CatalogProblem> problems;

    bool ok() const { return catalog != nullptr; }
};

// Loads and validates the catalog in `directory` (a folder, or
// kBuiltInCatalog): systems.json, events.json, parameters.json and
// procedures/*.json (docs/catalog.md). Reports every problem at once, each
// with its file and JSON pointer: unknown keys, wrong types, missing keys,
// invalid JsonLogic, paths that the rules context does not have, duplicate
// ids, overlapping versions, unknown systems and life events.
CatalogLoad loadCatalog(const QString& directory);

} // namespace madoguchi::catalog
