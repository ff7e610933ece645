// verifyCertificate against the built-in trust store: a valid 出生証明書,
// and each way one is refused — tampering, the algorithm, the issuer, the
// key, the validity period, the subject and the claims — each named.
#include "certificate/base64url.h"
#include "certificate/certificatejson.h"
#include "certificate/credential.h"
#include "certificate/jws.h"
#include "certificatetest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace madoguchi;
using namespace madoguchi::certtest;
using certificate::CheckedCertificate;
using certificate::Failure;

namespace {

CheckedCertificate verify(const QString& text, const QDateTime& now = readAt(),
    const QList<certificate::SubjectCandidate>& members = household())
{
    return certificate::verifyCertificate(text, builtInCertificates(), members, now);
}

QString englishProblems(const CheckedCertificate& c)
{
    QStringList lines;
    for (const certificate::Problem& p : c.problems)
        lines << p.message.en;
    return lines.join(QLatin1Char('\n'));
}

// The certificate with its payload replaced by `payload` (the signature kept).
QString withPayload(const QString& jws, const QJsonObject& payload)
{
    const QStringList parts = jws.split(QLatin1Char('.'));
    return parts[0] + QLatin1Char('.')
        + QString::fromLatin1(
            certificate::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        + QLatin1Char('.') + parts[2];
}

QJsonObject& subjectOf(QJsonObject& credential, QJsonObject& subject)
{
    subject = credential[QStringLiteral("credentialSubject")].toObject();
    return subject;
}

// Edits credentialSubject of a credential being built.
std::function<void(QJsonObject&)> editSubject(const std::function<void(QJsonObject&)>& edit)
{
    return [edit](QJsonObject& credential) {
        QJsonObject subject;
        edit(subjectOf(credential, subject));
        credential.insert(QStringLiteral("credentialSubject"), subject);
    };
}

} // namespace

TEST(CertificateVerification, AcceptsTheDemoHospitalsBirthCertificate)
{
    const QString jws = birthCertificate();
    const CheckedCertificate c = verify(jws);
    ASSERT_TRUE(c.valid()) << englishProblems(c).toStdString();
    EXPECT_EQ(c.typeId, QStringLiteral("shussei_shoumei"));
    EXPECT_EQ(c.typeNames.ja, QStringLiteral("出生証明書"));
    EXPECT_EQ(c.issuerId, QStringLiteral("https://hospital.midorino.example"));
    EXPECT_EQ(c.issuerNames.en, QStringLiteral("Midorino Central Hospital (demo)"));
    EXPECT_EQ(c.kid, QStringLiteral("https://hospital.midorino.example#2026"));
    EXPECT_EQ(c.credentialId, QStringLiteral("urn:uuid:6f1c2a4e-8d0b-4c47-9a51-3f2b7e0d9c11"));
    EXPECT_EQ(c.validFrom, issuedAt());
    EXPECT_EQ(c.validUntil, issuedAt().addYears(1));
    EXPECT_EQ(c.subjectName, QStringLiteral("高橋 結衣"));
    EXPECT_EQ(c.subjectBirthDate, QDate(2026, 11, 18));
    EXPECT_EQ(c.member, QStringLiteral("m2"));
    EXPECT_EQ(c.claims, birthClaims());
    EXPECT_EQ(c.claims[QStringLiteral("weight_grams")].toDouble(), 3120.0);
    EXPECT_EQ(c.digest,
        QString::fromLatin1(
            QCryptographicHash::hash(jws.toLatin1(), QCryptographicHash::Sha256).toHex()));
}

TEST(CertificateVerification, IgnoresTheWhiteSpaceAroundIt)
{
    // A QR scanner types the code and Enter; a file ends with a line break.
    const QString jws = birthCertificate();
    const CheckedCertificate c = verify(QStringLiteral("  ") + jws + QStringLiteral("\r\n"));
    EXPECT_TRUE(c.valid()) << englishProblems(c).toStdString();
    EXPECT_EQ(c.digest, verify(jws).digest);
}

TEST(CertificateVerification, ATamperedPayloadFailsTheSignature)
{
    QJsonObject payload = payloadOf(birthCertificate());
    QJsonObject subject = payload[QStringLiteral("credentialSubject")].toObject();
    subject.insert(QStringLiteral("weight_grams"), 4120);
    payload.insert(QStringLiteral("credentialSubject"), subject);
    const CheckedCertificate c = verify(withPayload(birthCertificate(), payload));
    EXPECT_EQ(failures(c), QList{Failure::Signature});
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral("the signature does not match: the certificate was altered, or signed with "
                       "another key"));
    EXPECT_EQ(c.problems[0].message.ja,
        QStringLiteral("署名が一致しません（内容が書き換えられたか、別の鍵で署名されています）"));
    // What it claims is still shown, so the clerk sees what was forged.
    EXPECT_EQ(c.claims[QStringLiteral("weight_grams")].toInt(), 4120);
}

