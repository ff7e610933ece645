#pragma once

#include "common/result.h"
#include "visit/readversions.h"

#include <QJsonArray>
#include <QMap>
#include <QVariantMap>

namespace madoguchi::storage {
class Database;
}

// Reconciliation of a branch's visit with the hall's register (issue #9
// item 3, docs/branch.md, "Reconciliation"): which of the records the visit read at
// the branch the hall has changed since, described from both sides.
namespace madoguchi::sync {

// The rows of a visit's records as one database holds them now: the columns
// a reconcile request describes (never a sealed one: 個人番号, 支援措置 and
// entitlement details), by column name, keyed by the record's id (an
// entitlements row by its person's id). Persons include whoever lives in the
// households now, so a member who joined since is seen.
struct RecordRows {
    QMap<qint64, QVariantMap> persons;
    QMap<qint64, QVariantMap> households;
    QMap<qint64, QVariantMap> entitlements;
    QMap<qint64, QVariantMap> supportMeasures;
};

// One query per table, with IN (…) over the recorded ids.
Result<RecordRows> readRecordRows(storage::Database& db, const visit::ReadVersions& read);

// One object per record whose version at the hall differs from the one the
// branch read, that the hall no longer has, that the hall has and the branch
// did not read (a new member, a new entitlements row, a new 支援措置), or a
// person the hall has removed meanwhile:
//   {"entity": "person" | "household" | "entitlement" | "support_measure",
//    "id", "atena_no", "name", "setai_no" (households),
//    "change": "changed" | "removed" | "added",
//    "branch_version", "hall_version" (null where there is none),
//    "what": ["address: A → B", "status: resident → removed (死亡)", …]}
// `branch` is the replica's rows, read at push time (the replica is pulled
// only after the push, so they are still what the visit read unless a pull
// came between: then "what" says the branch's side is no longer known).
// An address is not spelled out for a person with a 支援措置 (or their
// household) at either side: the request names the change only.
// Empty: nothing changed; the visit goes to the relays as it is.
QJsonArray reconcileChanges(
    const visit::ReadVersions& read, const RecordRows& branch, const RecordRows& hall);

} // namespace madoguchi::sync
