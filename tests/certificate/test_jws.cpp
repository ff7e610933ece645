// Compact JWS with EdDSA / Ed25519: the RFC 8037 example, signing and
// verifying, and everything the parser and the header check refuse.
#include "certificate/base64url.h"
#include "certificate/jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace madoguchi::certificate;

namespace {

// RFC 8037 Appendix A.1 / A.4.
const QByteArray kRfcSeed = *base64UrlDecode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
const QByteArray kRfcPublic = *base64UrlDecode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
const QByteArray kRfcJws
    = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
      "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7"
      "sVvpAr_MuM0KAg";

QJsonObject goodHeader()
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
        {QStringLiteral("typ"), QStringLiteral("vc+jwt")},
        {QStringLiteral("kid"), QStringLiteral("https://issuer.example#1")}};
}

QByteArray part(const QByteArray& json)
{
    return base64UrlEncode(json);
}

// The English reason parseCompactJws gives for `text`.
std::string whyNot(const QByteArray& text)
{
    const JwsParse parsed = parseCompactJws(text);
    EXPECT_FALSE(parsed.jws) << text.toStdString();
    EXPECT_FALSE(parsed.error.ja.isEmpty());
    return parsed.error.en.toStdString();
}

} // namespace

TEST(Jws, SignsTheRfc8037ExampleByteForByte)
{
    EXPECT_EQ(ed25519PublicKey(kRfcSeed), kRfcPublic);
    const QByteArray signedJws
        = signCompactJws(QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}},
            "Example of Ed25519 signing", kRfcSeed);
    EXPECT_EQ(signedJws, kRfcJws);
}

