#include "certificate/certificatetext.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTimeZone>

namespace madoguchi::certificate {
namespace {

QString shownValue(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

QString japanTime(const QDateTime& at)
{
    return at.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" JST");
}

} // namespace

QStringList certificateLines(const CheckedCertificate& c, const catalog::CertificateType* type,
    const QString& lang, const QString& member, const QString& audit)
{
    QStringList lines;
    const QString typeName = c.typeNames.isEmpty()
        ? QCoreApplication::translate("CertificateText", "unknown type")
        : QStringLiteral("%1 (%2)").arg(c.typeNames.in(lang), c.typeId);
    lines << (c.valid() ? QCoreApplication::translate("CertificateText", "VALID: %1")
                        : QCoreApplication::translate("CertificateText", "INVALID: %1"))
                 .arg(typeName);
    for (const Problem& p : c.problems)
        lines << QStringLiteral("  ✗ %1 [%2]").arg(p.message.in(lang), failureName(p.failure));
    const auto field = [&lines](const QString& label, const QString& value) {
        lines << QStringLiteral("%1 %2").arg(label.leftJustified(10), value);
    };
    const QString notRead = QCoreApplication::translate("CertificateText", "(not read)");
    const QString issuerName = c.issuerNames.in(lang);
    field(QCoreApplication::translate("CertificateText", "issuer:"),
        c.issuerId.isEmpty()       ? notRead
            : issuerName.isEmpty() ? c.issuerId
                                   : QStringLiteral("%1 <%2>").arg(issuerName, c.issuerId));
    field(QCoreApplication::translate("CertificateText", "key:"),
        c.kid.isEmpty() ? QCoreApplication::translate("CertificateText", "(none)") : c.kid);
    if (!c.credentialId.isEmpty())
        field(QCoreApplication::translate("CertificateText", "id:"), c.credentialId);
    field(QCoreApplication::translate("CertificateText", "valid:"),
        QCoreApplication::translate("CertificateText", "%1 until %2")
            .arg(c.validFrom.isValid() ? japanTime(c.validFrom) : notRead,
                c.validUntil.isValid() ? japanTime(c.validUntil)
                                       : QCoreApplication::translate("CertificateText", "no end")));
    field(QCoreApplication::translate("CertificateText", "subject:"),
        c.subjectName.isEmpty()
            ? notRead
            : QCoreApplication::translate("CertificateText", "%1, born %2")
                  .arg(c.subjectName, c.subjectBirthDate.toString(Qt::ISODate)));
    field(QCoreApplication::translate("CertificateText", "member:"), member);
    if (!c.claims.isEmpty()) {
        lines << QCoreApplication::translate("CertificateText", "claims:");
        // In the order the catalog declares them, as the form asks them.
        QStringList keys;
        if (type)
            for (const catalog::CertificateClaim& claim : type->claims)
                if (c.claims.contains(claim.id))
                    keys << claim.id;
        for (const QString& key : c.claims.keys())
            if (!keys.contains(key))
                keys << key;
        for (const QString& key : keys) {
            const catalog::CertificateClaim* claim = type ? type->claim(key) : nullptr;
            const QString label
                = claim ? QStringLiteral("%1 (%2)").arg(claim->labels.in(lang), key) : key;
            lines << QStringLiteral("  %1: %2").arg(label, shownValue(c.claims.value(key)));
        }
    }
    field(QCoreApplication::translate("CertificateText", "sha256:"), c.digest);
    field(QCoreApplication::translate("CertificateText", "audit:"), audit);
    return lines;
}

} // namespace madoguchi::certificate
