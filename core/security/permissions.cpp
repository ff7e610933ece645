#include "security/permissions.h"

namespace madoguchi::security {

QList<Permission> allPermissions()
{
    return {Permission::Search, Permission::OpenProfile, Permission::RevealMyNumber,
        Permission::Submit, Permission::Approve, Permission::RetryDelivery,
        Permission::CancelDelivery, Permission::UnlockSupportMeasure, Permission::ManageCatalog,
        Permission::ManageStaff, Permission::ReadAuditLog};
}

QList<Role> allRoles()
{
    return {Role::Clerk, Role::Supervisor, Role::Admin, Role::Auditor, Role::Console};
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Search:
        return QStringLiteral("search");
    case Permission::OpenProfile:
        return QStringLiteral("open-profile");
    case Permission::RevealMyNumber:
        return QStringLiteral("reveal-my-number");
    case Permission::Submit:
        return QStringLiteral("submit");
    case Permission::Approve:
        return QStringLiteral("approve");
    case Permission::RetryDelivery:
        return QStringLiteral("retry-delivery");
    case Permission::CancelDelivery:
        return QStringLiteral("cancel-delivery");
    case Permission::UnlockSupportMeasure:
        return QStringLiteral("unlock-support-measure");
    case Permission::ManageCatalog:
        return QStringLiteral("manage-catalog");
    case Permission::ManageStaff:
        return QStringLiteral("manage-staff");
    case Permission::ReadAuditLog:
        return QStringLiteral("read-audit-log");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Permission> permissionFromName(const QString& name)
{
    for (Permission permission : allPermissions())
        if (permissionName(permission) == name)
            return permission;
    return std::nullopt;
}

// Separation of duties: the people who serve residents do not administer
// accounts or read the log of their own accesses; administrators and
// auditors never see a resident. The console (whoever holds the database
// credentials at a command line) can already read every table directly, so
// it keeps the reading and administrative rights, but nothing that needs a
// person at the counter: no 個人番号, no submissions, no unlocks.
bool roleMay(Role role, Permission permission)
{
    switch (role) {
    case Role::Clerk:
        return permission == Permission::Search || permission == Permission::OpenProfile
            || permission == Permission::RevealMyNumber || permission == Permission::Submit;
    case Role::Supervisor:
        return permission != Permission::ManageCatalog && permission != Permission::ManageStaff;
    case Role::Admin:
        return permission == Permission::ManageCatalog || permission == Permission::ManageStaff;
    case Role::Auditor:
        return permission == Permission::ReadAuditLog;
    case Role::Console:
        return permission == Permission::Search || permission == Permission::OpenProfile
            || permission == Permission::ManageCatalog || permission == Permission::ManageStaff
            || permission == Permission::ReadAuditLog;
    }
    return false;
}

} // namespace madoguchi::security
