#include "demo/demobirth.h"

#include "registry/registeraccess.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "text/age.h"

#include <QCoreApplication>
#include <QStringList>

namespace madoguchi::demo {
namespace {

const QString kPurpose = QStringLiteral("demo outside: codes for a shussei visit");

bool current(const registry::ProfileMember& m)
{
    return m.status == QLatin1String("resident");
}

// The youngest current member under one year old on `day`; `preferred`
// when it is one of them (--resident names the baby).
std::optional<registry::ProfileMember> newbornOf(
    const registry::ProfileHousehold& household, QDate day, const QString& preferred)
{
    std::optional<registry::ProfileMember> found;
    for (const registry::ProfileMember& m : household.members) {
        const QDate born = birthDay(m);
        if (!current(m) || !born.isValid() || born <= day.addYears(-1) || born > day)
            continue;
        if (m.atenaNo == preferred)
            return m;
        if (!found || born > birthDay(*found))
            found = m;
    }
    return found;
}

// 続柄 is relative to the head, so the mother of the head's 子 is the head
// herself or the head's wife, and the mother of X の子 is X or X の妻.
QStringList motherRelationships(const QString& child)
{
    const QString wife = QStringLiteral("妻");
    const QString unregistered = QStringLiteral("妻（未届）");
    if (child == QStringLiteral("子"))
        return {QStringLiteral("世帯主"), wife, unregistered};
    const QString suffix = QStringLiteral("の子");
    if (!child.endsWith(suffix))
        return {};
    const QString parent = child.chopped(suffix.size());
    return {
        parent, parent + QStringLiteral("の") + wife, parent + QStringLiteral("の") + unregistered};
}

// A woman of the household who can be the child's mother: the right 続柄,
// 16 to 50 at the birth, her birth date known to the day (a pre-entry
// names her by it). `preferred` when she is one (--resident names her).
std::optional<registry::ProfileMember> motherOf(const registry::ProfileHousehold& household,
    const registry::ProfileMember& child, QDate born, const QString& preferred)
{
    const QStringList relationships = motherRelationships(child.relationship);
    std::optional<registry::ProfileMember> found;
    for (const registry::ProfileMember& m : household.members) {
        const std::optional<int> age = text::ageOn(birthDay(m), born);
        if (!current(m) || m.sex != 2 || !relationships.contains(m.relationship) || !age
            || *age < 16 || *age > 50)
            continue;
        if (m.atenaNo == preferred)
            return m;
        if (!found)
            found = m;
    }
    return found;
}

// The birth in the household of `profile` (opened for `atenaNo`), or why
// there is none to show.
Result<DemoBirth> birthIn(registry::ResidentProfile profile, const QString& atenaNo, QDate day)
{
    const registry::ProfileHousehold& household = profile.household;
    if (profile.addressWithheld)
        return Error{QCoreApplication::translate("DemoBirth",
            "the household of 宛名番号 %1 is under a support measure (支援措置): its address, "
            "which the codes carry, is withheld (%2)")
                         .arg(atenaNo, profile.addressWithheldReason)};
    const auto child = newbornOf(household, day, atenaNo);
    if (!child)
        return Error{QCoreApplication::translate("DemoBirth",
            "no resident under one year old on %1 lives in the household of 宛名番号 %2 "
            "(世帯 %3): there is no birth to notify; give a newborn or its mother, or leave "
            "out --resident to let the command choose")
                         .arg(day.toString(Qt::ISODate), atenaNo, household.setaiNo)};
    const QDate born = birthDay(*child);
    const auto mother = motherOf(household, *child, born, atenaNo);
    if (!mother)
        return Error{QCoreApplication::translate("DemoBirth",
            "the household of 宛名番号 %1 (世帯 %2) has no woman who can be the mother of %3 "
            "(%4 of the head, born %5): the mother must live in the household")
                         .arg(atenaNo, household.setaiNo, child->nameKanji, child->relationship,
                             born.toString(Qt::ISODate))};
    return DemoBirth{std::move(profile), *child, *mother, born};
}

// The household is read through RegisterAccess: a profile view in the
// audit log, as `profile` and `context` read it.
Result<registry::ResidentProfile> openHousehold(
    registry::RegisterAccess& reg, const QString& atenaNo)
{
    return reg.profile(atenaNo, kPurpose);
}

} // namespace

// The demo city's own day (meta demo_as_of): its babies are under one year
// old on it however long ago it was seeded. Codes are made for the demo
// city only: they put a resident's data into files signed with public keys.
Result<QDate> demoCityDay(storage::Database& db)
{
    auto rows
        = storage::exec(db.sql(), QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?)"),
            {QStringLiteral("demo"), QStringLiteral("demo_as_of")},
            QCoreApplication::translate("DemoBirth", "reading the demo city's meta rows"));
    if (!rows)
        return rows.error();
    bool demo = false;
    QDate day;
    while (rows->next()) {
        if (rows->value(0).toString() == QLatin1String("demo"))
            demo = rows->value(1).toString() == QLatin1String("1");
        else
            day = QDate::fromString(rows->value(1).toString(), Qt::ISODate);
    }
    if (!demo || !day.isValid())
        return Error{QCoreApplication::translate("DemoBirth",
            "this is not a demo city (made by 'madoguchi-cli demo seed'): demo outside signs "
            "codes with the demo's public keys and makes them for the demo city only")};
    return day;
}