TEST(CertificateVerification, ATamperedSignatureFails)
{
    QString jws = birthCertificate();
    const qsizetype at = jws.lastIndexOf(QLatin1Char('.')) + 5;
    jws[at] = jws[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_EQ(failures(verify(jws)), QList{Failure::Signature});
}

TEST(CertificateVerification, RefusesAlgNone)
{
    const certificate::IssuerSecret hospital = demo(QStringLiteral("demo-hospital"));
    QJsonObject none = header(hospital);
    none.insert(QStringLiteral("alg"), QStringLiteral("none"));
    const QString signedOne = birthCertificate();
    const QString payload = signedOne.section(QLatin1Char('.'), 1, 1);
    const QString head = QString::fromLatin1(
        certificate::base64UrlEncode(QJsonDocument(none).toJson(QJsonDocument::Compact)));

    // As RFC 7515 writes an unsecured JWS: an empty signature.
    const CheckedCertificate unsecured
        = verify(head + QLatin1Char('.') + payload + QLatin1Char('.'));
    EXPECT_EQ(failures(unsecured), QList{Failure::Malformed});
    EXPECT_FALSE(unsecured.valid());

    // With the real signature kept: the header is no longer what was signed,
    // and alg none is refused before any key is tried.
    const CheckedCertificate relabelled = verify(head + QLatin1Char('.') + payload
        + QLatin1Char('.') + signedOne.section(QLatin1Char('.'), 2, 2));
    EXPECT_EQ(failures(relabelled), QList{Failure::Signature});
    EXPECT_TRUE(relabelled.problems[0].message.en.contains(QStringLiteral("\"none\"")));
}

TEST(CertificateVerification, RefusesAnotherAlgorithmEvenWithAGoodSignature)
{
    const certificate::IssuerSecret hospital = demo(QStringLiteral("demo-hospital"));
    QJsonObject hs = header(hospital);
    hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    const QString jws = signRaw(
        hospital, hs, QJsonDocument(payloadOf(birthCertificate())).toJson(QJsonDocument::Compact));
    const CheckedCertificate c = verify(jws);
    EXPECT_EQ(failures(c), QList{Failure::Signature});
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral(
            "the signature algorithm (alg) is \"HS256\"; only EdDSA (Ed25519) is accepted"));
}

TEST(CertificateVerification, RefusesACritHeader)
{
    const certificate::IssuerSecret hospital = demo(QStringLiteral("demo-hospital"));
    QJsonObject crit = header(hospital);
    crit.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
    const QString jws = signRaw(hospital, crit,
        QJsonDocument(payloadOf(birthCertificate())).toJson(QJsonDocument::Compact));
    EXPECT_EQ(failures(verify(jws)), QList{Failure::Malformed});
}

