#pragma once

#include "security/staffdirectory.h"

#include <QList>
#include <QString>
#include <optional>

namespace madoguchi::security {

// The rights of the permission matrix (docs/security.md, "Permissions").
enum class Permission {
    Search, // search the register
    OpenProfile, // open a resident's profile
    RevealMyNumber, // show a 個人番号 (with a purpose)
    Submit, // submit a visit's applications
    Approve, // approve a submission that needs it
    RetryDelivery, // send a failed delivery again
    CancelDelivery, // withdraw a delivery
    UnlockSupportMeasure, // lift a 支援措置 block for a while
    ManageCatalog, // change the procedure catalog in use
    ManageStaff, // add, disable, unlock accounts; set passwords
    ReadAuditLog, // query and verify the audit chain
};

// Every permission, in the order of the matrix.
QList<Permission> allPermissions();
// Every role, in the order of the matrix's columns.
QList<Role> allRoles();

// search, open-profile, reveal-my-number, submit, approve, retry-delivery,
// cancel-delivery, unlock-support-measure, manage-catalog, manage-staff,
// read-audit-log: the names in the matrix, the audit chain and messages.
QString permissionName(Permission permission);
std::optional<Permission> permissionFromName(const QString& name);

// The matrix: whether `role` has `permission`.
bool roleMay(Role role, Permission permission);

} // namespace madoguchi::security
