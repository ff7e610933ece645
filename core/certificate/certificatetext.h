#pragma once

#include "certificate/certificateverification.h"

#include <QString>
#include <QStringList>

// A verified certificate in plain lines, as `madoguchi-cli cert verify`
// prints it (docs/certificates.md, "What the desk checks").
namespace madoguchi::certificate {

// "VALID: Birth certificate (shussei_shoumei)" or "INVALID: …", a line
// "  ✗ <message> [<failure name>]" per problem, then issuer, key, id,
// validity (in Japan time), subject, `member` (what the caller says of the
// member: "m2", "none", "not checked …"), the claims in the order the
// type declares them, the SHA-256 and `audit` (whether it was recorded).
// Names and messages in `language` ("ja" or "en").
QStringList certificateLines(const CheckedCertificate& certificate,
    const catalog::CertificateType* type, const QString& language, const QString& member,
    const QString& audit);

} // namespace madoguchi::certificate
