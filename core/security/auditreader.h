#pragma once

#include "security/auditlog.h"

namespace madoguchi::security {

class AccessControl;

// The audit chain as a member of staff reads it: the right read-audit-log
// (docs/security.md, "Permissions"), and each read is itself recorded as
// 'audit-read', so that who looked at the log is in the log.
class AuditReader {
public:
    AuditReader(QSqlDatabase& db, AccessControl& access);

    Result<VerifyReport> verify();
    Result<QList<AuditEntry>> query(const AuditFilter& filter, const QString& description);

private:
    QSqlDatabase& m_db;
    AccessControl& m_access;
};

} // namespace madoguchi::security
