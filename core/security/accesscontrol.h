#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "security/auditentry.h"
#include "security/login.h"
#include "security/permissions.h"

namespace madoguchi::security {

class AuditLog;

// The permission check and the audit stamp of one session: every core
// service that reads a resident or acts for one takes an AccessControl
// (docs/security.md, "Permissions"). A refused call is recorded in the audit
// chain with outcome "denied" and returns an error naming who, as what, and
// the right that is missing.
class AccessControl {
public:
    AccessControl(Session session, AuditLog& audit, const Clock& clock = Clock::system());

    const Session& session() const { return m_session; }
    const Clock& clock() const { return m_clock; }

    // A new entry for `action`, stamped with the session's operator, role,
    // office and terminal and the clock's now; outcome ok.
    AuditEntry entry(const QString& action) const;

    // Ok when the session's role has `permission`; otherwise records
    // `attempt` with outcome denied and fails.
    Status require(Permission permission, AuditEntry attempt);

    // Appends `entry` to the chain.
    Status record(const AuditEntry& entry);

private:
    Session m_session;
    AuditLog& m_audit;
    const Clock& m_clock;
};

// What a role may not do, as the error says it: "staff 'k.sato' (clerk) may
// not approve submissions".
QString deniedMessage(const Session& session, Permission permission);

} // namespace madoguchi::security
