#include "registry/supportguard.h"

#include "registry/flagfreshness.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <map>

namespace madoguchi::registry {
namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList idValues(const QList<qint64>& ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    return values;
}

QString scopeColumn(SupportScope scope)
{
    switch (scope) {
    case SupportScope::Address:
        return QStringLiteral("scope_address");
    case SupportScope::Print:
        return QStringLiteral("scope_print");
    case SupportScope::Copies:
        return QStringLiteral("scope_copies");
    }
    return QStringLiteral("scope_address");
}

QString describeScope(SupportScope scope)
{
    switch (scope) {
    case SupportScope::Address:
        return QCoreApplication::translate("SupportGuard", "showing the address");
    case SupportScope::Print:
        return QCoreApplication::translate("SupportGuard", "printing");
    case SupportScope::Copies:
        return QCoreApplication::translate("SupportGuard", "issuing copies");
    }
    return {};
}

SupportDecision unreadable(const QString& why)
{
    SupportDecision decision;
    decision.level = SupportLevel::Error;
    decision.blocked = true;
    decision.reason = QCoreApplication::translate("SupportGuard",
        "the support measures (支援措置) could not be read, so the action is blocked: %1")
                          .arg(why);
    return decision;
}

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString supportScopeKeyword(SupportScope scope)
{
    switch (scope) {
    case SupportScope::Address:
        return QStringLiteral("address");
    case SupportScope::Print:
        return QStringLiteral("print");
    case SupportScope::Copies:
        return QStringLiteral("copies");
    }
    return {};
}

std::optional<SupportScope> supportScopeFromKeyword(QStringView keyword)
{
    for (SupportScope scope : {SupportScope::Address, SupportScope::Print, SupportScope::Copies})
        if (keyword == supportScopeKeyword(scope))
            return scope;
    return std::nullopt;
}

namespace {

// The measures themselves, as the register holds them.
SupportDecision judgeMeasures(storage::Database& database, const QList<qint64>& personIds,
    SupportScope scope, const QDateTime& now)
{
    SupportDecision decision;
    if (personIds.isEmpty())
        return decision;
    const QString doing
        = QCoreApplication::translate("SupportGuard", "reading the support measures");
    const QString column = scopeColumn(scope);
    auto measures = storage::exec(database.sql(),
        QStringLiteral("SELECT p.id, p.atena_no, m.level, m.starts_on, m.ends_on, m.") + column
            + QStringLiteral(" FROM support_measures m JOIN persons p ON p.id = m.person_id "
                             "WHERE m.person_id IN (")
            + placeholders(personIds.size()) + QStringLiteral(") ORDER BY p.atena_no"),
        idValues(personIds), doing);
    if (!measures)
        return unreadable(measures.error().message);

    const QDate today = now.toLocalTime().date();
    std::map<qint64, QString> blocking; // person id → 宛名番号, Error level
    QStringList alerted;
    QSqlQuery& row = measures.value();
    while (row.next()) {
        // A scope flag that is not plainly 0 covers the process.
        if (row.value(5).toString() == QLatin1String("0"))
            continue;
        if (!isSupportMeasureActive(row.value(3).toString(), row.value(4).toString(), today))
            continue;
        const std::optional<SupportLevel> level = supportLevelFromKeyword(row.value(2).toString());
        const QString atena = row.value(1).toString();
        if (!level || *level != SupportLevel::Alert) // unknown: the stronger one
            blocking[row.value(0).toLongLong()] = atena;
        else if (!alerted.contains(atena))
            alerted << atena;
    }
    if (row.lastError().isValid())
        return unreadable(row.lastError().text());

    if (blocking.empty()) {
        if (!alerted.isEmpty()) {
            decision.level = SupportLevel::Alert;
            decision.reason = QCoreApplication::translate(
                "SupportGuard", "宛名番号 %1: a support measure (支援措置) asks for care before %2")
                                  .arg(alerted.join(QLatin1String(", ")), describeScope(scope));
        }
        return decision;
    }

    decision.level = SupportLevel::Error;
    QList<qint64> ids;
    for (const auto& [id, atena] : blocking)
        ids << id;
    QVariantList values = idValues(ids);
    values << supportScopeKeyword(scope) << utcText(now) << utcText(now);
    auto unlocks = storage::exec(database.sql(),
        QStringLiteral(
            "SELECT person_id, MAX(expires_at) FROM support_unlocks WHERE person_id IN (")
            + placeholders(ids.size())
            + QStringLiteral(") AND scope = ? AND granted_at <= ? AND expires_at > ? "
                             "GROUP BY person_id"),
        values, doing);
    if (!unlocks)
        return unreadable(unlocks.error().message);
    std::map<qint64, QDateTime> until;
    while (unlocks->next()) {
        const QDateTime end
            = QDateTime::fromString(unlocks->value(1).toString(), Qt::ISODateWithMs);
        if (end.isValid())
            until[unlocks->value(0).toLongLong()] = end;
    }
    QStringList locked;
    for (const auto& [id, atena] : blocking) {
        const auto found = until.find(id);
        if (found == until.end()) {
            locked << atena;
            continue;
        }
        if (!decision.unlockedUntil || found->second < *decision.unlockedUntil)
            decision.unlockedUntil = found->second;
    }
    if (locked.isEmpty()) {
        QStringList all;
        for (const auto& [id, atena] : blocking)
            all << atena;
        decision.reason = QCoreApplication::translate("SupportGuard",
            "宛名番号 %1: a support measure (支援措置) blocks %2; unlocked by a supervisor until "
            "%3")
                              .arg(all.join(QLatin1String(", ")), describeScope(scope),
                                  decision.unlockedUntil->toLocalTime().toString(Qt::ISODate));
        return decision;
    }
    decision.blocked = true;
    decision.unlockedUntil.reset();
    decision.reason = QCoreApplication::translate("SupportGuard",
        "宛名番号 %1: a support measure (支援措置) blocks %2; a supervisor can unlock it for a "
        "limited time")
                          .arg(locked.join(QLatin1String(", ")), describeScope(scope));
    return decision;
}

// On a branch replica whose measures are too old (flagfreshness.h) a
// measure added at the hall since could be missing, so the process is
// blocked for everyone until a supervisor unlocks one of the persons
// concerned (the resident the clerk has verified) or a sync succeeds. A
// real measure still needs its own unlock: that decision comes first.
SupportDecision judgeFreshness(storage::Database& database, const QList<qint64>& personIds,
    SupportScope scope, const QDateTime& now, SupportDecision measured)
{
    if (measured.blocked || personIds.isEmpty())
        return measured;
    auto freshness = flagFreshness(database, now);
    if (!freshness)
        return unreadable(freshness.error().message);
    if (!freshness->stale)
        return measured;
    QVariantList values = idValues(personIds);
    values << supportScopeKeyword(scope) << utcText(now) << utcText(now);
    auto unlocks = storage::exec(database.sql(),
        QStringLiteral("SELECT p.atena_no, u.expires_at FROM support_unlocks u JOIN persons p "
                       "ON p.id = u.person_id WHERE u.person_id IN (")
            + placeholders(personIds.size())
            + QStringLiteral(") AND u.scope = ? AND u.granted_at <= ? AND u.expires_at > ? "
                             "ORDER BY u.expires_at DESC"),
        values, QCoreApplication::translate("SupportGuard", "reading the unlocks"));
    if (!unlocks)
        return unreadable(unlocks.error().message);
    SupportDecision decision = measured;
    decision.level = SupportLevel::Error;
    if (unlocks->next()) {
        const QDateTime until
            = QDateTime::fromString(unlocks->value(1).toString(), Qt::ISODateWithMs);
        if (!measured.unlockedUntil || until < *measured.unlockedUntil)
            decision.unlockedUntil = until;
        decision.reason = QCoreApplication::translate(
            "SupportGuard", "%1; %2 unlocked by a supervisor until %3")
                              .arg(freshness->reason, unlocks->value(0).toString(),
                                  until.toLocalTime().toString(Qt::ISODate));
        return decision;
    }
    decision.blocked = true;
    decision.unlockedUntil.reset();
    decision.reason = QCoreApplication::translate("SupportGuard",
        "%1; a supervisor can unlock the resident for a limited time, or sync the branch")
                          .arg(freshness->reason);
    return decision;
}

} // namespace

SupportDecision checkSupportMeasures(storage::Database& database, const QList<qint64>& personIds,
    SupportScope scope, const QDateTime& now)
{
    return judgeFreshness(
        database, personIds, scope, now, judgeMeasures(database, personIds, scope, now));
}

SupportDecision checkHouseholdSupport(
    storage::Database& database, qint64 personId, SupportScope scope, const QDateTime& now)
{
    auto members = storage::exec(database.sql(),
        QStringLiteral("SELECT id FROM persons WHERE household_id = "
                       "(SELECT household_id FROM persons WHERE id = ?) ORDER BY id"),
        {personId},
        QCoreApplication::translate("SupportGuard", "reading the members of a household"));
    if (!members)
        return unreadable(members.error().message);
    QList<qint64> ids;
    while (members->next())
        ids << members->value(0).toLongLong();
    if (ids.isEmpty()) // the person is gone: nothing to judge by
        return unreadable(
            QCoreApplication::translate("SupportGuard", "no person with id %1").arg(personId));
    return checkSupportMeasures(database, ids, scope, now);
}

} // namespace madoguchi::registry
