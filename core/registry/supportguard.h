#pragma once

#include "registry/supportmeasurestatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

// The processes a 支援措置 can block (COUNTER-DOMAIN §6).
enum class SupportScope {
    Address, // showing the address (search results, profile, screens)
    Print, // printing forms and notices that carry the address
    Copies, // issuing copies: 住民票, 戸籍の附票
};

// address | print | copies
QString supportScopeKeyword(SupportScope scope);
std::optional<SupportScope> supportScopeFromKeyword(QStringView keyword);

// What the measures of some persons say about one process now.
struct SupportDecision {
    // The strongest active measure covering the process; Error also when
    // the measures could not be read.
    SupportLevel level = SupportLevel::None;
    // Error level and no unlock in force for every person it protects.
    bool blocked = false;
    // When the process is allowed only by unlocks: the earliest moment one
    // of them ends.
    std::optional<QDateTime> unlockedUntil;
    // Who is protected and why, as a sentence (empty for None).
    QString reason;

    bool warns() const { return level == SupportLevel::Alert && !blocked; }
};

// Judges `scope` for the persons `personIds` (a resident, or every member
// of a household whose address is at stake) at `now`. Fails closed: an
// unreadable period counts as active, an unknown level as error, and a
// failure to read the measures or the unlocks blocks, with the reason.
SupportDecision checkSupportMeasures(storage::Database& database, const QList<qint64>& personIds,
    SupportScope scope, const QDateTime& now);

// The same for everyone in the household of `personId`, resident or
// removed: an address is withheld when anyone who lives, or lived, there is
// protected. Fails closed like checkSupportMeasures.
SupportDecision checkHouseholdSupport(
    storage::Database& database, qint64 personId, SupportScope scope, const QDateTime& now);

} // namespace madoguchi::registry
