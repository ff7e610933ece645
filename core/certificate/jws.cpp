#include "certificate/jws.h"

#include "certificate/base64url.h"

#include <QJsonDocument>
#include <mutex>
#include <sodium.h>

namespace madoguchi::certificate {
namespace {

catalog::LocalizedText words(const char* ja, const char* en)
{
    return {QString::fromUtf8(ja), QString::fromUtf8(en)};
}

// "the JWS payload (part 2) is empty" and the like.
catalog::LocalizedText partProblem(int part, bool empty)
{
    static const char* const ja[] = {"ヘッダー", "ペイロード", "署名"};
    static const char* const en[] = {"header", "payload", "signature"};
    const QString jaPart = QString::fromUtf8(ja[part]);
    const QString enPart = QLatin1String(en[part]);
    if (empty)
        return {QStringLiteral("JWS の%1（%2 番目の部分）が空です").arg(jaPart).arg(part + 1),
            QStringLiteral("the JWS %1 (part %2) is empty").arg(enPart).arg(part + 1)};
    return {
        QStringLiteral("JWS の%1（%2 番目の部分）が base64url（パディングなし）として読めません")
            .arg(jaPart)
            .arg(part + 1),
        QStringLiteral("the JWS %1 (part %2) is not base64url without padding (only A-Z a-z "
                       "0-9 - _, no '=')")
            .arg(enPart)
            .arg(part + 1)};
}

// sodium_init is thread-safe and idempotent, but called once all the same.
void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium cannot be initialised");
    });
}

} // namespace

JwsParse parseCompactJws(const QByteArray& text)
{
    JwsParse result;
    for (const char c : text) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e) {
            result.error = words("JWS に使えない文字（空白、改行、ASCII 以外）が含まれています",
                "the JWS contains a character that a compact JWS cannot (a space, a line break, "
                "or a non-ASCII character)");
            return result;
        }
    }
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 3) {
        result.error = {QStringLiteral("コンパクト形式の JWS ではありません（ドットで区切られた 3 "
                                       "つの部分が必要ですが、%1 つあります）")
                            .arg(parts.size()),
            QStringLiteral("not a compact JWS: expected three parts separated by dots, found %1")
                .arg(parts.size())};
        return result;
    }
    std::optional<QByteArray> decoded[3];
    for (int i = 0; i < 3; ++i) {
        if (parts[i].isEmpty()) {
            result.error = partProblem(i, true);
            return result;
        }
        decoded[i] = base64UrlDecode(parts[i]);
        if (!decoded[i]) {
            result.error = partProblem(i, false);
            return result;
        }
    }
    QJsonParseError error{};
    const QJsonDocument header = QJsonDocument::fromJson(*decoded[0], &error);
    if (error.error != QJsonParseError::NoError || !header.isObject()) {
        result.error = words("JWS のヘッダーが JSON オブジェクトではありません",
            "the JWS header is not a JSON object");
        return result;
    }
    result.jws = CompactJws{header.object(), *decoded[1], *decoded[2], parts[0] + '.' + parts[1]};
    return result;
}

QList<HeaderProblem> checkEdDsaHeader(const QJsonObject& header)
{
    QList<HeaderProblem> problems;
    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (alg.toString() != QLatin1String("EdDSA")) {
        const QString given = alg.isString() ? QStringLiteral("\"%1\"").arg(alg.toString())
                                             : QStringLiteral("(none)");
        problems << HeaderProblem{true,
            {QStringLiteral("署名方式 alg が %1 です。受け付けるのは EdDSA（Ed25519）だけです")
                    .arg(given),
                QStringLiteral(
                    "the signature algorithm (alg) is %1; only EdDSA (Ed25519) is accepted")
                    .arg(given)}};
    }
    if (header.contains(QLatin1String("crit")))
        problems << HeaderProblem{false,
            words("ヘッダーに crit（理解しなければならない拡張）があります。窓口は拡張を"
                  "理解しないため受け付けません",
                "the header has crit (extensions that must be understood); the desk understands "
                "none, so it cannot accept the certificate")};
    if (header.value(QLatin1String("typ")).toString() != QLatin1String("vc+jwt"))
        problems << HeaderProblem{false,
            words("ヘッダーの typ が \"vc+jwt\" ではありません（検証可能な資格情報ではありません）",
                "the header's typ is not \"vc+jwt\" (it is not a verifiable credential)")};
    const QJsonValue kid = header.value(QLatin1String("kid"));
    if (!kid.isString() || kid.toString().isEmpty())
        problems << HeaderProblem{false,
            words("ヘッダーに署名鍵の識別子 kid がありません",
                "the header does not name the signing key (kid)")};
    return problems;
}

bool verifyEd25519(const CompactJws& jws, const QByteArray& publicKey)
{
    ensureSodium();
    if (jws.signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(jws.signature.data()),
               reinterpret_cast<const unsigned char*>(jws.signingInput.data()),
               size_t(jws.signingInput.size()),
               reinterpret_cast<const unsigned char*>(publicKey.data()))
        == 0;
}

QByteArray ed25519PublicKey(const QByteArray& seed)
{
    ensureSodium();
    Q_ASSERT(seed.size() == crypto_sign_SEEDBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
        reinterpret_cast<unsigned char*>(secretKey.data()),
        reinterpret_cast<const unsigned char*>(seed.data()));
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    return publicKey;
}

QByteArray signCompactJws(
    const QJsonObject& header, const QByteArray& payload, const QByteArray& seed)
{
    ensureSodium();
    Q_ASSERT(seed.size() == crypto_sign_SEEDBYTES);
    const QByteArray signingInput
        = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64UrlEncode(payload);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
        reinterpret_cast<unsigned char*>(secretKey.data()),
        reinterpret_cast<const unsigned char*>(seed.data()));
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char*>(signingInput.data()), size_t(signingInput.size()),
        reinterpret_cast<const unsigned char*>(secretKey.data()));
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    return signingInput + '.' + base64UrlEncode(signature);
}

} // namespace madoguchi::certificate
