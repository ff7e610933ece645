#include "demo/householdplanner.h"

#include "text/age.h"

#include <algorithm>
#include <array>

namespace madoguchi::demo {
namespace {

// Household kinds of Japanese nationals, per mille of households, after the
// 2020 census (単身 38.0%, 夫婦のみ 20.1%, 夫婦と子 25.0%, ひとり親と子 9.0%,
// other relatives 6.8%, non-relatives 1.0%). Foreign households are drawn
// first, with their own mix (foreignhouseholds.cpp).
constexpr std::array kKindWeights{380, 200, 250, 90, 50, 12, 13};
constexpr int kForeignHouseholdsPerMille = 25;

// Ages of people living alone: students and young workers, then the
// elderly (most of them women, who outlive their husbands).
constexpr std::array<AgeBand, 5> kSingleYoung{
    {{18, 19, 4}, {20, 24, 30}, {25, 29, 30}, {30, 34, 20}, {35, 39, 16}}};
constexpr std::array<AgeBand, 5> kSingleMiddle{
    {{40, 44, 21}, {45, 49, 24}, {50, 54, 22}, {55, 59, 18}, {60, 64, 15}}};
constexpr std::array<AgeBand, 7> kSingleElderly{{{65, 69, 15}, {70, 74, 21}, {75, 79, 20},
    {80, 84, 20}, {85, 89, 15}, {90, 94, 7}, {95, 100, 2}}};
// The wife's age in couples without children at home.
constexpr std::array<AgeBand, 4> kCoupleYoung{
    {{22, 24, 10}, {25, 29, 35}, {30, 34, 30}, {35, 39, 25}}};
constexpr std::array<AgeBand, 4> kCoupleMiddle{
    {{40, 49, 25}, {50, 54, 25}, {55, 59, 25}, {60, 64, 25}}};
constexpr std::array<AgeBand, 5> kCoupleElderly{
    {{63, 69, 28}, {70, 74, 30}, {75, 79, 23}, {80, 84, 14}, {85, 92, 5}}};
// The mother's age in 夫婦と子.
constexpr std::array<AgeBand, 10> kMotherWithChildren{
    {{24, 29, 2}, {30, 34, 6}, {35, 39, 10}, {40, 44, 12}, {45, 49, 13}, {50, 54, 14}, {55, 59, 12},
        {60, 64, 10}, {65, 74, 10}, {75, 84, 6}}};
constexpr std::array<AgeBand, 8> kSingleParent{{{25, 29, 5}, {30, 34, 10}, {35, 39, 16},
    {40, 44, 20}, {45, 49, 20}, {50, 54, 15}, {55, 59, 9}, {60, 69, 5}}};
constexpr std::array<AgeBand, 5> kThreeGenerationsWife{
    {{35, 39, 15}, {40, 44, 25}, {45, 49, 25}, {50, 54, 20}, {55, 58, 15}}};
constexpr std::array<AgeBand, 4> kGrandparentWife{
    {{58, 64, 30}, {65, 69, 30}, {70, 74, 25}, {75, 80, 15}}};
constexpr std::array<AgeBand, 4> kSiblingsHead{
    {{25, 39, 25}, {40, 54, 35}, {55, 69, 25}, {70, 85, 15}}};
constexpr std::array<AgeBand, 3> kLodgerHead{{{22, 34, 40}, {35, 54, 35}, {55, 79, 25}}};
// The wife's age at marriage (first marriages peak at 29–30 today, earlier
// for older generations; one band for all keeps the draw simple).
constexpr std::array<AgeBand, 7> kMarriageAge{{{18, 21, 5}, {22, 24, 14}, {25, 27, 25},
    {28, 30, 25}, {31, 34, 18}, {35, 39, 9}, {40, 49, 4}}};
// Husband minus wife, in years.
constexpr std::array kGapValues{-4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15};
constexpr std::array kGapWeights{2, 3, 5, 8, 12, 13, 13, 11, 9, 7, 5, 4, 3, 2, 2, 1, 1};
// The mother's age at her first birth, 20–40 (the mean is about 31 today).
constexpr std::array kFirstBirthWeights{
    1, 2, 3, 4, 5, 7, 8, 9, 10, 10, 10, 9, 8, 7, 6, 5, 4, 3, 2, 2, 1};
constexpr std::array kChildCountWeights{45, 42, 11, 2}; // 1, 2, 3, 4 children
constexpr std::array kSpacingWeights{10, 30, 30, 15, 10, 5}; // 1–6 years

// Grown-up children still living with their parents, by age, in percent.
int stayAtHomePercent(int age)
{
    if (age < 18)
        return 100;
    if (age <= 22)
        return 85;
    if (age <= 29)
        return 60;
    if (age <= 39)
        return 35;
    return 25;
}

} // namespace

HouseholdPlanner::HouseholdPlanner(const NameData& data, QDate asOf)
    : m_data(data)
    , m_asOf(asOf)
{ }

void HouseholdPlanner::planKind(std::size_t kind, Random& r, Household& h) const
{
    switch (kind) {
    case 0:
        planSingle(r, h);
        break;
    case 1:
        planCouple(r, h);
        break;
    case 2:
        planCoupleWithChildren(r, h);
        break;
    case 3:
        planSingleParent(r, h);
        break;
    case 4:
        planThreeGenerations(r, h);
        break;
    case 5:
        planSiblings(r, h);
        break;
    default:
        planWithLodger(r, h);
        break;
    }
}

Household HouseholdPlanner::plan(Random& r) const
{
    Household h;
    if (r.perMille(kForeignHouseholdsPerMille)) {
        planForeign(r, h);
    } else {
        planKind(r.weighted(kKindWeights), r, h);
    }
    assignWork(r, h);
    decideSeiho(r, h);
    // A handful of the oldest residents have a birth date the register
    // knows only in part (records lost in the war, births abroad).
    for (Member& m : h.members) {
        if (m.age >= 88 && r.perMille(3)) {
            const int kind = int(r.weighted(std::array{50, 40, 10}));
            m.birthPrecision = kind == 0
                ? BirthPrecision::YearOnly
                : (kind == 1 ? BirthPrecision::MonthOnly : BirthPrecision::Unknown);
        }
    }
    return h;
}

int HouseholdPlanner::ageOn(QDate birth, QDate on) const
{
    return text::ageOn(birth, on).value_or(0);
}

int HouseholdPlanner::drawAge(Random& r, std::span<const AgeBand> bands) const
{
    int total = 0;
    for (const AgeBand& b : bands)
        total += b.weight;
    int pick = int(r.below(std::uint64_t(total)));
    for (const AgeBand& b : bands) {
        if (pick < b.weight)
            return r.between(b.low, b.high);
        pick -= b.weight;
    }
    return bands.back().high;
}

QDate HouseholdPlanner::birthForAge(Random& r, int age) const
{
    // Every day on which someone born then is `age` on the reference date.
    const QDate latest = m_asOf.addYears(-age);
    const QDate earliest = m_asOf.addYears(-age - 1).addDays(1);
    return earliest.addDays(qint64(r.below(std::uint64_t(earliest.daysTo(latest) + 1))));
}

Member HouseholdPlanner::personBornOn(Relation relation, int sex, QDate birth) const
{
    Member m;
    m.relation = relation;
    m.sex = sex;
    m.birth = birth;
    m.age = ageOn(birth, m_asOf);
    return m;
}

Member HouseholdPlanner::person(Random& r, Relation relation, int sex, int age) const
{
    return personBornOn(relation, sex, birthForAge(r, std::clamp(age, 0, 105)));
}

int HouseholdPlanner::addCouple(Random& r, Household& h, int wifeAge, bool allowUnregistered) const
{
    const int gap = kGapValues[r.weighted(kGapWeights)];
    const int husbandAge = std::clamp(wifeAge + gap, 18, 103);
    const bool wifeIsHead = r.perMille(50);
    const bool unregistered = allowUnregistered && !wifeIsHead && wifeAge < 45 && r.perMille(25);

    Member husband = person(r, wifeIsHead ? Relation::Husband : Relation::Head, 1, husbandAge);
    Member wife = person(r,
        wifeIsHead ? Relation::Head : (unregistered ? Relation::WifeUnregistered : Relation::Wife),
        2, wifeAge);
    const int base = int(h.members.size());
    const int headLine = base == 0 ? 0 : h.members.front().familyLine;
    husband.familyLine = wife.familyLine = headLine;
    if (unregistered) {
        wife.familyLine = headLine + 100; // her own name: no 婚姻届, no change
    } else if (r.perMille(960)) {
        wife.changedSurname = true;
    } else {
        husband.changedSurname = true; // took his wife's name
    }
    if (wifeIsHead) {
        h.members.push_back(wife);
        h.members.push_back(husband);
    } else {
        h.members.push_back(husband);
        h.members.push_back(wife);
    }
    h.members[std::size_t(base)].spouse = base + 1;
    h.members[std::size_t(base + 1)].spouse = base;
    return base;
}

int HouseholdPlanner::addChildren(
    Random& r, Household& h, int mother, int father, Relation relation) const
{
    // Without a mother at home, assume one two years younger than the father.
    const QDate motherBirth = mother >= 0 ? h.members[std::size_t(mother)].birth
                                          : h.members[std::size_t(father)].birth.addYears(2);
    const QDate fatherBirth = father >= 0 ? h.members[std::size_t(father)].birth : QDate();
    const int wanted = int(r.weighted(kChildCountWeights)) + 1;
    int motherAgeAtBirth = 20 + int(r.weighted(kFirstBirthWeights));
    int added = 0;
    QDate previous;
    for (int i = 0; i < wanted; ++i) {
        if (i > 0)
            motherAgeAtBirth += 1 + int(r.weighted(kSpacingWeights));
        if (motherAgeAtBirth > 45)
            break;
        QDate birth = motherBirth.addYears(motherAgeAtBirth).addDays(qint64(r.below(365)));
        if (previous.isValid() && birth < previous.addDays(300))
            birth = previous.addDays(300 + qint64(r.below(200)));
        if (birth > m_asOf || ageOn(motherBirth, birth) > 45)
            break;
        if (fatherBirth.isValid()) {
            const int fatherAge = ageOn(fatherBirth, birth);
            if (fatherAge > 45)
                break;
            if (fatherAge < 20)
                continue; // too young to be a father: this child is not born
        }
        previous = birth;
        const int age = ageOn(birth, m_asOf);
        if (!r.percent(stayAtHomePercent(age)))
            continue; // grown up and moved out
        Member child = personBornOn(relation, r.perMille(512) ? 1 : 2, birth);
        child.mother = mother;
        child.father = father;
        child.familyLine = h.members[std::size_t(father >= 0 ? father : mother)].familyLine;
        h.members.push_back(child);
        ++added;
    }
    return added;
}

void HouseholdPlanner::setMarriageDate(Random& r, Household& h, int wife, int husband) const
{
    Member& w = h.members[std::size_t(wife)];
    Member& m = h.members[std::size_t(husband)];
    int marriageAge = drawAge(r, kMarriageAge);
    if (marriageAge > w.age)
        marriageAge = r.between(std::min(18, w.age), w.age);
    QDate married = w.birth.addYears(marriageAge).addDays(qint64(r.below(365)));
    // Before the first child they share (usually by a year or more).
    QDate firstChild;
    for (const Member& c : h.members)
        if (c.mother == wife && (!firstChild.isValid() || c.birth < firstChild))
            firstChild = c.birth;
    if (firstChild.isValid() && married > firstChild.addDays(-60))
        married = firstChild.addDays(-60 - qint64(r.below(900)));
    married = std::max({married, w.birth.addYears(18), m.birth.addYears(18)});
    married = std::min(married, m_asOf);
    w.marriedOn = m.marriedOn = married;
}

void HouseholdPlanner::planSingle(Random& r, Household& h) const
{
    h.kind = HouseholdKind::Single;
    switch (r.weighted(std::array{125, 95, 160})) {
    case 0:
        h.members.push_back(
            person(r, Relation::Head, r.percent(56) ? 1 : 2, drawAge(r, kSingleYoung)));
        break;
    case 1:
        h.members.push_back(
            person(r, Relation::Head, r.percent(60) ? 1 : 2, drawAge(r, kSingleMiddle)));
        break;
    default:
        h.members.push_back(
            person(r, Relation::Head, r.percent(34) ? 1 : 2, drawAge(r, kSingleElderly)));
        break;
    }
}

void HouseholdPlanner::planCouple(Random& r, Household& h) const
{
    h.kind = HouseholdKind::Couple;
    int head = 0;
    switch (r.weighted(std::array{30, 45, 125})) {
    case 0:
        head = addCouple(r, h, drawAge(r, kCoupleYoung), true);
        break;
    case 1:
        head = addCouple(r, h, drawAge(r, kCoupleMiddle), false);
        break;
    default:
        head = addCouple(r, h, drawAge(r, kCoupleElderly), false);
        break;
    }
    const int spouse = h.members[std::size_t(head)].spouse;
    const bool headIsWife = h.members[std::size_t(head)].sex == 2;
    setMarriageDate(r, h, headIsWife ? head : spouse, headIsWife ? spouse : head);
}

void HouseholdPlanner::planCoupleWithChildren(Random& r, Household& h) const
{
    h.kind = HouseholdKind::CoupleWithChildren;
    for (int attempt = 0; attempt < 6; ++attempt) {
        h.members.clear();
        addCouple(r, h, drawAge(r, kMotherWithChildren), false);
        const int wife = h.members[0].sex == 2 ? 0 : 1;
        const int husband = 1 - wife;
        if (addChildren(r, h, wife, husband, Relation::Child) > 0) {
            setMarriageDate(r, h, wife, husband);
            return;
        }
    }
    // Every child has grown up and left: a couple after all.
    h.kind = HouseholdKind::Couple;
    setMarriageDate(r, h, h.members[0].sex == 2 ? 0 : 1, h.members[0].sex == 2 ? 1 : 0);
}

void HouseholdPlanner::planSingleParent(Random& r, Household& h) const
{
    h.kind = HouseholdKind::SingleParent;
    if (r.percent(40)) {
        // An unmarried grown child living with an old parent (the "8050"
        // households); the child is the head, the parent 母 or 父.
        const int headAge = r.between(40, 62);
        Member head = person(r, Relation::Head, r.percent(60) ? 1 : 2, headAge);
        const bool mother = r.percent(78);
        const int parentAge = std::min(headAge + r.between(24, 38), 101);
        Member parent
            = person(r, mother ? Relation::Mother : Relation::Father, mother ? 2 : 1, parentAge);
        head.mother = mother ? 1 : -1;
        head.father = mother ? -1 : 1;
        h.members.push_back(head);
        h.members.push_back(parent);
        return;
    }
    for (int attempt = 0; attempt < 6; ++attempt) {
        h.members.clear();
        const bool mother = r.percent(87);
        Member parent = person(r, Relation::Head, mother ? 2 : 1, drawAge(r, kSingleParent));
        // Most single mothers are divorced (the namer decides whether she
        // went back to her maiden name).
        parent.divorced = mother && r.percent(65);
        h.members.push_back(parent);
        if (addChildren(r, h, mother ? 0 : -1, mother ? -1 : 0, Relation::Child) > 0)
            return;
    }
    h.kind = HouseholdKind::Single;
    h.members.resize(1);
    h.members[0].divorced = false;
}

void HouseholdPlanner::planThreeGenerations(Random& r, Household& h) const
{
    h.kind = HouseholdKind::ThreeGenerations;
    if (r.percent(60)) {
        // A couple with their children and the husband's parents.
        const int head = addCouple(r, h, drawAge(r, kThreeGenerationsWife), false);
        Member& headMember = h.members[std::size_t(head)];
        if (headMember.sex == 2) { // make the husband the head for this shape
            std::swap(h.members[0], h.members[1]);
            h.members[0].relation = Relation::Head;
            h.members[1].relation = Relation::Wife;
        }
        h.members[0].changedSurname = false;
        h.members[1].changedSurname = true;
        h.members[0].spouse = 1;
        h.members[1].spouse = 0;
        addChildren(r, h, 1, 0, Relation::Child);
        setMarriageDate(r, h, 1, 0);
        const int sonAge = h.members[0].age;
        const int motherAge = std::min(sonAge + r.between(22, 36), 99);
        const int fatherAge = std::min(motherAge + r.between(0, 5), 101);
        const int parents = int(r.weighted(std::array{45, 40, 15})); // both, mother, father
        int fatherIndex = -1;
        int motherIndex = -1;
        if (parents != 1) {
            fatherIndex = int(h.members.size());
            h.members.push_back(person(r, Relation::Father, 1, fatherAge));
        }
        if (parents != 2) {
            motherIndex = int(h.members.size());
            Member mother = person(r, Relation::Mother, 2, motherAge);
            mother.changedSurname = true;
            mother.marriedOn = h.members[0].birth.addYears(-r.between(1, 4));
            h.members.push_back(mother);
        }
        if (fatherIndex >= 0 && motherIndex >= 0) {
            h.members[std::size_t(fatherIndex)].spouse = motherIndex;
            h.members[std::size_t(motherIndex)].spouse = fatherIndex;
            h.members[std::size_t(fatherIndex)].marriedOn
                = h.members[std::size_t(motherIndex)].marriedOn;
        }
        h.members[0].mother = motherIndex;
        h.members[0].father = fatherIndex;
        return;
    }
    // Grandparents as head, their son and his wife, and their children.
    addCouple(r, h, drawAge(r, kGrandparentWife), false);
    if (h.members[0].sex == 2) {
        std::swap(h.members[0], h.members[1]);
        h.members[0].relation = Relation::Head;
        h.members[1].relation = Relation::Wife;
        h.members[0].spouse = 1;
        h.members[1].spouse = 0;
    }
    h.members[0].changedSurname = false;
    h.members[1].changedSurname = true;
    // The grandparents were 24–36 (and the grandfather at most 44) at the
    // son's birth.
    const Member& grandmother = h.members[1];
    const int gap = std::max(0, h.members[0].age - grandmother.age);
    const int motherAgeAtBirth = r.between(24, std::max(24, std::min(36, 44 - gap)));
    const QDate sonBirth
        = grandmother.birth.addYears(motherAgeAtBirth).addDays(qint64(r.below(365)));
    Member son = personBornOn(Relation::Child, 1, std::min(sonBirth, m_asOf.addYears(-25)));
    son.mother = 1;
    son.father = 0;
    h.members.push_back(son);
    setMarriageDate(r, h, 1, 0);
    Member daughterInLaw = person(
        r, Relation::ChildsWife, 2, std::max(22, son.age - kGapValues[r.weighted(kGapWeights)]));
    daughterInLaw.changedSurname = true;
    daughterInLaw.spouse = 2;
    h.members[2].spouse = 3;
    h.members.push_back(daughterInLaw);
    addChildren(r, h, 3, 2, Relation::Grandchild);
    setMarriageDate(r, h, 3, 2);
}

void HouseholdPlanner::planSiblings(Random& r, Household& h) const
{
    h.kind = HouseholdKind::Siblings;
    const int headAge = drawAge(r, kSiblingsHead);
    h.members.push_back(person(r, Relation::Head, r.percent(50) ? 1 : 2, headAge));
    const int count = r.percent(80) ? 1 : 2;
    for (int i = 0; i < count; ++i) {
        const int age = std::max(18, headAge + r.between(-10, 10));
        const int sex = r.percent(50) ? 1 : 2;
        const bool older = age >= headAge;
        const Relation relation = sex == 1
            ? (older ? Relation::OlderBrother : Relation::YoungerBrother)
            : (older ? Relation::OlderSister : Relation::YoungerSister);
        h.members.push_back(person(r, relation, sex, age));
    }
}

void HouseholdPlanner::planWithLodger(Random& r, Household& h) const
{
    h.kind = HouseholdKind::WithLodger;
    const int headAge = drawAge(r, kLodgerHead);
    h.members.push_back(person(r, Relation::Head, r.percent(55) ? 1 : 2, headAge));
    const int count = r.percent(75) ? 1 : 2;
    for (int i = 0; i < count; ++i) {
        Member other = r.percent(70) ? person(r, Relation::Lodger, r.percent(50) ? 1 : 2,
                           std::max(18, headAge + r.between(-8, 8)))
                                     : person(r, Relation::Kin, r.percent(50) ? 1 : 2,
                                         r.percent(60) ? r.between(18, 30) : r.between(70, 90));
        other.familyLine = i + 1; // not family: a name of their own
        h.members.push_back(other);
    }
}

Work HouseholdPlanner::workFor(Random& r, const Member& m, bool livesAlone) const
{
    // Weights in the order employee, self-employed, homemaker, unemployed,
    // retired, student; rough shares of the labour force survey.
    static constexpr Work kWork[] = {Work::Employee, Work::SelfEmployed, Work::Homemaker,
        Work::Unemployed, Work::Retired, Work::Student};
    auto draw = [&](std::array<int, 6> weights) { return kWork[r.weighted(weights)]; };
    const int a = m.age;
    if (a < 15)
        return Work::Child;
    if (a < 18)
        return Work::Student;
    if (a <= 22)
        return livesAlone ? draw({50, 0, 0, 5, 0, 45}) : draw({38, 0, 0, 7, 0, 55});
    if (m.sex == 1) {
        if (a <= 59)
            return draw({83, 9, 0, 8, 0, 0});
        if (a <= 64)
            return draw({66, 12, 0, 0, 22, 0});
        if (a <= 69)
            return draw({36, 13, 0, 0, 51, 0});
        if (a <= 74)
            return draw({20, 12, 0, 0, 68, 0});
        return draw({0, 4, 0, 0, 96, 0});
    }
    if (a <= 59)
        return livesAlone ? draw({82, 6, 0, 12, 0, 0}) : draw({64, 5, 26, 5, 0, 0});
    if (a <= 64)
        return draw({50, 6, 24, 0, 20, 0});
    if (a <= 69)
        return draw({24, 6, 0, 0, 70, 0});
    if (a <= 74)
        return draw({12, 5, 0, 0, 83, 0});
    return draw({0, 2, 0, 0, 98, 0});
}

void HouseholdPlanner::assignWork(Random& r, Household& h) const
{
    const bool alone = h.members.size() == 1;
    for (Member& m : h.members) {
        m.work = workFor(r, m, alone);
        if (!m.foreign() || m.age < 18)
            continue;
        // The residence status says what a foreign resident may do.
        const QString& s = m.residenceStatus;
        if (s == QStringView(u"留学"))
            m.work = Work::Student;
        else if (s == QStringView(u"技能実習") || s == QStringView(u"特定技能")
            || s == QStringView(u"技術・人文知識・国際業務") || s == QStringView(u"技能")
            || s == QStringView(u"教育"))
            m.work = Work::Employee;
        else if (s == QStringView(u"家族滞在"))
            m.work = Work::Homemaker;
    }
}

void HouseholdPlanner::decideSeiho(Random& r, Household& h) const
{
    // 生活保護 covers about 1.6% of people, half of them elderly people living
    // alone, many single mothers; it is granted to the whole household.
    const Member& head = h.members.front();
    int perMille = 4;
    if (h.kind == HouseholdKind::Single)
        perMille = head.age >= 65 ? 70 : (head.age >= 40 ? 40 : 8);
    else if (h.kind == HouseholdKind::SingleParent)
        perMille = 55;
    else if (h.kind == HouseholdKind::Couple && head.age >= 65)
        perMille = 15;
    else if (h.kind == HouseholdKind::ForeignWorkers)
        perMille = 0;
    for (const Member& m : h.members)
        if (m.foreign() && m.residenceStatus != QStringView(u"永住者")
            && m.residenceStatus != QStringView(u"特別永住者")
            && m.residenceStatus != QStringView(u"定住者")
            && m.residenceStatus != QStringView(u"日本人の配偶者等"))
            perMille = 0; // not available to the other statuses
    h.seiho = r.perMille(perMille);
    if (!h.seiho)
        return;
    for (Member& m : h.members)
        if (m.work == Work::Employee && r.percent(85))
            m.work = Work::Unemployed;
}

} // namespace madoguchi::demo
