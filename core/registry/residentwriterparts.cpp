// The per-table halves of ResidentWriter (residentwriter.h): a new person
// with everything that hangs off it, and the comparisons for a stored one.
#include "registry/residentwriter.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

QVariant optional(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant flag(bool b)
{
    return QVariant(b ? 1 : 0);
}

int levelRank(const QString& level)
{
    return level == u"error" ? 2 : level == u"alert" ? 1 : 0;
}

} // namespace

Status ResidentWriter::insertPerson(const ResidentRow& row, qint64 householdId)
{
    Result<qint64> id = m_personIds.next();
    if (!id)
        return id.error();
    const qint64 personId = id.value();
    m_lastInserted = personId;
    Result<qint64> seq = change("person", personId, "insert");
    if (!seq)
        return seq.error();
    m_persons.add({personId, row.atenaNo, householdId, row.relationship, row.nameKanji,
        row.nameKana, row.birthDate, row.sex, optional(row.movedInOn), optional(row.myNumber),
        optional(row.residentCode), optional(row.nationality), optional(row.alphabetName),
        optional(row.residenceStatus), optional(row.residenceExpiry), seq.value()});
    Result<qint64> entitlementSeq = change("entitlement", personId, "insert");
    if (!entitlementSeq)
        return entitlementSeq.error();
    m_entitlements.add(
        {personId, row.insurance, row.kaigo, row.nenkinCategory, flag(row.jidouTeateRecipient),
            flag(row.mynumberCard), flag(row.disabilityCertificate), entitlementSeq.value()});
    if (Result<bool> names = addFormerNames(row, -personId); !names)
        return names.error();
    if (row.supportMeasure != u"none")
        if (Status s = insertMeasure(row.supportMeasure, personId); !s)
            return s;
    m_changed.append(personId);
    return {};
}

Result<bool> ResidentWriter::updatePerson(
    const ResidentRow& row, const StoredPerson& p, qint64 householdId)
{
    if (!p.removed && p.householdId == householdId && p.relationship == row.relationship
        && p.nameKanji == row.nameKanji && p.nameKana == row.nameKana
        && p.birthDate == row.birthDate && p.sex == row.sex && p.movedInOn == row.movedInOn
        && p.myNumber == row.myNumber && p.residentCode == row.residentCode
        && p.nationality == row.nationality && p.alphabetName == row.alphabetName
        && p.residenceStatus == row.residenceStatus && p.residenceExpiry == row.residenceExpiry)
        return false;
    Result<qint64> seq = change("person", p.id, "update");
    if (!seq)
        return seq.error();
    if (Status s = execUpdate(m_updatePerson,
            {householdId, row.relationship, row.nameKanji, row.nameKana, row.birthDate, row.sex,
                optional(row.movedInOn), optional(row.myNumber), optional(row.residentCode),
                optional(row.nationality), optional(row.alphabetName),
                optional(row.residenceStatus), optional(row.residenceExpiry), seq.value(), p.id});
        !s)
        return s.error();
    return true;
}

Result<bool> ResidentWriter::updateEntitlement(const ResidentRow& row, qint64 personId)
{
    auto stored = m_lookup.entitlement(personId);
    if (!stored)
        return stored.error();
    const std::optional<StoredEntitlement>& e = stored.value();
    if (e && e->insurance == row.insurance && e->kaigo == row.kaigo
        && e->nenkinCategory == row.nenkinCategory
        && e->jidouTeateRecipient == row.jidouTeateRecipient && e->mynumberCard == row.mynumberCard
        && e->disabilityCertificate == row.disabilityCertificate)
        return false;
    Result<qint64> seq = change("entitlement", personId, e ? "update" : "insert");
    if (!seq)
        return seq.error();
    if (!e) {
        m_entitlements.add(
            {personId, row.insurance, row.kaigo, row.nenkinCategory, flag(row.jidouTeateRecipient),
                flag(row.mynumberCard), flag(row.disabilityCertificate), seq.value()});
        return true;
    }
    if (Status s = execUpdate(m_updateEntitlement,
            {row.insurance, row.kaigo, row.nenkinCategory, flag(row.jidouTeateRecipient),
                flag(row.mynumberCard), flag(row.disabilityCertificate), seq.value(), personId});
        !s)
        return s.error();
    return true;
}

