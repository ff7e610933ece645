#include "demo/entitlementrules.h"

#include "text/age.h"

#include <algorithm>
#include <array>

namespace madoguchi::demo {
namespace {

// The birthday in `year`; 1 March for 29 February in a common year (age.h).
QDate birthdayIn(QDate birth, int year)
{
    if (birth.month() == 2 && birth.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, birth.month(), birth.day());
}

QDate firstOfNextMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1).addMonths(1);
}

QDate randomDate(Random& r, QDate first, QDate last)
{
    if (last <= first)
        return first;
    return first.addDays(qint64(r.below(std::uint64_t(first.daysTo(last) + 1))));
}

// 要介護認定 rates by age band (per mille; the national figures are about
// 3% at 65–69, 13% at 75–79, 26% at 80–84, 48% at 85–89, 72% from 90).
int certifiedPerMille(int age)
{
    if (age < 40)
        return 0;
    if (age < 65)
        return 4; // 第2号被保険者: only the 16 特定疾病
    if (age < 70)
        return 30;
    if (age < 75)
        return 60;
    if (age < 80)
        return 125;
    if (age < 85)
        return 260;
    if (age < 90)
        return 480;
    return 720;
}

const std::array<QString, 7>& careLevels()
{
    static const std::array<QString, 7> levels{QStringLiteral("要支援1"), QStringLiteral("要支援2"),
        QStringLiteral("要介護1"), QStringLiteral("要介護2"), QStringLiteral("要介護3"),
        QStringLiteral("要介護4"), QStringLiteral("要介護5")};
    return levels;
}
constexpr std::array kCareLevelWeights{14, 14, 21, 17, 13, 12, 9};

int disabilityPerMille(int age)
{
    if (age < 18)
        return 15;
    if (age < 40)
        return 20;
    if (age < 65)
        return 35;
    if (age < 75)
        return 60;
    return 100;
}

int cardPerMille(int age)
{
    if (age < 15)
        return 700;
    if (age < 20)
        return 720;
    if (age < 65)
        return 770;
    if (age < 85)
        return 800;
    return 600;
}

int sealPerMille(int age)
{
    if (age < 15)
        return 0; // 印鑑登録 needs 15 years
    if (age < 20)
        return 30;
    if (age < 30)
        return 250;
    if (age < 65)
        return 550;
    return 700;
}

const QString kKokuho = QStringLiteral("kokuho");
const QString kShaho = QStringLiteral("shaho");

} // namespace

EntitlementRules::EntitlementRules(QDate asOf)
    : m_asOf(asOf)
{ }

QDate EntitlementRules::childSupportEnds(QDate birth)
{
    const QDate reached = text::ageReachedOn(birth, 18);
    const QDate march31(reached.year(), 3, 31);
    return reached <= march31 ? march31 : QDate(reached.year() + 1, 3, 31);
}

QDate EntitlementRules::myNumberCardExpiry(QDate birth, QDate issued)
{
    const int birthdays = text::ageOn(birth, issued).value_or(0) < 18 ? 5 : 10;
    QDate first = birthdayIn(birth, issued.year());
    if (first <= issued)
        first = birthdayIn(birth, issued.year() + 1);
    return birthdayIn(birth, first.year() + birthdays - 1);
}

bool EntitlementRules::isChild(const Member& m) const
{
    return m_asOf <= childSupportEnds(m.birth);
}

void EntitlementRules::apply(Random& r, Household& h) const
{
    for (Member& m : h.members) {
        Entitlements& e = m.entitlements;
        e.disability = r.perMille(disabilityPerMille(m.age) * (h.seiho ? 2 : 1));
        e.sealRegistered = r.perMille(sealPerMille(m.age) * (m.foreign() ? 5 : 10) / 10);
    }
    for (Member& m : h.members)
        insurance(r, h, m);
    for (Member& m : h.members) {
        kaigo(r, m);
        card(r, m);
    }
    // Pensions: earners first, so a dependent spouse can see whether the
    // earner is a category 2 insured.
    for (Member& m : h.members)
        nenkin(r, h, m);
    children(r, h);
}

void EntitlementRules::insurance(Random& r, Household& h, Member& m) const
{
    Entitlements& e = m.entitlements;
    if (h.seiho) {
        e.insurance = QStringLiteral("seiho");
        e.insuranceSince = std::max(m.becameResident, m_asOf.addDays(-r.between(30, 3650)));
        return;
    }
    if (m.age >= 75 || (m.age >= 65 && e.disability && r.percent(25))) {
        e.insurance = QStringLiteral("kouki");
        const QDate from = m.age >= 75
            ? birthdayIn(m.birth, m.birth.year() + 75)
            : randomDate(r, birthdayIn(m.birth, m.birth.year() + 65), m_asOf);
        e.insuranceSince = std::max(from, m.becameResident);
        return;
    }
    if (m.work == Work::Employee) {
        e.insurance = kShaho; // the employer's insurer; the city keeps no date
        return;
    }
    auto earner = [&](int i) {
        return i >= 0 && h.members[std::size_t(i)].work == Work::Employee
            && h.members[std::size_t(i)].age < 75;
    };
    bool dependant = false;
    if (m.work != Work::SelfEmployed) {
        if (earner(m.spouse))
            dependant = true;
        else if ((m.relation == Relation::Child || m.relation == Relation::Grandchild)
            && (earner(m.father) || earner(m.mother)))
            dependant = true;
        else if (m.relation == Relation::Grandchild && earner(0))
            dependant = true;
        else if ((m.relation == Relation::Father || m.relation == Relation::Mother) && earner(0)
            && r.percent(50))
            dependant = true; // a parent with a small pension, supported by the head
    }
    if (dependant) {
        e.insurance = kShaho;
        return;
    }
    e.insurance = kKokuho;
    QDate since = m.becameResident;
    if (m.age >= 60 && m.work == Work::Retired)
        since = std::max(
            since, birthdayIn(m.birth, m.birth.year() + r.between(60, std::min(m.age, 74))));
    e.insuranceSince = since;
}

