#include "registry/registerlookup.h"

#include "registry/relationships.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QVariant>

namespace madoguchi::registry {
namespace {

QString doing()
{
    return QCoreApplication::translate("ResidentImport", "reading the register");
}

// Runs a prepared lookup with its values; false with the error on failure.
Status run(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& v : values)
        query.bindValue(i++, v);
    if (!query.exec())
        return storage::sqlError(doing(), query);
    return {};
}

} // namespace

Status RegisterLookup::prepare(const QSqlDatabase& db)
{
    const std::pair<QSqlQuery*, const char*> statements[] = {
        {&m_person,
            "SELECT id, household_id, relationship, name_kanji, name_kana, birth_date, sex, "
            "moved_in_on, my_number, resident_code, nationality, alphabet_name, "
            "residence_status, residence_expiry, status FROM persons WHERE atena_no = ?"},
        {&m_household,
            "SELECT id, address_code, postal_code, address, katagaki FROM households "
            "WHERE setai_no = ?"},
        {&m_householdById,
            "SELECT id, address_code, postal_code, address, katagaki FROM households "
            "WHERE id = ?"},
        {&m_entitlement,
            "SELECT insurance, kaigo, nenkin_category, jidou_teate_recipient, mynumber_card, "
            "disability_certificate FROM entitlements WHERE person_id = ?"},
        {&m_measures,
            "SELECT id, level FROM support_measures WHERE person_id = ? AND starts_on <= ? "
            "AND ends_on >= ? ORDER BY id"},
        {&m_names, "SELECT name_kanji FROM name_history WHERE person_id = ? ORDER BY id"},
        {&m_members,
            "SELECT id FROM persons WHERE household_id = ? AND status = 'resident' "
            "ORDER BY id"},
        {&m_myNumber, "SELECT atena_no FROM persons WHERE my_number = ?"},
        {&m_residentCode, "SELECT atena_no FROM persons WHERE resident_code = ?"},
        {&m_head,
            "SELECT 1 FROM persons p JOIN households h ON h.id = p.household_id "
            "WHERE p.atena_no = ? AND h.setai_no = ? AND p.relationship = ? "
            "AND p.status = 'resident'"},
    };
    for (const auto& [query, sql] : statements) {
        *query = QSqlQuery(db);
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromUtf8(sql)))
            return storage::sqlError(doing(), *query);
    }
    return {};
}

Result<std::optional<StoredPerson>> RegisterLookup::person(const QString& atenaNo)
{
    if (Status s = run(m_person, {atenaNo}); !s)
        return s.error();
    if (!m_person.next())
        return std::optional<StoredPerson>();
    const QSqlQuery& q = m_person;
    StoredPerson p;
    p.id = q.value(0).toLongLong();
    p.householdId = q.value(1).toLongLong();
    p.relationship = q.value(2).toString();
    p.nameKanji = q.value(3).toString();
    p.nameKana = q.value(4).toString();
    p.birthDate = q.value(5).toString();
    p.sex = q.value(6).toInt();
    p.movedInOn = q.value(7).toString();
    p.myNumber = q.value(8).toString();
    p.residentCode = q.value(9).toString();
    p.nationality = q.value(10).toString();
    p.alphabetName = q.value(11).toString();
    p.residenceStatus = q.value(12).toString();
    p.residenceExpiry = q.value(13).toString();
    p.removed = q.value(14).toString() == u"removed";
    m_person.finish();
    return std::optional(p);
}

Result<std::optional<StoredHousehold>> RegisterLookup::household(const QString& setaiNo)
{
    return readHousehold(m_household, setaiNo);
}

Result<std::optional<StoredHousehold>> RegisterLookup::householdById(qint64 id)
{
    return readHousehold(m_householdById, id);
}

Result<std::optional<StoredHousehold>> RegisterLookup::readHousehold(
    QSqlQuery& query, const QVariant& key)
{
    if (Status s = run(query, {key}); !s)
        return s.error();
    if (!query.next())
        return std::optional<StoredHousehold>();
    StoredHousehold h{query.value(0).toLongLong(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString()};
    query.finish();
    return std::optional(h);
}

Result<std::optional<StoredEntitlement>> RegisterLookup::entitlement(qint64 personId)
{
    if (Status s = run(m_entitlement, {personId}); !s)
        return s.error();
    if (!m_entitlement.next())
        return std::optional<StoredEntitlement>();
    const QSqlQuery& q = m_entitlement;
    StoredEntitlement e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toInt() == 1, q.value(4).toInt() == 1, q.value(5).toInt() == 1};
    m_entitlement.finish();
    return std::optional(e);
}

Result<QList<StoredMeasure>> RegisterLookup::activeMeasures(qint64 personId, QDate day)
{
    const QString iso = day.toString(Qt::ISODate);
    if (Status s = run(m_measures, {personId, iso, iso}); !s)
        return s.error();
    QList<StoredMeasure> measures;
    while (m_measures.next())
        measures.append({m_measures.value(0).toLongLong(), m_measures.value(1).toString()});
    return measures;
}

Result<QStringList> RegisterLookup::formerNames(qint64 personId)
{
    if (Status s = run(m_names, {personId}); !s)
        return s.error();
    QStringList names;
    while (m_names.next())
        names << m_names.value(0).toString();
    return names;
}

Result<QList<qint64>> RegisterLookup::householdMembers(qint64 householdId)
{
    if (Status s = run(m_members, {householdId}); !s)
        return s.error();
    QList<qint64> ids;
    while (m_members.next())
        ids << m_members.value(0).toLongLong();
    return ids;
}

Result<QString> RegisterLookup::myNumberOwner(const QString& myNumber)
{
    if (Status s = run(m_myNumber, {myNumber}); !s)
        return s.error();
    const QString owner = m_myNumber.next() ? m_myNumber.value(0).toString() : QString();
    m_myNumber.finish();
    return owner;
}

Result<QString> RegisterLookup::residentCodeOwner(const QString& residentCode)
{
    if (Status s = run(m_residentCode, {residentCode}); !s)
        return s.error();
    const QString owner = m_residentCode.next() ? m_residentCode.value(0).toString() : QString();
    m_residentCode.finish();
    return owner;
}

Result<bool> RegisterLookup::isHeadOf(const QString& atenaNo, const QString& setaiNo)
{
    if (Status s = run(m_head, {atenaNo, setaiNo, QString::fromUtf16(kHeadRelationship)}); !s)
        return s.error();
    const bool found = m_head.next();
    m_head.finish();
    return found;
}

} // namespace madoguchi::registry