namespace {

// The newest baby of the register (a Japanese national: the 出生届 asks
// for a 本籍) with a woman of age in the household, in a household without
// a support measure (its address would be withheld). The scan reads 宛名番号
// only; each household it proposes is then opened through RegisterAccess.
Result<DemoBirth> newestBirth(storage::Database& db, registry::RegisterAccess& reg, QDate day)
{
    auto babies = storage::exec(db.sql(),
        QStringLiteral("SELECT c.atena_no FROM persons c "
                       "WHERE c.status = ? AND c.nationality IS NULL "
                       "AND LENGTH(c.birth_date) = 10 AND c.birth_date > ? AND c.birth_date <= ? "
                       "AND EXISTS (SELECT 1 FROM persons m WHERE m.household_id = c.household_id "
                       "  AND m.status = ? AND m.sex = 2 AND LENGTH(m.birth_date) = 10 "
                       "  AND m.birth_date BETWEEN ? AND ?) "
                       "AND NOT EXISTS (SELECT 1 FROM support_measures s "
                       "  JOIN persons p ON p.id = s.person_id "
                       "  WHERE p.household_id = c.household_id) "
                       "ORDER BY c.birth_date DESC, c.id DESC LIMIT 20"),
        {QStringLiteral("resident"), day.addYears(-1).toString(Qt::ISODate),
            day.toString(Qt::ISODate), QStringLiteral("resident"),
            day.addYears(-52).toString(Qt::ISODate), day.addYears(-16).toString(Qt::ISODate)},
        QCoreApplication::translate("DemoBirth", "looking for the newest baby"));
    if (!babies)
        return babies.error();
    QStringList atenaNos;
    while (babies->next())
        atenaNos << babies->value(0).toString();
    babies->finish();
    for (const QString& atenaNo : atenaNos) {
        Result<registry::ResidentProfile> profile = openHousehold(reg, atenaNo);
        if (!profile)
            return profile.error(); // not a household without a baby: the read itself failed
        if (Result<DemoBirth> birth = birthIn(std::move(profile).value(), atenaNo, day))
            return birth;
    }
    return Error{QCoreApplication::translate("DemoBirth",
        "no resident of the demo city was born in the year up to %1 with a woman who can be "
        "the mother in the household: seed a larger city, or give --resident ATENA_NO")
                     .arg(day.toString(Qt::ISODate))};
}

} // namespace

QDate birthDay(const registry::ProfileMember& member)
{
    return member.birth.iso ? QDate::fromString(*member.birth.iso, Qt::ISODate) : QDate();
}

Result<DemoBirth> findDemoBirth(storage::Database& db, registry::RegisterAccess& reg, QDate day,
    const std::optional<QString>& atenaNo)
{
    if (!atenaNo)
        return newestBirth(db, reg, day);
    Result<registry::ResidentProfile> profile = openHousehold(reg, *atenaNo);
    if (!profile)
        return profile.error();
    return birthIn(std::move(profile).value(), *atenaNo, day);
}

} // namespace madoguchi::demo