Result<bool> ResidentWriter::updateMeasures(const ResidentRow& row, qint64 personId)
{
    auto active = m_lookup.activeMeasures(personId, m_today);
    if (!active)
        return active.error();
    int highest = 0;
    for (const StoredMeasure& m : active.value())
        highest = std::max(highest, levelRank(m.level));
    if (highest == levelRank(row.supportMeasure))
        return false;
    // A different level ends what is in force (yesterday) and, unless the
    // row says none, starts a new one-year measure today.
    const QString yesterday = m_today.addDays(-1).toString(Qt::ISODate);
    for (const StoredMeasure& m : active.value()) {
        Result<qint64> seq = change("support_measure", m.id, "update");
        if (!seq)
            return seq.error();
        if (Status s = execUpdate(m_endMeasure, {yesterday, seq.value(), m.id}); !s)
            return s.error();
    }
    if (row.supportMeasure != u"none")
        if (Status s = insertMeasure(row.supportMeasure, personId); !s)
            return s.error();
    return true;
}

Status ResidentWriter::insertMeasure(const QString& level, qint64 personId)
{
    Result<qint64> id = m_measureIds.next();
    if (!id)
        return id.error();
    Result<qint64> seq = change("support_measure", id.value(), "insert");
    if (!seq)
        return seq.error();
    m_measures.add({id.value(), personId, level, 0, m_today.toString(Qt::ISODate),
        m_today.addYears(1).addDays(-1).toString(Qt::ISODate), seq.value()});
    return {};
}

// A negative id marks a person inserted just now: nothing stored to compare.
Result<bool> ResidentWriter::addFormerNames(const ResidentRow& row, qint64 personId)
{
    if (row.formerNames.isEmpty())
        return false;
    QStringList known;
    if (personId > 0) {
        auto names = m_lookup.formerNames(personId);
        if (!names)
            return names.error();
        known = names.value();
    }
    const qint64 owner = personId > 0 ? personId : -personId;
    bool added = false;
    for (const QString& name : row.formerNames) {
        if (known.contains(name))
            continue;
        Result<qint64> id = m_nameIds.next();
        if (!id)
            return id.error();
        Result<qint64> seq = change("name_history", id.value(), "insert");
        if (!seq)
            return seq.error();
        m_names.add({id.value(), owner, name, seq.value()});
        added = true;
    }
    return added;
}

// Past addresses stay findable (address_history): the address a person
// leaves, until the day before the import. When they lived there from is not
// in the extract.
Status ResidentWriter::recordFormerAddress(qint64 personId, const StoredHousehold& left)
{
    Result<qint64> id = m_addressIds.next();
    if (!id)
        return id.error();
    Result<qint64> seq = change("address_history", id.value(), "insert");
    if (!seq)
        return seq.error();
    m_formerAddresses.add(
        {id.value(), personId, optional(left.addressCode), optional(left.postalCode), left.address,
            left.katagaki, m_today.addDays(-1).toString(Qt::ISODate), seq.value()});
    return {};
}

// A person who joins another household at another address moved.
Status ResidentWriter::recordMove(const StoredPerson& stored, const ResidentRow& row)
{
    auto left = m_lookup.householdById(stored.householdId);
    if (!left)
        return left.error();
    if (!left.value()
        || (left.value()->address == row.address && left.value()->katagaki == row.katagaki))
        return {};
    return recordFormerAddress(stored.id, *left.value());
}

} // namespace madoguchi::registry
