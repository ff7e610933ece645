#pragma once

#include "common/result.h"
#include "registry/residentprofile.h"
#include "registry/residentsearch.h"
#include "registry/supportguard.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace madoguchi::security {
class AccessControl;
struct Session;
}

namespace madoguchi::registry {

// A supervisor's unlock as stored (table support_unlocks).
struct SupportUnlock {
    QString atenaNo;
    SupportScope scope = SupportScope::Address;
    QString reason;
    QDateTime grantedAt;
    QDateTime expiresAt;
};

// An active measure that ends soon: the supervisor's list for extensions.
struct ExpiringSupportMeasure {
    QString atenaNo;
    QString nameKanji;
    SupportLevel level = SupportLevel::Error;
    bool provisional = false;
    QString startsOn;
    QString endsOn;
    int daysLeft = 0;
};

// Writes `unlock` (table support_unlocks) for the person `personId`, granted
// by the supervisor of `grantedBy`: RegisterAccess::unlockSupportMeasure
// and an approved unlock request (approval/approvals.h) store it alike.
// Checks nothing; the caller has, and has recorded it.
Status storeSupportUnlock(storage::Database& database, qint64 personId,
    const SupportUnlock& unlock, const security::Session& grantedBy, const QString& doing);

// The longest a supervisor may lift a block at once.
inline constexpr int kMaxUnlockMinutes = 120;
inline constexpr int kDefaultUnlockMinutes = 30;

// The register as a member of staff reaches it (docs/security.md): every
// call checks the session's right first, is recorded in the audit chain,
// and applies the 支援措置 of the people concerned. The desk and the CLI
// read residents only through this class; ResidentSearch and loadProfile
// are its engines.
class RegisterAccess {
public:
    RegisterAccess(storage::Database& database, security::AccessControl& access);
    ~RegisterAccess();
    RegisterAccess(const RegisterAccess&) = delete;
    RegisterAccess& operator=(const RegisterAccess&) = delete;

    // Right: search. One 'search' entry with the query and the 宛名番号
    // found (a 個人番号 query: one entry per person, the number never
    // logged). The address of a result is withheld when its household is
    // protected for showing the address.
    Result<QList<SearchResult>> search(const QString& query, int limit = kDefaultSearchLimit);

    // Right: open-profile. A 'profile-view' entry with the purpose. The
    // 個人番号 stays masked; the current address is withheld as in search.
    Result<ResidentProfile> profile(const QString& atenaNo, const QString& purpose = {});

    // Right: reveal-my-number, and a purpose. A 'reveal' entry with
    // my_number_shown, written before the number is returned: a reveal that
    // cannot be recorded does not happen. No value when none is on file.
    Result<std::optional<QString>> revealMyNumber(const QString& atenaNo, const QString& purpose);

    // Right: unlock-support-measure, a reason, and 1 … kMaxUnlockMinutes.
    // Lifts `scope`'s block for this person until now + minutes; it
    // reverts by itself. Recorded as 'unlock' before it is stored.
    Result<SupportUnlock> unlockSupportMeasure(
        const QString& atenaNo, SupportScope scope, const QString& reason, int minutes);

    // Right: open-profile. Before printing `what` for a resident: fails
    // (and records a denied 'print') when a support measure of the
    // household blocks printing; otherwise records the 'print' and returns
    // the decision (it may warn).
    Result<SupportDecision> authorizePrint(const QString& atenaNo, const QString& what);

    // Right: open-profile. Active measures of current residents that end
    // within `days` days of today (the desk's alert a month before expiry),
    // soonest first. Recorded as a 'search' with detail support-expiring.
    Result<QList<ExpiringSupportMeasure>> expiringSupportMeasures(int days = 31);

private:
    Result<qint64> personIdOf(const QString& atenaNo, const QString& doing);
    void withholdAddresses(QList<SearchResult>& results);

    storage::Database& m_database;
    security::AccessControl& m_access;
    ResidentSearch m_search;
};

} // namespace madoguchi::registry
