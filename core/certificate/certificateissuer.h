#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The issuing side (docs/certificates.md, "How to sign"): what a hospital
// or a school does, here for the demo and the tests (`madoguchi-cli cert
// issue`) and for a city trying out an issuer of its own.
namespace madoguchi::certificate {

// An issuer with its signing key.
struct IssuerSecret {
    QString name; // demo-hospital …; empty for a key given on the command line
    QString id; // the credential's issuer: https://hospital.midorino.example
    QString kid; // the header's kid: https://hospital.midorino.example#2026
    catalog::LocalizedText names;
    QByteArray seed; // the Ed25519 secret seed, 32 bytes

    QByteArray publicKey() const;
};

// The issuer of a 64-digit hex seed, or why the seed is not one.
Result<IssuerSecret> issuerFromSeed(
    const QString& hex, const QString& id, const QString& kid, const QString& name = {});

// The demo issuers of resources/demo/issuers.json (embedded as
// :/demo/issuers.json). Their seeds are public: they sign only for the
// demo city and the tests.
Result<QList<IssuerSecret>> demoIssuers();
// The demo issuer called `name`, or an error listing the names.
Result<IssuerSecret> demoIssuer(const QString& name);

// A compact JWS of the credential: header {"alg": "EdDSA", "kid", "typ":
// "vc+jwt"}, payload the Verifiable Credential of `credentialType`
// (BirthCertificate …) issued by `issuer` about the subject, with `claims`
// as they are (issuerClaims() checks them against the catalog), valid from
// `validFrom` (whole seconds, UTC) until `validUntil` (invalid: no end),
// with the credential id `id` (empty: none).
QString issueCertificate(const IssuerSecret& issuer, const QString& credentialType,
    const QString& subjectName, QDate birthDate, const QJsonObject& claims,
    const QDateTime& validFrom, const QDateTime& validUntil = {}, const QString& id = {});

// A fresh urn:uuid:… for a credential's id.
QString newCredentialId();

// A new random Ed25519 seed (32 bytes).
QByteArray newSeed();

// The public JWK of an Ed25519 key (RFC 8037 §2): {"kty": "OKP", "crv":
// "Ed25519", "x": base64url of the 32 bytes}, as trust.json lists keys.
QJsonObject publicJwk(const QByteArray& publicKey);

} // namespace madoguchi::certificate
