#include "registry/registeraccess.h"

#include "registry/protectedcolumns.h"
#include "registry/searchquery.h"
#include "security/accesscontrol.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/replicacipher.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace madoguchi::registry {
namespace {

using security::AuditAction::Print;
using security::AuditAction::ProfileView;
using security::AuditAction::Reveal;
using security::AuditAction::Search;
using security::AuditAction::Unlock;

// How many 宛名番号 of a result list the search entry names.
constexpr int kLoggedResults = 50;

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

SearchActor actorOf(const security::Session& session)
{
    return SearchActor{
        session.staffId, session.terminal, session.office, security::roleName(session.role)};
}

} // namespace

RegisterAccess::RegisterAccess(storage::Database& database, security::AccessControl& access)
    : m_database(database)
    , m_access(access)
    , m_search(database, access.clock())
{ }

RegisterAccess::~RegisterAccess() = default;

Result<qint64> RegisterAccess::personIdOf(const QString& atenaNo, const QString& doing)
{
    auto found = storage::exec(m_database.sql(),
        QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {atenaNo}, doing);
    if (!found)
        return found.error();
    if (!found->next())
        return Error{QCoreApplication::translate("RegisterAccess", "no resident with 宛名番号 %1")
                         .arg(atenaNo)};
    return found->value(0).toLongLong();
}

Result<QList<SearchResult>> RegisterAccess::search(const QString& query, int limit)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Search));
    const bool myNumber = interpretQuery(query).identifierKind == IdentifierKind::MyNumber;
    entry.detail = myNumber ? QStringLiteral("my-number") : query;
    entry.myNumberShown = myNumber;
    if (Status allowed = m_access.require(security::Permission::Search, entry); !allowed)
        return allowed.error();

    auto results = m_search.search(query, actorOf(m_access.session()), limit);
    if (!results)
        return results.error();
    withholdAddresses(results.value());
    if (myNumber) // recorded per person by the search itself
        return results;

    QStringList found;
    for (const SearchResult& r : results.value()) {
        if (found.size() == kLoggedResults) {
            found << QStringLiteral("…");
            break;
        }
        found << r.atenaNo;
    }
    entry.detail = QStringLiteral("query=%1; found=%2 [%3]")
                       .arg(query)
                       .arg(results->size())
                       .arg(found.join(QLatin1Char(' ')));
    if (results->size() == 1)
        entry.personId = results->first().personId;
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error(); // fail closed: an unrecorded search shows nothing
    return results;
}

void RegisterAccess::withholdAddresses(QList<SearchResult>& results)
{
    const QDateTime now = m_access.clock().now();
    for (SearchResult& r : results) {
        const SupportDecision decision
            = checkHouseholdSupport(m_database, r.personId, SupportScope::Address, now);
        if (!decision.blocked)
            continue;
        r.address.clear();
        r.katagaki.clear();
        r.addressWithheld = true;
        if (r.supportMeasure == SupportLevel::None) // a household member is protected
            r.supportMeasure = SupportLevel::Error;
    }
}

Result<ResidentProfile> RegisterAccess::profile(const QString& atenaNo, const QString& purpose)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(ProfileView));
    entry.purpose = purpose;
    entry.detail = atenaNo;
    if (Status allowed = m_access.require(security::Permission::OpenProfile, entry); !allowed)
        return allowed.error();

    auto loaded = loadProfile(m_database, atenaNo, m_access.clock());
    if (!loaded)
        return loaded.error();
    ResidentProfile& profile = loaded.value();
    const SupportDecision decision = checkHouseholdSupport(
        m_database, profile.person.id, SupportScope::Address, m_access.clock().now());
    if (decision.blocked) {
        profile.household.address.clear();
        profile.household.katagaki.clear();
        profile.household.postalCode.clear();
        profile.household.addressCode.clear();
        // Former addresses too: the interim places of a household that fled
        // are as much the measure's business as the current one.
        profile.addressHistory.clear();
        profile.addressWithheld = true;
        profile.addressWithheldReason = decision.reason;
    }
    entry.personId = profile.person.id;
    if (decision.blocked)
        entry.detail += QStringLiteral("; address withheld");
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    return loaded;
}

Result<std::optional<QString>> RegisterAccess::revealMyNumber(
    const QString& atenaNo, const QString& purpose)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Reveal));
    entry.purpose = purpose.trimmed();
    entry.detail = atenaNo;
    if (Status allowed = m_access.require(security::Permission::RevealMyNumber, entry); !allowed)
        return allowed.error();
    if (entry.purpose.isEmpty())
        return Error{QCoreApplication::translate(
            "RegisterAccess", "revealing an individual number (個人番号) needs a purpose")};

    const QString doing
        = QCoreApplication::translate("RegisterAccess", "reading the individual number of %1")
              .arg(atenaNo);
    auto found = storage::exec(m_database.sql(),
        QStringLiteral("SELECT id, my_number FROM persons WHERE atena_no = ?"), {atenaNo}, doing);
    if (!found)
        return found.error();
    if (!found->next())
        return Error{QCoreApplication::translate("RegisterAccess", "no resident with 宛名番号 %1")
                         .arg(atenaNo)};
    entry.personId = found->value(0).toLongLong();
    // Sealed in a branch replica: opened with the replica's key, or refused
    // with the reason (the attempt is recorded all the same).
    Result<ProtectedColumns> sealed = ProtectedColumns::of(m_database.sql());
    if (!sealed)
        return sealed.error();
    Result<std::optional<QString>> opened
        = sealed->require(found->value(1), sync::sealedcolumn::MyNumber, *entry.personId);
    if (!opened) {
        entry.outcome = QLatin1String(security::AuditOutcome::Failed);
        entry.detail += QStringLiteral("; withheld: replica key");
        if (Status recorded = m_access.record(entry); !recorded)
            return recorded.error();
        return opened.error();
    }
    const std::optional<QString> shown = std::move(opened).value();
    entry.myNumberShown = shown.has_value();
    if (!shown)
        entry.detail += QStringLiteral("; none on file");
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    return shown;
}

