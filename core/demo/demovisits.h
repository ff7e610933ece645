#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace madoguchi::catalog {
struct Catalog;
}
namespace madoguchi::security {
class AccessControl;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::demo {

struct DemoVisitsSummary {
    int submitted = 0; // visits written
    int applications = 0; // their applications (outbox rows)
    int skipped = 0; // drawn visits whose forms could not be completed
    QString firstRef;
    QString lastRef;
    QString lastProblem; // why the last skipped one was skipped
    // Per submitted visit: its applications and the wall time of
    // submitVisit() alone (bench delivery).
    QList<QPair<int, double>> submitTimes;
};

// `visits` realistic visits through the real path (docs/demo-city.md,
// "Demo visits"): a random current resident, a life event that fits them
// (tennyu, tenkyo, tenshutsu, konin, shibou) a few days before `today`, the
// checklist and forms from the register, the interview answered as a demo
// clerk would, then submitVisit(). Deterministic for a seed and a register.
Result<DemoVisitsSummary> submitDemoVisits(storage::Database& db,
    security::AccessControl& access, const catalog::Catalog& catalog, int visits, quint64 seed,
    QDate today);

} // namespace madoguchi::demo
