#include "approval/approvalcorrection.h"

#include "approval/approvals.h"
#include "registry/registerwritelock.h"
#include "registry/residentvalues.h"
#include "registry/searchindex.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::approval {
namespace {

// The value as it would be stored, checked like the importer checks its
// column; an empty optional field is cleared (null).
Result<QJsonValue> checkedValue(const QString& field, const QString& text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    const auto required
        = [] { return Error{QCoreApplication::translate("ResidentImport", "required")}; };
    auto value = [](const Result<QString>& checked) -> Result<QJsonValue> {
        if (!checked)
            return checked.error();
        return QJsonValue(checked.value());
    };
    if (field == u"name_kanji") {
        const QString name = registry::normalizeName(trimmed);
        if (name.isEmpty())
            return required();
        return QJsonValue(name);
    }
    if (field == u"name_kana")
        return value(registry::normalizeKana(trimmed));
    if (field == u"birth_date") {
        if (trimmed.isEmpty())
            return required();
        return value(registry::storageDate(trimmed));
    }
    if (field == u"sex") {
        if (trimmed == u"1" || trimmed == u"2" || trimmed == u"9")
            return QJsonValue(trimmed.toString());
        return Error{
            QCoreApplication::translate("ResidentImport", "'%1' is not 1 (male), 2 (female) or 9")
                .arg(trimmed.toString())};
    }
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (field.endsWith(QLatin1String("_kana")))
        return value(registry::normalizeKana(trimmed));
    return QJsonValue(registry::normalizeName(trimmed)); // kyuuji, tsusho, alphabet_name
}

QVariant storedValue(const QString& field, const QJsonValue& value)
{
    if (value.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    if (field == u"sex")
        return value.toString().toInt();
    return value.toString();
}

QString shown(const QJsonValue& value)
{
    return value.isNull() ? QStringLiteral("—") : value.toString();
}

} // namespace

Result<std::optional<CorrectedPerson>> readCorrectable(
    storage::Database& db, const QString& atenaNo)
{
    const QStringList fields = Approvals::correctableFields();
    auto found = storage::exec(db.sql(),
        QStringLiteral("SELECT id, version, ") + fields.join(QStringLiteral(", "))
            + QStringLiteral(" FROM persons WHERE atena_no = ?"),
        {atenaNo},
        QCoreApplication::translate("Approvals", "reading the register record of %1").arg(atenaNo));
    if (!found)
        return found.error();
    if (!found->next())
        return std::optional<CorrectedPerson>();
    CorrectedPerson person;
    person.id = found->value(0).toLongLong();
    person.version = found->value(1).toInt();
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant v = found->value(i + 2);
        person.values.insert(fields[i], v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
    }
    return std::optional<CorrectedPerson>(person);
}

Result<QJsonObject> correctionDetails(
    const CorrectedPerson& person, const QMap<QString, QString>& changes)
{
    const QStringList fields = Approvals::correctableFields();
    if (changes.isEmpty())
        return Error{QCoreApplication::translate(
            "Approvals", "a correction needs at least one field to change (FIELD=VALUE)")};
    QJsonObject changed;
    QStringList problems;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!fields.contains(it.key())) {
            problems << QCoreApplication::translate(
                "Approvals", "unknown field '%1' (a correction may change: %2)")
                            .arg(it.key(), fields.join(QStringLiteral(", ")));
            continue;
        }
        const Result<QJsonValue> to = checkedValue(it.key(), it.value());
        if (!to) {
            problems << QStringLiteral("%1: %2").arg(it.key(), to.error().message);
            continue;
        }
        const QJsonValue from = person.values.value(it.key());
        if (from == to.value())
            continue; // the register says so already
        changed.insert(it.key(),
            QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to.value()}});
    }
    if (!problems.isEmpty())
        return Error{problems.join(QStringLiteral("; "))};
    if (changed.isEmpty())
        return Error{QCoreApplication::translate(
            "Approvals", "nothing to correct: the register already has these values")};
    return QJsonObject{
        {QStringLiteral("changes"), changed}, {QStringLiteral("version"), person.version}};
}

QString describeChanges(const QJsonObject& details)
{
    QStringList parts;
    const QJsonObject changes = details[QStringLiteral("changes")].toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(it.key(), shown(c[QStringLiteral("from")]),
                         shown(c[QStringLiteral("to")]));
    }
    return parts.join(QStringLiteral("; "));
}

Status registerCorrection(
    storage::Database& db, const QString& atenaNo, const QJsonObject& details, const QDateTime& at)
{
    auto person = readCorrectable(db, atenaNo);
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error{
            QCoreApplication::translate("Approvals", "no resident with 宛名番号 %1").arg(atenaNo)};
    const int requested = details[QStringLiteral("version")].toInt(-1);
    const auto changedMeanwhile = [&](int now) {
        return Error{QCoreApplication::translate("Approvals",
            "the register record of %1 changed since the correction was requested (version %2 "
            "then, %3 now); check it and request the correction again")
                         .arg(atenaNo)
                         .arg(requested)
                         .arg(now)};
    };
    if (person.value()->version != requested)
        return changedMeanwhile(person.value()->version);

    const QString doing
        = QCoreApplication::translate("Approvals", "correcting the register record of %1")
              .arg(atenaNo);
    // Changes commit in seq order at the hall, so branches miss none.
    if (Status locked = registry::lockRegisterWrites(db); !locked)
        return locked.error();
    auto seq = storage::exec(db.sql(),
        QStringLiteral("INSERT INTO register_changes (entity, entity_id, operation, changed_at) "
                       "VALUES ('person', ?, 'update', ?) RETURNING seq"),
        {person.value()->id, at.toUTC().toString(Qt::ISODate)}, doing);
    if (!seq)
        return seq.error();
    if (!seq->next())
        return Error{doing};
    const qint64 changeSeq = seq->value(0).toLongLong();
    seq->finish();

    // Field names only from the fixed list: the request's JSON is data.
    const QStringList fields = Approvals::correctableFields();
    const QJsonObject changes = details[QStringLiteral("changes")].toObject();
    QStringList sets;
    QVariantList values;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!fields.contains(it.key()))
            return Error{QCoreApplication::translate(
                "Approvals", "the request names a field a correction may not change: %1")
                             .arg(it.key())};
        sets << it.key() + QStringLiteral(" = ?");
        values << storedValue(it.key(), it.value().toObject()[QStringLiteral("to")]);
    }
    if (sets.isEmpty())
        return Error{QCoreApplication::translate("Approvals", "the request changes nothing")};
    values << changeSeq << person.value()->id << requested;
    auto updated = storage::exec(db.sql(),
        QStringLiteral("UPDATE persons SET ") + sets.join(QStringLiteral(", "))
            + QStringLiteral(
                ", version = version + 1, change_seq = ? WHERE id = ? AND version = ?"),
        values, doing);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1) { // changed between the read and the update
        auto now = readCorrectable(db, atenaNo);
        return changedMeanwhile(now && now->has_value() ? now.value()->version : -1);
    }
    return registry::reindexPersons(db, {person.value()->id});
}

} // namespace madoguchi::approval