TEST(CertificateVerification, RefusesWhatIsNotAJwsWithoutReadingFurther)
{
    for (const QString& text : {QStringLiteral("MDP1:abc"), QStringLiteral("hello"),
             QString(birthCertificate() + QStringLiteral("==")), QString()}) {
        const CheckedCertificate c = verify(text);
        EXPECT_EQ(failures(c), QList{Failure::Malformed}) << text.toStdString();
        EXPECT_TRUE(c.typeId.isEmpty());
        EXPECT_EQ(c.digest.size(), 64);
    }
}

TEST(CertificateVerification, RefusesAPayloadThatIsNotAJsonObject)
{
    const certificate::IssuerSecret hospital = demo(QStringLiteral("demo-hospital"));
    for (const QByteArray& payload :
        {QByteArray("[1,2]"), QByteArray("not json"), QByteArray("\"vc\"")}) {
        const CheckedCertificate c = verify(signRaw(hospital, header(hospital), payload));
        EXPECT_EQ(failures(c), QList{Failure::Malformed}) << payload.toStdString();
        EXPECT_EQ(c.problems[0].message.en, QStringLiteral("the JWS payload is not a JSON object"));
    }
}

TEST(CertificateVerification, RefusesACredentialThatIsNotAVerifiableCredential)
{
    const CheckedCertificate c = verify(
        birthCertificate(demo(QStringLiteral("demo-hospital")), [](QJsonObject& credential) {
            credential.insert(QStringLiteral("@context"),
                QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1")});
            credential.remove(QStringLiteral("validFrom"));
            credential.insert(QStringLiteral("validUntil"), QStringLiteral("2027-11-18"));
        }));
    const QString problems = englishProblems(c);
    EXPECT_EQ(failures(c), (QList{Failure::Malformed, Failure::Malformed, Failure::Malformed}))
        << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("@context does not start with")));
    EXPECT_TRUE(problems.contains(QStringLiteral("validFrom (when it was issued) is missing")));
    EXPECT_TRUE(problems.contains(QStringLiteral("validUntil is not a date and time with a zone")));
}

TEST(CertificateVerification, RefusesAnExpiredCertificate)
{
    const CheckedCertificate c = verify(birthCertificate(), issuedAt().addYears(1).addSecs(1));
    EXPECT_EQ(failures(c), QList{Failure::Expired});
    EXPECT_EQ(
        c.problems[0].message.en, QStringLiteral("expired: valid until 2027-11-18 19:00 JST"));
    EXPECT_EQ(c.problems[0].message.ja,
        QStringLiteral("有効期限が切れています（2027-11-18 19:00 JST まで）"));
    EXPECT_TRUE(verify(birthCertificate(), issuedAt().addYears(1)).valid());
}

TEST(CertificateVerification, HonoursAJwtExpiryToo)
{
    const CheckedCertificate c = verify(
        birthCertificate(demo(QStringLiteral("demo-hospital")), [](QJsonObject& credential) {
            credential.insert(QStringLiteral("exp"),
                double(issuedAt().addDays(1).addSecs(-1).toSecsSinceEpoch()));
        }));
    EXPECT_EQ(failures(c), QList{Failure::Expired});
}

TEST(CertificateVerification, RefusesACertificateNotYetValidBeyondAFewMinutesOfClockSkew)
{
    EXPECT_EQ(failures(verify(birthCertificate(), issuedAt().addSecs(-3600))),
        QList{Failure::NotYetValid});
    EXPECT_EQ(verify(birthCertificate(), issuedAt().addSecs(-3600)).problems[0].message.en,
        QStringLiteral("not valid yet: valid from 2026-11-18 19:00 JST"));
    // Read two minutes "before" it was issued: the issuer's clock runs ahead.
    EXPECT_TRUE(verify(birthCertificate(), issuedAt().addSecs(-120)).valid());
}

TEST(CertificateVerification, RefusesAnIssuerTheCityDoesNotTrust)
{
    const CheckedCertificate c = verify(birthCertificate(demo(QStringLiteral("untrusted-clinic"))));
    EXPECT_EQ(failures(c), QList{Failure::UntrustedIssuer});
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral(
            "the issuer 信頼されていない診療所（テスト用） (https://clinic.untrusted.example) is "
            "not one the city trusts (there is no key to check the signature with)"));
    // Shown by the name it gives itself, as nothing else is known of it.
    EXPECT_EQ(c.issuerNames.ja, QStringLiteral("信頼されていない診療所（テスト用）"));
    EXPECT_EQ(c.typeId, QStringLiteral("shussei_shoumei"));
}

