#include "demo/personnamer.h"

#include <utility>
#include <vector>

namespace madoguchi::demo {
namespace {

QString joined(const QString& family, const QString& given)
{
    return family + QLatin1Char(' ') + given;
}

// The family name chosen for each family line of one household.
struct Lines {
    std::vector<std::pair<int, const KanaName*>> japanese;
    std::vector<std::pair<int, const ForeignName*>> foreign;
};

const KanaName& otherFamily(Random& r, const NameData& data, const QString& notKana)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const KanaName& candidate = data.familyNames.pick(r);
        if (candidate.kana != notKana)
            return candidate;
    }
    return data.familyNames.names.front().kana != notKana ? data.familyNames.names.front()
                                                          : data.familyNames.names.back();
}

const KanaName& japaneseFamily(Random& r, const NameData& data, Lines& lines, int line)
{
    for (const auto& [l, name] : lines.japanese)
        if (l == line)
            return *name;
    // A lodger or a wife who kept her name gets a name unlike the head's.
    const KanaName& name = lines.japanese.empty()
        ? data.familyNames.pick(r)
        : otherFamily(r, data, lines.japanese.front().second->kana);
    lines.japanese.emplace_back(line, &name);
    return name;
}

const ForeignName& foreignFamily(Random& r, const Nationality& n, Lines& lines, int line)
{
    for (const auto& [l, name] : lines.foreign)
        if (l == line)
            return *name;
    const ForeignName& name = n.family[qsizetype(r.below(std::uint64_t(n.family.size())))];
    lines.foreign.emplace_back(line, &name);
    return name;
}

bool givenNameTaken(const Household& h, const Member& self, const QString& given)
{
    for (const Member& other : h.members)
        if (&other != &self && other.nameKanji.endsWith(QLatin1Char(' ') + given))
            return true;
    return false;
}

QDate randomDateBetween(Random& r, QDate first, QDate last)
{
    if (last <= first)
        return first;
    return first.addDays(qint64(r.below(std::uint64_t(first.daysTo(last) + 1))));
}

void nameJapanese(
    Random& r, const NameData& data, QDate asOf, Household& h, Lines& lines, Member& m)
{
    const KanaName& family = japaneseFamily(r, data, lines, m.familyLine);
    const KanaName* given = &data.givenName(r, m.sex, m.birth.year());
    for (int attempt = 0; attempt < 4 && givenNameTaken(h, m, given->written); ++attempt)
        given = &data.givenName(r, m.sex, m.birth.year());
    m.nameKanji = joined(family.written, given->written);
    m.nameKana = joined(family.kana, given->kana);
    m.kanaConfirmed = r.percent(20); // フリガナ confirmations have only begun

    if (m.changedSurname && m.marriedOn.isValid()) {
        // The name before marriage; the address maker keeps it as a former
        // name only if the change happened while living in the city.
        const KanaName& maiden = otherFamily(r, data, family.kana);
        m.formerNames.append({joined(maiden.written, given->written),
            joined(maiden.kana, given->kana), m.marriedOn});
        // 旧氏 on the register (possible since 2019-11): a few ask for it.
        if (r.perMille(40)) {
            m.kyuuji = maiden.written;
            m.kyuujiKana = maiden.kana;
        }
    }
    if (m.divorced && r.percent(55)) {
        // Went back to her own name at the divorce (the children too).
        QDate lastChild;
        for (const Member& c : h.members)
            if (&c != &m && (c.mother == 0 || c.father == 0) && c.birth > lastChild)
                lastChild = c.birth;
        const QDate earliest = lastChild.isValid() ? lastChild : m.birth.addYears(25);
        const QDate divorcedOn = randomDateBetween(r, std::min(earliest, asOf), asOf);
        const KanaName& married = otherFamily(r, data, family.kana);
        m.formerNames.append({joined(married.written, given->written),
            joined(married.kana, given->kana), divorcedOn});
    }
}

void nameForeign(Random& r, const NameData& data, Household& h, Lines& lines, Member& m)
{
    const Nationality& n = data.nationalities[m.nationality];
    const ForeignName& family = foreignFamily(r, n, lines, m.familyLine);
    const QList<ForeignName>& givenList = m.sex == 1 ? n.male : n.female;
    const ForeignName* pick = &givenList[qsizetype(r.below(std::uint64_t(givenList.size())))];
    for (int attempt = 0; attempt < 4 && givenNameTaken(h, m, pick->written); ++attempt)
        pick = &givenList[qsizetype(r.below(std::uint64_t(givenList.size())))];
    const ForeignName& given = *pick;
    m.alphabetName = family.alphabet + QLatin1Char(' ') + given.alphabet;
    m.nameKanji = joined(family.written, given.written);
    m.nameKana = joined(family.kana, given.kana);
    m.kanaConfirmed = r.percent(20);

    if (m.residenceStatus == QStringView(u"特別永住者") && !family.tsushoFamily.isEmpty()
        && r.percent(70)) {
        // Many special permanent residents use a Japanese name in daily life.
        const KanaName& japanese = data.givenName(r, m.sex, m.birth.year());
        m.tsusho = joined(family.tsushoFamily, japanese.written);
        m.tsushoKana = joined(family.tsushoFamilyKana, japanese.kana);
    } else if (m.spouse >= 0 && !h.members[std::size_t(m.spouse)].foreign() && r.percent(35)) {
        // A foreign spouse known by the Japanese spouse's family name.
        const Member& spouse = h.members[std::size_t(m.spouse)];
        m.tsusho = joined(spouse.nameKanji.section(QLatin1Char(' '), 0, 0), given.written);
        m.tsushoKana = joined(spouse.nameKana.section(QLatin1Char(' '), 0, 0), given.kana);
    }
}

} // namespace

PersonNamer::PersonNamer(const NameData& data, QDate asOf)
    : m_data(data)
    , m_asOf(asOf)
{ }

void PersonNamer::name(Random& r, Household& h) const
{
    Lines lines;
    // Japanese members first (the head's family decides the others'
    // "different" names), in register order.
    for (Member& m : h.members)
        if (!m.foreign())
            nameJapanese(r, m_data, m_asOf, h, lines, m);
    for (Member& m : h.members)
        if (m.foreign())
            nameForeign(r, m_data, h, lines, m);
}

} // namespace madoguchi::demo
