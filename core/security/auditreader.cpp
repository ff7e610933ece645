#include "security/auditreader.h"

#include "security/accesscontrol.h"

namespace madoguchi::security {

AuditReader::AuditReader(QSqlDatabase& db, AccessControl& access)
    : m_db(db)
    , m_access(access)
{ }

// Reads are recorded after they ran: an entry written first would be part
// of what is read.
Result<VerifyReport> AuditReader::verify()
{
    AuditEntry entry = m_access.entry(QLatin1String(AuditAction::AuditRead));
    entry.detail = QStringLiteral("verify");
    if (Status allowed = m_access.require(Permission::ReadAuditLog, entry); !allowed)
        return allowed.error();
    auto report = verifyAuditChain(m_db);
    if (!report)
        return report;
    entry.detail += report->intact ? QStringLiteral(": intact")
                                   : QStringLiteral(": broken at %1").arg(report->brokenSeq);
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    return report;
}

Result<QList<AuditEntry>> AuditReader::query(const AuditFilter& filter, const QString& description)
{
    AuditEntry entry = m_access.entry(QLatin1String(AuditAction::AuditRead));
    entry.detail = QStringLiteral("query ") + description;
    if (Status allowed = m_access.require(Permission::ReadAuditLog, entry); !allowed)
        return allowed.error();
    auto entries = queryAudit(m_db, filter);
    if (!entries)
        return entries;
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    return entries;
}

} // namespace madoguchi::security