TEST(Jws, ParsesAndVerifiesTheRfc8037Example)
{
    const JwsParse parsed = parseCompactJws(kRfcJws);
    ASSERT_TRUE(parsed.jws) << parsed.error.en.toStdString();
    EXPECT_EQ(parsed.jws->header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    EXPECT_EQ(parsed.jws->payload, QByteArray("Example of Ed25519 signing"));
    EXPECT_EQ(parsed.jws->signature.size(), 64);
    EXPECT_EQ(parsed.jws->signingInput, kRfcJws.left(kRfcJws.lastIndexOf('.')));
    EXPECT_TRUE(verifyEd25519(*parsed.jws, kRfcPublic));
}

TEST(Jws, ATamperedPayloadDoesNotVerify)
{
    const QByteArray jws = signCompactJws(goodHeader(), R"({"weight":3120})", kRfcSeed);
    const QList<QByteArray> parts = jws.split('.');
    const QByteArray forged = parts[0] + '.' + part(R"({"weight":4120})") + '.' + parts[2];
    const JwsParse parsed = parseCompactJws(forged);
    ASSERT_TRUE(parsed.jws);
    EXPECT_FALSE(verifyEd25519(*parsed.jws, kRfcPublic));
    EXPECT_TRUE(verifyEd25519(*parseCompactJws(jws).jws, kRfcPublic));
}

TEST(Jws, ATamperedHeaderDoesNotVerify)
{
    const QByteArray jws = signCompactJws(goodHeader(), "{}", kRfcSeed);
    QJsonObject other = goodHeader();
    other.insert(QStringLiteral("kid"), QStringLiteral("https://issuer.example#2"));
    const QByteArray forged
        = part(QJsonDocument(other).toJson(QJsonDocument::Compact)) + jws.mid(jws.indexOf('.'));
    EXPECT_FALSE(verifyEd25519(*parseCompactJws(forged).jws, kRfcPublic));
}

TEST(Jws, ATamperedSignatureDoesNotVerify)
{
    const QByteArray jws = signCompactJws(goodHeader(), "{}", kRfcSeed);
    QByteArray signature = *base64UrlDecode(jws.mid(jws.lastIndexOf('.') + 1));
    signature[10] = char(signature[10] ^ 0x01);
    const QByteArray forged = jws.left(jws.lastIndexOf('.') + 1) + base64UrlEncode(signature);
    const JwsParse parsed = parseCompactJws(forged);
    ASSERT_TRUE(parsed.jws);
    EXPECT_FALSE(verifyEd25519(*parsed.jws, kRfcPublic));
    // A signature of the wrong length is refused, not read past its end.
    CompactJws shortened = *parsed.jws;
    shortened.signature.chop(1);
    EXPECT_FALSE(verifyEd25519(shortened, kRfcPublic));
}

TEST(Jws, AnotherKeyDoesNotVerify)
{
    const QByteArray jws = signCompactJws(goodHeader(), "{}", kRfcSeed);
    const QByteArray otherKey = ed25519PublicKey(QByteArray(32, '\x07'));
    EXPECT_FALSE(verifyEd25519(*parseCompactJws(jws).jws, otherKey));
}

TEST(Jws, RefusesWhatIsNotThreeParts)
{
    const QByteArray h = part(R"({"alg":"EdDSA"})");
    EXPECT_EQ(
        whyNot(h + ".e30"), "not a compact JWS: expected three parts separated by dots, found 2");
    EXPECT_EQ(whyNot(h + ".e30.AAAA.AAAA"),
        "not a compact JWS: expected three parts separated by dots, found 4");
    EXPECT_EQ(whyNot(""), "not a compact JWS: expected three parts separated by dots, found 1");
}

TEST(Jws, RefusesAnEmptyPart)
{
    const QByteArray h = part(R"({"alg":"none"})");
    // An unsecured JWS (alg none) has an empty signature: never accepted.
    EXPECT_EQ(whyNot(h + ".e30."), "the JWS signature (part 3) is empty");
    EXPECT_EQ(whyNot(h + "..AAAA"), "the JWS payload (part 2) is empty");
}

TEST(Jws, RefusesBase64WithPaddingOrOtherCharacters)
{
    const QByteArray jws = signCompactJws(goodHeader(), "{}", kRfcSeed);
    EXPECT_EQ(whyNot(jws + "=="),
        "the JWS signature (part 3) is not base64url without padding (only A-Z a-z 0-9 - _, no "
        "'=')");
    QByteArray plus = jws;
    plus[plus.indexOf('.') + 1] = '+';
    EXPECT_EQ(whyNot(plus),
        "the JWS payload (part 2) is not base64url without padding (only A-Z a-z 0-9 - _, no "
        "'=')");
    EXPECT_EQ(whyNot("e30=.e30.AAAA"),
        "the JWS header (part 1) is not base64url without padding (only A-Z a-z 0-9 - _, no '=')");
}

TEST(Jws, RefusesSpacesLineBreaksAndNonAscii)
{
    const QByteArray jws = signCompactJws(goodHeader(), "{}", kRfcSeed);
    const std::string why = "the JWS contains a character that a compact JWS cannot (a space, a "
                            "line break, or a non-ASCII character)";
    EXPECT_EQ(whyNot(jws.left(20) + ' ' + jws.mid(20)), why);
    EXPECT_EQ(whyNot(jws.left(20) + '\n' + jws.mid(20)), why);
    EXPECT_EQ(whyNot(jws + "\xe3\x80\x80"), why);
}

TEST(Jws, RefusesAHeaderThatIsNotAJsonObject)
{
    EXPECT_EQ(whyNot(part(R"(["EdDSA"])") + ".e30.AAAA"), "the JWS header is not a JSON object");
    EXPECT_EQ(whyNot(part("alg EdDSA") + ".e30.AAAA"), "the JWS header is not a JSON object");
}

TEST(JwsHeader, AcceptsEdDsaWithTypAndKid)
{
    EXPECT_TRUE(checkEdDsaHeader(goodHeader()).isEmpty());
}

TEST(JwsHeader, RefusesAlgNoneAndEveryOtherAlgorithm)
{
    for (const QJsonValue& alg : {QJsonValue(QStringLiteral("none")),
             QJsonValue(QStringLiteral("HS256")), QJsonValue(QStringLiteral("ES256")),
             QJsonValue(QStringLiteral("eddsa")), QJsonValue(QJsonValue::Undefined)}) {
        QJsonObject h = goodHeader();
        if (alg.isUndefined())
            h.remove(QStringLiteral("alg"));
        else
            h.insert(QStringLiteral("alg"), alg);
        const QList<HeaderProblem> problems = checkEdDsaHeader(h);
        ASSERT_EQ(problems.size(), 1) << alg.toString().toStdString();
        EXPECT_TRUE(problems[0].algorithm);
        EXPECT_TRUE(
            problems[0].message.en.contains(QStringLiteral("only EdDSA (Ed25519) is accepted")));
    }
    QJsonObject none = goodHeader();
    none.insert(QStringLiteral("alg"), QStringLiteral("none"));
    EXPECT_EQ(checkEdDsaHeader(none)[0].message.en,
        QStringLiteral(
            "the signature algorithm (alg) is \"none\"; only EdDSA (Ed25519) is accepted"));
}

TEST(JwsHeader, RefusesCritTypAndAMissingKid)
{
    QJsonObject crit = goodHeader();
    crit.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")});
    crit.insert(QStringLiteral("b64"), false);
    ASSERT_EQ(checkEdDsaHeader(crit).size(), 1);
    EXPECT_FALSE(checkEdDsaHeader(crit)[0].algorithm);
    EXPECT_TRUE(checkEdDsaHeader(crit)[0].message.en.contains(QStringLiteral("crit")));

    QJsonObject typ = goodHeader();
    typ.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    ASSERT_EQ(checkEdDsaHeader(typ).size(), 1);
    EXPECT_TRUE(checkEdDsaHeader(typ)[0].message.en.contains(QStringLiteral("vc+jwt")));

    QJsonObject kid = goodHeader();
    kid.remove(QStringLiteral("kid"));
    ASSERT_EQ(checkEdDsaHeader(kid).size(), 1);
    EXPECT_EQ(checkEdDsaHeader(kid)[0].message.en,
        QStringLiteral("the header does not name the signing key (kid)"));
    kid.insert(QStringLiteral("kid"), 7);
    EXPECT_EQ(checkEdDsaHeader(kid).size(), 1);
}
