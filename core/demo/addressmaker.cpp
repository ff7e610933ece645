#include "demo/addressmaker.h"

#include <algorithm>
#include <array>

namespace madoguchi::demo {
namespace {

// Years the household has lived at its address: many recent moves, a long
// tail of people who stay for decades.
struct TenureBand {
    int low;
    int high;
    int weight;
};
constexpr std::array<TenureBand, 7> kTenure{
    {{0, 1, 20}, {1, 3, 22}, {3, 6, 18}, {6, 10, 14}, {10, 20, 14}, {20, 40, 9}, {40, 60, 3}}};

enum class Origin { OtherCity, Abroad, InCity };

QString kanjiNumber(int n)
{
    static const char16_t* const kDigits[]
        = {u"〇", u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九"};
    return QString::fromUtf16(kDigits[std::clamp(n, 0, 9)]);
}

QString number(int n)
{
    return QString::number(n);
}

} // namespace

const DemoCityIdentity& demoCityIdentity()
{
    // 13 is Tokyo; city numbers 201–229 are taken by its real cities, 291
    // by none. docs/demo-city.md says the city is fictitious.
    static const DemoCityIdentity identity{
        QStringLiteral("東京都"), QStringLiteral("みどり野市"), QStringLiteral("13291")};
    return identity;
}

AddressMaker::AddressMaker(const NameData& data, QDate asOf)
    : m_data(data)
    , m_asOf(asOf)
    , m_cityPrefix(demoCityIdentity().prefecture + demoCityIdentity().name)
{ }

QDate AddressMaker::randomDate(Random& r, QDate first, QDate last) const
{
    if (last <= first)
        return first;
    return first.addDays(qint64(r.below(std::uint64_t(first.daysTo(last) + 1))));
}

AddressMaker::Place AddressMaker::cityPlace(Random& r, int apartmentBias) const
{
    const Town& town = m_data.towns[qsizetype(m_data.townWeights.pick(r))];
    const bool apartment = r.percent(std::clamp(town.apartmentPercent + apartmentBias, 0, 100));
    Place p;
    const int chome = town.chome > 0 ? r.between(1, town.chome) : 0;
    p.addressCode = demoCityIdentity().codeBody + town.oazaCode
        + QString::number(chome).rightJustified(3, QLatin1Char('0'));
    p.postalCode = town.postalCode;
    if (chome > 0) {
        // Apartments stand on fewer, larger plots.
        const int ban = apartment ? r.between(1, 30) : r.between(1, 60);
        const int go = apartment ? r.between(1, 20) : r.between(1, 30);
        p.address = m_cityPrefix + town.name + kanjiNumber(chome) + QStringLiteral("丁目")
            + number(ban) + QStringLiteral("番") + number(go) + QStringLiteral("号");
    } else {
        p.address = m_cityPrefix + town.name + number(r.between(1, 2999)) + QStringLiteral("番地");
        if (r.percent(30))
            p.address += QStringLiteral("の") + number(r.between(1, 20));
    }
    if (!apartment)
        return p;
    QString building;
    int floors = 4;
    switch (r.below(3)) {
    case 0:
        building = m_data.buildingPrefixes[qsizetype(
                       r.below(std::uint64_t(m_data.buildingPrefixes.size())))]
            + town.name;
        break;
    case 1:
        building = town.name
            + m_data.buildingSuffixes[qsizetype(
                r.below(std::uint64_t(m_data.buildingSuffixes.size())))];
        break;
    default:
        building
            = m_data.buildingNames[qsizetype(r.below(std::uint64_t(m_data.buildingNames.size())))];
        floors = 12;
        if (building.endsWith(QStringLiteral("団地"))
            || building.endsWith(QStringLiteral("アパート")))
            building += number(r.between(1, 9)) + QStringLiteral("号棟");
        break;
    }
    const int room = r.between(1, floors) * 100 + r.between(1, 8);
    p.katagaki = building + number(room) + QStringLiteral("号室");
    return p;
}

QString AddressMaker::otherCityAddress(Random& r) const
{
    const OtherCity& city = m_data.otherCities[qsizetype(m_data.otherCityWeights.pick(r))];
    if (city.chome)
        return city.prefix + kanjiNumber(r.between(1, 5)) + QStringLiteral("丁目")
            + number(r.between(1, 40)) + QStringLiteral("番") + number(r.between(1, 25))
            + QStringLiteral("号");
    return city.prefix + number(r.between(1, 3500)) + QStringLiteral("番地");
}

void AddressMaker::place(Random& r, Household& h) const
{
    const Member& head = h.members.front();
    int bias = 0;
    if (h.kind == HouseholdKind::ForeignWorkers)
        bias = 60;
    else if (h.kind == HouseholdKind::Single && head.age < 65)
        bias = 25;
    else if (h.kind == HouseholdKind::ThreeGenerations)
        bias = -30;
    else if (head.age >= 65)
        bias = -15;
    else if (head.age < 40)
        bias = 10;
    const Place home = cityPlace(r, bias);
    h.addressCode = home.addressCode;
    h.postalCode = home.postalCode;
    h.address = home.address;
    h.katagaki = home.katagaki;

    // Since when: no earlier than the oldest member's 18th birthday.
    QDate oldestBirth = head.birth;
    for (const Member& m : h.members)
        oldestBirth = std::min(oldestBirth, m.birth);
    const TenureBand& band = kTenure[r.weighted(std::array{20, 22, 18, 14, 14, 9, 3})];
    QDate formed = m_asOf.addDays(-r.between(band.low * 365, band.high * 365));
    formed = std::clamp(formed, std::min(oldestBirth.addYears(18), m_asOf), m_asOf);
    h.formedOn = formed;

    // Where the household came from.
    const Origin origin = head.foreign()
        ? (r.percent(55) ? Origin::Abroad : (r.percent(67) ? Origin::OtherCity : Origin::InCity))
        : (r.percent(55) ? Origin::OtherCity : Origin::InCity);
    const QString before = origin == Origin::Abroad ? m_data.nationalities[head.nationality].country
                                                    : otherCityAddress(r);
    // For a move within the city: when they first came, and the address
    // they lived at before this one.
    QDate cameToCity = formed.addYears(-r.between(1, 20)).addDays(-qint64(r.below(365)));
    if (cameToCity <= head.birth || r.percent(40))
        cameToCity = head.birth; // the head was born here
    const Place earlier = cityPlace(r, 0);

    for (Member& m : h.members) {
        QDate movedIn = formed;
        Origin own = origin;
        QString ownBefore = before;
        const bool joinedLater = (m.isSpouseRelation() || m.relation == Relation::ChildsWife)
            && m.marriedOn.isValid() && m.marriedOn > formed;
        const bool arrivedLater = m.relation == Relation::Lodger || m.relation == Relation::Kin
            || ((m.relation == Relation::Father || m.relation == Relation::Mother)
                && r.percent(50));
        if (joinedLater || arrivedLater) {
            movedIn = joinedLater ? std::min(m.marriedOn.addDays(r.between(0, 30)), m_asOf)
                                  : randomDate(r, formed, m_asOf);
            own = m.foreign() && r.percent(50)
                ? Origin::Abroad
                : (r.percent(60) ? Origin::OtherCity : Origin::InCity);
            ownBefore = own == Origin::Abroad ? m_data.nationalities[m.nationality].country
                                              : otherCityAddress(r);
        }
        if (m.birth >= movedIn) {
            // Born into the household: 出生届.
            m.becameResident = m.movedIn = m.birth;
            m.notified = std::min(m.birth.addDays(r.between(0, 13)), m_asOf);
        } else {
            m.movedIn = movedIn;
            m.notified = std::min(movedIn.addDays(r.between(0, 13)), m_asOf);
            if (own != Origin::InCity) {
                m.becameResident = movedIn;
                m.previousAddress = ownBefore;
                m.pastAddresses.append({{}, {}, ownBefore, {}, {}, movedIn.addDays(-1)});
            } else {
                const QDate entry = joinedLater || arrivedLater
                    ? randomDate(r, m.birth, movedIn.addDays(-1))
                    : cameToCity;
                m.becameResident = std::max(m.birth, entry);
                if (m.birth < entry) {
                    m.previousAddress = ownBefore;
                    m.pastAddresses.append({{}, {}, ownBefore, {}, {}, entry.addDays(-1)});
                }
                const Place& inCity = joinedLater || arrivedLater ? cityPlace(r, 0) : earlier;
                m.pastAddresses.append({inCity.addressCode, inCity.postalCode, inCity.address,
                    inCity.katagaki, m.becameResident, movedIn.addDays(-1)});
            }
        }
        // The city only holds name changes it registered itself.
        m.formerNames.removeIf([&](const FormerName& f) { return f.until < m.becameResident; });
    }

    int dogPerMille = 120;
    if (!h.katagaki.isEmpty())
        dogPerMille = 40;
    else if (h.kind == HouseholdKind::Single || h.kind == HouseholdKind::ForeignWorkers)
        dogPerMille = 60;
    else if (h.kind == HouseholdKind::CoupleWithChildren
        || h.kind == HouseholdKind::ThreeGenerations)
        dogPerMille = 180;
    h.dogs = r.perMille(dogPerMille) ? (r.percent(15) ? 2 : 1) : 0;
    registerHonseki(r, h);
}

void AddressMaker::registerHonseki(Random& r, Household& h) const
{
    // 筆頭者: a married couple's 戸籍 is headed by the spouse whose name they
    // kept; children are in their parents' 戸籍 (the mother's after a
    // divorce); siblings in their father's, shown here as the head's;
    // everyone else heads their own.
    auto keeper = [&](int i) {
        const Member& m = h.members[std::size_t(i)];
        if (m.spouse >= 0 && m.relation != Relation::WifeUnregistered
            && h.members[std::size_t(m.spouse)].relation != Relation::WifeUnregistered
            && m.changedSurname)
            return m.spouse;
        return i;
    };
    std::vector<QString> lineHonseki;
    std::vector<int> lines;
    for (std::size_t i = 0; i < h.members.size(); ++i) {
        Member& m = h.members[i];
        if (m.foreign())
            continue;
        int head = keeper(int(i));
        if (m.relation == Relation::Child || m.relation == Relation::Grandchild) {
            const int parent = m.father >= 0 ? m.father : m.mother;
            if (parent >= 0 && (m.age < 30 || r.percent(70)))
                head = keeper(parent);
        } else if (m.relation == Relation::OlderBrother || m.relation == Relation::OlderSister
            || m.relation == Relation::YoungerBrother || m.relation == Relation::YoungerSister) {
            head = 0;
        } else if (m.relation == Relation::Head && m.spouse < 0 && m.father >= 0) {
            head = m.father; // the "8050" child, still in the father's 戸籍
        }
        if (h.members[std::size_t(head)].foreign()) {
            // A foreign parent heads no 戸籍: the child is in the Japanese one's.
            const int other = head == m.father ? m.mother : m.father;
            head = other >= 0 && !h.members[std::size_t(other)].foreign() ? keeper(other) : int(i);
        }
        m.hittousha = h.members[std::size_t(head)].nameKanji;
        // One 本籍 per family line: often where they live, else elsewhere.
        const auto found = std::find(lines.begin(), lines.end(), m.familyLine);
        if (found != lines.end()) {
            m.honseki = lineHonseki[std::size_t(found - lines.begin())];
            continue;
        }
        m.honseki = r.percent(45) ? h.address : otherCityAddress(r);
        lines.push_back(m.familyLine);
        lineHonseki.push_back(m.honseki);
    }
}

} // namespace madoguchi::demo