TEST(CertificateVerification, RefusesATrustedIssuerForATypeItIsNotTrustedFor)
{
    // The demo school may issue 在学証明書, not 出生証明書; its signature is good.
    const CheckedCertificate c = verify(birthCertificate(demo(QStringLiteral("demo-school"))));
    EXPECT_EQ(failures(c), QList{Failure::NotTrustedForType});
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral("the issuer Umeda Elementary School, Osaka (demo) "
                       "(https://umeda-es.osaka.example) is trusted, but not to issue the Birth "
                       "certificate"));
}

TEST(CertificateVerification, RefusesAKidTheIssuerDoesNotHave)
{
    certificate::IssuerSecret hospital = demo(QStringLiteral("demo-hospital"));
    hospital.kid = QStringLiteral("https://hospital.midorino.example#2099");
    const CheckedCertificate c = verify(birthCertificate(hospital));
    EXPECT_EQ(failures(c), QList{Failure::UnknownKey});
    EXPECT_EQ(c.kid, hospital.kid);
    // Another trusted issuer's kid does not lend its key either.
    hospital.kid = demo(QStringLiteral("demo-school")).kid;
    EXPECT_EQ(failures(verify(birthCertificate(hospital))), QList{Failure::UnknownKey});
}

TEST(CertificateVerification, ASignatureByAnotherKeyUnderTheRightKidFails)
{
    certificate::IssuerSecret impostor = demo(QStringLiteral("untrusted-clinic"));
    const certificate::IssuerSecret hospital = demo(QStringLiteral("demo-hospital"));
    impostor.id = hospital.id;
    impostor.kid = hospital.kid;
    EXPECT_EQ(failures(verify(birthCertificate(impostor))), QList{Failure::Signature});
}

TEST(CertificateVerification, RefusesAKeyUsedOutsideItsPeriod)
{
    // The hospital's key is valid 2026-01-01 … 2030-12-31 (trust.json).
    const auto issuedOn = [](const QDateTime& at) {
        return birthCertificate(
            demo(QStringLiteral("demo-hospital")), [at](QJsonObject& credential) {
                credential.insert(QStringLiteral("validFrom"), certificate::timestampText(at));
                credential.remove(QStringLiteral("validUntil"));
            });
    };
    const QDateTime before(QDate(2025, 12, 31), QTime(14, 0), QTimeZone::utc()); // 23:00 JST
    const CheckedCertificate c = verify(issuedOn(before));
    EXPECT_EQ(failures(c), QList{Failure::KeyOutOfPeriod});
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral("the key https://hospital.midorino.example#2026 was not in force on the day "
                       "of issue, 2025-12-31 (it is valid 2026-01-01 – 2030-12-31)"));
    // The day of issue is Japan's: 2025-12-31T15:30Z is 2026-01-01 00:30 JST.
    EXPECT_TRUE(verify(issuedOn(before.addSecs(5400))).valid());
    const QDateTime after(QDate(2031, 1, 1), QTime(0, 0), QTimeZone(9 * 3600));
    EXPECT_EQ(failures(verify(issuedOn(after), after.addDays(1))), QList{Failure::KeyOutOfPeriod});
}

