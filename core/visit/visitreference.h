#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::visit {

// The next visit reference of `day`: V20261126-000001, V20261126-000002 …
// (a per-day counter in visit_serials, taken in a transaction of its own;
// a reference taken by a submission that then failed is not reused).
//
// At a branch office (meta branch.code set, sync/syncstate.h) the code sits
// between the day and the serial: V20261126-K01-000001. Each database
// counts on its own, and the hall and every branch push into one visits
// table (docs/branch.md, "Push"), so only the code keeps two counters'
// numbers apart.
Result<QString> allocateVisitReference(storage::Database& db, QDate day);

// A branch code: a capital ASCII letter, then up to 7 capital letters and
// digits (K01, SHISHO2), so it never reads as a serial.
bool isValidBranchCode(const QString& code);

// What a reference says: its day, the branch code (empty at the hall) and
// the serial.
struct VisitReference {
    QDate day;
    QString branch;
    qint64 serial = 0;
};
// Both forms, V20261126-000001 and V20261126-K01-000001; nothing for any
// other text.
std::optional<VisitReference> parseVisitReference(const QString& text);

} // namespace madoguchi::visit
