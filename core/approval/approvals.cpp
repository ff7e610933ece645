#include "approval/approvals.h"

#include "approval/approvalcorrection.h"
#include "approval/approvalrows.h"
#include "delivery/outboxitem.h"
#include "registry/registeraccess.h"
#include "registry/supportguard.h"
#include "security/accesscontrol.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::approval {
namespace {

using security::AuditAction::Approval;

// An empty QString, never a null one: the unlock's NOT NULL columns.
QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Error noResident(const QString& atenaNo)
{
    return Error{
        QCoreApplication::translate("Approvals", "no resident with 宛名番号 %1").arg(atenaNo)};
}

Result<std::optional<qint64>> personIdOf(storage::Database& db, const QString& atenaNo)
{
    auto found = storage::exec(db.sql(),
        QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {atenaNo},
        QCoreApplication::translate("Approvals", "finding the resident %1").arg(atenaNo));
    if (!found)
        return found.error();
    if (!found->next())
        return std::optional<qint64>();
    return std::optional<qint64>(found->value(0).toLongLong());
}

// What a request asks, in one line for the audit chain.
QString describe(const ApprovalRequest& r)
{
    const QJsonObject& d = r.details;
    switch (r.kind) {
    case ApprovalKind::ChecklistOverride: {
        QString item = d[QStringLiteral("procedure")].toString();
        if (!d[QStringLiteral("member")].toString().isEmpty())
            item += QLatin1Char('/') + d[QStringLiteral("member")].toString();
        return QStringLiteral("override %1 %2 %3 %4")
            .arg(r.visitRef, r.atenaNo, item, d[QStringLiteral("decision")].toString());
    }
    case ApprovalKind::SupportUnlock:
        return QStringLiteral("unlock %1 %2 %3 min")
            .arg(r.atenaNo, d[QStringLiteral("scope")].toString())
            .arg(d[QStringLiteral("minutes")].toInt());
    case ApprovalKind::Reconcile:
        return QStringLiteral("reconcile %1 %2 (%3 records changed at the hall)")
            .arg(r.visitRef, r.atenaNo)
            .arg(d[QStringLiteral("changes")].toArray().size());
    case ApprovalKind::RegisterCorrection:
        break;
    }
    return QStringLiteral("correction %1 %2").arg(r.atenaNo, describeChanges(d));
}

} // namespace

QString approvalKindName(ApprovalKind kind)
{
    switch (kind) {
    case ApprovalKind::ChecklistOverride:
        return QStringLiteral("override");
    case ApprovalKind::SupportUnlock:
        return QStringLiteral("unlock");
    case ApprovalKind::Reconcile:
        return QStringLiteral("reconcile");
    case ApprovalKind::RegisterCorrection:
        break;
    }
    return QStringLiteral("correction");
}

std::optional<ApprovalKind> approvalKindFromName(QStringView name)
{
    for (ApprovalKind k : {ApprovalKind::ChecklistOverride, ApprovalKind::SupportUnlock,
             ApprovalKind::RegisterCorrection, ApprovalKind::Reconcile})
        if (name == approvalKindName(k))
            return k;
    return std::nullopt;
}

QString approvalStateName(ApprovalState state)
{
    switch (state) {
    case ApprovalState::Pending:
        return QStringLiteral("pending");
    case ApprovalState::Approved:
        return QStringLiteral("approved");
    case ApprovalState::Denied:
        break;
    }
    return QStringLiteral("denied");
}

std::optional<ApprovalState> approvalStateFromName(QStringView name)
{
    for (ApprovalState s : {ApprovalState::Pending, ApprovalState::Approved, ApprovalState::Denied})
        if (name == approvalStateName(s))
            return s;
    return std::nullopt;
}

Approvals::Approvals(storage::Database& db, security::AccessControl& access)
    : m_db(db)
    , m_access(access)
{ }

QStringList Approvals::correctableFields()
{
    return {QStringLiteral("name_kanji"), QStringLiteral("name_kana"), QStringLiteral("birth_date"),
        QStringLiteral("sex"), QStringLiteral("kyuuji"), QStringLiteral("kyuuji_kana"),
        QStringLiteral("tsusho"), QStringLiteral("tsusho_kana"), QStringLiteral("alphabet_name")};
}