Status storeSupportUnlock(storage::Database& database, qint64 personId, const SupportUnlock& unlock,
    const security::Session& grantedBy, const QString& doing)
{
    const security::Session& s = grantedBy;
    auto stored = storage::exec(database.sql(),
        QStringLiteral(
            "INSERT INTO support_unlocks (person_id, scope, granted_by, role, office, "
            "terminal, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {personId, supportScopeKeyword(unlock.scope), s.staffId, security::roleName(s.role),
            s.office, s.terminal, unlock.reason, utcText(unlock.grantedAt),
            utcText(unlock.expiresAt)},
        doing);
    if (!stored)
        return stored.error();
    return {};
}

Result<SupportUnlock> RegisterAccess::unlockSupportMeasure(
    const QString& atenaNo, SupportScope scope, const QString& reason, int minutes)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Unlock));
    entry.purpose = reason.trimmed();
    entry.detail
        = QStringLiteral("%1 %2 %3 min").arg(atenaNo, supportScopeKeyword(scope)).arg(minutes);
    if (Status allowed = m_access.require(security::Permission::UnlockSupportMeasure, entry);
        !allowed)
        return allowed.error();
    if (entry.purpose.isEmpty())
        return Error{QCoreApplication::translate(
            "RegisterAccess", "unlocking a support measure (支援措置) needs a reason")};
    if (minutes < 1 || minutes > kMaxUnlockMinutes)
        return Error{QCoreApplication::translate(
            "RegisterAccess", "an unlock lasts from 1 to %1 minutes, not %2")
                         .arg(kMaxUnlockMinutes)
                         .arg(minutes)};
    const QString doing
        = QCoreApplication::translate("RegisterAccess", "unlocking the support measure of %1")
              .arg(atenaNo);
    auto personId = personIdOf(atenaNo, doing);
    if (!personId)
        return personId.error();

    SupportUnlock unlock{atenaNo, scope, entry.purpose, entry.at, entry.at.addSecs(minutes * 60)};
    entry.personId = personId.value();
    // Recorded first: an unlock that cannot be recorded does not happen.
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    const Status stored
        = storeSupportUnlock(m_database, personId.value(), unlock, m_access.session(), doing);
    if (!stored) {
        security::AuditEntry failed = entry;
        failed.outcome = QLatin1String(security::AuditOutcome::Failed);
        failed.at = m_access.clock().now();
        (void)m_access.record(failed);
        return stored.error();
    }
    return unlock;
}

Result<SupportDecision> RegisterAccess::authorizePrint(const QString& atenaNo, const QString& what)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Print));
    entry.detail = QStringLiteral("%1: %2").arg(atenaNo, what);
    if (Status allowed = m_access.require(security::Permission::OpenProfile, entry); !allowed)
        return allowed.error();
    auto personId = personIdOf(atenaNo,
        QCoreApplication::translate("RegisterAccess", "checking whether %1 may be printed")
            .arg(atenaNo));
    if (!personId)
        return personId.error();
    entry.personId = personId.value();
    const SupportDecision decision = checkHouseholdSupport(
        m_database, personId.value(), SupportScope::Print, m_access.clock().now());
    if (decision.blocked) {
        entry.outcome = QLatin1String(security::AuditOutcome::Denied);
        entry.detail += QStringLiteral("; blocked by a support measure");
        if (Status recorded = m_access.record(entry); !recorded)
            return recorded.error();
        return Error{decision.reason};
    }
    if (decision.level != SupportLevel::None)
        entry.detail += decision.unlockedUntil ? QStringLiteral("; support measure unlocked")
                                               : QStringLiteral("; support measure alert");
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    return decision;
}

Result<QList<ExpiringSupportMeasure>> RegisterAccess::expiringSupportMeasures(int days)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Search));
    entry.detail = QStringLiteral("support-expiring %1").arg(days);
    if (Status allowed = m_access.require(security::Permission::OpenProfile, entry); !allowed)
        return allowed.error();
    auto rows = storage::exec(m_database.sql(),
        QStringLiteral("SELECT p.atena_no, p.name_kanji, m.level, m.provisional, m.starts_on, "
                       "m.ends_on FROM support_measures m JOIN persons p ON p.id = m.person_id "
                       "WHERE p.status = 'resident'"),
        {},
        QCoreApplication::translate(
            "RegisterAccess", "reading the support measures that end soon"));
    if (!rows)
        return rows.error();
    const QDate today = m_access.clock().today();
    QList<ExpiringSupportMeasure> found;
    while (rows->next()) {
        ExpiringSupportMeasure m;
        m.endsOn = rows->value(5).toString();
        m.startsOn = rows->value(4).toString();
        const QDate end = QDate::fromString(m.endsOn, Qt::ISODate);
        if (!end.isValid() || !isSupportMeasureActive(m.startsOn, m.endsOn, today)
            || today.daysTo(end) > days)
            continue;
        m.atenaNo = rows->value(0).toString();
        m.nameKanji = rows->value(1).toString();
        m.level = supportLevelFromKeyword(rows->value(2).toString()).value_or(SupportLevel::Error);
        m.provisional = rows->value(3).toInt() != 0;
        m.daysLeft = int(today.daysTo(end));
        found << m;
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(a.endsOn, a.atenaNo) < std::tie(b.endsOn, b.atenaNo);
    });
    entry.detail += QStringLiteral("; found=%1").arg(found.size());
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    return found;
}

} // namespace madoguchi::registry