TEST(CertificateVerification, RefusesAnotherPersonsCertificate)
{
    const auto about = [](const QString& name, const QString& born) {
        return birthCertificate(
            demo(QStringLiteral("demo-hospital")), editSubject([&](QJsonObject& subject) {
                subject.insert(QStringLiteral("name"), name);
                subject.insert(QStringLiteral("birthDate"), born);
            }));
    };
    const CheckedCertificate name
        = verify(about(QStringLiteral("高橋 結菜"), QStringLiteral("2026-11-18")));
    EXPECT_EQ(failures(name), QList{Failure::WrongSubject});
    EXPECT_EQ(name.problems[0].message.en,
        QStringLiteral("the certificate is about 高橋 結菜, born 2026-11-18: no member of the "
                       "household has that name and birth date"));
    EXPECT_TRUE(name.member.isEmpty());
    const CheckedCertificate born
        = verify(about(QStringLiteral("高橋 結衣"), QStringLiteral("2026-11-17")));
    EXPECT_EQ(failures(born), QList{Failure::WrongSubject});
    EXPECT_EQ(failures(verify(birthCertificate(), readAt(), {})), QList{Failure::WrongSubject});
}

TEST(CertificateVerification, MatchesTheSubjectByKanaOrByAKanjiVariant)
{
    const auto about = [](const QString& name, const QString& born) {
        return birthCertificate(
            demo(QStringLiteral("demo-hospital")), editSubject([&](QJsonObject& subject) {
                subject.insert(QStringLiteral("name"), name);
                subject.insert(QStringLiteral("birthDate"), born);
            }));
    };
    EXPECT_EQ(verify(about(QStringLiteral("タカハシ ユイ"), QStringLiteral("2026-11-18"))).member,
        QStringLiteral("m2"));
    EXPECT_EQ(verify(about(QStringLiteral("たかはし　ゆい"), QStringLiteral("2026-11-18"))).member,
        QStringLiteral("m2"));
    EXPECT_EQ(verify(about(QStringLiteral("髙橋結衣"), QStringLiteral("2026-11-18"))).member,
        QStringLiteral("m2"));
    // The register writes the mother 髙橋; a school might write 高橋.
    const CheckedCertificate mother
        = verify(about(QStringLiteral("高橋 美咲"), QStringLiteral("1994-05-05")));
    EXPECT_TRUE(mother.valid()) << englishProblems(mother).toStdString();
    EXPECT_EQ(mother.member, QStringLiteral("m3"));
}

TEST(CertificateVerification, NeverGuessesBetweenTwoMembersThatFit)
{
    QList<certificate::SubjectCandidate> twins = household();
    twins << certificate::SubjectCandidate{QStringLiteral("m4"), QStringLiteral("高橋 結衣"),
        QStringLiteral("タカハシ ユイ"), QDate(2026, 11, 18)};
    const CheckedCertificate c = verify(birthCertificate(), readAt(), twins);
    EXPECT_EQ(failures(c), QList{Failure::WrongSubject});
    EXPECT_TRUE(c.member.isEmpty());
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral("2 members of the household are 高橋 結衣, born 2026-11-18: the certificate "
                       "does not say which"));
}

TEST(CertificateVerification, RefusesAMissingRequiredClaim)
{
    const CheckedCertificate c = verify(
        birthCertificate(demo(QStringLiteral("demo-hospital")), editSubject([](QJsonObject& s) {
            s.remove(QStringLiteral("weight_grams"));
            s.insert(QStringLiteral("certifier"), QStringLiteral("  "));
            s.remove(QStringLiteral("facility")); // optional: fine
        })));
    EXPECT_EQ(failures(c), (QList{Failure::BadClaim, Failure::BadClaim}));
    EXPECT_EQ(englishProblems(c),
        QStringLiteral(
            "the required claim weight_grams (Weight (grams)) is missing\n"
            "the required claim certifier (Certified by (doctor or midwife)) is missing"));
    EXPECT_EQ(c.problems[0].message.ja,
        QStringLiteral("必須の項目「体重（グラム）」（weight_grams）がありません"));
    EXPECT_FALSE(c.claims.contains(QStringLiteral("facility")));
}

