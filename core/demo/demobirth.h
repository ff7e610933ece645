#pragma once

#include "common/result.h"
#include "registry/residentprofile.h"

#include <QDate>
#include <QString>
#include <optional>

namespace madoguchi::registry {
class RegisterAccess;
}
namespace madoguchi::storage {
class Database;
}

// The birth in the demo city the codes from outside city hall are about
// (demobirthcodes.h, `madoguchi-cli demo outside`), read from the register.
namespace madoguchi::demo {

// What the register shows of the birth the codes are about.
struct DemoBirth {
    registry::ResidentProfile profile; // the household, members in standard order
    registry::ProfileMember child;
    registry::ProfileMember mother;
    QDate born;
};

// The demo city's own day (meta demo_as_of), or an Error for a database
// that is not a demo city.
Result<QDate> demoCityDay(storage::Database& db);

// The birth in the household of `atenaNo` (the newborn or the mother), or
// without one the newest baby of the register (status resident, under one
// year old on `day`) whose mother lives in the same household. Households
// are opened through `reg`: each is a profile view in the audit log. An
// Error says why there is none.
Result<DemoBirth> findDemoBirth(storage::Database& db, registry::RegisterAccess& reg, QDate day,
    const std::optional<QString>& atenaNo);

// The member's birth date; invalid when not known to the day.
QDate birthDay(const registry::ProfileMember& member);

} // namespace madoguchi::demo
