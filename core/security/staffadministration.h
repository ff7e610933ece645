#pragma once

#include "security/staffdirectory.h"

namespace madoguchi::security {

class AccessControl;

// Account administration as a member of staff reaches it: every call needs
// the right manage-staff (docs/security.md, "Permissions") and is recorded
// as 'staff-change' (or 'denied'). StaffDirectory is its engine; only
// seeding a demo database uses the engine directly.
class StaffAdministration {
public:
    StaffAdministration(StaffDirectory& directory, AccessControl& access);

    Status add(const QString& staffId, Role role, const QString& office, const QByteArray& password);
    Status setPassword(const QString& staffId, const QByteArray& password);
    Status disable(const QString& staffId);
    Status unlock(const QString& staffId);
    Result<QList<StaffAccount>> list();

private:
    // Checks the right, runs `change`, records its outcome.
    template <typename Change> Status guarded(const QString& detail, Change change);

    StaffDirectory& m_directory;
    AccessControl& m_access;
};

} // namespace madoguchi::security