void EntitlementRules::kaigo(Random& r, Member& m) const
{
    Entitlements& e = m.entitlements;
    if (m.age < 40)
        return;
    if (r.perMille(certifiedPerMille(m.age))) {
        e.kaigo = QStringLiteral("certified");
        e.kaigoLevel = careLevels()[r.weighted(kCareLevelWeights)];
    } else if (m.age >= 65) {
        e.kaigo = QStringLiteral("insured");
    }
}

void EntitlementRules::nenkin(Random& r, const Household& h, Member& m) const
{
    Entitlements& e = m.entitlements;
    if (m.age < 20)
        return;
    if (m.age >= 65) {
        e.nenkin = QStringLiteral("recipient");
        return;
    }
    if (m.age >= 60) {
        // 特別支給 or 繰上げ for some; employees stay insured (category 2).
        if (r.percent(30))
            e.nenkin = QStringLiteral("recipient");
        else if (m.work == Work::Employee && e.insurance == kShaho)
            e.nenkin = QStringLiteral("2");
        return;
    }
    if (m.work == Work::Employee && e.insurance == kShaho) {
        e.nenkin = QStringLiteral("2");
        return;
    }
    // Category 3: the dependent spouse of a category 2 insured. The spouse's
    // category is known already when the spouse comes first (earners are
    // usually the head); otherwise it follows from the same rule.
    if (m.spouse >= 0 && e.insurance == kShaho) {
        const Member& s = h.members[std::size_t(m.spouse)];
        const bool spouseCategory2 = s.entitlements.nenkin == QLatin1String("2")
            || (s.age < 60 && s.work == Work::Employee && s.entitlements.insurance == kShaho);
        if (spouseCategory2) {
            e.nenkin = QStringLiteral("3");
            return;
        }
    }
    e.nenkin = QStringLiteral("1");
}

void EntitlementRules::children(Random& r, Household& h) const
{
    auto rank = [&](int i) {
        if (i < 0)
            return -1;
        const Work w = h.members[std::size_t(i)].work;
        return w == Work::Employee ? 3 : (w == Work::SelfEmployed ? 2 : 1);
    };
    bool singleParentChildren = false;
    for (Member& c : h.members) {
        if (!isChild(c))
            continue;
        c.entitlements.childMedical = !h.seiho; // 医療扶助 covers them instead
        // 児童手当 goes to the parent with the higher income; the father on a tie.
        const int recipient = rank(c.father) >= rank(c.mother) ? c.father : c.mother;
        if (recipient < 0)
            continue; // no parent here: paid to a parent elsewhere
        Member& p = h.members[std::size_t(recipient)];
        const QDate since
            = firstOfNextMonth(std::max({c.birth, c.becameResident, p.becameResident}));
        if (!p.entitlements.jidouTeate || since < p.entitlements.jidouTeateSince)
            p.entitlements.jidouTeateSince = std::min(since, m_asOf);
        p.entitlements.jidouTeate = true;
        if (h.kind == HouseholdKind::SingleParent && recipient == 0)
            singleParentChildren = true;
    }
    // ひとり親医療: for the parent and the children, with an income limit.
    if (singleParentChildren && !h.seiho && r.percent(60)) {
        h.members[0].entitlements.singleParentMedical = true;
        for (Member& c : h.members)
            if (isChild(c) && (c.mother == 0 || c.father == 0))
                c.entitlements.singleParentMedical = true;
    }
}

void EntitlementRules::card(Random& r, Member& m) const
{
    Entitlements& e = m.entitlements;
    if (!r.perMille(cardPerMille(m.age) * (m.foreign() ? 8 : 10) / 10))
        return;
    // Issued since 2016; renewed when it expired.
    QDate issued = randomDate(r, std::max(QDate(2016, 1, 4), m.birth), m_asOf);
    QDate expiry = myNumberCardExpiry(m.birth, issued);
    while (expiry < m_asOf) {
        issued = expiry.addDays(-r.between(0, 90));
        expiry = myNumberCardExpiry(m.birth, issued);
    }
    // A foreign resident's card ends with the period of stay.
    if (m.residenceExpiry.isValid())
        expiry = std::min(expiry, m.residenceExpiry);
    e.myNumberCard = true;
    e.myNumberCardExpiry = expiry;
}

} // namespace madoguchi::demo
