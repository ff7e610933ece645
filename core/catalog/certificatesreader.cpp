#include "catalog/certificatesreader.h"

#include "catalog/catalogfields.h"
#include "catalog/catalogfiles.h"
#include "catalog/catalogreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <sodium.h>

namespace madoguchi::catalog {
namespace {

// The claim types a certificate can carry: values an institution states,
// not the counter's own kinds (no member, select or 個人番号).
const QList<std::pair<FieldType, QString>>& claimTypes()
{
    static const QList<std::pair<FieldType, QString>> types{
        {FieldType::Text, QStringLiteral("text")}, {FieldType::Kana, QStringLiteral("kana")},
        {FieldType::Date, QStringLiteral("date")}, {FieldType::Number, QStringLiteral("number")},
        {FieldType::Checkbox, QStringLiteral("checkbox")},
        {FieldType::Address, QStringLiteral("address")}};
    return types;
}

QList<CertificateClaim> readClaims(ObjectReader& r, Problems& problems)
{
    QStringList allowed;
    for (const auto& [type, name] : claimTypes())
        allowed << name;
    QList<CertificateClaim> claims;
    QStringList ids;
    const QJsonArray array = r.array(QStringLiteral("claims"), Need::Required);
    for (qsizetype i = 0; i < array.size(); ++i) {
        ObjectReader c(array.at(i), r.at(QStringLiteral("claims")) / i, QStringLiteral("claim"),
            problems);
        CertificateClaim claim;
        claim.id = c.id(QStringLiteral("id"), IdKind::Word, Need::Required).value_or(QString());
        claim.labels = c.text(QStringLiteral("labels"), Need::Required).value_or(LocalizedText{});
        if (const auto type = c.oneOf(QStringLiteral("type"), allowed, Need::Required))
            for (const auto& [t, name] : claimTypes())
                if (name == *type)
                    claim.type = t;
        claim.required = c.boolean(QStringLiteral("required"), Need::Optional).value_or(false);
        ids << claim.id;
        claims << claim;
    }
    reportDuplicateIds(ids, r.at(QStringLiteral("claims")), problems);
    if (array.isEmpty() && r.has(QStringLiteral("claims")))
        problems.add(r.at(QStringLiteral("claims")),
            QCoreApplication::translate("Catalog", "expected at least one claim"));
    return claims;
}

// {"kty": "OKP", "crv": "Ed25519", "x": base64url of 32 bytes} (RFC 8037).
QByteArray readJwk(ObjectReader& key, Problems& problems)
{
    ObjectReader jwk(key.value(QStringLiteral("jwk")), key.at(QStringLiteral("jwk")),
        QStringLiteral("jwk"), problems);
    if (!key.require(QStringLiteral("jwk"), Need::Required) || !jwk.isObject())
        return {};
    jwk.oneOf(QStringLiteral("kty"), {QStringLiteral("OKP")}, Need::Required);
    jwk.oneOf(QStringLiteral("crv"), {QStringLiteral("Ed25519")}, Need::Required);
    const QString x = jwk.string(QStringLiteral("x"), Need::Required).value_or(QString());
    if (x.isEmpty())
        return {};
    const QByteArray text = x.toLatin1();
    QByteArray bytes(crypto_sign_PUBLICKEYBYTES, '\0');
    size_t length = 0;
    const int decoded = sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()),
        size_t(bytes.size()), text.constData(), size_t(text.size()), nullptr, &length, nullptr,
        sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    if (decoded != 0 || length != crypto_sign_PUBLICKEYBYTES) {
        problems.add(jwk.at(QStringLiteral("x")),
            QCoreApplication::translate("Catalog",
                "expected an Ed25519 public key: 32 bytes in base64url without padding (43 "
                "characters)"));
        return {};
    }
    return bytes;
}

QList<IssuerKey> readKeys(ObjectReader& r, Problems& problems)
{
    QList<IssuerKey> keys;
    QStringList kids;
    const QJsonArray array = r.array(QStringLiteral("keys"), Need::Required);
    for (qsizetype i = 0; i < array.size(); ++i) {
        ObjectReader k(
            array.at(i), r.at(QStringLiteral("keys")) / i, QStringLiteral("issuerKey"), problems);
        IssuerKey key;
        key.kid = k.string(QStringLiteral("kid"), Need::Required).value_or(QString());
        key.publicKey = readJwk(k, problems);
        key.validFrom = k.date(QStringLiteral("valid_from"), Need::Optional).value_or(QDate());
        key.validTo = k.date(QStringLiteral("valid_to"), Need::Optional).value_or(QDate());
        if (key.validFrom.isValid() && key.validTo.isValid() && key.validTo < key.validFrom)
            problems.add(k.at(QStringLiteral("valid_to")),
                QCoreApplication::translate("Catalog", "valid_to is before valid_from"));
        if (kids.contains(key.kid))
            problems.add(k.at(QStringLiteral("kid")),
                QCoreApplication::translate("Catalog", "kid \"%1\" is given twice").arg(key.kid));
        kids << key.kid;
        keys << key;
    }
    if (array.isEmpty() && r.has(QStringLiteral("keys")))
        problems.add(r.at(QStringLiteral("keys")),
            QCoreApplication::translate("Catalog", "expected at least one key"));
    return keys;
}

} // namespace

