#include "registry/residentwriter.h"

#include "registry/registerwritelock.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>

namespace madoguchi::registry {
namespace {

// Rows of persons collected before they are written.
constexpr qsizetype kFlushRows = 512;

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString doingWrite()
{
    return QCoreApplication::translate("ResidentImport", "writing the register");
}

} // namespace

ResidentWriter::ResidentWriter(storage::Database& db, QDate today)
    : m_db(db)
    , m_today(today)
    , m_householdIds(QStringLiteral("households"), QStringLiteral("id"))
    , m_personIds(QStringLiteral("persons"), QStringLiteral("id"))
    , m_measureIds(QStringLiteral("support_measures"), QStringLiteral("id"))
    , m_nameIds(QStringLiteral("name_history"), QStringLiteral("id"))
    , m_addressIds(QStringLiteral("address_history"), QStringLiteral("id"))
    , m_seqs(QStringLiteral("register_changes"), QStringLiteral("seq"))
    , m_households(QStringLiteral("households"),
          words("id setai_no address_code postal_code address katagaki change_seq"))
    , m_persons(QStringLiteral("persons"),
          words("id atena_no household_id relationship name_kanji name_kana birth_date sex "
                "moved_in_on my_number resident_code nationality alphabet_name "
                "residence_status residence_expiry change_seq"))
    , m_entitlements(QStringLiteral("entitlements"),
          words("person_id insurance kaigo nenkin_category jidou_teate_recipient mynumber_card "
                "disability_certificate change_seq"))
    , m_names(QStringLiteral("name_history"), words("id person_id name_kanji change_seq"))
    , m_formerAddresses(QStringLiteral("address_history"),
          words("id person_id address_code postal_code address katagaki until_on change_seq"))
    , m_measures(QStringLiteral("support_measures"),
          words("id person_id level provisional starts_on ends_on change_seq"))
    , m_changes(
          QStringLiteral("register_changes"), words("seq entity entity_id operation changed_at"))
{ }

Status ResidentWriter::prepare()
{
    QSqlDatabase& db = m_db.sql();
    if (Status s = m_lookup.prepare(db); !s)
        return s;
    for (storage::BulkInsert* table : {&m_households, &m_persons, &m_entitlements, &m_names,
             &m_formerAddresses, &m_measures, &m_changes})
        if (Status s = table->prepare(db); !s)
            return s;
    const std::pair<QSqlQuery*, const char*> updates[] = {
        {&m_updateHousehold,
            "UPDATE households SET address_code = ?, postal_code = ?, address = ?, katagaki = ?, "
            "version = version + 1, change_seq = ? WHERE id = ?"},
        {&m_updatePerson,
            "UPDATE persons SET household_id = ?, relationship = ?, name_kanji = ?, name_kana = ?, "
            "birth_date = ?, sex = ?, moved_in_on = ?, my_number = ?, resident_code = ?, "
            "nationality = ?, alphabet_name = ?, residence_status = ?, residence_expiry = ?, "
            "status = 'resident', removed_on = NULL, removal_reason = NULL, "
            "version = version + 1, change_seq = ? WHERE id = ?"},
        {&m_removePerson,
            "UPDATE persons SET status = 'removed', removed_on = ?, version = version + 1, "
            "change_seq = ? WHERE id = ?"},
        {&m_updateEntitlement,
            "UPDATE entitlements SET insurance = ?, kaigo = ?, nenkin_category = ?, "
            "jidou_teate_recipient = ?, mynumber_card = ?, disability_certificate = ?, "
            "version = version + 1, change_seq = ? WHERE person_id = ?"},
        {&m_endMeasure,
            "UPDATE support_measures SET ends_on = ?, version = version + 1, change_seq = ? "
            "WHERE id = ?"},
    };
    for (const auto& [query, sql] : updates) {
        *query = QSqlQuery(db);
        if (!query->prepare(QString::fromUtf8(sql)))
            return storage::sqlError(doingWrite(), *query);
    }
    auto any = storage::exec(db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM persons LIMIT 1) p) + "
                       "(SELECT COUNT(*) FROM (SELECT 1 FROM households LIMIT 1) h)"),
        {}, QCoreApplication::translate("ResidentImport", "reading the register"));
    if (!any)
        return any.error();
    m_empty = any->next() && any->value(0).toInt() == 0;
    return {};
}

Status ResidentWriter::beginTransaction()
{
    // Before the change seqs are handed out: writers commit in seq order.
    if (Status locked = lockRegisterWrites(m_db); !locked)
        return locked;
    m_changedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (IdAllocator* ids :
        {&m_householdIds, &m_personIds, &m_measureIds, &m_nameIds, &m_addressIds, &m_seqs})
        if (Status s = ids->begin(m_db.sql(), m_db.engine()); !s)
            return s;
    return {};
}

Status ResidentWriter::flush()
{
    // Parents before children: foreign keys are checked at once.
    for (storage::BulkInsert* table : {&m_households, &m_persons, &m_entitlements, &m_names,
             &m_formerAddresses, &m_measures, &m_changes})
        if (Status s = table->flush(); !s)
            return s;
    return {};
}

QList<qint64> ResidentWriter::takeChanged()
{
    return std::exchange(m_changed, {});
}

Result<qint64> ResidentWriter::change(const char* entity, qint64 id, const char* operation)
{
    Result<qint64> seq = m_seqs.next();
    if (!seq)
        return seq;
    m_changes.add({seq.value(), QString::fromLatin1(entity), id, QString::fromLatin1(operation),
        m_changedAt});
    return seq;
}

