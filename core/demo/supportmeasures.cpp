#include "demo/supportmeasures.h"

#include <algorithm>
#include <array>

namespace madoguchi::demo {
namespace {

int chooseVictim(const Household& h)
{
    for (std::size_t i = 0; i < h.members.size(); ++i) {
        const Member& m = h.members[i];
        if (m.sex == 2 && m.age >= 18 && m.age <= 64 && m.spouse < 0)
            return int(i);
    }
    for (std::size_t i = 0; i < h.members.size(); ++i)
        if (h.members[i].sex == 2 && h.members[i].age >= 18 && h.members[i].age <= 64)
            return int(i);
    for (std::size_t i = 0; i < h.members.size(); ++i)
        if (h.members[i].age >= 18)
            return int(i);
    return -1;
}

} // namespace

SupportMeasurePlanner::SupportMeasurePlanner(
    const NameData& data, QDate asOf, std::int64_t residents)
    : m_data(data)
    , m_asOf(asOf)
    , m_residents(residents)
    , m_count(std::max<std::int64_t>(residents >= 1000 ? 1 : 0, residents / 2000))
{ }

std::int64_t SupportMeasurePlanner::target(std::int64_t k) const
{
    // The middle of the k-th of m_count equal stretches of the register.
    return (2 * k + 1) * m_residents / (2 * m_count);
}

std::vector<SupportMeasureRow> SupportMeasurePlanner::visit(
    Random& r, const Household& h, std::int64_t firstPersonId, std::int64_t firstPosition)
{
    std::vector<SupportMeasureRow> rows;
    const std::int64_t lastPosition = firstPosition + std::int64_t(h.members.size()) - 1;
    if (m_next >= m_count || target(m_next) > lastPosition)
        return rows;
    const int victim = chooseVictim(h);
    if (victim < 0)
        return rows; // a later household takes this target
    while (m_next < m_count && target(m_next) <= lastPosition)
        ++m_next;
    ++m_victims;

    const Member& v = h.members[std::size_t(victim)];
    SupportMeasureRow row;
    row.level = r.percent(70) ? QStringLiteral("error") : QStringLiteral("alert");
    row.provisional = r.percent(15);
    // A year from the start; provisional ones began within the last two
    // weeks, the others up to a year ago (some are about to expire).
    row.startsOn = m_asOf.addDays(-(row.provisional ? r.between(0, 14) : r.between(15, 364)));
    row.endsOn = row.startsOn.addYears(1).addDays(-1);
    static const char16_t* const kKinds[][2] = {
        {u"元配偶者", u"DV（配偶者からの暴力）"},
        {u"配偶者", u"DV（配偶者からの暴力）"},
        {u"元交際相手", u"ストーカー行為等"},
        {u"父", u"児童虐待等"},
    };
    const std::size_t kind
        = v.age < 25 ? r.weighted(std::array{2, 1, 4, 3}) : r.weighted(std::array{6, 3, 2, 0});
    // The person to keep the address from: a former husband carries her
    // former married name when the register has it, a father her own.
    QString family = m_data.familyNames.pick(r).written;
    int bornIn = v.birth.year() - r.between(-2, 8);
    if (kind == 3) {
        family = v.nameKanji.section(QLatin1Char(' '), 0, 0);
        bornIn = v.birth.year() - r.between(22, 40);
    } else if (kind == 0) {
        for (const FormerName& f : v.formerNames)
            family = f.kanji.section(QLatin1Char(' '), 0, 0);
    }
    const QString party = family + QLatin1Char(' ') + m_data.givenName(r, 1, bornIn).written;
    row.restrictedParty
        = party + QStringLiteral("（") + QString::fromUtf16(kKinds[kind][0]) + QStringLiteral("）");
    row.note = QString::fromUtf16(kKinds[kind][1]);
    row.personId = firstPersonId + victim;
    rows.push_back(row);

    // Her children under 18 in the same household are protected alongside.
    for (std::size_t i = 0; i < h.members.size(); ++i) {
        const Member& c = h.members[i];
        if ((c.mother == victim || c.father == victim) && c.age < 18) {
            SupportMeasureRow child = row;
            child.personId = firstPersonId + std::int64_t(i);
            child.note = QStringLiteral("併せて支援（同一世帯の子）");
            rows.push_back(child);
        }
    }
    return rows;
}

} // namespace madoguchi::demo
