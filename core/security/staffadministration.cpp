#include "security/staffadministration.h"

#include "security/accesscontrol.h"

namespace madoguchi::security {

StaffAdministration::StaffAdministration(StaffDirectory& directory, AccessControl& access)
    : m_directory(directory)
    , m_access(access)
{ }

template <typename Change> Status StaffAdministration::guarded(const QString& detail, Change change)
{
    AuditEntry entry = m_access.entry(QLatin1String(AuditAction::StaffChange));
    entry.detail = detail;
    if (Status allowed = m_access.require(Permission::ManageStaff, entry); !allowed)
        return allowed;
    const Status done = change();
    if (!done) {
        entry.outcome = QLatin1String(AuditOutcome::Failed);
        entry.detail += QStringLiteral(": ") + done.error().message;
    }
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded;
    return done;
}

Status StaffAdministration::add(
    const QString& staffId, Role role, const QString& office, const QByteArray& password)
{
    return guarded(QStringLiteral("add %1 %2 %3").arg(staffId, roleName(role), office),
        [&] { return m_directory.add(staffId, role, office, password); });
}

Status StaffAdministration::setPassword(const QString& staffId, const QByteArray& password)
{
    return guarded(QStringLiteral("passwd %1").arg(staffId),
        [&] { return m_directory.setPassword(staffId, password); });
}

Status StaffAdministration::disable(const QString& staffId)
{
    return guarded(
        QStringLiteral("disable %1").arg(staffId), [&] { return m_directory.disable(staffId); });
}

Status StaffAdministration::unlock(const QString& staffId)
{
    return guarded(
        QStringLiteral("unlock %1").arg(staffId), [&] { return m_directory.unlock(staffId); });
}

Result<QList<StaffAccount>> StaffAdministration::list()
{
    AuditEntry entry = m_access.entry(QLatin1String(AuditAction::StaffChange));
    entry.detail = QStringLiteral("list");
    if (Status allowed = m_access.require(Permission::ManageStaff, entry); !allowed)
        return allowed.error();
    return m_directory.list();
}

} // namespace madoguchi::security