Result<ApprovalRequest> Approvals::requestUnlock(
    const QString& atenaNo, const QString& scope, int minutes, const QString& reason)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Approval));
    entry.purpose = reason.trimmed();
    entry.detail = QStringLiteral("request unlock %1 %2 %3 min").arg(atenaNo, scope).arg(minutes);
    if (Status allowed = m_access.require(security::Permission::OpenProfile, entry); !allowed)
        return allowed.error();
    if (entry.purpose.isEmpty())
        return Error{QCoreApplication::translate("Approvals", "a request needs a reason")};
    const auto known = registry::supportScopeFromKeyword(scope);
    if (!known)
        return Error{QCoreApplication::translate(
            "Approvals", "the scope must be address, print or copies, not '%1'")
                         .arg(scope)};
    if (minutes < 1 || minutes > registry::kMaxUnlockMinutes)
        return Error{
            QCoreApplication::translate("Approvals", "an unlock lasts from 1 to %1 minutes, not %2")
                .arg(registry::kMaxUnlockMinutes)
                .arg(minutes)};
    auto person = personIdOf(m_db, atenaNo);
    if (!person)
        return person.error();
    if (!person->has_value())
        return noResident(atenaNo);
    entry.personId = *person.value();

    ApprovalRequest request;
    request.kind = ApprovalKind::SupportUnlock;
    request.requestedAt = entry.at;
    request.requestedBy = m_access.session().staffId;
    request.atenaNo = atenaNo;
    request.details = QJsonObject{{QStringLiteral("scope"), registry::supportScopeKeyword(*known)},
        {QStringLiteral("minutes"), minutes}};
    request.reason = entry.purpose;
    return submit(entry, request);
}

Result<ApprovalRequest> Approvals::requestCorrection(
    const QString& atenaNo, const QMap<QString, QString>& changes, const QString& reason)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Approval));
    entry.purpose = reason.trimmed();
    entry.detail = QStringLiteral("request correction %1 %2")
                       .arg(atenaNo, QStringList(changes.keys()).join(QLatin1Char(' ')));
    if (Status allowed = m_access.require(security::Permission::OpenProfile, entry); !allowed)
        return allowed.error();
    if (entry.purpose.isEmpty())
        return Error{QCoreApplication::translate("Approvals", "a request needs a reason")};
    auto person = readCorrectable(m_db, atenaNo);
    if (!person)
        return person.error();
    if (!person->has_value())
        return noResident(atenaNo);
    auto details = correctionDetails(*person.value(), changes);
    if (!details)
        return details.error();
    entry.personId = person.value()->id;

    ApprovalRequest request;
    request.kind = ApprovalKind::RegisterCorrection;
    request.requestedAt = entry.at;
    request.requestedBy = m_access.session().staffId;
    request.atenaNo = atenaNo;
    request.details = details.value();
    request.reason = entry.purpose;
    entry.detail = QStringLiteral("request ") + describe(request);
    return submit(entry, request);
}

Result<ApprovalRequest> Approvals::submit(security::AuditEntry entry, ApprovalRequest request)
{
    // Recorded first: a request that cannot be recorded is not made.
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    auto id = insertRequest(m_db, request);
    if (!id) {
        entry.outcome = QLatin1String(security::AuditOutcome::Failed);
        entry.at = m_access.clock().now();
        (void)m_access.record(entry);
        return id.error();
    }
    request.id = id.value();
    return request;
}

Result<QList<ApprovalRequest>> Approvals::list(const ApprovalFilter& filter)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Approval));
    entry.detail = QStringLiteral("list");
    if (Status allowed = m_access.require(security::Permission::Approve, entry); !allowed)
        return allowed.error();
    return readRequests(m_db, filter);
}

Result<std::optional<ApprovalRequest>> Approvals::find(qint64 id)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(Approval));
    entry.detail = QStringLiteral("read #%1").arg(id);
    if (Status allowed = m_access.require(security::Permission::Approve, entry); !allowed)
        return allowed.error();
    auto found = readRequest(m_db, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<ApprovalRequest>();
    return std::optional<ApprovalRequest>(found.value()->request);
}

Result<ApprovalRequest> Approvals::approve(qint64 id, const QString& comment)
{
    return decide(id, comment, ApprovalState::Approved);
}

Result<ApprovalRequest> Approvals::deny(qint64 id, const QString& comment)
{
    return decide(id, comment, ApprovalState::Denied);
}

