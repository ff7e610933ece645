#pragma once

#include "catalog/catalogmodel.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Signed certificates from other institutions (issue #10, docs/certificates.md):
// a compact JWS (RFC 7515) signed with EdDSA / Ed25519 (RFC 8037) whose
// payload is a W3C Verifiable Credential (data model 2.0, secured as
// VC-JOSE "vc+jwt"). Verified against the catalog's trust store.
namespace madoguchi::certificate {

// A member of the visit's household the certificate may be about.
struct SubjectCandidate {
    QString member; // m1 …
    QString nameKanji;
    QString nameKana;
    QDate birthDate; // invalid: not known to the day
};

// Why a certificate is not accepted. Every check runs that can, so the
// clerk sees all that is wrong at once.
enum class Failure {
    Malformed, // not a compact JWS, bad base64url, not JSON, not a credential
    Signature, // the signature does not verify with the issuer's key
    UnknownType, // no certificate type of the catalog is listed in `type`
    UntrustedIssuer, // the issuer is not in trust.json
    NotTrustedForType, // trusted, but not for this type of certificate
    UnknownKey, // the issuer has no key with the header's kid
    KeyOutOfPeriod, // the key is not valid on the day of issue
    NotYetValid, // validFrom is in the future
    Expired, // validUntil has passed
    WrongSubject, // no household member has the subject's name and birth date
    BadClaim, // a claim missing, of the wrong type, or unknown
};

// "malformed", "signature", … (the audit detail and the JSON).
QString failureName(Failure failure);

struct Problem {
    Failure failure;
    catalog::LocalizedText message; // plain words for the clerk
};

// A certificate as verification found it. The fields are filled as far as
// the certificate could be read, valid or not (the desk shows who issued
// an expired one).
struct CheckedCertificate {
    QList<Problem> problems;
    QString typeId; // the catalog's certificate type (shussei_shoumei)
    catalog::LocalizedText typeNames;
    QString issuerId;
    catalog::LocalizedText issuerNames; // from trust.json; the credential's name when untrusted
    QString kid;
    QString credentialId; // the credential's `id`; may be empty
    QDateTime validFrom;
    QDateTime validUntil; // invalid: no end
    QString subjectName;
    QDate subjectBirthDate;
    QString member; // the household member it is about; empty when none matched
    QJsonObject claims; // the claims the type declares, checked (dates as YYYY-MM-DD)
    QString digest; // lower-case hex SHA-256 of the compact JWS as given (trimmed)

    bool valid() const { return problems.isEmpty(); }
};

// Verifies `text` (a compact JWS; surrounding white space is ignored):
// the signature with the issuer's key named by the header's kid, the
// issuer trusted for the certificate's type, the validity period at `now`,
// the key's period on the day of issue, the subject (its folded name —
// kanji or kana — and birth date equal one of `household`), and the
// claims against the type's declaration. Never fails: problems are in the
// result.
CheckedCertificate verifyCertificate(const QString& text, const catalog::Catalog& catalog,
    const QList<SubjectCandidate>& household, const QDateTime& now);

// What a certificate contributes to the rules context: evidence.<type> =
// {claim: value}, plus the certificate's identity for the record. The
// object is {"type", "claims" (the {claim: value} that goes at
// evidence.<type>), "issuer", "kid", "credential_id", "digest", "member",
// "valid_from", "valid_until"} (certificatejson.cpp); empty for a
// certificate that is not valid, which contributes nothing.
QJsonObject evidenceObject(const CheckedCertificate& certificate);

} // namespace madoguchi::certificate
