#include "security/accesscontrol.h"

#include "security/auditlog.h"

#include <QCoreApplication>

namespace madoguchi::security {
namespace {

QString describe(Permission permission)
{
    switch (permission) {
    case Permission::Search:
        return QCoreApplication::translate("Permissions", "search the register");
    case Permission::OpenProfile:
        return QCoreApplication::translate("Permissions", "open a resident's profile");
    case Permission::RevealMyNumber:
        return QCoreApplication::translate("Permissions", "reveal an individual number (個人番号)");
    case Permission::Submit:
        return QCoreApplication::translate("Permissions", "submit applications");
    case Permission::Approve:
        return QCoreApplication::translate("Permissions", "approve submissions");
    case Permission::RetryDelivery:
        return QCoreApplication::translate("Permissions", "retry deliveries");
    case Permission::CancelDelivery:
        return QCoreApplication::translate("Permissions", "cancel deliveries");
    case Permission::UnlockSupportMeasure:
        return QCoreApplication::translate("Permissions", "unlock a support measure (支援措置)");
    case Permission::ManageCatalog:
        return QCoreApplication::translate("Permissions", "manage the procedure catalog");
    case Permission::ManageStaff:
        return QCoreApplication::translate("Permissions", "manage staff accounts");
    case Permission::ReadAuditLog:
        return QCoreApplication::translate("Permissions", "read the audit log");
    }
    return permissionName(permission);
}

} // namespace

QString deniedMessage(const Session& session, Permission permission)
{
    return QCoreApplication::translate("Permissions", "staff '%1' (%2) may not %3")
        .arg(session.staffId, roleName(session.role), describe(permission));
}

AccessControl::AccessControl(Session session, AuditLog& audit, const Clock& clock)
    : m_session(std::move(session))
    , m_audit(audit)
    , m_clock(clock)
{ }

AuditEntry AccessControl::entry(const QString& action) const
{
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.operatorId = m_session.staffId;
    entry.role = roleName(m_session.role);
    entry.office = m_session.office;
    entry.terminal = m_session.terminal;
    entry.action = action;
    entry.outcome = QLatin1String(AuditOutcome::Ok);
    return entry;
}

Status AccessControl::require(Permission permission, AuditEntry attempt)
{
    if (roleMay(m_session.role, permission))
        return {};
    const QString message = deniedMessage(m_session, permission);
    attempt.outcome = QLatin1String(AuditOutcome::Denied);
    if (attempt.detail.isEmpty())
        attempt.detail = permissionName(permission);
    else
        attempt.detail = permissionName(permission) + QLatin1String(": ") + attempt.detail;
    if (auto recorded = m_audit.record(attempt); !recorded)
        return Error{QCoreApplication::translate(
            "Permissions", "%1 (and the refusal could not be recorded: %2)")
                         .arg(message, recorded.error().message)};
    return Error{message};
}

Status AccessControl::record(const AuditEntry& entry)
{
    if (auto recorded = m_audit.record(entry); !recorded)
        return recorded.error();
    return {};
}

} // namespace madoguchi::security
