#include "demo/demobirthcodes.h"

#include "catalog/catalogmodel.h"
#include "certificate/certificateclaims.h"
#include "certificate/certificateissuer.h"
#include "certificate/subjectmatch.h"
#include "preentry/preentrycode.h"
#include "preentry/preentryresolution.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>

namespace madoguchi::demo {
namespace {

const QTimeZone kJapan(9 * 3600);

QJsonObject personRef(const registry::ProfileMember& m)
{
    return {{QStringLiteral("person"),
        QJsonObject{{QStringLiteral("name"), m.nameKanji},
            {QStringLiteral("birth_date"), birthDay(m).toString(Qt::ISODate)}}}};
}

// What the mother would type on her phone (docs/preentry.md, the demo's
// resources/demo/preentry-shussei.json), checked as the desk will check it
// for this household: nothing may be left unused.
Result<preentry::PreEntry> preEntryOf(
    const DemoBirth& b, const catalog::Catalog& catalog, QRandomGenerator& random)
{
    preentry::PreEntry entry;
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(kJapan);
    entry.created = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), kJapan);
    entry.eventType = QStringLiteral("shussei");
    entry.eventDate = b.born;
    entry.eventAnswers = {{QStringLiteral("subject"), personRef(b.child)},
        {QStringLiteral("mother"), personRef(b.mother)}, {QStringLiteral("born_abroad"), false}};
    entry.answers = {
        {QStringLiteral("phone"),
            QStringLiteral("090%1").arg(random.bounded(100'000'000), 8, 10, QLatin1Char('0'))},
        {QStringLiteral("honseki"), b.profile.household.address},
        {QStringLiteral("notifier"), personRef(b.mother)},
        {QStringLiteral("bank_account"),
            QStringLiteral("0179-011-%1").arg(random.bounded(10'000'000), 7, 10, QLatin1Char('0'))},
    };
    entry.applicant = preentry::PersonRef{b.mother.nameKanji, birthDay(b.mother)};
    auto read = preentry::readPreEntry(preentry::preentryJson(entry));
    if (!read)
        return read.error();
    auto resolved = preentry::resolvePreEntry(read.value(), catalog, certificate::candidatesOf(b.profile));
    if (!resolved)
        return resolved.error();
    if (!resolved->notes.isEmpty())
        return Error{resolved->notes.join(QLatin1Char('\n'))};
    return read;
}

// The 出生証明書 the demo hospital signs for the child: every claim of the
// catalog's type, checked by issuerClaims(), then verified as the desk will
// verify it (signature, trust, key period, subject) without the audit log.
Result<QString> certificateOf(const DemoBirth& b, const catalog::Catalog& catalog,
    QRandomGenerator& random, QString& issuerName)
{
    const catalog::CertificateType* type = catalog.certificate(QStringLiteral("shussei_shoumei"));
    if (!type)
        return Error{QCoreApplication::translate("DemoBirth",
            "the catalog has no certificate type shussei_shoumei (出生証明書)")};
    const Result<certificate::IssuerSecret> issuer
        = certificate::demoIssuer(QStringLiteral("demo-hospital"));
    if (!issuer)
        return issuer.error();
    issuerName = issuer->names.ja;
    // Issued on the birth day, or on the first day the trust store lets
    // the key sign when the baby is older than the key.
    QDate day = b.born;
    if (const catalog::TrustedIssuer* trusted = catalog.issuer(issuer->id))
        if (const catalog::IssuerKey* key = trusted->key(issuer->kid);
            key && key->validFrom.isValid() && key->validFrom > day)
            day = key->validFrom;
    // Born before 23:00, so that the certificate, signed an hour later, is
    // of the same day.
    const int hour = int(random.bounded(23));
    const int minute = int(random.bounded(60));
    const QString time = hour < 12 ? QStringLiteral("午前%1時%2分").arg(hour).arg(minute)
                                   : QStringLiteral("午後%1時%2分").arg(hour - 12).arg(minute);
    // Claim values are the certificate's own text (Japanese, as a hospital
    // writes it), not messages: never translated.
    const QJsonObject given{
        {QStringLiteral("birth_time"), time},
        {QStringLiteral("birthplace"), b.profile.household.address},
        {QStringLiteral("facility"), issuerName},
        {QStringLiteral("weight_grams"), 2600 + int(random.bounded(1300))},
        {QStringLiteral("height_cm"), 46.0 + 0.5 * random.bounded(13)},
        {QStringLiteral("plurality"), QStringLiteral("単胎")},
        {QStringLiteral("gestation_weeks"), 37 + int(random.bounded(5))},
        {QStringLiteral("mother_name"), b.mother.nameKanji},
        {QStringLiteral("certifier"), QStringLiteral("医師 緑野 一郎")},
        {QStringLiteral("certified_on"), day.toString(Qt::ISODate)},
    };
    const Result<QJsonObject> claims = certificate::issuerClaims(*type, given);
    if (!claims)
        return claims.error();
    QDateTime from = QDateTime(day, QTime(hour, minute), kJapan).addSecs(3600);
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(kJapan);
    const QDateTime nowSeconds(now.date(), QTime(now.time().hour(), now.time().minute()), kJapan);
    if (from > nowSeconds && nowSeconds.date() >= day)
        from = nowSeconds; // a baby born today: the certificate is valid at once
    // No validUntil: the demo city's codes keep working however late it is tried.
    const QString jws
        = certificate::issueCertificate(issuer.value(), type->credentialType, b.child.nameKanji,
            b.born, claims.value(), from.toUTC(), {}, certificate::newCredentialId());
    const certificate::CheckedCertificate checked = certificate::verifyCertificate(
        jws, catalog, certificate::candidatesOf(b.profile), std::max(from, nowSeconds));
    if (!checked.valid()) {
        QStringList problems;
        for (const certificate::Problem& p : checked.problems)
            problems << p.message.en;
        return Error{QCoreApplication::translate("DemoBirth",
            "the 出生証明書 made for %1 would not be accepted at the desk: %2")
                         .arg(b.child.nameKanji, problems.join(QStringLiteral("; ")))};
    }
    return jws;
}

} // namespace

QString shownAddress(const registry::ProfileHousehold& household)
{
    if (household.katagaki.isEmpty())
        return household.address;
    return household.address + QLatin1Char(' ') + household.katagaki;
}

Result<DemoBirthCodes> makeDemoBirthCodes(const DemoBirth& birth, const catalog::Catalog& catalog)
{
    QRandomGenerator random(quint32(birth.child.atenaNo.toULongLong() % 4'294'967'291u));
    DemoBirthCodes codes;
    Result<preentry::PreEntry> entry = preEntryOf(birth, catalog, random);
    if (!entry)
        return Error{QCoreApplication::translate("DemoBirth",
            "the pre-entry made for %1 would not be accepted at the desk: %2")
                         .arg(birth.child.nameKanji, entry.error().message)};
    codes.preEntry = std::move(entry).value();
    Result<QString> code = preentry::encodePreEntry(codes.preEntry);
    if (!code)
        return Error{QCoreApplication::translate("DemoBirth",
            "the pre-entry made for %1 would not be accepted at the desk: %2")
                         .arg(birth.child.nameKanji, code.error().message)};
    codes.preEntryCode = code.value();
    Result<QString> jws = certificateOf(birth, catalog, random, codes.issuerName);
    if (!jws)
        return jws.error();
    codes.certificate = jws.value();
    return codes;
}

} // namespace madoguchi::demo
