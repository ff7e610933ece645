#include "registry/residentexporter.h"

#include "registry/csvwriter.h"
#include "registry/relationships.h"
#include "registry/residentrow.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QStringEncoder>

namespace madoguchi::registry {
namespace {

QString doing()
{
    return QCoreApplication::translate("ResidentExport", "reading the register for the export");
}

// Former names per person, in the order they were recorded, each once.
Result<QHash<qint64, QStringList>> formerNames(QSqlDatabase& db)
{
    auto query = storage::exec(db,
        QStringLiteral("SELECT n.person_id, n.name_kanji FROM name_history n JOIN persons p "
                       "ON p.id = n.person_id WHERE p.status = ? ORDER BY n.person_id, n.id"),
        {QStringLiteral("resident")}, doing());
    if (!query)
        return query.error();
    QHash<qint64, QStringList> names;
    while (query->next()) {
        QStringList& list = names[query->value(0).toLongLong()];
        const QString name = query->value(1).toString();
        if (!list.contains(name))
            list << name;
    }
    return names;
}

// The highest level of the support measures in force on `day`.
Result<QHash<qint64, QString>> measureLevels(QSqlDatabase& db, QDate day)
{
    const QString iso = day.toString(Qt::ISODate);
    auto query = storage::exec(db,
        QStringLiteral("SELECT person_id, level FROM support_measures WHERE starts_on <= ? "
                       "AND ends_on >= ?"),
        {iso, iso}, doing());
    if (!query)
        return query.error();
    QHash<qint64, QString> levels;
    while (query->next()) {
        QString& level = levels[query->value(0).toLongLong()];
        const QString l = query->value(1).toString();
        if (level != u"error")
            level = l;
    }
    return levels;
}

} // namespace

Result<qint64> exportResidents(
    storage::Database& db, const QString& path, const ExportOptions& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto names = formerNames(db.sql());
    if (!names)
        return names.error();
    auto levels = measureLevels(db.sql(), today);
    if (!levels)
        return levels.error();

    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    // Head first within a household; the rest in the order they were added.
    if (!query.prepare(QStringLiteral(
            "SELECT p.id, p.atena_no, h.setai_no, "
            "(SELECT MIN(x.atena_no) FROM persons x WHERE x.household_id = p.household_id "
            "AND x.relationship = ? AND x.status = 'resident'), "
            "p.relationship, p.name_kanji, p.name_kana, p.birth_date, p.sex, h.address_code, "
            "h.postal_code, h.address, h.katagaki, p.moved_in_on, p.my_number, p.resident_code, "
            "e.insurance, e.kaigo, e.nenkin_category, e.jidou_teate_recipient, e.mynumber_card, "
            "e.disability_certificate, p.nationality, p.alphabet_name, p.residence_status, "
            "p.residence_expiry "
            "FROM persons p JOIN households h ON h.id = p.household_id "
            "LEFT JOIN entitlements e ON e.person_id = p.id "
            "WHERE p.status = 'resident' "
            "ORDER BY h.setai_no, CASE WHEN p.relationship = ? THEN 0 ELSE 1 END, p.id"))) {
        return storage::sqlError(doing(), query);
    }
    query.addBindValue(QString::fromUtf16(kHeadRelationship));
    query.addBindValue(QString::fromUtf16(kHeadRelationship));
    if (!query.exec())
        return storage::sqlError(doing(), query);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("ResidentExport", "cannot write %1: %2")
                         .arg(path, file.errorString())};
    QStringEncoder encoder(converterName(options.encoding));
    const auto write = [&](const QString& record) -> bool {
        const QByteArray bytes = encoder.encode(record);
        return !encoder.hasError() && file.write(bytes) == bytes.size();
    };
    if (!write(csvRecord(residentColumnNames())))
        return Error{QCoreApplication::translate("ResidentExport", "cannot write %1: %2")
                         .arg(path, file.errorString())};
    qint64 written = 0;
    QStringList fields;
    while (query.next()) {
        fields.clear();
        const qint64 id = query.value(0).toLongLong();
        for (int i = 1; i <= 25; ++i)
            fields << query.value(i).toString();
        // Entitlement columns of a person without a row: the defaults.
        static const char* const kDefaults[] = {"none", "none", "none", "0", "0", "0"};
        for (int k = 0; k < 6; ++k)
            if (query.value(16 + k).isNull())
                fields[15 + k] = QString::fromLatin1(kDefaults[k]);
        fields << levels->value(id, QStringLiteral("none"));
        fields << names->value(id).join(QLatin1Char(';'));
        fields << QString(); // change: a full extract is all upserts
        if (!write(csvRecord(fields))) {
            file.cancelWriting();
            if (encoder.hasError())
                return Error{QCoreApplication::translate("ResidentExport",
                    "atena_no %1: a character of this resident cannot be written in %2; export "
                    "in UTF-8")
                                 .arg(fields.first(), encodingName(options.encoding))};
            return Error{QCoreApplication::translate("ResidentExport", "cannot write %1: %2")
                             .arg(path, file.errorString())};
        }
        if (++written % 4096 == 0 && options.progress)
            options.progress(written);
    }
    if (query.lastError().isValid())
        return storage::sqlError(doing(), query);
    if (!file.commit())
        return Error{QCoreApplication::translate("ResidentExport", "cannot write %1: %2")
                         .arg(path, file.errorString())};
    return written;
}

} // namespace madoguchi::registry
