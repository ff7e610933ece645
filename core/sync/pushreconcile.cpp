#include "sync/pushreconcile.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace madoguchi::sync {
namespace {

// The columns described, with the word a supervisor reads. Sealed columns
// are left out on purpose: the replica holds them sealed, and a reconcile
// request at the hall must not repeat 支援措置 details.
struct Field {
    const char* column;
    const char* label;
};
const Field kPersonFields[]
    = {{"name_kanji", "name"}, {"name_kana", "kana"}, {"relationship", "relationship"},
        {"birth_date", "birth date"}, {"sex", "sex"}, {"nationality", "nationality"},
        {"residence_status", "residence status"}, {"residence_expiry", "residence expiry"}};
const Field kHouseholdFields[]
    = {{"setai_no", "世帯番号"}, {"postal_code", "postal code"}, {"address_code", "address code"}};
const Field kEntitlementFields[]
    = {{"insurance", "insurance"}, {"kaigo", "kaigo"}, {"nenkin_category", "nenkin"},
        {"jidou_teate_recipient", "児童手当"}, {"mynumber_card", "My Number card"},
        {"disability_certificate", "disability certificate"}, {"child_medical", "子ども医療証"},
        {"single_parent_medical", "ひとり親医療証"}, {"seal_registered", "印鑑登録"}};
const Field kMeasureFields[] = {{"level", "level"}, {"provisional", "provisional"},
    {"starts_on", "starts on"}, {"ends_on", "ends on"}, {"scope_address", "scope address"},
    {"scope_print", "scope print"}, {"scope_copies", "scope copies"}};

QString marks(qsizetype count)
{
    return QStringLiteral("?, ").repeated(count - 1) + QStringLiteral("?");
}

QVariantList bound(const QList<qint64>& ids)
{
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    return values;
}

// Every value as text (or NULL): a row read on SQLite and one read on
// PostgreSQL compare equal when their values do.
Result<QMap<qint64, QVariantMap>> readKeyed(storage::Database& db, const QString& sql,
    const QVariantList& values, const QString& key, const QString& doing)
{
    QMap<qint64, QVariantMap> rows;
    if (values.isEmpty())
        return rows;
    auto query = storage::exec(db.sql(), sql, values, doing);
    if (!query)
        return query.error();
    while (query->next()) {
        const QSqlRecord record = query->record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i),
                query->value(i).isNull() ? QVariant() : QVariant(query->value(i).toString()));
        rows.insert(row.value(key).toLongLong(), row);
    }
    return rows;
}

QString shown(const QVariant& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QStringLiteral("∅") : text;
}

QString fullAddress(const QVariantMap& row)
{
    const QString katagaki = row.value(QStringLiteral("katagaki")).toString();
    const QString address = row.value(QStringLiteral("address")).toString();
    return katagaki.isEmpty() ? address : address + QLatin1Char(' ') + katagaki;
}

QString statusText(const QVariantMap& row)
{
    const QString status = row.value(QStringLiteral("status")).toString();
    const QString reason = row.value(QStringLiteral("removal_reason")).toString();
    return status == QLatin1String("removed") && !reason.isEmpty()
        ? QStringLiteral("%1 (%2)").arg(status, reason)
        : status;
}

template <std::size_t N>
void describeFields(
    const Field (&fields)[N], const QVariantMap& before, const QVariantMap& after, QJsonArray& what)
{
    for (const Field& f : fields) {
        const QString column = QLatin1String(f.column);
        if (before.value(column) != after.value(column))
            what.append(QStringLiteral("%1: %2 → %3")
                            .arg(QLatin1String(f.label), shown(before.value(column)),
                                shown(after.value(column))));
    }
}

