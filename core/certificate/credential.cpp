#include "certificate/credential.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace madoguchi::certificate {
namespace {

catalog::LocalizedText words(const QString& ja, const QString& en)
{
    return {ja, en};
}

// A name in the credential: a string, a language value {"@value": …}, or
// a list of them (VC 2.0 §11.1); the first one.
QString nameOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("@value")).toString();
    if (value.isArray() && !value.toArray().isEmpty())
        return nameOf(value.toArray().first());
    return {};
}

void readContext(const QJsonObject& root, CredentialRead& read)
{
    const QJsonArray context = root.value(QLatin1String("@context")).toArray();
    if (context.isEmpty() || context.first().toString() != QLatin1String(kCredentialsV2Context))
        read.problems << words(
            QStringLiteral("@context の最初が %1 ではありません（VC データモデル 2.0 の資格情報では"
                           "ありません）")
                .arg(QLatin1String(kCredentialsV2Context)),
            QStringLiteral("@context does not start with %1 (not a Verifiable Credential of data "
                           "model 2.0)")
                .arg(QLatin1String(kCredentialsV2Context)));
}

void readTypes(const QJsonObject& root, CredentialRead& read)
{
    const QJsonValue type = root.value(QLatin1String("type"));
    QStringList& types = read.credential.types;
    if (type.isString())
        types << type.toString();
    for (const QJsonValue& t : type.toArray())
        if (t.isString())
            types << t.toString();
    if (!types.contains(QLatin1String("VerifiableCredential")))
        read.problems << words(QStringLiteral("type に VerifiableCredential がありません"),
            QStringLiteral("type does not list VerifiableCredential"));
}

void readIssuer(const QJsonObject& root, CredentialRead& read)
{
    const QJsonValue issuer = root.value(QLatin1String("issuer"));
    if (issuer.isString()) {
        read.credential.issuerId = issuer.toString();
    } else if (issuer.isObject()) {
        read.credential.issuerId = issuer.toObject().value(QLatin1String("id")).toString();
        read.credential.issuerName = nameOf(issuer.toObject().value(QLatin1String("name")));
    }
    if (read.credential.issuerId.isEmpty())
        read.problems << words(QStringLiteral("発行者 issuer（その id）が書かれていません"),
            QStringLiteral("the credential does not name its issuer (issuer or issuer.id)"));
}

void readValidity(const QJsonObject& root, CredentialRead& read)
{
    Credential& c = read.credential;
    const QJsonValue from = root.value(QLatin1String("validFrom"));
    c.validFrom = parseTimestamp(from.toString());
    if (!c.validFrom.isValid())
        read.problems << words(
            QStringLiteral("validFrom（発行日時）がないか、時差つきの日時（2026-11-18T10:00:00Z）"
                           "ではありません"),
            QStringLiteral("validFrom (when it was issued) is missing or not a date and time with "
                           "a zone (2026-11-18T10:00:00Z)"));
    if (root.contains(QLatin1String("validUntil"))) {
        c.validUntil = parseTimestamp(root.value(QLatin1String("validUntil")).toString());
        if (!c.validUntil.isValid())
            read.problems << words(
                QStringLiteral("validUntil が時差つきの日時（2027-11-18T10:00:00Z）ではありません"),
                QStringLiteral("validUntil is not a date and time with a zone "
                               "(2027-11-18T10:00:00Z)"));
        else if (c.validFrom.isValid() && c.validUntil < c.validFrom)
            read.problems << words(QStringLiteral("validUntil が validFrom より前です"),
                QStringLiteral("validUntil is before validFrom"));
    }
    // JWT claims in seconds since 1970 (RFC 7519 §2 NumericDate).
    for (const auto& [key, target] : {std::pair{"nbf", &c.notBefore}, {"exp", &c.expires}}) {
        if (!root.contains(QLatin1String(key)))
            continue;
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isDouble())
            *target = QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), QTimeZone::utc());
        else
            read.problems << words(QStringLiteral("%1 が数値（1970 年からの秒数）ではありません")
                                       .arg(QLatin1String(key)),
                QStringLiteral("%1 is not a number (seconds since 1970)").arg(QLatin1String(key)));
    }
}

