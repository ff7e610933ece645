#pragma once

// Helpers for the certificate tests: the built-in certificate types and
// trust store read straight from resources/catalog (by this file's own
// reader, so the tests do not depend on the catalog loader), the demo
// issuers, and certificates made to order — valid, or wrong in one way.
#include "catalog/catalogmodel.h"
#include "certificate/certificateissuer.h"
#include "certificate/certificateverification.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <ostream>

namespace madoguchi::certificate {
// Failures print by name in test messages.
inline void PrintTo(Failure failure, std::ostream* os)
{
    *os << failureName(failure).toStdString();
}
} // namespace madoguchi::certificate

namespace madoguchi::certtest {

// The built-in catalog's certificates and issuers (certificates.json and
// trust.json of resources/catalog), nothing else.
const catalog::Catalog& builtInCertificates();

// A demo issuer of resources/demo/issuers.json by name (demo-hospital …).
certificate::IssuerSecret demo(const QString& name);

// 2026-11-18T10:00:00Z, the day 高橋 結衣 is born.
QDateTime issuedAt();
// A day after issuedAt(): when the desk reads it.
QDateTime readAt();

// The household of the tests: m1 高橋 健 (head), m2 高橋 結衣 (the
// newborn, 2026-11-18), m3 髙橋 美咲 (mother, 1994-05-05).
QList<certificate::SubjectCandidate> household();

// A birth certificate's claims as the catalog declares them.
QJsonObject birthClaims();

// A 出生証明書 of 高橋 結衣 signed by `issuer`, valid from issuedAt() for a
// year; `change` edits the credential before it is signed.
QString birthCertificate(
    const certificate::IssuerSecret& issuer, const std::function<void(QJsonObject&)>& change = {});
QString birthCertificate();

// Signs `payload` (any bytes) under `header` with `issuer`'s key.
QString signRaw(
    const certificate::IssuerSecret& issuer, const QJsonObject& header, const QByteArray& payload);
// The standard header {"alg": "EdDSA", "typ": "vc+jwt", "kid": issuer.kid}.
QJsonObject header(const certificate::IssuerSecret& issuer);

// The payload of a compact JWS, decoded.
QJsonObject payloadOf(const QString& jws);

// The failures of `checked`, in order.
QList<certificate::Failure> failures(const certificate::CheckedCertificate& checked);

} // namespace madoguchi::certtest
