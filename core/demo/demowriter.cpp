#include "demo/demowriter.h"

#include "storage/sqlerror.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QVariant>

namespace madoguchi::demo {
namespace {

const QVariant& nullText()
{
    static const QVariant value{QMetaType::fromType<QString>()};
    return value;
}

// NULL for an empty optional text.
QVariant optionalText(const QString& s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

// '' rather than NULL for NOT NULL text columns (a null QString binds NULL).
QVariant requiredText(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant flag(bool b)
{
    return QVariant(b ? 1 : 0);
}

// Rows of persons wait until this many are collected.
constexpr qsizetype kFlushPersons = 512;

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

// YYYY-MM-DD without QDate::toString's locale machinery (it shows in the
// profile of a million-resident city).
QString isoDate(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    const char16_t text[10] = {char16_t(u'0' + y / 1000 % 10), char16_t(u'0' + y / 100 % 10),
        char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-', char16_t(u'0' + m / 10),
        char16_t(u'0' + m % 10), u'-', char16_t(u'0' + d / 10), char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : nullText();
}

QString birthDateValue(const Member& m)
{
    text::DateParts parts;
    parts.year = m.birth.year();
    parts.month = m.birth.month();
    switch (m.birthPrecision) {
    case BirthPrecision::Exact:
        return isoDate(m.birth);
    case BirthPrecision::YearOnly:
        parts.precision = text::DatePrecision::Year;
        break;
    case BirthPrecision::MonthOnly:
        parts.precision = text::DatePrecision::Month;
        break;
    case BirthPrecision::Unknown:
        return text::JapaneseDate::unknown().toStorageString();
    }
    const Result<text::JapaneseDate> date = text::JapaneseDate::fromParts(parts);
    return date ? date.value().toStorageString() : m.birth.toString(Qt::ISODate);
}

DemoWriter::DemoWriter(QSqlDatabase db, storage::Engine engine, const IdentifierMaker& ids)
    : m_db(std::move(db))
    , m_engine(engine)
    , m_ids(ids)
    , m_households(QStringLiteral("households"),
          words("id setai_no address_code postal_code address katagaki formed_on dogs"))
    , m_persons(QStringLiteral("persons"),
          words("id atena_no household_id relationship name_kanji name_kana kana_confirmed "
                "kyuuji kyuuji_kana tsusho tsusho_kana alphabet_name birth_date sex honseki "
                "hittousha became_resident_on moved_in_on notified_on previous_address "
                "my_number resident_code nationality residence_status residence_expiry "
                "residence_card_no"))
    , m_entitlements(QStringLiteral("entitlements"),
          words("person_id insurance insurance_since kaigo kaigo_care_level "
                "nenkin_category jidou_teate_recipient jidou_teate_since mynumber_card "
                "mynumber_card_expiry disability_certificate child_medical "
                "single_parent_medical seal_registered"))
    , m_nameHistory(
          QStringLiteral("name_history"), words("person_id name_kanji name_kana until_on"))
    , m_addressHistory(QStringLiteral("address_history"),
          words("person_id address_code postal_code address katagaki from_on until_on"))
    , m_supportMeasures(QStringLiteral("support_measures"),
          words("person_id level provisional starts_on ends_on restricted_party note"))
{ }

Status DemoWriter::prepare()
{
    for (storage::BulkInsert* table : {&m_households, &m_persons, &m_entitlements, &m_nameHistory,
             &m_addressHistory, &m_supportMeasures})
        if (Status s = table->prepare(m_db); !s)
            return s;
    m_meta.emplace(m_db);
    if (!m_meta->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value")))
        return storage::sqlError(
            QCoreApplication::translate("DemoWriter", "preparing the demo data statements"),
            *m_meta);
    return {};
}

Status DemoWriter::flush()
{
    for (storage::BulkInsert* table : {&m_households, &m_persons, &m_entitlements, &m_nameHistory,
             &m_addressHistory, &m_supportMeasures})
        if (Status s = table->flush(); !s)
            return s;
    return {};
}

Status DemoWriter::writeHousehold(const Household& h, std::int64_t householdId,
    std::int64_t firstPersonId, std::int64_t& foreignOrdinal)
{
    m_households.add({qlonglong(householdId), m_ids.setaiNumber(householdId), h.addressCode,
        h.postalCode, h.address, requiredText(h.katagaki), dateValue(h.formedOn), h.dogs});

    for (std::size_t i = 0; i < h.members.size(); ++i) {
        const Member& m = h.members[i];
        const std::int64_t id = firstPersonId + std::int64_t(i);
        m_persons.add({qlonglong(id), m_ids.atenaNumber(id), qlonglong(householdId),
            relationText(m.relation), m.nameKanji, m.nameKana, flag(m.kanaConfirmed),
            optionalText(m.kyuuji), optionalText(m.kyuujiKana), optionalText(m.tsusho),
            optionalText(m.tsushoKana), optionalText(m.alphabetName), birthDateValue(m), m.sex,
            optionalText(m.honseki), optionalText(m.hittousha), dateValue(m.becameResident),
            dateValue(m.movedIn), dateValue(m.notified), optionalText(m.previousAddress),
            m_ids.myNumber(id), m_ids.residentCode(id), optionalText(m.nationalityName),
            optionalText(m.residenceStatus), dateValue(m.residenceExpiry),
            m.foreign() ? QVariant(m_ids.residenceCardNumber(foreignOrdinal++)) : nullText()});
        const Entitlements& e = m.entitlements;
        m_entitlements.add({qlonglong(id), e.insurance, dateValue(e.insuranceSince), e.kaigo,
            optionalText(e.kaigoLevel), e.nenkin, flag(e.jidouTeate), dateValue(e.jidouTeateSince),
            flag(e.myNumberCard), dateValue(e.myNumberCardExpiry), flag(e.disability),
            flag(e.childMedical), flag(e.singleParentMedical), flag(e.sealRegistered)});
        for (const FormerName& f : m.formerNames) {
            m_nameHistory.add({qlonglong(id), f.kanji, optionalText(f.kana), dateValue(f.until)});
            ++m_nameHistoryRows;
        }
        for (const PastAddress& a : m.pastAddresses) {
            m_addressHistory.add(
                {qlonglong(id), optionalText(a.addressCode), optionalText(a.postalCode), a.address,
                    requiredText(a.katagaki), dateValue(a.from), dateValue(a.until)});
            ++m_addressHistoryRows;
        }
    }
    if (m_persons.pendingRows() >= kFlushPersons)
        return flush();
    return {};
}

Status DemoWriter::writeSupportMeasure(const SupportMeasureRow& row)
{
    m_supportMeasures.add(
        {qlonglong(row.personId), row.level, flag(row.provisional), dateValue(row.startsOn),
            dateValue(row.endsOn), optionalText(row.restrictedParty), optionalText(row.note)});
    return {};
}

Status DemoWriter::writeMeta(const QString& key, const QString& value)
{
    m_meta->bindValue(0, key);
    m_meta->bindValue(1, value);
    if (!m_meta->exec())
        return storage::sqlError(
            QCoreApplication::translate("DemoWriter", "writing the demo meta rows"), *m_meta);
    return {};
}

Status DemoWriter::finish(std::int64_t lastHouseholdId, std::int64_t lastPersonId)
{
    if (m_engine != storage::Engine::PostgreSql)
        return {};
    const std::pair<const char*, std::int64_t> sequences[]
        = {{"households", lastHouseholdId}, {"persons", lastPersonId}};
    for (const auto& [table, last] : sequences) {
        if (last < 1)
            continue;
        const auto done = storage::exec(m_db,
            QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?)"),
            {QString::fromLatin1(table), qlonglong(last)},
            QCoreApplication::translate("DemoWriter", "moving the id sequence of %1")
                .arg(QLatin1String(table)));
        if (!done)
            return done.error();
    }
    return {};
}

} // namespace madoguchi::demo
