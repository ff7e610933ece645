#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::queue {

struct DayExport {
    QString ticketsPath; // DIR/tickets-2026-11-26.csv
    QString visitsPath; // DIR/visits-2026-11-26.csv
    int tickets = 0;
    int visits = 0;
};

// The supervisor's CSV export of one day (issue #8, docs/queue.md, "The
// day's export"): every ticket of `day` (number, purpose, class, state, the
// times, counter, staff, visit, wait and handling seconds) and every visit
// submitted that day (reference, 宛名番号, event, staff, office, terminal,
// applications and their delivery states). UTF-8 with a BOM so that Excel
// opens it in Japanese; RFC 4180 quoting. Right: approve (supervisors);
// recorded as 'export' before the files are written. Each file is written
// to a temporary name and renamed, so a failure leaves no half file.
Result<DayExport> exportDay(storage::Database& db, security::AccessControl& access,
    const QDate& day, const QString& directory);

} // namespace madoguchi::queue
