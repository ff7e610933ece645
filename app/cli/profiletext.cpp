#include "profiletext.h"

#include "registry/residentprofile.h"

#include <QCoreApplication>

namespace madoguchi::cli {
namespace {

using registry::SupportLevel;

// Not translated: the mark clerks know from every 住民記録システム.
const QString kSupportMark = QStringLiteral("【支援措置】");
const QString kIndent = QStringLiteral("  ");

QString orDash(const std::optional<QString>& value)
{
    return value && !value->isEmpty() ? *value : QStringLiteral("—");
}

QString birthText(const registry::ProfileBirthDate& birth)
{
    if (!birth.age)
        return birth.display;
    return QCoreApplication::translate("ProfileCommand", "%1 (age %2)")
        .arg(birth.display)
        .arg(*birth.age);
}

QString sexText(int sex)
{
    switch (sex) {
    case 1:
        return QCoreApplication::translate("ProfileCommand", "male");
    case 2:
        return QCoreApplication::translate("ProfileCommand", "female");
    case 9:
        return QCoreApplication::translate("ProfileCommand", "not applicable");
    default:
        return QCoreApplication::translate("ProfileCommand", "unknown");
    }
}

QString supportText(SupportLevel level)
{
    if (level == SupportLevel::Error)
        return QCoreApplication::translate(
            "ProfileCommand", "blocked: no copies, do not disclose the address");
    return QCoreApplication::translate(
        "ProfileCommand", "alert: check before issuing copies or disclosing the address");
}

QString insuranceText(const QString& code)
{
    if (code == QLatin1String("kokuho"))
        return QCoreApplication::translate("ProfileCommand", "National Health Insurance (国保)");
    if (code == QLatin1String("shaho"))
        return QCoreApplication::translate("ProfileCommand", "employee health insurance (社保)");
    if (code == QLatin1String("kouki"))
        return QCoreApplication::translate(
            "ProfileCommand", "late-stage elderly medical care (後期高齢者医療)");
    if (code == QLatin1String("seiho"))
        return QCoreApplication::translate("ProfileCommand", "public assistance (生活保護)");
    return QCoreApplication::translate("ProfileCommand", "none");
}

QString kaigoText(const registry::ProfileEntitlements& e)
{
    if (e.kaigo == QLatin1String("certified"))
        return QCoreApplication::translate("ProfileCommand", "certified (%1)")
            .arg(orDash(e.kaigoCareLevel));
    if (e.kaigo == QLatin1String("insured"))
        return QCoreApplication::translate("ProfileCommand", "insured");
    return QCoreApplication::translate("ProfileCommand", "none");
}

QString nenkinText(const QString& code)
{
    if (code == QLatin1String("1") || code == QLatin1String("2") || code == QLatin1String("3"))
        return QCoreApplication::translate("ProfileCommand", "category %1 insured").arg(code);
    if (code == QLatin1String("recipient"))
        return QCoreApplication::translate("ProfileCommand", "pension recipient");
    return QCoreApplication::translate("ProfileCommand", "none");
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("ProfileCommand", "yes")
                 : QCoreApplication::translate("ProfileCommand", "no");
}

void appendEntitlements(QStringList& lines, const registry::ResidentProfile& p)
{
    lines << QCoreApplication::translate("ProfileCommand", "Entitlements:");
    if (!p.entitlements) {
        lines << kIndent + QCoreApplication::translate("ProfileCommand", "(no record)");
        return;
    }
    const registry::ProfileEntitlements& e = *p.entitlements;
    lines << kIndent
            + QCoreApplication::translate("ProfileCommand", "Health insurance: %1 (since %2)")
                  .arg(insuranceText(e.insurance), orDash(e.insuranceSince));
    lines << kIndent
            + QCoreApplication::translate("ProfileCommand", "Long-term care: %1").arg(kaigoText(e));
    lines << kIndent
            + QCoreApplication::translate("ProfileCommand", "Pension: %1")
                  .arg(nenkinText(e.nenkinCategory));
    lines << kIndent
            + QCoreApplication::translate("ProfileCommand", "Child allowance recipient: %1")
                  .arg(yesNo(e.jidouTeateRecipient));
    lines << kIndent
            + QCoreApplication::translate("ProfileCommand", "My Number card: %1 (expires %2)")
                  .arg(yesNo(e.mynumberCard), orDash(e.mynumberCardExpiry));
    lines << kIndent
            + QCoreApplication::translate("ProfileCommand",
                "Disability certificate: %1, child medical: %2, single-parent medical: %3, "
                "seal registered: %4")
                  .arg(yesNo(e.disabilityCertificate), yesNo(e.childMedical),
                      yesNo(e.singleParentMedical), yesNo(e.sealRegistered));
}

void appendMembers(QStringList& lines, const registry::ProfileHousehold& h)
{
    lines << QCoreApplication::translate("ProfileCommand", "Household members (standard order):");
    int n = 0;
    for (const registry::ProfileMember& m : h.members) {
        QString line = QStringLiteral("%1%2. %3  %4 (%5)  %6")
                           .arg(kIndent)
                           .arg(++n)
                           .arg(m.relationship, m.nameKanji, m.nameKana, birthText(m.birth));
        if (m.status == QLatin1String("removed"))
            line
                += QLatin1String("  ") + QCoreApplication::translate("ProfileCommand", "[removed]");
        if (m.supportMeasure != SupportLevel::None)
            line += QLatin1String("  ") + kSupportMark;
        if (m.isSubject)
            line += QLatin1String("  ")
                + QCoreApplication::translate("ProfileCommand", "← this resident");
        lines << line;
    }
}

void appendRecords(QStringList& lines, const registry::ResidentProfile& p)
{
    if (!p.supportMeasures.isEmpty()) {
        lines << QCoreApplication::translate("ProfileCommand", "Support measures:");
        for (const registry::SupportMeasure& m : p.supportMeasures) {
            QString state = m.active ? QCoreApplication::translate("ProfileCommand", "active")
                                     : QCoreApplication::translate("ProfileCommand", "inactive");
            if (m.provisional)
                state += QLatin1String(", ")
                    + QCoreApplication::translate("ProfileCommand", "provisional");
            if (m.endingSoon)
                state += QLatin1String(", ")
                    + QCoreApplication::translate("ProfileCommand", "ends within a month");
            lines << QStringLiteral("%1%2 %3〜%4 (%5) %6")
                         .arg(kIndent, registry::supportLevelKeyword(m.level), m.startsOn, m.endsOn,
                             state, orDash(m.restrictedParty));
        }
    }
    if (!p.nameHistory.isEmpty()) {
        lines << QCoreApplication::translate("ProfileCommand", "Former names:");
        for (const registry::ProfileFormerName& n : p.nameHistory)
            lines << QStringLiteral("%1%2 (%3)  〜%4")
                         .arg(kIndent, n.nameKanji, orDash(n.nameKana), orDash(n.untilOn));
    }
    if (!p.addressHistory.isEmpty()) {
        lines << QCoreApplication::translate("ProfileCommand", "Former addresses:");
        for (const registry::ProfileFormerAddress& a : p.addressHistory)
            lines << QStringLiteral("%1%2  %3〜%4")
                         .arg(kIndent, QString(a.address + QLatin1Char(' ') + a.katagaki).trimmed(),
                             orDash(a.fromOn), orDash(a.untilOn));
    }
}

} // namespace

QStringList profileLines(const registry::ResidentProfile& p)
{
    const registry::ProfilePerson& person = p.person;
    QStringList lines;
    if (p.supportMeasure != SupportLevel::None)
        lines << kSupportMark + QLatin1Char(' ') + supportText(p.supportMeasure);
    lines << QStringLiteral("%1 (%2)").arg(person.nameKanji, person.nameKana);
    if (person.alphabetName)
        lines << QCoreApplication::translate("ProfileCommand", "Alphabet name: %1")
                     .arg(*person.alphabetName);
    if (person.tsusho)
        lines << QCoreApplication::translate("ProfileCommand", "Common name (通称): %1 (%2)")
                     .arg(*person.tsusho, orDash(person.tsushoKana));
    if (person.kyuuji)
        lines << QCoreApplication::translate("ProfileCommand", "Former surname (旧氏): %1 (%2)")
                     .arg(*person.kyuuji, orDash(person.kyuujiKana));
    if (person.removed)
        lines << QCoreApplication::translate("ProfileCommand", "[removed] %1 %2")
                     .arg(orDash(person.removedOn), orDash(person.removalReason));
    lines << QCoreApplication::translate("ProfileCommand", "Atena no.: %1  Setai no.: %2")
                 .arg(person.atenaNo, p.household.setaiNo);
    lines << QCoreApplication::translate("ProfileCommand", "Born: %1  Sex: %2")
                 .arg(birthText(person.birth), sexText(person.sex));
    lines << QCoreApplication::translate("ProfileCommand", "Relationship: %1")
                 .arg(person.relationship);
    if (p.addressWithheld)
        lines << QCoreApplication::translate("ProfileCommand", "Address: withheld (%1)")
                     .arg(p.addressWithheldReason);
    else
        lines << QCoreApplication::translate("ProfileCommand", "Address: 〒%1 %2 %3")
                     .arg(p.household.postalCode, p.household.address, p.household.katagaki)
                     .trimmed();
    if (person.nationality)
        lines << QCoreApplication::translate(
            "ProfileCommand", "Nationality: %1  Status: %2 (until %3)")
                     .arg(*person.nationality, orDash(person.residenceStatus),
                         orDash(person.residenceExpiry));
    lines << QCoreApplication::translate("ProfileCommand", "My Number: %1")
                 .arg(person.myNumberMasked
                         ? *person.myNumberMasked
                         : QCoreApplication::translate("ProfileCommand", "not on file"));
    appendMembers(lines, p.household);
    appendEntitlements(lines, p);
    appendRecords(lines, p);
    return lines;
}

} // namespace madoguchi::cli