QList<CertificateType> readCertificateTypes(
    const QJsonObject& root, const QString& file, Problems& problems)
{
    ObjectReader r(root, Place{file, QString()}, QStringLiteral("certificatesFile"), problems);
    const QJsonArray array = r.array(QStringLiteral("certificates"), Need::Required);
    QList<CertificateType> types;
    QStringList ids;
    QStringList credentialTypes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Place place = r.at(QStringLiteral("certificates")) / i;
        ObjectReader c(array.at(i), place, QStringLiteral("certificate"), problems);
        CertificateType type;
        type.id = c.id(QStringLiteral("id"), IdKind::Word, Need::Required).value_or(QString());
        type.credentialType
            = c.string(QStringLiteral("credential_type"), Need::Required).value_or(QString());
        type.names = c.text(QStringLiteral("names"), Need::Required).value_or(LocalizedText{});
        type.claims = readClaims(c, problems);
        if (!type.credentialType.isEmpty() && credentialTypes.contains(type.credentialType))
            problems.add(place / QStringLiteral("credential_type"),
                QCoreApplication::translate("Catalog",
                    "credential type \"%1\" is given to another certificate type too (one "
                    "credential type names one certificate)")
                    .arg(type.credentialType));
        ids << type.id;
        credentialTypes << type.credentialType;
        types << type;
    }
    reportDuplicateIds(ids, r.at(QStringLiteral("certificates")), problems);
    return types;
}

QList<TrustedIssuer> readTrustedIssuers(const QJsonObject& root, const QString& file,
    const QList<CertificateType>& certificates, Problems& problems)
{
    ObjectReader r(root, Place{file, QString()}, QStringLiteral("trustFile"), problems);
    const QJsonArray array = r.array(QStringLiteral("issuers"), Need::Required);
    QList<TrustedIssuer> issuers;
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Place place = r.at(QStringLiteral("issuers")) / i;
        ObjectReader s(array.at(i), place, QStringLiteral("issuer"), problems);
        TrustedIssuer issuer;
        issuer.id = s.string(QStringLiteral("id"), Need::Required).value_or(QString());
        issuer.names = s.text(QStringLiteral("names"), Need::Required).value_or(LocalizedText{});
        const QJsonArray types = s.array(QStringLiteral("certificates"), Need::Required);
        for (qsizetype j = 0; j < types.size(); ++j) {
            const QString id = types.at(j).toString();
            const bool known = std::any_of(certificates.begin(), certificates.end(),
                [&](const CertificateType& c) { return c.id == id; });
            if (!known)
                problems.add(place / QStringLiteral("certificates") / j,
                    QCoreApplication::translate(
                        "Catalog", "there is no certificate type \"%1\" (certificates.json)")
                        .arg(types.at(j).isString() ? id : describeType(types.at(j))));
            issuer.certificates << id;
        }
        issuer.keys = readKeys(s, problems);
        if (ids.contains(issuer.id))
            problems.add(place / QStringLiteral("id"),
                QCoreApplication::translate("Catalog", "issuer \"%1\" is listed twice")
                    .arg(issuer.id));
        ids << issuer.id;
        issuers << issuer;
    }
    return issuers;
}

void readCertificateFiles(const QDir& dir, QList<CertificateType>& types,
    QList<TrustedIssuer>& issuers, Problems& problems)
{
    const QString certificatesFile = QStringLiteral("certificates.json");
    const QString trustFile = QStringLiteral("trust.json");
    if (dir.exists(certificatesFile))
        if (const auto root = readJsonObjectFile(dir, certificatesFile, problems))
            types = readCertificateTypes(*root, certificatesFile, problems);
    if (dir.exists(trustFile))
        if (const auto root = readJsonObjectFile(dir, trustFile, problems))
            issuers = readTrustedIssuers(*root, trustFile, types, problems);
}

} // namespace madoguchi::catalog
