#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <optional>

namespace madoguchi::storage {
class Database;
}

// A provisional correction of a register record (仮登録) and its 本登録
// once a supervisor approves it (docs/approvals.md).
namespace madoguchi::approval {

// The record a correction is about: the person's id, version and the
// current values of the correctable fields (a string, or null when none is
// on file).
struct CorrectedPerson {
    qint64 id = 0;
    int version = 0;
    QMap<QString, QJsonValue> values;
};

// The record of `atenaNo`; no value when there is none.
Result<std::optional<CorrectedPerson>> readCorrectable(
    storage::Database& db, const QString& atenaNo);

// Checks `changes` (field → new value) as the importer checks a row
// (registry/residentvalues.h) and returns the request's details:
// {"changes": {field: {"from", "to"}}, "version"}. A field whose new value
// is what the register says already is left out; none left is an error.
Result<QJsonObject> correctionDetails(
    const CorrectedPerson& person, const QMap<QString, QString>& changes);

// "name_kana: ヤマダ ヨシコ → ヤマダ ヨシエ; sex: 2 → 1", for the audit chain.
QString describeChanges(const QJsonObject& details);

// 本登録, inside the caller's transaction: fails (changing nothing) when
// the record's version is no longer the one of the request; otherwise
// writes the new values, bumps version, appends a register_changes row
// ('person', 'update') whose seq becomes change_seq and rebuilds the
// person's search keys.
Status registerCorrection(
    storage::Database& db, const QString& atenaNo, const QJsonObject& details, const QDateTime& at);

} // namespace madoguchi::approval
