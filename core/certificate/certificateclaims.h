#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The claims of a certificate against the declaration of its type in the
// catalog's certificates.json (docs/certificates.md, "Claims"): on the
// desk's side when one is verified, on the issuer's side when
// `madoguchi-cli cert issue` makes one.
namespace madoguchi::certificate {

// credentialSubject's own properties, not claims: the subject's DID or URL,
// name and birth date.
bool isSubjectProperty(const QString& key);

// The claims the type declares as credentialSubject carries them, and one
// problem (both languages) for each claim that is missing (a required one
// absent, null or an empty string), of the wrong type (text, kana and
// address: a string; number: a JSON number; checkbox: true or false; date:
// "YYYY-MM-DD"), or not declared by the type. Optional claims that are
// absent, null or "" are left out.
struct ClaimCheck {
    QJsonObject claims;
    QList<catalog::LocalizedText> problems;
};
ClaimCheck checkClaims(const catalog::CertificateType& type, const QJsonObject& subject);

// The value of `claim` written as text on a command line: a number
// (3120, ３１２０, 49.5), a checkbox (true/false, yes/no, 1/0, はい/いいえ), a
// date (2026-11-18, R8.11.18, 令和8年11月18日 → "2026-11-18"), anything else
// the text as given (trimmed, not empty).
Result<QJsonValue> claimFromText(const catalog::CertificateClaim& claim, const QString& text);

// The claims an issuer signs: `given` (claim id → value; a string is read
// as claimFromText, any other JSON value must already be of the claim's
// type) checked against `type`; refuses, naming them all, claims the type
// does not declare and required claims that are not given.
Result<QJsonObject> issuerClaims(const catalog::CertificateType& type, const QJsonObject& given);

} // namespace madoguchi::certificate
