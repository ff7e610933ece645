#pragma once

// The pieces loadProfile() puts together, one query each (private to
// core/registry; residentprofile.h is the public face).
#include "common/result.h"
#include "registry/residentprofile.h"

#include <QSqlDatabase>
#include <QVariant>

namespace madoguchi::registry::profile {

// A nullable column: nullopt for SQL NULL.
std::optional<QString> optionalText(const QVariant& value);

// The day ages are counted on: today, or for a removed person (除票) the
// removal day when it is an exact day not after today — a 除票 shows the
// person as they were.
QDate ageDay(QDate today, bool removed, const std::optional<QString>& removedOn);

// Reads a stored birth date; the error names the person and the column.
// `foreign`: the person has a 国籍・地域, so the date is shown in 西暦.
Result<ProfileBirthDate> readBirthDate(
    const QString& storage, QDate ageDay, bool foreign, const QString& atenaNo);

// The household's row and its members in standard order.
Status loadHousehold(QSqlDatabase& db, qint64 householdId, const ProfilePerson& subject,
    QDate today, ProfileHousehold& household);

Status loadEntitlements(QSqlDatabase& db, qint64 personId, ResidentProfile& profile);
Status loadSupportMeasures(QSqlDatabase& db, qint64 personId, ResidentProfile& profile);
Status loadNameHistory(QSqlDatabase& db, qint64 personId, ResidentProfile& profile);
Status loadAddressHistory(QSqlDatabase& db, qint64 personId, ResidentProfile& profile);

} // namespace madoguchi::registry::profile