TEST(CertificateVerification, RefusesAClaimOfTheWrongType)
{
    const CheckedCertificate c = verify(
        birthCertificate(demo(QStringLiteral("demo-hospital")), editSubject([](QJsonObject& s) {
            s.insert(QStringLiteral("weight_grams"), QStringLiteral("3120g"));
            s.insert(QStringLiteral("certified_on"), QStringLiteral("令和8年11月18日"));
            s.insert(QStringLiteral("plurality"), 1);
        })));
    EXPECT_EQ(failures(c), (QList{Failure::BadClaim, Failure::BadClaim, Failure::BadClaim}));
    EXPECT_EQ(englishProblems(c),
        QStringLiteral("the claim weight_grams (Weight (grams)) must be a number; it is \"3120g\"\n"
                       "the claim plurality (Single or multiple birth) must be a string; it is 1\n"
                       "the claim certified_on (Date certified) must be a date YYYY-MM-DD; it is "
                       "\"令和8年11月18日\""));
    EXPECT_FALSE(c.claims.contains(QStringLiteral("weight_grams")));
}

TEST(CertificateVerification, RefusesAClaimTheTypeDoesNotDeclare)
{
    const CheckedCertificate c = verify(
        birthCertificate(demo(QStringLiteral("demo-hospital")), editSubject([](QJsonObject& s) {
            s.insert(QStringLiteral("blood_type"), QStringLiteral("A"));
            s.insert(
                QStringLiteral("id"), QStringLiteral("did:example:child")); // the subject's own
        })));
    EXPECT_EQ(failures(c), QList{Failure::BadClaim});
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral("blood_type is not a claim of the Birth certificate"));
    EXPECT_FALSE(c.claims.contains(QStringLiteral("blood_type")));
}

TEST(CertificateVerification, RefusesATypeTheCatalogDoesNotKnow)
{
    const CheckedCertificate c = verify(
        birthCertificate(demo(QStringLiteral("demo-hospital")), [](QJsonObject& credential) {
            credential.insert(QStringLiteral("type"),
                QJsonArray{QStringLiteral("VerifiableCredential"),
                    QStringLiteral("VaccinationCertificate")});
        }));
    EXPECT_EQ(failures(c), QList{Failure::UnknownType});
    EXPECT_EQ(c.problems[0].message.en,
        QStringLiteral("the city accepts no certificate of the type VaccinationCertificate"));
    EXPECT_TRUE(c.claims.isEmpty()); // nothing to check them against
}

TEST(CertificateVerification, ListsEveryProblemAtOnce)
{
    const CheckedCertificate c
        = verify(birthCertificate(demo(QStringLiteral("demo-school")),
                     editSubject([](QJsonObject& s) { s.remove(QStringLiteral("mother_name")); })),
            issuedAt().addYears(2), household().mid(0, 1));
    EXPECT_EQ(failures(c),
        (QList{Failure::NotTrustedForType, Failure::Expired, Failure::WrongSubject,
            Failure::BadClaim}));
}

TEST(CertificateVerification, EveryFailureHasItsOwnName)
{
    QStringList names;
    for (int f = int(Failure::Malformed); f <= int(Failure::BadClaim); ++f)
        names << certificate::failureName(Failure(f));
    EXPECT_EQ(names,
        (QStringList{QStringLiteral("malformed"), QStringLiteral("signature"),
            QStringLiteral("unknown-type"), QStringLiteral("untrusted-issuer"),
            QStringLiteral("not-trusted-for-type"), QStringLiteral("unknown-key"),
            QStringLiteral("key-out-of-period"), QStringLiteral("not-yet-valid"),
            QStringLiteral("expired"), QStringLiteral("wrong-subject"),
            QStringLiteral("bad-claim")}));
}

