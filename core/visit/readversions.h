#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::visit {

// The register records a visit relied on, each with the version it had when
// the visit was submitted (issue #9 item 3, docs/branch.md, "Reconciliation").
// Stored with the visit (visits.read_versions) so that the hall can tell,
// when a branch's visit arrives, whether the register changed since the
// branch read it. Keys are the records' ids, which a replica shares with the
// hall.
struct ReadVersions {
    QMap<qint64, int> persons; // the resident and the household's residents
    QMap<qint64, int> households; // the resident's household
    // Per person: the entitlements row's version; nullopt when the person
    // had none (a row appearing at the hall is a change too).
    QMap<qint64, std::optional<int>> entitlements;
    QMap<qint64, int> supportMeasures; // every 支援措置 of those persons

    bool isEmpty() const { return persons.isEmpty(); }

    // {"persons": {"12": 3}, "households": {"5": 2}, "entitlements": {"12": 1,
    // "13": null}, "support_measures": {"7": 1}}
    QJsonObject toJson() const;
    // nullopt for NULL, empty or unreadable text: nothing was recorded.
    static std::optional<ReadVersions> fromText(const QString& text);
};

// The versions of the resident `personId`, their household, its residents,
// their entitlements and 支援措置, as `db` holds them now. Called by
// submitVisit inside its transaction; see there for what that guarantees.
Result<ReadVersions> readRegisterVersions(storage::Database& db, qint64 personId);

} // namespace madoguchi::visit
