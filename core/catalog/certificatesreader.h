#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/catalogproblem.h"

#include <QDir>
#include <QJsonObject>

// The catalog's certificate files (docs/certificates.md, "The city's trust
// store"): certificates.json, the kinds of certificate other institutions
// issue and their claims; trust.json, the issuers the city trusts for each
// kind with their Ed25519 public keys. Both are optional: a catalog
// without them accepts no digital certificate.
namespace madoguchi::catalog {

QList<CertificateType> readCertificateTypes(
    const QJsonObject& root, const QString& file, Problems& problems);
// An issuer may only name certificate types of `certificates`.
QList<TrustedIssuer> readTrustedIssuers(const QJsonObject& root, const QString& file,
    const QList<CertificateType>& certificates, Problems& problems);
// Both files of the catalog folder `dir`, when present.
void readCertificateFiles(const QDir& dir, QList<CertificateType>& types,
    QList<TrustedIssuer>& issuers, Problems& problems);

} // namespace madoguchi::catalog
