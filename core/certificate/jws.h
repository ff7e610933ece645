#pragma once

#include "catalog/catalogmodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// Compact JWS (RFC 7515 §7.1) signed with EdDSA over Ed25519 (RFC 8037):
// BASE64URL(header) "." BASE64URL(payload) "." BASE64URL(signature), the
// signature over the ASCII bytes of the first two parts and the dot.
namespace madoguchi::certificate {

// A compact JWS taken apart. Only the structure is checked here; what the
// header says (alg, crit …) is judged by checkEdDsaHeader.
struct CompactJws {
    QJsonObject header;
    QByteArray payload; // the decoded bytes
    QByteArray signature; // the decoded bytes
    QByteArray signingInput; // header "." payload, as received
};

// The JWS in `text` (ASCII, exactly three non-empty parts, strict
// base64url: no padding, no other characters; the header a JSON object),
// or what is wrong with it.
struct JwsParse {
    std::optional<CompactJws> jws;
    catalog::LocalizedText error; // why it is not a compact JWS
};
JwsParse parseCompactJws(const QByteArray& text);

// What is wrong with the header for an Ed25519 credential, in both
// languages: an `alg` other than "EdDSA" ("none" above all: `algorithm`
// is set on that one), a `crit` (no extension is understood, so none may
// be critical: RFC 7515 §4.1.11), a `typ` other than "vc+jwt", a missing
// or empty `kid`. Empty: acceptable.
struct HeaderProblem {
    bool algorithm = false;
    catalog::LocalizedText message;
};
QList<HeaderProblem> checkEdDsaHeader(const QJsonObject& header);

// Whether `signature` is an Ed25519 signature of `signingInput` by the
// 32-byte `publicKey`.
bool verifyEd25519(const CompactJws& jws, const QByteArray& publicKey);

// The 32-byte public key of an Ed25519 secret seed (32 bytes).
QByteArray ed25519PublicKey(const QByteArray& seed);

// Signs `payload` under `header` with the Ed25519 key of the 32-byte
// `seed`: the compact serialisation. The header is written as compact
// JSON; the caller puts alg, typ and kid in it.
QByteArray signCompactJws(
    const QJsonObject& header, const QByteArray& payload, const QByteArray& seed);

} // namespace madoguchi::certificate
