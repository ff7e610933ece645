#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::visit {

// The next visit reference of `day`: V20261126-000001, V20261126-000002 …
// (a per-day counter in visit_serials, taken in a transaction of its own;
// a reference taken by a submission that then failed is not reused).
Result<QString> allocateVisitReference(storage::Database& db, QDate day);

} // namespace madoguchi::visit