void readSubject(const QJsonObject& root, CredentialRead& read)
{
    const QJsonValue subject = root.value(QLatin1String("credentialSubject"));
    if (!subject.isObject()) {
        read.problems << words(
            QStringLiteral(
                "credentialSubject が一つのオブジェクトではありません（対象者は一人です）"),
            QStringLiteral("credentialSubject is not one object (a certificate is about one "
                           "person)"));
        return;
    }
    Credential& c = read.credential;
    c.subject = subject.toObject();
    c.subjectName = c.subject.value(QLatin1String("name")).toString().trimmed();
    if (c.subjectName.isEmpty())
        read.problems << words(QStringLiteral("対象者の氏名 credentialSubject.name がありません"),
            QStringLiteral("the subject's name (credentialSubject.name) is missing"));
    c.subjectBirthDate = parseIsoDay(c.subject.value(QLatin1String("birthDate")).toString());
    if (!c.subjectBirthDate.isValid())
        read.problems << words(
            QStringLiteral("対象者の生年月日 credentialSubject.birthDate がないか、YYYY-MM-DD の"
                           "日付ではありません"),
            QStringLiteral("the subject's birth date (credentialSubject.birthDate) is missing or "
                           "not a date YYYY-MM-DD"));
}

} // namespace

QDateTime parseTimestamp(const QString& text)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    if (!form.match(text).hasMatch())
        return {};
    // Qt reads milliseconds only: cut finer fractions, which change nothing here.
    QString trimmed = text;
    static const QRegularExpression fraction(QStringLiteral(R"((\.\d{3})\d+)"));
    trimmed.replace(fraction, QStringLiteral("\\1"));
    return QDateTime::fromString(trimmed, Qt::ISODateWithMs);
}

QString timestampText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QDate parseIsoDay(const QString& text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!form.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

CredentialRead readCredential(const QByteArray& payload)
{
    CredentialRead read;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        read.problems << words(QStringLiteral("JWS のペイロードが JSON オブジェクトではありません"),
            QStringLiteral("the JWS payload is not a JSON object"));
        return read;
    }
    read.readable = true;
    const QJsonObject root = document.object();
    readContext(root, read);
    readTypes(root, read);
    if (root.contains(QLatin1String("id"))) {
        read.credential.id = root.value(QLatin1String("id")).toString();
        if (read.credential.id.isEmpty())
            read.problems << words(
                QStringLiteral("資格情報の id が文字列（URL か URN）ではありません"),
                QStringLiteral("the credential's id is not a string (a URL or a URN)"));
    }
    readIssuer(root, read);
    readValidity(root, read);
    readSubject(root, read);
    return read;
}

QJsonObject buildCredential(const QString& credentialType, const QString& issuerId,
    const QString& issuerName, const QString& subjectName, QDate subjectBirthDate,
    const QJsonObject& claims, const QDateTime& validFrom, const QDateTime& validUntil,
    const QString& id)
{
    QJsonObject subject = claims;
    subject.insert(QStringLiteral("name"), subjectName);
    subject.insert(QStringLiteral("birthDate"), subjectBirthDate.toString(Qt::ISODate));
    QJsonObject credential{
        {QStringLiteral("@context"), QJsonArray{QLatin1String(kCredentialsV2Context)}},
        {QStringLiteral("type"),
            QJsonArray{QStringLiteral("VerifiableCredential"), credentialType}},
        {QStringLiteral("issuer"),
            issuerName.isEmpty() ? QJsonValue(issuerId)
                                 : QJsonValue(QJsonObject{{QStringLiteral("id"), issuerId},
                                     {QStringLiteral("name"), issuerName}})},
        {QStringLiteral("validFrom"), timestampText(validFrom)},
        {QStringLiteral("credentialSubject"), subject},
    };
    if (validUntil.isValid())
        credential.insert(QStringLiteral("validUntil"), timestampText(validUntil));
    if (!id.isEmpty())
        credential.insert(QStringLiteral("id"), id);
    return credential;
}

} // namespace madoguchi::certificate
