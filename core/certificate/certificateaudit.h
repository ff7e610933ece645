#pragma once

#include "certificate/certificateverification.h"
#include "common/result.h"
#include "security/auditentry.h"

#include <QString>
#include <optional>

namespace madoguchi::security {
class AccessControl;
}

// Every verification of a certificate is recorded in the audit chain,
// valid or not (docs/desk.md, "F10: read a code"; docs/security.md).
namespace madoguchi::certificate {

// "type=shussei_shoumei issuer=https://… kid=https://…#2026 digest=<hex>
// member=m3 result=ok", or "result=failed: signature, expired" with the
// names of every failure (failureName); a value that was not read is "-".
QString verificationDetail(const CheckedCertificate& certificate);

// Appends a 'certificate-verify' entry for `certificate` with the session
// of `access`: the resident `personId` (the one the visit is for), the
// purpose `context` (where it was read: "desk 12345678901 shussei"),
// outcome ok or failed, and verificationDetail as the detail. Needs no
// right: reading a certificate the resident hands over is part of every
// visit; the resident's data was read (and recorded) before.
Status recordVerification(security::AccessControl& access, const CheckedCertificate& certificate,
    std::optional<qint64> personId, const QString& context);

} // namespace madoguchi::certificate
