#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

// base64url without padding (RFC 4648 §5, as JWS uses it: RFC 7515 §2).
namespace madoguchi::certificate {

QByteArray base64UrlEncode(QByteArrayView bytes);

// The bytes of `text`, or nothing when it is not strict base64url without
// padding: a '=' or any character outside A–Z a–z 0–9 - _, a length that
// leaves one character over (4n+1), or unused bits that are not zero (a
// second spelling of the same bytes). Empty text decodes to no bytes.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace madoguchi::certificate