Result<ApprovalRequest> Approvals::decide(qint64 id, const QString& comment, ApprovalState to)
{
    const bool approving = to == ApprovalState::Approved;
    security::AuditEntry entry = m_access.entry(QLatin1String(Approval));
    entry.purpose = comment.trimmed();
    const QString verb = approving ? QStringLiteral("approve") : QStringLiteral("deny");
    entry.detail = QStringLiteral("%1 #%2").arg(verb).arg(id);
    if (Status allowed = m_access.require(security::Permission::Approve, entry); !allowed)
        return allowed.error();
    if (!approving && entry.purpose.isEmpty())
        return Error{QCoreApplication::translate(
            "Approvals", "denying a request needs a comment for the requester")};

    auto found = readRequest(m_db, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QCoreApplication::translate("Approvals", "no approval request #%1").arg(id)};
    const StoredRequest stored = found->value();
    const ApprovalRequest& request = stored.request;
    if (request.state != ApprovalState::Pending)
        return Error{QCoreApplication::translate("Approvals", "request #%1 is already %2 (by %3)")
                         .arg(id)
                         .arg(approvalStateName(request.state), request.decidedBy)};
    entry.detail += QLatin1Char(' ') + describe(request);
    auto person = personIdOf(m_db, request.atenaNo);
    if (!person)
        return person.error();
    if (person->has_value())
        entry.personId = *person.value();
    const security::Session& session = m_access.session();
    if (request.requestedBy == session.staffId) {
        // Four eyes: the refusal is recorded like a missing right.
        entry.outcome = QLatin1String(security::AuditOutcome::Denied);
        entry.detail += QStringLiteral("; four eyes: own request");
        if (Status recorded = m_access.record(entry); !recorded)
            return recorded.error();
        return Error{QCoreApplication::translate("Approvals",
            "request #%1 was made by %2: another supervisor must decide it (four eyes)")
                         .arg(id)
                         .arg(request.requestedBy)};
    }
    if (approving && request.kind == ApprovalKind::RegisterCorrection) {
        // Said before anything is recorded; checked again in the transaction.
        auto current = readCorrectable(m_db, request.atenaNo);
        if (!current)
            return current.error();
        const int then = request.details[QStringLiteral("version")].toInt(-1);
        if (!current->has_value())
            return noResident(request.atenaNo);
        if (current.value()->version != then)
            return Error{QCoreApplication::translate("Approvals",
                "the register record of %1 changed since the correction was requested (version "
                "%2 then, %3 now); check it and request the correction again")
                             .arg(request.atenaNo)
                             .arg(then)
                             .arg(current.value()->version)};
    }

    // Recorded first: a decision that cannot be recorded is not taken.
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    if (Status applied = applyDecision(stored, to, entry.at, entry.purpose); !applied) {
        security::AuditEntry failed = entry;
        failed.outcome = QLatin1String(security::AuditOutcome::Failed);
        failed.at = m_access.clock().now();
        failed.detail += QStringLiteral("; ") + applied.error().message;
        (void)m_access.record(failed);
        return applied.error();
    }
    auto after = readRequest(m_db, id);
    if (!after)
        return after.error();
    if (!after->has_value())
        return Error{QCoreApplication::translate("Approvals", "no approval request #%1").arg(id)};
    return after.value()->request;
}

// The decision and its effect in one transaction, ended before the caller
// records a failure (SQLite: the audit log cannot write while it is open).
Status Approvals::applyDecision(
    const StoredRequest& stored, ApprovalState to, const QDateTime& at, const QString& comment)
{
    const ApprovalRequest& request = stored.request;
    const security::Session& session = m_access.session();
    storage::Transaction transaction(m_db.sql());
    if (Status begun = transaction.begun(); !begun)
        return begun;
    auto decided
        = storeDecision(m_db, request.id, stored.version, to, at, session.staffId, comment);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return Error{QCoreApplication::translate(
            "Approvals", "request #%1 was decided meanwhile by another supervisor")
                         .arg(request.id)};
    if (to == ApprovalState::Approved) {
        if (request.kind == ApprovalKind::SupportUnlock) {
            if (Status s = applyUnlock(request, at); !s)
                return s;
        } else if (request.kind == ApprovalKind::RegisterCorrection) {
            if (Status s = registerCorrection(m_db, request.atenaNo, request.details, at); !s)
                return s;
        }
        // An override: the visit went out already; the decision is the record.
    }
    if (request.kind == ApprovalKind::Reconcile)
        if (Status s = releaseHeld(request, to, at, comment); !s)
            return s;
    return transaction.commit();
}

// The visit's held applications, in the decision's transaction: approved,
// they go to the relays as made (queued, due now, a fresh attempt count);
// denied, they are closed as cancelled, the supervisor's comment the reason
// the clerk and the resident are told.
Status Approvals::releaseHeld(
    const ApprovalRequest& request, ApprovalState to, const QDateTime& at, const QString& comment)
{
    if (request.visitRef.isEmpty())
        return Error{
            QCoreApplication::translate("Approvals", "reconcile request #%1 names no visit")
                .arg(request.id)};
    const QString now = delivery::outboxTime(at);
    const QString doing
        = QCoreApplication::translate("Approvals", "releasing the held applications of visit %1")
              .arg(request.visitRef);
    if (to == ApprovalState::Approved) {
        auto queued = storage::exec(m_db.sql(),
            QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?, "
                           "updated_at = ? WHERE visit_ref = ? AND state = 'held'"),
            {now, now, request.visitRef}, doing);
        return queued ? Status{} : Status{queued.error()};
    }
    auto cancelled = storage::exec(m_db.sql(),
        QStringLiteral("UPDATE outbox SET state = 'cancelled', closed_by = ?, close_reason = ?, "
                       "updated_at = ? WHERE visit_ref = ? AND state = 'held'"),
        {m_access.session().staffId, comment, now, request.visitRef}, doing);
    return cancelled ? Status{} : Status{cancelled.error()};
}

