#include "certificate/certificateverification.h"

#include "certificate/certificateclaims.h"
#include "certificate/credential.h"
#include "certificate/jws.h"
#include "certificate/subjectmatch.h"
#include "text/folding.h"

#include <QTimeZone>
#include <sodium.h>

namespace madoguchi::certificate {
namespace {

using catalog::LocalizedText;

// A certificate issued a moment ago on a machine whose clock runs ahead of
// the desk's is not refused as "not yet valid".
constexpr qint64 kClockSkewSeconds = 5 * 60;

// Days and times as the desk means them: in Japan (UTC+9, no summer time).
const QTimeZone& japan()
{
    static const QTimeZone zone(9 * 3600);
    return zone;
}

QString japanTime(const QDateTime& at)
{
    return at.toTimeZone(japan()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" JST");
}

QString dayText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("…");
}

QString sha256Hex(const QByteArray& bytes)
{
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(
        hash, reinterpret_cast<const unsigned char*>(bytes.constData()), quint64(bytes.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

// "みどり野中央病院（デモ） https://…" for messages: the name when there is one.
LocalizedText issuerText(const CheckedCertificate& c)
{
    const auto one = [&](const QString& name) {
        return name.isEmpty() ? c.issuerId : QStringLiteral("%1 (%2)").arg(name, c.issuerId);
    };
    return {one(c.issuerNames.ja), one(c.issuerNames.en)};
}

class Verification {
public:
    Verification(const catalog::Catalog& catalog, const QList<SubjectCandidate>& household,
        const QDateTime& now)
        : m_catalog(catalog)
        , m_household(household)
        , m_now(now)
    { }

    CheckedCertificate run(const QString& text);

private:
    void add(Failure failure, const LocalizedText& message)
    {
        m_result.problems << Problem{failure, message};
    }
    const catalog::CertificateType* findType(const Credential& credential);
    void checkIssuer(const CompactJws& jws, bool algorithmOk, const catalog::CertificateType* type);
    void checkKeyPeriod(const catalog::IssuerKey& key);
    void checkValidity(const Credential& credential);
    void checkSubject();

    const catalog::Catalog& m_catalog;
    const QList<SubjectCandidate>& m_household;
    QDateTime m_now;
    CheckedCertificate m_result;
};

CheckedCertificate Verification::run(const QString& text)
{
    const QByteArray bytes = text.trimmed().toUtf8();
    m_result.digest = sha256Hex(bytes);
    const JwsParse parsed = parseCompactJws(bytes);
    if (!parsed.jws) {
        add(Failure::Malformed, parsed.error);
        return m_result;
    }
    const CompactJws& jws = *parsed.jws;
    m_result.kid = jws.header.value(QLatin1String("kid")).toString();
    bool algorithmOk = true;
    for (const HeaderProblem& p : checkEdDsaHeader(jws.header)) {
        // A wrong algorithm ("none" above all) means the signature proves nothing.
        add(p.algorithm ? Failure::Signature : Failure::Malformed, p.message);
        algorithmOk = algorithmOk && !p.algorithm;
    }
    const CredentialRead read = readCredential(jws.payload);
    for (const LocalizedText& p : read.problems)
        add(Failure::Malformed, p);
    if (!read.readable)
        return m_result;

    const Credential& credential = read.credential;
    m_result.credentialId = credential.id;
    m_result.issuerId = credential.issuerId;
    m_result.issuerNames = {credential.issuerName, credential.issuerName};
    m_result.validFrom = credential.validFrom;
    m_result.validUntil = credential.validUntil;
    m_result.subjectName = credential.subjectName;
    m_result.subjectBirthDate = credential.subjectBirthDate;

    const catalog::CertificateType* type = findType(credential);
    checkIssuer(jws, algorithmOk, type);
    checkValidity(credential);
    checkSubject();
    if (type) {
        ClaimCheck claims = checkClaims(*type, credential.subject);
        m_result.claims = claims.claims;
        for (const LocalizedText& p : claims.problems)
            add(Failure::BadClaim, p);
    }
    return m_result;
}

const catalog::CertificateType* Verification::findType(const Credential& credential)
{
    QList<const catalog::CertificateType*> found;
    for (const catalog::CertificateType& t : m_catalog.certificates)
        if (credential.types.contains(t.credentialType))
            found << &t;
    QStringList listed = credential.types;
    listed.removeAll(QStringLiteral("VerifiableCredential"));
    const QString types
        = listed.isEmpty() ? QStringLiteral("(none)") : listed.join(QStringLiteral(", "));
    if (found.size() == 1) {
        m_result.typeId = found.first()->id;
        m_result.typeNames = found.first()->names;
        return found.first();
    }
    if (found.isEmpty())
        add(Failure::UnknownType,
            {QStringLiteral("この種類の証明書（type: %1）は受け付けていません").arg(types),
                QStringLiteral("the city accepts no certificate of the type %1").arg(types)});
    else
        add(Failure::UnknownType,
            {QStringLiteral("type（%1）が複数の種類の証明書を名乗っています").arg(types),
                QStringLiteral("the type (%1) names more than one kind of certificate")
                    .arg(types)});
    return nullptr;
}

void Verification::checkIssuer(
    const CompactJws& jws, bool algorithmOk, const catalog::CertificateType* type)
{
    if (m_result.issuerId.isEmpty())
        return; // reported as malformed
    const catalog::TrustedIssuer* issuer = m_catalog.issuer(m_result.issuerId);
    if (!issuer) {
        const LocalizedText who = issuerText(m_result);
        add(Failure::UntrustedIssuer,
            {QStringLiteral(
                 "発行者 %1 は市が信頼する発行者ではありません（署名を確かめる鍵がありません）")
                    .arg(who.ja),
                QStringLiteral("the issuer %1 is not one the city trusts (there is no key to check "
                               "the signature with)")
                    .arg(who.en)});
        return;
    }
    m_result.issuerNames = issuer->names;
    const LocalizedText who = issuerText(m_result);
    if (type && !issuer->certificates.contains(type->id))
        add(Failure::NotTrustedForType,
            {QStringLiteral("発行者 %1 は%2の発行者として信頼されていません")
                    .arg(who.ja, type->names.ja),
                QStringLiteral("the issuer %1 is trusted, but not to issue the %2")
                    .arg(who.en, type->names.en)});
    if (m_result.kid.isEmpty())
        return; // reported with the header
    const catalog::IssuerKey* key = issuer->key(m_result.kid);
    if (!key) {
        add(Failure::UnknownKey,
            {QStringLiteral(
                 "発行者 %1 には署名鍵 %2 が登録されていません（署名を確かめられません）")
                    .arg(who.ja, m_result.kid),
                QStringLiteral("the issuer %1 has no key %2, so the signature cannot be checked")
                    .arg(who.en, m_result.kid)});
        return;
    }
    if (algorithmOk && !verifyEd25519(jws, key->publicKey))
        add(Failure::Signature,
            {QStringLiteral(
                 "署名が一致しません（内容が書き換えられたか、別の鍵で署名されています）"),
                QStringLiteral("the signature does not match: the certificate was altered, or "
                               "signed with another key")});
    checkKeyPeriod(*key);
}

void Verification::checkKeyPeriod(const catalog::IssuerKey& key)
{
    if (!m_result.validFrom.isValid())
        return; // reported as malformed
    const QDate issued = m_result.validFrom.toTimeZone(japan()).date();
    if ((!key.validFrom.isValid() || key.validFrom <= issued)
        && (!key.validTo.isValid() || issued <= key.validTo))
        return;
    const QString period = dayText(key.validFrom) + QStringLiteral(" – ") + dayText(key.validTo);
    add(Failure::KeyOutOfPeriod,
        {QStringLiteral("署名鍵 %1 は発行日 %2 には使えません（鍵の有効期間 %3）")
                .arg(key.kid, issued.toString(Qt::ISODate), period),
            QStringLiteral("the key %1 was not in force on the day of issue, %2 (it is valid %3)")
                .arg(key.kid, issued.toString(Qt::ISODate), period)});
}

void Verification::checkValidity(const Credential& credential)
{
    QDateTime start = credential.validFrom;
    if (credential.notBefore.isValid() && (!start.isValid() || credential.notBefore > start))
        start = credential.notBefore;
    if (start.isValid() && m_now.addSecs(kClockSkewSeconds) < start)
        add(Failure::NotYetValid,
            {QStringLiteral("まだ有効ではありません（有効期間の始まりは %1）")
                    .arg(japanTime(start)),
                QStringLiteral("not valid yet: valid from %1").arg(japanTime(start))});
    QDateTime end = credential.validUntil;
    if (credential.expires.isValid() && (!end.isValid() || credential.expires < end))
        end = credential.expires;
    if (end.isValid() && end < m_now)
        add(Failure::Expired,
            {QStringLiteral("有効期限が切れています（%1 まで）").arg(japanTime(end)),
                QStringLiteral("expired: valid until %1").arg(japanTime(end))});
}

void Verification::checkSubject()
{
    const QString& name = m_result.subjectName;
    const QDate born = m_result.subjectBirthDate;
    if (name.isEmpty() || !born.isValid())
        return; // reported as malformed
    m_result.member = matchSubject(name, born, m_household);
    if (!m_result.member.isEmpty())
        return;
    // matchSubject never guesses between two; say which case it is.
    const QString key = text::searchKey(name);
    qsizetype fitting = 0;
    for (const SubjectCandidate& c : m_household)
        if (c.birthDate == born
            && (text::searchKey(c.nameKanji) == key || text::searchKey(c.nameKana) == key))
            ++fitting;
    const QString day = born.toString(Qt::ISODate);
    if (fitting > 1)
        add(Failure::WrongSubject,
            {QStringLiteral("対象者 %1（%2 生まれ）に当たる方が世帯に %3 人います。どなたのものか"
                            "決められません")
                    .arg(name, day, QString::number(fitting)),
                QStringLiteral("%3 members of the household are %1, born %2: the certificate does "
                               "not say which")
                    .arg(name, day, QString::number(fitting))});
    else
        add(Failure::WrongSubject,
            {QStringLiteral(
                 "対象者 %1（%2 生まれ）は、世帯のどの方とも氏名・生年月日が一致しません")
                    .arg(name, day),
                QStringLiteral("the certificate is about %1, born %2: no member of the household "
                               "has that name and birth date")
                    .arg(name, day)});
}

} // namespace

QString failureName(Failure failure)
{
    switch (failure) {
    case Failure::Malformed:
        return QStringLiteral("malformed");
    case Failure::Signature:
        return QStringLiteral("signature");
    case Failure::UnknownType:
        return QStringLiteral("unknown-type");
    case Failure::UntrustedIssuer:
        return QStringLiteral("untrusted-issuer");
    case Failure::NotTrustedForType:
        return QStringLiteral("not-trusted-for-type");
    case Failure::UnknownKey:
        return QStringLiteral("unknown-key");
    case Failure::KeyOutOfPeriod:
        return QStringLiteral("key-out-of-period");
    case Failure::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case Failure::Expired:
        return QStringLiteral("expired");
    case Failure::WrongSubject:
        return QStringLiteral("wrong-subject");
    case Failure::BadClaim:
        return QStringLiteral("bad-claim");
    }
    return {};
}

CheckedCertificate verifyCertificate(const QString& text, const catalog::Catalog& catalog,
    const QList<SubjectCandidate>& household, const QDateTime& now)
{
    return Verification(catalog, household, now).run(text);
}

} // namespace madoguchi::certificate
