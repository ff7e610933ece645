// The household part of a profile, and the value readers the other parts
// share.
#include "registry/memberorder.h"
#include "registry/profileparts.h"
#include "storage/sqlerror.h"
#include "text/age.h"
#include "text/dateformat.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace madoguchi::registry::profile {

std::optional<QString> optionalText(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

QDate ageDay(QDate today, bool removed, const std::optional<QString>& removedOn)
{
    if (!removed || !removedOn)
        return today;
    const QDate day = QDate::fromString(*removedOn, Qt::ISODate);
    return day.isValid() && day <= today ? day : today;
}

Result<ProfileBirthDate> readBirthDate(
    const QString& storage, QDate ageDay, bool foreign, const QString& atenaNo)
{
    Result<text::JapaneseDate> date = text::JapaneseDate::fromStorageString(storage);
    if (!date)
        return Error{QCoreApplication::translate(
            "ResidentProfile", "persons.birth_date of 宛名番号 %1 cannot be read (%2): %3")
                         .arg(atenaNo, storage, date.error().message)};
    ProfileBirthDate birth;
    birth.storage = storage;
    birth.date = date.value();
    birth.wareki = text::formatWareki(birth.date);
    birth.western = text::formatWestern(birth.date);
    birth.iso = text::formatIso(birth.date);
    birth.display = foreign ? birth.western : birth.wareki;
    birth.age = text::ageOn(birth.date, ageDay);
    return birth;
}

namespace {

Status readHouseholdRow(QSqlDatabase& db, qint64 householdId, ProfileHousehold& household)
{
    Result<QSqlQuery> q = storage::exec(db,
        QStringLiteral("SELECT setai_no, address_code, postal_code, address, katagaki, formed_on, "
                       "dogs, version, change_seq FROM households WHERE id = ?"),
        {householdId}, QCoreApplication::translate("ResidentProfile", "reading the household"));
    if (!q)
        return q.error();
    if (!q->next()) // the foreign key forbids it; say so rather than show half a profile
        return Error{QCoreApplication::translate("ResidentProfile", "household %1 is missing")
                         .arg(householdId)};
    household.setaiNo = q->value(0).toString();
    household.addressCode = q->value(1).toString();
    household.postalCode = q->value(2).toString();
    household.address = q->value(3).toString();
    household.katagaki = q->value(4).toString();
    household.formedOn = optionalText(q->value(5));
    household.dogs = q->value(6).toInt();
    household.version = q->value(7).toLongLong();
    household.changeSeq = q->value(8).toLongLong();
    return {};
}

// The strongest active support measure of each member, by person id.
Result<QHash<qint64, SupportLevel>> memberSupportLevels(
    QSqlDatabase& db, qint64 householdId, QDate today)
{
    Result<QSqlQuery> q = storage::exec(db,
        QStringLiteral(
            "SELECT s.person_id, s.level, s.starts_on, s.ends_on FROM support_measures s "
            "JOIN persons p ON p.id = s.person_id WHERE p.household_id = ?"),
        {householdId},
        QCoreApplication::translate("ResidentProfile", "reading the household's support measures"));
    if (!q)
        return q.error();
    QHash<qint64, SupportLevel> levels;
    while (q->next()) {
        if (!isSupportMeasureActive(q->value(2).toString(), q->value(3).toString(), today))
            continue;
        // An unknown level in the database is treated as the blocking one.
        const SupportLevel level
            = supportLevelFromKeyword(q->value(1).toString()).value_or(SupportLevel::Error);
        SupportLevel& strongest = levels[q->value(0).toLongLong()];
        strongest = std::max(strongest, level);
    }
    return levels;
}

void sortMembers(QList<ProfileMember>& members)
{
    std::stable_sort(
        members.begin(), members.end(), [](const ProfileMember& a, const ProfileMember& b) {
            const bool aRemoved = a.status == QLatin1String("removed");
            const bool bRemoved = b.status == QLatin1String("removed");
            if (aRemoved != bRemoved)
                return bRemoved; // current residents first: the 世帯 as it is today
            return memberPrecedes({a.relationship, a.birth.storage, a.atenaNo},
                {b.relationship, b.birth.storage, b.atenaNo});
        });
}

} // namespace

Status loadHousehold(QSqlDatabase& db, qint64 householdId, const ProfilePerson& subject,
    QDate today, ProfileHousehold& household)
{
    if (Status s = readHouseholdRow(db, householdId, household); !s)
        return s;
    Result<QHash<qint64, SupportLevel>> levels = memberSupportLevels(db, householdId, today);
    if (!levels)
        return levels.error();

    Result<QSqlQuery> q = storage::exec(db,
        QStringLiteral("SELECT id, atena_no, name_kanji, name_kana, relationship, birth_date, sex, "
                       "status, removed_on, nationality FROM persons WHERE household_id = ?"),
        {householdId},
        QCoreApplication::translate("ResidentProfile", "reading the household's members"));
    if (!q)
        return q.error();
    while (q->next()) {
        ProfileMember m;
        const qint64 id = q->value(0).toLongLong();
        m.atenaNo = q->value(1).toString();
        m.nameKanji = q->value(2).toString();
        m.nameKana = q->value(3).toString();
        m.relationship = q->value(4).toString();
        m.sex = q->value(6).toInt();
        m.status = q->value(7).toString();
        const QDate day
            = ageDay(today, m.status == QLatin1String("removed"), optionalText(q->value(8)));
        Result<ProfileBirthDate> birth
            = readBirthDate(q->value(5).toString(), day, !q->value(9).isNull(), m.atenaNo);
        if (!birth)
            return birth.error();
        m.birth = std::move(birth).value();
        m.supportMeasure = levels->value(id, SupportLevel::None);
        m.isSubject = id == subject.id;
        household.members.append(std::move(m));
    }
    sortMembers(household.members);
    return {};
}

} // namespace madoguchi::registry::profile
