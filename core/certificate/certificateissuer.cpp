#include "certificate/certificateissuer.h"

#include "certificate/base64url.h"
#include "certificate/credential.h"
#include "certificate/jws.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <sodium.h>

namespace madoguchi::certificate {
namespace {

constexpr auto kDemoIssuersFile = ":/demo/issuers.json";

} // namespace

QByteArray IssuerSecret::publicKey() const
{
    return ed25519PublicKey(seed);
}

Result<IssuerSecret> issuerFromSeed(
    const QString& hex, const QString& id, const QString& kid, const QString& name)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!form.match(hex).hasMatch())
        return Error{QCoreApplication::translate(
            "Certificate", "expected an Ed25519 seed: 64 hexadecimal digits (32 bytes)")};
    return IssuerSecret{name, id, kid, {}, QByteArray::fromHex(hex.toLatin1())};
}

Result<QList<IssuerSecret>> demoIssuers()
{
    const QString file = QLatin1String(kDemoIssuersFile);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Certificate", "cannot read %1: %2")
                         .arg(file, f.errorString())};
    const QJsonArray issuers
        = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("issuers")).toArray();
    QList<IssuerSecret> result;
    for (qsizetype i = 0; i < issuers.size(); ++i) {
        const QJsonObject o = issuers.at(i).toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        Result<IssuerSecret> issuer = issuerFromSeed(o.value(QLatin1String("seed")).toString(),
            o.value(QLatin1String("id")).toString(), o.value(QLatin1String("kid")).toString(),
            name);
        if (!issuer || name.isEmpty() || issuer->id.isEmpty() || issuer->kid.isEmpty())
            return Error{QCoreApplication::translate("Certificate",
                "%1: /issuers/%2 needs name, id, kid and a seed of 64 hexadecimal digits")
                             .arg(file)
                             .arg(i)};
        const QJsonObject names = o.value(QLatin1String("names")).toObject();
        issuer->names = {names.value(QLatin1String("ja")).toString(),
            names.value(QLatin1String("en")).toString()};
        result << issuer.value();
    }
    return result;
}

Result<IssuerSecret> demoIssuer(const QString& name)
{
    Result<QList<IssuerSecret>> issuers = demoIssuers();
    if (!issuers)
        return issuers.error();
    QStringList names;
    for (const IssuerSecret& issuer : issuers.value()) {
        if (issuer.name == name)
            return issuer;
        names << issuer.name;
    }
    return Error{
        QCoreApplication::translate("Certificate", "there is no demo issuer \"%1\" (one of %2)")
            .arg(name, names.join(QStringLiteral(", ")))};
}

QString issueCertificate(const IssuerSecret& issuer, const QString& credentialType,
    const QString& subjectName, QDate birthDate, const QJsonObject& claims,
    const QDateTime& validFrom, const QDateTime& validUntil, const QString& id)
{
    const QJsonObject credential = buildCredential(credentialType, issuer.id, issuer.names.ja,
        subjectName, birthDate, claims, validFrom, validUntil, id);
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
        {QStringLiteral("typ"), QStringLiteral("vc+jwt")}, {QStringLiteral("kid"), issuer.kid}};
    return QString::fromLatin1(signCompactJws(
        header, QJsonDocument(credential).toJson(QJsonDocument::Compact), issuer.seed));
}

QString newCredentialId()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray newSeed()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    QByteArray seed(crypto_sign_SEEDBYTES, '\0');
    randombytes_buf(seed.data(), size_t(seed.size()));
    return seed;
}

QJsonObject publicJwk(const QByteArray& publicKey)
{
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
        {QStringLiteral("crv"), QStringLiteral("Ed25519")},
        {QStringLiteral("x"), QString::fromLatin1(base64UrlEncode(publicKey))}};
}

} // namespace madoguchi::certificate
