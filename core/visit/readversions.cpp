#include "visit/readversions.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace madoguchi::visit {
namespace {

QJsonObject versionsJson(const QMap<qint64, int>& versions)
{
    QJsonObject object;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    return object;
}

QMap<qint64, int> versionsFrom(const QJsonValue& value)
{
    QMap<qint64, int> versions;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        versions.insert(it.key().toLongLong(), it.value().toInt());
    return versions;
}

// "?, ?, ?" for an IN list, and the ids to bind to it.
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

} // namespace

QJsonObject ReadVersions::toJson() const
{
    QJsonObject ent;
    for (auto it = entitlements.cbegin(); it != entitlements.cend(); ++it)
        ent.insert(QString::number(it.key()),
            it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    return {{QStringLiteral("persons"), versionsJson(persons)},
        {QStringLiteral("households"), versionsJson(households)},
        {QStringLiteral("entitlements"), ent},
        {QStringLiteral("support_measures"), versionsJson(supportMeasures)}};
}

std::optional<ReadVersions> ReadVersions::fromText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ReadVersions read;
    read.persons = versionsFrom(object[QStringLiteral("persons")]);
    read.households = versionsFrom(object[QStringLiteral("households")]);
    read.supportMeasures = versionsFrom(object[QStringLiteral("support_measures")]);
    const QJsonObject ent = object[QStringLiteral("entitlements")].toObject();
    for (auto it = ent.begin(); it != ent.end(); ++it)
        read.entitlements.insert(it.key().toLongLong(),
            it.value().isNull() ? std::optional<int>() : std::optional<int>(it.value().toInt()));
    if (read.isEmpty())
        return std::nullopt;
    return read;
}

Result<ReadVersions> readRegisterVersions(storage::Database& db, qint64 personId)
{
    const QString doing
        = QCoreApplication::translate("VisitSubmission", "reading the register versions");
    ReadVersions read;
    // The resident (even removed: the deceased of a death) and the
    // household's residents: the members the checklist's context lists
    // (catalog/contextfromregister.cpp).
    auto persons = storage::exec(db.sql(),
        QStringLiteral("SELECT p.id, p.version, p.household_id FROM persons p WHERE p.id = ? OR "
                       "(p.status = 'resident' AND p.household_id = (SELECT household_id FROM "
                       "persons WHERE id = ?))"),
        {personId, personId}, doing);
    if (!persons)
        return persons.error();
    qint64 householdId = 0;
    while (persons->next()) {
        const qint64 id = persons->value(0).toLongLong();
        read.persons.insert(id, persons->value(1).toInt());
        if (id == personId)
            householdId = persons->value(2).toLongLong();
    }
    persons->finish();
    if (read.persons.isEmpty())
        return read;
    auto household = storage::exec(db.sql(),
        QStringLiteral("SELECT id, version FROM households WHERE id = ?"), {householdId}, doing);
    if (!household)
        return household.error();
    while (household->next())
        read.households.insert(household->value(0).toLongLong(), household->value(1).toInt());
    household->finish();

    const QString in = marks(read.persons.size());
    const QVariantList ids = bound(read.persons.keys());
    for (qint64 id : read.persons.keys())
        read.entitlements.insert(id, std::nullopt);
    auto entitlements = storage::exec(db.sql(),
        QStringLiteral("SELECT person_id, version FROM entitlements WHERE person_id IN (%1)")
            .arg(in),
        ids, doing);
    if (!entitlements)
        return entitlements.error();
    while (entitlements->next())
        read.entitlements.insert(entitlements->value(0).toLongLong(),
            std::optional<int>(entitlements->value(1).toInt()));
    entitlements->finish();
    auto measures = storage::exec(db.sql(),
        QStringLiteral("SELECT id, version FROM support_measures WHERE person_id IN (%1)").arg(in),
        ids, doing);
    if (!measures)
        return measures.error();
    while (measures->next())
        read.supportMeasures.insert(measures->value(0).toLongLong(), measures->value(1).toInt());
    return read;
}

} // namespace madoguchi::visit