TEST(CertificateEvidence, AValidCertificateGivesItsClaimsAndIdentity)
{
    const CheckedCertificate c = verify(birthCertificate());
    const QJsonObject evidence = certificate::evidenceObject(c);
    EXPECT_EQ(evidence[QStringLiteral("type")].toString(), QStringLiteral("shussei_shoumei"));
    EXPECT_EQ(evidence[QStringLiteral("claims")].toObject(), birthClaims());
    EXPECT_EQ(evidence[QStringLiteral("issuer")].toString(),
        QStringLiteral("https://hospital.midorino.example"));
    EXPECT_EQ(evidence[QStringLiteral("kid")].toString(),
        QStringLiteral("https://hospital.midorino.example#2026"));
    EXPECT_EQ(evidence[QStringLiteral("credential_id")].toString(),
        QStringLiteral("urn:uuid:6f1c2a4e-8d0b-4c47-9a51-3f2b7e0d9c11"));
    EXPECT_EQ(evidence[QStringLiteral("digest")].toString(), c.digest);
    EXPECT_EQ(evidence[QStringLiteral("member")].toString(), QStringLiteral("m2"));
    EXPECT_EQ(
        evidence[QStringLiteral("valid_from")].toString(), QStringLiteral("2026-11-18T10:00:00Z"));
    EXPECT_EQ(
        evidence[QStringLiteral("valid_until")].toString(), QStringLiteral("2027-11-18T10:00:00Z"));
}

TEST(CertificateEvidence, AnInvalidCertificateGivesNothing)
{
    EXPECT_TRUE(
        certificate::evidenceObject(verify(birthCertificate(), issuedAt().addYears(3))).isEmpty());
}

TEST(CertificateJson, SaysEverythingTheDeskShows)
{
    const QJsonObject json
        = certificate::checkedCertificateJson(verify(birthCertificate(), issuedAt().addYears(3)));
    EXPECT_FALSE(json[QStringLiteral("valid")].toBool());
    const QJsonObject problem = json[QStringLiteral("problems")].toArray().first().toObject();
    EXPECT_EQ(problem[QStringLiteral("failure")].toString(), QStringLiteral("expired"));
    EXPECT_TRUE(problem[QStringLiteral("ja")].toString().startsWith(
        QStringLiteral("有効期限が切れています")));
    EXPECT_EQ(json[QStringLiteral("type")].toString(), QStringLiteral("shussei_shoumei"));
    EXPECT_EQ(json[QStringLiteral("subject")][QStringLiteral("birth_date")].toString(),
        QStringLiteral("2026-11-18"));
    EXPECT_EQ(json[QStringLiteral("member")].toString(), QStringLiteral("m2"));
    EXPECT_TRUE(json[QStringLiteral("credential_id")].isString());
    EXPECT_EQ(json[QStringLiteral("digest")].toString().size(), 64);
}

TEST(DemoIssuers, SignWithTheKeysTrustJsonLists)
{
    const Result<QList<certificate::IssuerSecret>> issuers = certificate::demoIssuers();
    ASSERT_TRUE(issuers) << issuers.error().message.toStdString();
    ASSERT_EQ(issuers->size(), 5);
    for (const certificate::IssuerSecret& issuer : issuers.value()) {
        const catalog::TrustedIssuer* trusted = builtInCertificates().issuer(issuer.id);
        if (issuer.name == QLatin1String("untrusted-clinic")) {
            EXPECT_EQ(trusted, nullptr);
            continue;
        }
        ASSERT_NE(trusted, nullptr) << issuer.name.toStdString();
        const catalog::IssuerKey* key = trusted->key(issuer.kid);
        ASSERT_NE(key, nullptr) << issuer.kid.toStdString();
        EXPECT_EQ(key->publicKey, issuer.publicKey()) << issuer.name.toStdString();
        EXPECT_EQ(trusted->names, issuer.names);
        // The seed is SHA-256 of public text (resources/demo/issuers.json).
        EXPECT_EQ(issuer.seed,
            QCryptographicHash::hash(
                QByteArray("madoguchi demo issuer key: " + issuer.name.toUtf8()),
                QCryptographicHash::Sha256));
    }
    EXPECT_FALSE(certificate::demoIssuer(QStringLiteral("demo-nobody")));
    EXPECT_TRUE(certificate::demoIssuer(QStringLiteral("demo-nobody"))
                    .error()
                    .message.contains(QStringLiteral("demo-hospital, demo-school")));
}
