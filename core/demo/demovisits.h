#pragma once

#include "common/result.h"

#include "visit/visitsubmission.h"

#include <QDate>
#include <QRandomGenerator>
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

// Completes `draft` (resident, event and dates set) as a demo clerk
// would: the event's required questions, then the interview. When a demo
// clerk cannot complete it, `skip` says why and the draft is not usable.
Status completeDemoDraft(storage::Database& db, const catalog::Catalog& catalog,
    visit::VisitDraft& draft, QRandomGenerator& random, QString& skip);

// `visits` realistic visits through the real path (docs/demo-city.md,
// "Demo visits"): a random current resident, a life event that fits them
// (tennyu, tenkyo, tenshutsu, konin, shibou) a few days before `today`, the
// checklist and forms from the register, the interview answered as a demo
// clerk would, then submitVisit(). Deterministic for a seed and a register.
Result<DemoVisitsSummary> submitDemoVisits(storage::Database& db,
    security::AccessControl& access, const catalog::Catalog& catalog, int visits, quint64 seed,
    QDate today);

} // namespace madoguchi::demo
