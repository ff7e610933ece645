#include "certificate/certificateaudit.h"

#include "security/accesscontrol.h"

#include <QStringList>

namespace madoguchi::certificate {
namespace {

QString orDash(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

} // namespace

QString verificationDetail(const CheckedCertificate& c)
{
    QString result = QStringLiteral("ok");
    if (!c.valid()) {
        QStringList failures;
        for (const Problem& p : c.problems)
            if (!failures.contains(failureName(p.failure)))
                failures << failureName(p.failure);
        result = QStringLiteral("failed: ") + failures.join(QStringLiteral(", "));
    }
    return QStringLiteral("type=%1 issuer=%2 kid=%3 digest=%4 member=%5 result=%6")
        .arg(orDash(c.typeId), orDash(c.issuerId), orDash(c.kid), orDash(c.digest),
            orDash(c.member), result);
}

Status recordVerification(security::AccessControl& access, const CheckedCertificate& certificate,
    std::optional<qint64> personId, const QString& context)
{
    security::AuditEntry entry = access.entry(QLatin1String(security::AuditAction::CertificateVerify));
    entry.personId = personId;
    entry.purpose = context;
    entry.outcome = QLatin1String(
        certificate.valid() ? security::AuditOutcome::Ok : security::AuditOutcome::Failed);
    entry.detail = verificationDetail(certificate);
    return access.record(entry);
}

} // namespace madoguchi::certificate
