#pragma once

#include "common/result.h"
#include "registry/residentsearch.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace madoguchi::security {
class AuditLog;
}

namespace madoguchi::registry {

// What ranking and the result rows need of a candidate.
struct Candidate {
    SearchResult result;
    qint64 householdId = 0;
    QStringList currentNames; // for the family-name check of the ranking
};

// The candidates that are residents, keyed by person id.
Result<QHash<qint64, Candidate>> loadCandidates(QSqlDatabase& db, const QList<qint64>& personIds);

// Fills headName, supportMeasure and age of the results (on `today`).
Status completeResults(
    QSqlDatabase& db, QList<SearchResult>& results, const QList<qint64>& householdIds, QDate today);

// One access_log row per found person (person_id NULL when none):
// a 個人番号 lookup.
Status logMyNumberSearch(QSqlDatabase& db, const SearchActor& actor, const QList<qint64>& personIds,
    const QDateTime& at);

// The same accesses as audit-chain entries (action "search",
// my_number_shown): one per found person, one without a person when none
// was found. The number itself is not recorded.
Status recordMyNumberSearch(security::AuditLog& audit, const SearchActor& actor,
    const QList<qint64>& personIds, const QDateTime& at);

} // namespace madoguchi::registry
