#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace madoguchi::catalog {

// The keys each kind of object in the catalog files may have, by the name
// catalog.schema.json gives it under $defs (a test checks that the two
// agree). "$comment" is allowed in every object and listed nowhere.
const QHash<QString, QStringList>& catalogObjectKeys();

} // namespace madoguchi::catalog
