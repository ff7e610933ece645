#pragma once

#include "certificate/certificateverification.h"

#include <QJsonObject>

// A verified certificate as JSON: what `madoguchi-cli cert verify --json`
// prints (docs/certificates.md, "What the desk checks").
namespace madoguchi::certificate {

// {"valid", "problems": [{"failure", "ja", "en"}], "type", "type_names",
// "issuer", "issuer_names", "kid", "credential_id", "valid_from",
// "valid_until", "subject": {"name", "birth_date"}, "member", "claims",
// "digest"}; absent values are null, times are UTC (…Z).
QJsonObject checkedCertificateJson(const CheckedCertificate& certificate);

} // namespace madoguchi::certificate
