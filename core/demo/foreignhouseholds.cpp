// The foreign households of the demo city (about 2.5% of its residents, as
// in Japan): who comes with which 在留資格 decides the household's shape.
#include "demo/householdplanner.h"

#include <array>

namespace madoguchi::demo {
namespace {

bool isOneOf(const QString& s, std::initializer_list<const char16_t*> values)
{
    for (const char16_t* v : values)
        if (s == QStringView(v))
            return true;
    return false;
}

// Statuses without a period of stay: no 在留期間の満了日.
bool isPermanent(const QString& status)
{
    return isOneOf(status, {u"永住者", u"特別永住者"});
}

constexpr std::array<AgeBand, 3> kWorkerAge{{{19, 24, 45}, {25, 29, 35}, {30, 38, 20}}};
constexpr std::array<AgeBand, 2> kStudentAge{{{19, 23, 60}, {24, 30, 40}}};
constexpr std::array<AgeBand, 3> kEngineerAge{{{23, 29, 40}, {30, 39, 40}, {40, 50, 20}}};
constexpr std::array<AgeBand, 4> kFamilyWifeAge{
    {{24, 29, 20}, {30, 34, 30}, {35, 39, 28}, {40, 46, 22}}};
constexpr std::array<AgeBand, 5> kMixedWifeAge{
    {{24, 29, 15}, {30, 34, 20}, {35, 44, 30}, {45, 54, 22}, {55, 65, 13}}};

} // namespace

void HouseholdPlanner::makeForeign(
    Random& r, Member& m, int nationality, const QString& status) const
{
    m.nationality = nationality;
    m.nationalityName = m_data.nationalities[nationality].name;
    m.residenceStatus = status;
    if (isPermanent(status)) {
        m.residenceExpiry = QDate();
        return;
    }
    // Periods of stay are 1, 3 or 5 years; we are somewhere inside one.
    int longest = 3 * 365;
    if (isOneOf(status, {u"技能実習", u"特定技能"}))
        longest = 365;
    else if (status == QStringView(u"留学"))
        longest = 2 * 365;
    m.residenceExpiry = m_asOf.addDays(r.between(20, longest));
}

void HouseholdPlanner::planForeign(Random& r, Household& h) const
{
    const int nationality = int(m_data.nationalityWeights.pick(r));
    const Nationality& n = m_data.nationalities[nationality];
    const QString status = n.statuses[qsizetype(n.statusWeights.pick(r))];

    if (isOneOf(status, {u"技能実習", u"特定技能"})) {
        if (r.percent(35))
            return planForeignWorkers(r, h, nationality, status);
        h.kind = HouseholdKind::Single;
        h.members.push_back(
            person(r, Relation::Head, r.percent(58) ? 1 : 2, drawAge(r, kWorkerAge)));
        makeForeign(r, h.members.back(), nationality, status);
        return;
    }
    if (status == QStringView(u"留学")) {
        h.kind = HouseholdKind::Single;
        h.members.push_back(
            person(r, Relation::Head, r.percent(55) ? 1 : 2, drawAge(r, kStudentAge)));
        makeForeign(r, h.members.back(), nationality, status);
        return;
    }
    if (isOneOf(status, {u"技術・人文知識・国際業務", u"教育", u"技能", u"家族滞在"})) {
        if (status == QStringView(u"家族滞在") || r.percent(45)) {
            // A 家族滞在 resident came with someone working here.
            QString principal = status;
            if (status == QStringView(u"家族滞在"))
                principal = n.statuses.contains(QStringLiteral("技能")) && r.percent(50)
                    ? QStringLiteral("技能")
                    : QStringLiteral("技術・人文知識・国際業務");
            return planForeignFamily(r, h, nationality, principal);
        }
        h.kind = HouseholdKind::Single;
        h.members.push_back(
            person(r, Relation::Head, r.percent(62) ? 1 : 2, drawAge(r, kEngineerAge)));
        makeForeign(r, h.members.back(), nationality, status);
        return;
    }
    if (status == QStringView(u"日本人の配偶者等"))
        return planMixedMarriage(r, h, nationality);

    // 永住者, 特別永住者, 定住者: settled families of every age, shaped like
    // Japanese households.
    // Weights for single, couple, couple with children, single parent and
    // three generations (the first five kinds of planKind).
    planKind(r.weighted(std::array{30, 20, 35, 8, 7}), r, h);
    for (std::size_t i = 0; i < h.members.size(); ++i) {
        Member& m = h.members[i];
        makeForeign(r, m, nationality, status);
        if (!n.wifeKeepsName)
            continue;
        // Married women keep their own family name in these countries.
        m.changedSurname = false;
        const bool married
            = m.spouse >= 0 || m.relation == Relation::Mother || m.relation == Relation::ChildsWife;
        if (married && m.sex == 2)
            m.familyLine = 200 + int(i);
    }
}

void HouseholdPlanner::planForeignWorkers(
    Random& r, Household& h, int nationality, const QString& status) const
{
    // A flat shared by trainees of one employer: the head and 同居人.
    h.kind = HouseholdKind::ForeignWorkers;
    const int sex = r.percent(60) ? 1 : 2;
    const int count = r.between(3, 5);
    for (int i = 0; i < count; ++i) {
        Member m
            = person(r, i == 0 ? Relation::Head : Relation::Lodger, sex, drawAge(r, kWorkerAge));
        m.familyLine = i;
        makeForeign(r, m, nationality, status);
        h.members.push_back(m);
    }
    // One employer, one period of stay.
    for (Member& m : h.members)
        m.residenceExpiry = h.members.front().residenceExpiry;
}

void HouseholdPlanner::planForeignFamily(
    Random& r, Household& h, int nationality, const QString& status) const
{
    h.kind = HouseholdKind::CoupleWithChildren;
    const Nationality& n = m_data.nationalities[nationality];
    addCouple(r, h, drawAge(r, kFamilyWifeAge), false);
    const int wife = h.members[0].sex == 2 ? 0 : 1;
    const int husband = 1 - wife;
    if (n.wifeKeepsName) {
        h.members[std::size_t(wife)].changedSurname = false;
        h.members[std::size_t(husband)].changedSurname = false;
        h.members[std::size_t(wife)].familyLine = 200;
    }
    if (addChildren(r, h, wife, husband, Relation::Child) == 0)
        h.kind = HouseholdKind::Couple;
    setMarriageDate(r, h, wife, husband);
    makeForeign(r, h.members[0], nationality, status);
    for (std::size_t i = 1; i < h.members.size(); ++i) {
        makeForeign(r, h.members[i], nationality, QStringLiteral("家族滞在"));
        h.members[i].residenceExpiry = h.members[0].residenceExpiry;
    }
}

void HouseholdPlanner::planMixedMarriage(Random& r, Household& h, int nationality) const
{
    // A foreign spouse of a Japanese national; the Japanese spouse heads the
    // household, both keep their names (a foreigner's name does not change
    // by a Japanese marriage), the children are Japanese nationals.
    const bool foreignWife = r.percent(78);
    const bool withChildren = r.percent(55);
    const int wifeAge = drawAge(r, kMixedWifeAge);
    const int husbandAge = std::max(20, wifeAge + r.between(-3, 10));
    Member husband = person(r, foreignWife ? Relation::Head : Relation::Husband, 1, husbandAge);
    Member wife = person(r, foreignWife ? Relation::Wife : Relation::Head, 2, wifeAge);
    (foreignWife ? wife : husband).familyLine = 1;
    h.members.push_back(foreignWife ? husband : wife);
    h.members.push_back(foreignWife ? wife : husband);
    h.members[0].spouse = 1;
    h.members[1].spouse = 0;
    const int wifeIndex = foreignWife ? 1 : 0;
    const int husbandIndex = 1 - wifeIndex;
    h.kind = HouseholdKind::Couple;
    if (withChildren && addChildren(r, h, wifeIndex, husbandIndex, Relation::Child) > 0) {
        h.kind = HouseholdKind::CoupleWithChildren;
        for (std::size_t i = 2; i < h.members.size(); ++i)
            h.members[i].familyLine = 0; // the Japanese parent's name
    }
    setMarriageDate(r, h, wifeIndex, husbandIndex);
    Member& foreigner = h.members[1];
    // After years of marriage many become permanent residents.
    const bool longMarried
        = foreigner.marriedOn.isValid() && foreigner.marriedOn.addYears(10) < m_asOf;
    makeForeign(r, foreigner, nationality,
        longMarried && r.percent(50) ? QStringLiteral("永住者")
                                     : QStringLiteral("日本人の配偶者等"));
}

} // namespace madoguchi::demo
