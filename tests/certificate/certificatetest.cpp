#include "certificatetest.h"

#include "certificate/base64url.h"
#include "certificate/credential.h"
#include "certificate/jws.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace madoguchi::certtest {
namespace {

QJsonObject readJson(const QString& relative)
{
    QFile file(QStringLiteral(MADOGUCHI_SOURCE_DIR "/") + relative);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relative.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

catalog::LocalizedText text(const QJsonValue& value)
{
    return {value[QStringLiteral("ja")].toString(), value[QStringLiteral("en")].toString()};
}

catalog::FieldType claimType(const QString& name)
{
    using catalog::FieldType;
    if (name == QLatin1String("number"))
        return FieldType::Number;
    if (name == QLatin1String("date"))
        return FieldType::Date;
    if (name == QLatin1String("checkbox"))
        return FieldType::Checkbox;
    if (name == QLatin1String("kana"))
        return FieldType::Kana;
    if (name == QLatin1String("address"))
        return FieldType::Address;
    return FieldType::Text;
}

catalog::Catalog readCertificates()
{
    catalog::Catalog c;
    c.location = QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/catalog");
    for (const QJsonValue& t : readJson(
             QStringLiteral("resources/catalog/certificates.json"))[QStringLiteral("certificates")]
                                   .toArray()) {
        catalog::CertificateType type;
        type.id = t[QStringLiteral("id")].toString();
        type.credentialType = t[QStringLiteral("credential_type")].toString();
        type.names = text(t[QStringLiteral("names")]);
        for (const QJsonValue& cl : t[QStringLiteral("claims")].toArray())
            type.claims << catalog::CertificateClaim{cl[QStringLiteral("id")].toString(),
                text(cl[QStringLiteral("labels")]),
                claimType(cl[QStringLiteral("type")].toString()),
                cl[QStringLiteral("required")].toBool()};
        c.certificates << type;
    }
    for (const QJsonValue& i :
        readJson(QStringLiteral("resources/catalog/trust.json"))[QStringLiteral("issuers")]
            .toArray()) {
        catalog::TrustedIssuer issuer;
        issuer.id = i[QStringLiteral("id")].toString();
        issuer.names = text(i[QStringLiteral("names")]);
        for (const QJsonValue& t : i[QStringLiteral("certificates")].toArray())
            issuer.certificates << t.toString();
        for (const QJsonValue& k : i[QStringLiteral("keys")].toArray()) {
            const auto x = certificate::base64UrlDecode(
                k[QStringLiteral("jwk")][QStringLiteral("x")].toString().toLatin1());
            EXPECT_TRUE(x && x->size() == 32);
            issuer.keys << catalog::IssuerKey{k[QStringLiteral("kid")].toString(),
                x.value_or(QByteArray()),
                QDate::fromString(k[QStringLiteral("valid_from")].toString(), Qt::ISODate),
                QDate::fromString(k[QStringLiteral("valid_to")].toString(), Qt::ISODate)};
        }
        c.issuers << issuer;
    }
    return c;
}

} // namespace

const catalog::Catalog& builtInCertificates()
{
    static const catalog::Catalog catalog = readCertificates();
    return catalog;
}

certificate::IssuerSecret demo(const QString& name)
{
    Result<certificate::IssuerSecret> issuer = certificate::demoIssuer(name);
    EXPECT_TRUE(issuer) << (issuer ? std::string() : issuer.error().message.toStdString());
    return issuer ? issuer.value() : certificate::IssuerSecret{};
}

QDateTime issuedAt()
{
    return QDateTime(QDate(2026, 11, 18), QTime(10, 0), QTimeZone::utc());
}

QDateTime readAt()
{
    return issuedAt().addDays(1);
}

QList<certificate::SubjectCandidate> household()
{
    return {{QStringLiteral("m1"), QStringLiteral("高橋 健"), QStringLiteral("タカハシ ケン"),
                QDate(1992, 3, 3)},
        {QStringLiteral("m2"), QStringLiteral("高橋 結衣"), QStringLiteral("タカハシ ユイ"),
            QDate(2026, 11, 18)},
        {QStringLiteral("m3"), QStringLiteral("髙橋 美咲"), QStringLiteral("タカハシ ミサキ"),
            QDate(1994, 5, 5)}};
}

QJsonObject birthClaims()
{
    return QJsonObject{{QStringLiteral("birth_time"), QStringLiteral("午前10時32分")},
        {QStringLiteral("birthplace"), QStringLiteral("東京都みどり野市本町一丁目2番3号")},
        {QStringLiteral("facility"), QStringLiteral("みどり野中央病院")},
        {QStringLiteral("weight_grams"), 3120}, {QStringLiteral("height_cm"), 49.5},
        {QStringLiteral("plurality"), QStringLiteral("単胎")},
        {QStringLiteral("gestation_weeks"), 39},
        {QStringLiteral("mother_name"), QStringLiteral("髙橋 美咲")},
        {QStringLiteral("certifier"), QStringLiteral("医師 緑野 一郎")},
        {QStringLiteral("certified_on"), QStringLiteral("2026-11-18")}};
}

QJsonObject header(const certificate::IssuerSecret& issuer)
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
        {QStringLiteral("typ"), QStringLiteral("vc+jwt")}, {QStringLiteral("kid"), issuer.kid}};
}

QString signRaw(
    const certificate::IssuerSecret& issuer, const QJsonObject& header, const QByteArray& payload)
{
    return QString::fromLatin1(certificate::signCompactJws(header, payload, issuer.seed));
}

QString birthCertificate(
    const certificate::IssuerSecret& issuer, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject credential = certificate::buildCredential(QStringLiteral("BirthCertificate"),
        issuer.id, issuer.names.ja, QStringLiteral("高橋 結衣"), QDate(2026, 11, 18), birthClaims(),
        issuedAt(), issuedAt().addYears(1),
        QStringLiteral("urn:uuid:6f1c2a4e-8d0b-4c47-9a51-3f2b7e0d9c11"));
    if (change)
        change(credential);
    return signRaw(
        issuer, header(issuer), QJsonDocument(credential).toJson(QJsonDocument::Compact));
}

QString birthCertificate()
{
    return birthCertificate(demo(QStringLiteral("demo-hospital")));
}

QJsonObject payloadOf(const QString& jws)
{
    const auto bytes
        = certificate::base64UrlDecode(jws.trimmed().section(QLatin1Char('.'), 1, 1).toLatin1());
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

QList<certificate::Failure> failures(const certificate::CheckedCertificate& checked)
{
    QList<certificate::Failure> list;
    for (const certificate::Problem& p : checked.problems)
        list << p.failure;
    return list;
}

} // namespace madoguchi::certtest