Status Approvals::applyUnlock(const ApprovalRequest& request, const QDateTime& at)
{
    const auto scope
        = registry::supportScopeFromKeyword(request.details[QStringLiteral("scope")].toString());
    const int minutes = request.details[QStringLiteral("minutes")].toInt();
    if (!scope || minutes < 1 || minutes > registry::kMaxUnlockMinutes)
        return Error{
            QCoreApplication::translate("Approvals", "request #%1 does not name a valid unlock")
                .arg(request.id)};
    auto person = personIdOf(m_db, request.atenaNo);
    if (!person)
        return person.error();
    if (!person->has_value())
        return noResident(request.atenaNo);
    // The approver lifts the block, from the approval on.
    security::Session approver = m_access.session();
    approver.office = orEmpty(approver.office);
    approver.terminal = orEmpty(approver.terminal);
    // The request is for the resident at the counter; what blocks them may
    // be a household member's measure (a protected spouse hides the shared
    // address). So the members with a measure are unlocked with them, for
    // the same scope and time: the block the supervisor approved lifting.
    auto members = storage::exec(m_db.sql(),
        QStringLiteral("SELECT DISTINCT p.id, p.atena_no FROM persons p JOIN support_measures m "
                       "ON m.person_id = p.id WHERE p.household_id = (SELECT household_id FROM "
                       "persons WHERE id = ?) AND p.id <> ? ORDER BY p.id"),
        {*person.value(), *person.value()},
        QCoreApplication::translate("Approvals", "reading the household of %1")
            .arg(request.atenaNo));
    if (!members)
        return members.error();
    QList<std::pair<qint64, QString>> unlocked{{*person.value(), request.atenaNo}};
    while (members->next())
        unlocked.append({members->value(0).toLongLong(), members->value(1).toString()});
    members->finish();
    for (const auto& [id, atena] : unlocked) {
        const registry::SupportUnlock unlock{
            atena, *scope, request.reason, at, at.addSecs(qint64(minutes) * 60)};
        if (Status s = registry::storeSupportUnlock(m_db, id, unlock, approver,
                QCoreApplication::translate("Approvals", "unlocking the support measure of %1")
                    .arg(atena));
            !s)
            return s;
    }
    return {};
}

Status recordOverrides(storage::Database& db, const QString& visitRef, const QString& atenaNo,
    const QString& staff, const QJsonObject& decisions, const QDateTime& at)
{
    const std::pair<const char*, const char*> groups[]
        = {{"left_out", "left-out"}, {"added", "added"}};
    for (const auto& [group, decision] : groups) {
        const QJsonObject items = decisions[QLatin1String(group)].toObject();
        for (auto it = items.begin(); it != items.end(); ++it) {
            // A key is "procedure" or "procedure/member"; its value the
            // reason, or an object with the reason and a title.
            const QString key = it.key();
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            const QJsonObject carried = it.value().toObject();
            QString reason
                = (it.value().isObject() ? carried[QStringLiteral("reason")] : it.value())
                      .toString()
                      .trimmed();
            if (reason.isEmpty()) // the column refuses '': say so instead
                reason = QCoreApplication::translate("Approvals", "(no reason given)");
            const QString title = carried[QStringLiteral("title")].toString();
            ApprovalRequest request;
            request.kind = ApprovalKind::ChecklistOverride;
            request.requestedAt = at;
            request.requestedBy = staff;
            request.atenaNo = atenaNo;
            request.visitRef = visitRef;
            // Without a title of its own, the procedure's id names the item
            // (the member is beside it).
            const QString procedure = slash < 0 ? key : key.left(slash);
            request.details = QJsonObject{{QStringLiteral("procedure"), procedure},
                {QStringLiteral("member"), slash < 0 ? QString() : key.mid(slash + 1)},
                {QStringLiteral("decision"), QLatin1String(decision)},
                {QStringLiteral("title"), title.isEmpty() ? procedure : title}};
            request.reason = reason;
            if (auto stored = insertRequest(db, request); !stored)
                return stored.error();
        }
    }
    return {};
}

} // namespace madoguchi::approval
