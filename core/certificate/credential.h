#pragma once

#include "catalog/catalogmodel.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The payload of a certificate: a W3C Verifiable Credential (data model
// 2.0) secured as VC-JOSE "vc+jwt", i.e. the credential itself is the JWS
// payload (docs/certificates.md, "The payload").
namespace madoguchi::certificate {

inline constexpr char kCredentialsV2Context[] = "https://www.w3.org/ns/credentials/v2";

struct Credential {
    QString id; // urn:uuid:… or a URL; may be empty
    QStringList types; // VerifiableCredential, BirthCertificate …
    QString issuerId;
    QString issuerName; // may be empty
    QDateTime validFrom;
    QDateTime validUntil; // invalid: no end
    // JWT claims a JOSE issuer may add (RFC 7519 §4.1.4/5): checked too.
    QDateTime notBefore;
    QDateTime expires;
    QString subjectName;
    QDate subjectBirthDate;
    // credentialSubject as given: name, birthDate and the claims.
    QJsonObject subject;
};

// The credential as far as it can be read, and what in it is not as
// docs/certificates.md says (each in both languages). `readable` is false
// when the payload is not a JSON object at all.
struct CredentialRead {
    Credential credential;
    QList<catalog::LocalizedText> problems;
    bool readable = false;
};
CredentialRead readCredential(const QByteArray& payload);

// A timestamp as the credential writes it: ISO 8601 with seconds and a
// zone (2026-11-18T10:00:00Z, 2026-11-18T19:00:00+09:00). Invalid for
// anything else, a time without a zone included.
QDateTime parseTimestamp(const QString& text);
// 2026-11-18T10:00:00Z: UTC, whole seconds.
QString timestampText(const QDateTime& at);
// A day as YYYY-MM-DD exactly; invalid otherwise.
QDate parseIsoDay(const QString& text);

// The credential for the claims `claims` (already typed), with the
// context, the types VerifiableCredential and `credentialType`, and the
// issuer as {id, name} (just the id without a name).
QJsonObject buildCredential(const QString& credentialType, const QString& issuerId,
    const QString& issuerName, const QString& subjectName, QDate subjectBirthDate,
    const QJsonObject& claims, const QDateTime& validFrom, const QDateTime& validUntil,
    const QString& id);

} // namespace madoguchi::certificate
