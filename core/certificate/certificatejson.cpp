#include "certificate/certificatejson.h"

#include "certificate/credential.h"

#include <QJsonArray>

namespace madoguchi::certificate {
namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(timestampText(at)) : QJsonValue(QJsonValue::Null);
}

QJsonValue names(const catalog::LocalizedText& text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("ja"), text.ja}, {QStringLiteral("en"), text.en}};
}

} // namespace

QJsonObject checkedCertificateJson(const CheckedCertificate& c)
{
    QJsonArray problems;
    for (const Problem& p : c.problems)
        problems.append(QJsonObject{{QStringLiteral("failure"), failureName(p.failure)},
            {QStringLiteral("ja"), p.message.ja}, {QStringLiteral("en"), p.message.en}});
    return QJsonObject{
        {QStringLiteral("valid"), c.valid()},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("type"), orNull(c.typeId)},
        {QStringLiteral("type_names"), names(c.typeNames)},
        {QStringLiteral("issuer"), orNull(c.issuerId)},
        {QStringLiteral("issuer_names"), names(c.issuerNames)},
        {QStringLiteral("kid"), orNull(c.kid)},
        {QStringLiteral("credential_id"), orNull(c.credentialId)},
        {QStringLiteral("valid_from"), timeOrNull(c.validFrom)},
        {QStringLiteral("valid_until"), timeOrNull(c.validUntil)},
        {QStringLiteral("subject"),
            QJsonObject{{QStringLiteral("name"), orNull(c.subjectName)},
                {QStringLiteral("birth_date"),
                    c.subjectBirthDate.isValid()
                        ? QJsonValue(c.subjectBirthDate.toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("member"), orNull(c.member)},
        {QStringLiteral("claims"), c.claims},
        {QStringLiteral("digest"), c.digest},
    };
}

QJsonObject evidenceObject(const CheckedCertificate& c)
{
    if (!c.valid())
        return {};
    return QJsonObject{
        {QStringLiteral("type"), c.typeId},
        {QStringLiteral("claims"), c.claims},
        {QStringLiteral("issuer"), c.issuerId},
        {QStringLiteral("kid"), c.kid},
        {QStringLiteral("credential_id"), orNull(c.credentialId)},
        {QStringLiteral("digest"), c.digest},
        {QStringLiteral("member"), c.member},
        {QStringLiteral("valid_from"), timeOrNull(c.validFrom)},
        {QStringLiteral("valid_until"), timeOrNull(c.validUntil)},
    };
}

} // namespace madoguchi::certificate