QJsonValue version(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<int> versionOf(const QMap<qint64, QVariantMap>& rows, qint64 id)
{
    const auto it = rows.constFind(id);
    if (it == rows.cend())
        return std::nullopt;
    return it->value(QStringLiteral("version")).toInt();
}

class Comparison {
public:
    Comparison(const visit::ReadVersions& read, const RecordRows& branch, const RecordRows& hall)
        : m_read(read)
        , m_branch(branch)
        , m_hall(hall)
    {
        // Fail closed: a measure at either side, whatever its dates or scope.
        for (const RecordRows* rows : {&branch, &hall})
            for (const QVariantMap& m : rows->supportMeasures)
                m_protected.insert(m.value(QStringLiteral("person_id")).toLongLong());
    }

    QJsonArray run()
    {
        persons();
        households();
        entitlements();
        measures();
        return m_changes;
    }

private:
    // The branch's row as the visit read it, when the replica still has it.
    const QVariantMap* before(const QMap<qint64, QVariantMap>& rows, qint64 id, int read) const
    {
        const auto it = rows.constFind(id);
        return it != rows.cend() && it->value(QStringLiteral("version")).toInt() == read ? &*it
                                                                                         : nullptr;
    }

    const QVariantMap* person(qint64 id) const
    {
        auto it = m_hall.persons.constFind(id);
        if (it != m_hall.persons.cend())
            return &*it;
        it = m_branch.persons.constFind(id);
        return it != m_branch.persons.cend() ? &*it : nullptr;
    }

    bool householdProtected(qint64 householdId) const
    {
        for (const RecordRows* rows : {&m_branch, &m_hall})
            for (auto it = rows->persons.cbegin(); it != rows->persons.cend(); ++it)
                if (it->value(QStringLiteral("household_id")).toLongLong() == householdId
                    && m_protected.contains(it.key()))
                    return true;
        return false;
    }

    QString addressChange(const QString& from, const QString& to, bool hidden) const
    {
        if (hidden)
            return QCoreApplication::translate(
                "Reconcile", "address changed (not shown: a 支援措置 covers this resident)");
        return QStringLiteral("address: %1 → %2").arg(shown(from), shown(to));
    }

    static QString unknownBefore(int read)
    {
        return QCoreApplication::translate("Reconcile",
            "the branch's copy changed after the visit read v%1: what it read is no longer known")
            .arg(read);
    }

    static QString otherDetails()
    {
        return QCoreApplication::translate(
            "Reconcile", "details not described here changed (e.g. protected values)");
    }

    // Adds the change with the owner's 宛名番号 and name.
    void add(const QString& entity, qint64 id, qint64 personId, const QString& change,
        const std::optional<int>& branchVersion, const std::optional<int>& hallVersion,
        QJsonArray what, const QString& setaiNo = {})
    {
        QJsonObject object{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id},
            {QStringLiteral("change"), change},
            {QStringLiteral("branch_version"), version(branchVersion)},
            {QStringLiteral("hall_version"), version(hallVersion)}};
        if (!setaiNo.isEmpty())
            object.insert(QStringLiteral("setai_no"), setaiNo);
        if (const QVariantMap* p = personId ? person(personId) : nullptr) {
            object.insert(
                QStringLiteral("atena_no"), p->value(QStringLiteral("atena_no")).toString());
            object.insert(
                QStringLiteral("name"), p->value(QStringLiteral("name_kanji")).toString());
        }
        if (what.isEmpty() && change == QLatin1String("changed"))
            what.append(otherDetails());
        object.insert(QStringLiteral("what"), what);
        m_changes.append(object);
    }

    void persons()
    {
        for (auto it = m_read.persons.cbegin(); it != m_read.persons.cend(); ++it) {
            const qint64 id = it.key();
            const auto hallRow = m_hall.persons.constFind(id);
            if (hallRow == m_hall.persons.cend()) {
                add(QStringLiteral("person"), id, id, QStringLiteral("removed"), it.value(), {},
                    {QCoreApplication::translate("Reconcile", "no longer in the hall's register")});
                continue;
            }
            const QVariantMap* was = before(m_branch.persons, id, it.value());
            const int now = hallRow->value(QStringLiteral("version")).toInt();
            const bool removedSince = was
                && was->value(QStringLiteral("status")) != QLatin1String("removed")
                && hallRow->value(QStringLiteral("status")) == QLatin1String("removed");
            if (now == it.value() && !removedSince)
                continue;
            QJsonArray what;
            if (!was) {
                what.append(unknownBefore(it.value()));
            } else {
                if (statusText(*was) != statusText(*hallRow))
                    what.append(QStringLiteral("status: %1 → %2")
                                    .arg(statusText(*was), statusText(*hallRow)));
                if (was->value(QStringLiteral("household_id"))
                    != hallRow->value(QStringLiteral("household_id")))
                    what.append(addressChange(
                        fullAddress(*was), fullAddress(*hallRow), m_protected.contains(id)));
                describeFields(kPersonFields, *was, *hallRow, what);
            }
            add(QStringLiteral("person"), id, id, QStringLiteral("changed"), it.value(), now, what);
        }
        // Someone who lives in the household now and did not when the
        // branch read it: the checklist did not know of them.
        for (auto it = m_hall.persons.cbegin(); it != m_hall.persons.cend(); ++it) {
            if (m_read.persons.contains(it.key())
                || it->value(QStringLiteral("status")) != QLatin1String("resident")
                || !m_read.households.contains(
                    it->value(QStringLiteral("household_id")).toLongLong()))
                continue;
            add(QStringLiteral("person"), it.key(), it.key(), QStringLiteral("added"), {},
                it->value(QStringLiteral("version")).toInt(),
                {QCoreApplication::translate("Reconcile", "joined the household at the hall")});
        }
    }

    void households()
    {
        for (auto it = m_read.households.cbegin(); it != m_read.households.cend(); ++it) {
            const qint64 id = it.key();
            const auto hallRow = m_hall.households.constFind(id);
            const std::optional<int> now = versionOf(m_hall.households, id);
            if (now == it.value())
                continue;
            QJsonArray what;
            const QVariantMap* was = before(m_branch.households, id, it.value());
            if (!now) {
                what.append(
                    QCoreApplication::translate("Reconcile", "no longer in the hall's register"));
            } else if (!was) {
                what.append(unknownBefore(it.value()));
            } else {
                if (fullAddress(*was) != fullAddress(*hallRow))
                    what.append(addressChange(
                        fullAddress(*was), fullAddress(*hallRow), householdProtected(id)));
                describeFields(kHouseholdFields, *was, *hallRow, what);
            }
            const QVariantMap named = now ? *hallRow : (was ? *was : QVariantMap());
            add(QStringLiteral("household"), id, 0,
                now ? QStringLiteral("changed") : QStringLiteral("removed"), it.value(), now, what,
                named.value(QStringLiteral("setai_no")).toString());
        }
    }

    void entitlements()
    {
        for (auto it = m_read.entitlements.cbegin(); it != m_read.entitlements.cend(); ++it) {
            const qint64 personId = it.key();
            const std::optional<int> now = versionOf(m_hall.entitlements, personId);
            if (now == it.value() || !m_hall.persons.contains(personId))
                continue; // the same; or the person is gone, said once above
            QJsonArray what;
            QString change = QStringLiteral("changed");
            if (!now) {
                change = QStringLiteral("removed");
                what.append(QCoreApplication::translate(
                    "Reconcile", "the hall no longer has this resident's entitlements"));
            } else if (!it.value()) {
                change = QStringLiteral("added");
                QVariantMap none;
                describeFields(kEntitlementFields, none, m_hall.entitlements[personId], what);
            } else if (const QVariantMap* was
                = before(m_branch.entitlements, personId, *it.value())) {
                describeFields(kEntitlementFields, *was, m_hall.entitlements[personId], what);
            } else {
                what.append(unknownBefore(*it.value()));
            }
            add(QStringLiteral("entitlement"), personId, personId, change, it.value(), now, what);
        }
    }

    void measures()
    {
        for (auto it = m_read.supportMeasures.cbegin(); it != m_read.supportMeasures.cend(); ++it) {
            const std::optional<int> now = versionOf(m_hall.supportMeasures, it.key());
            if (now == it.value())
                continue;
            const QVariantMap* was = before(m_branch.supportMeasures, it.key(), it.value());
            const QVariantMap& row
                = now ? m_hall.supportMeasures[it.key()] : (was ? *was : QVariantMap());
            QJsonArray what;
            if (!now)
                what.append(QCoreApplication::translate(
                    "Reconcile", "the 支援措置 is no longer in the hall's register"));
            else if (was)
                describeFields(kMeasureFields, *was, row, what);
            else
                what.append(unknownBefore(it.value()));
            add(QStringLiteral("support_measure"), it.key(),
                row.value(QStringLiteral("person_id")).toLongLong(),
                now ? QStringLiteral("changed") : QStringLiteral("removed"), it.value(), now, what);
        }
        // A 支援措置 the hall gave one of the visit's residents since: the
        // visit was made without it.
        for (auto it = m_hall.supportMeasures.cbegin(); it != m_hall.supportMeasures.cend(); ++it) {
            const qint64 personId = it->value(QStringLiteral("person_id")).toLongLong();
            if (m_read.supportMeasures.contains(it.key()) || !m_read.persons.contains(personId))
                continue;
            add(QStringLiteral("support_measure"), it.key(), personId, QStringLiteral("added"), {},
                it->value(QStringLiteral("version")).toInt(),
                {QCoreApplication::translate(
                    "Reconcile", "a 支援措置 (level %1) was added at the hall")
                        .arg(it->value(QStringLiteral("level")).toString())});
        }
    }

    const visit::ReadVersions& m_read;
    const RecordRows& m_branch;
    const RecordRows& m_hall;
    QSet<qint64> m_protected;
    QJsonArray m_changes;
};

} // namespace