Status ResidentWriter::execUpdate(QSqlQuery& query, const QVariantList& values)
{
    // An update may point at rows still waiting in the multi-row buffers.
    if (Status s = flush(); !s)
        return s;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return storage::sqlError(doingWrite(), query);
    return {};
}

Result<qint64> ResidentWriter::householdFor(const ResidentRow& row, bool& touched)
{
    if (const auto known = m_householdIdsBySetai.constFind(row.setaiNo);
        known != m_householdIdsBySetai.constEnd())
        return known.value();
    std::optional<StoredHousehold> stored;
    if (!m_empty) {
        auto found = m_lookup.household(row.setaiNo);
        if (!found)
            return found.error();
        stored = found.value();
    }
    qint64 id = 0;
    if (!stored) {
        Result<qint64> newId = m_householdIds.next();
        if (!newId)
            return newId;
        id = newId.value();
        Result<qint64> seq = change("household", id, "insert");
        if (!seq)
            return seq;
        // katagaki is NOT NULL: '' when the building has no name.
        m_households.add({id, row.setaiNo, row.addressCode, row.postalCode, row.address,
            row.katagaki.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(row.katagaki),
            seq.value()});
        m_lastInsertedHousehold = id;
        touched = true;
    } else {
        id = stored->id;
        if (stored->addressCode != row.addressCode || stored->postalCode != row.postalCode
            || stored->address != row.address || stored->katagaki != row.katagaki) {
            Result<qint64> seq = change("household", id, "update");
            if (!seq)
                return seq;
            if (Status s = execUpdate(m_updateHousehold,
                    {row.addressCode, row.postalCode, row.address,
                        row.katagaki.isEmpty() ? QVariant(QStringLiteral(""))
                                               : QVariant(row.katagaki),
                        seq.value(), id});
                !s)
                return s.error();
            // Every member moved: the old address becomes their former
            // address, and their search keys change.
            auto members = m_lookup.householdMembers(id);
            if (!members)
                return members.error();
            for (qint64 member : members.value())
                if (Status s = recordFormerAddress(member, *stored); !s)
                    return s.error();
            m_changed.append(members.value());
            touched = true;
        }
    }
    m_householdIdsBySetai.insert(row.setaiNo, id);
    return id;
}

Result<RowOutcome> ResidentWriter::apply(const ResidentRow& row, RowError& rejection)
{
    m_lastInsertedHousehold = 0;
    auto reject = [&](const QString& column, const QString& reason) {
        rejection = {row.line, column, reason};
        return RowOutcome::Rejected;
    };
    std::optional<StoredPerson> stored;
    if (!m_empty) {
        auto found = m_lookup.person(row.atenaNo);
        if (!found)
            return found.error();
        stored = found.value();
    }
    const QString changeColumn = QStringLiteral("change");
    if (row.change == ChangeCode::Remove) {
        if (!stored)
            return reject(changeColumn,
                QCoreApplication::translate(
                    "ResidentImport", "D: atena_no %1 is not in the register")
                    .arg(row.atenaNo));
        if (stored->removed)
            return RowOutcome::Unchanged;
        Result<qint64> seq = change("person", stored->id, "update");
        if (!seq)
            return seq.error();
        if (Status s
            = execUpdate(m_removePerson, {m_today.toString(Qt::ISODate), seq.value(), stored->id});
            !s)
            return s.error();
        m_changed.append(stored->id);
        return RowOutcome::Removed;
    }
    if (row.change == ChangeCode::Add && stored)
        return reject(changeColumn,
            QCoreApplication::translate("ResidentImport", "A: atena_no %1 is already registered")
                .arg(row.atenaNo));
    if (row.change == ChangeCode::Update && !stored)
        return reject(changeColumn,
            QCoreApplication::translate("ResidentImport", "U: atena_no %1 is not in the register")
                .arg(row.atenaNo));
    if (!m_empty && !row.myNumber.isEmpty() && (!stored || stored->myNumber != row.myNumber)) {
        auto owner = m_lookup.myNumberOwner(row.myNumber);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && owner.value() != row.atenaNo)
            return reject(QStringLiteral("my_number"),
                QCoreApplication::translate(
                    "ResidentImport", "this 個人番号 is registered for atena_no %1")
                    .arg(owner.value()));
    }
    if (!m_empty && !row.residentCode.isEmpty()
        && (!stored || stored->residentCode != row.residentCode)) {
        auto owner = m_lookup.residentCodeOwner(row.residentCode);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty() && owner.value() != row.atenaNo)
            return reject(QStringLiteral("resident_code"),
                QCoreApplication::translate(
                    "ResidentImport", "this 住民票コード is registered for atena_no %1")
                    .arg(owner.value()));
    }

    bool touched = false;
    Result<qint64> household = householdFor(row, touched);
    if (!household)
        return household.error();
    if (!stored) {
        if (Status s = insertPerson(row, household.value()); !s)
            return s.error();
        if (m_persons.pendingRows() >= kFlushRows)
            if (Status s = flush(); !s)
                return s.error();
        return RowOutcome::Inserted;
    }
    for (auto step : {&ResidentWriter::updateEntitlement, &ResidentWriter::updateMeasures,
             &ResidentWriter::addFormerNames}) {
        Result<bool> changed = (this->*step)(row, stored->id);
        if (!changed)
            return changed.error();
        touched = touched || changed.value();
    }
    if (!stored->removed && stored->householdId != household.value())
        if (Status s = recordMove(*stored, row); !s)
            return s.error();
    Result<bool> personChanged = updatePerson(row, *stored, household.value());
    if (!personChanged)
        return personChanged.error();
    if (personChanged.value() || touched) {
        m_changed.append(stored->id);
        return RowOutcome::Updated;
    }
    return RowOutcome::Unchanged;
}

} // namespace madoguchi::registry