Result<RecordRows> readRecordRows(storage::Database& db, const visit::ReadVersions& read)
{
    const QString doing = QCoreApplication::translate(
        "Reconcile", "reading the register records a visit relied on in %1")
                              .arg(db.location().displayName());
    RecordRows rows;
    const QList<qint64> personIds = read.persons.keys();
    const QList<qint64> householdIds = read.households.keys();
    if (personIds.isEmpty())
        return rows;
    QString sql = QStringLiteral(
        "SELECT p.id AS id, p.atena_no AS atena_no, p.household_id AS household_id, "
        "p.relationship AS relationship, p.name_kanji AS name_kanji, p.name_kana AS name_kana, "
        "p.birth_date AS birth_date, p.sex AS sex, p.status AS status, p.removed_on AS removed_on, "
        "p.removal_reason AS removal_reason, p.nationality AS nationality, "
        "p.residence_status AS residence_status, p.residence_expiry AS residence_expiry, "
        "p.version AS version, h.setai_no AS setai_no, h.address AS address, "
        "h.katagaki AS katagaki FROM persons p LEFT JOIN households h ON h.id = p.household_id "
        "WHERE p.id IN (%1)")
                      .arg(marks(personIds.size()));
    QVariantList values = bound(personIds);
    if (!householdIds.isEmpty()) {
        sql += QStringLiteral(" OR p.household_id IN (%1)").arg(marks(householdIds.size()));
        values += bound(householdIds);
    }
    auto persons = readKeyed(db, sql, values, QStringLiteral("id"), doing);
    if (!persons)
        return persons.error();
    rows.persons = std::move(persons).value();

    auto households = readKeyed(db,
        QStringLiteral("SELECT id, setai_no, address_code, postal_code, address, katagaki, version "
                       "FROM households WHERE id IN (%1)")
            .arg(marks(qMax<qsizetype>(householdIds.size(), 1))),
        bound(householdIds), QStringLiteral("id"), doing);
    if (!households)
        return households.error();
    rows.households = std::move(households).value();

    // Entitlements and measures of everyone read, the new members included.
    const QList<qint64> everyone = rows.persons.keys();
    const QList<qint64> owners = everyone.isEmpty() ? personIds : everyone;
    auto entitlements = readKeyed(db,
        QStringLiteral("SELECT person_id, insurance, kaigo, nenkin_category, "
                       "jidou_teate_recipient, mynumber_card, disability_certificate, "
                       "child_medical, single_parent_medical, seal_registered, version FROM "
                       "entitlements WHERE person_id IN (%1)")
            .arg(marks(owners.size())),
        bound(owners), QStringLiteral("person_id"), doing);
    if (!entitlements)
        return entitlements.error();
    rows.entitlements = std::move(entitlements).value();
    auto measures = readKeyed(db,
        QStringLiteral("SELECT id, person_id, level, provisional, starts_on, ends_on, "
                       "scope_address, scope_print, scope_copies, version FROM support_measures "
                       "WHERE person_id IN (%1)")
            .arg(marks(owners.size())),
        bound(owners), QStringLiteral("id"), doing);
    if (!measures)
        return measures.error();
    rows.supportMeasures = std::move(measures).value();
    return rows;
}

QJsonArray reconcileChanges(
    const visit::ReadVersions& read, const RecordRows& branch, const RecordRows& hall)
{
    return Comparison(read, branch, hall).run();
}

} // namespace madoguchi::sync
