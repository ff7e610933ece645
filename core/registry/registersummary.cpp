#include "registry/registersummary.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterSummary)
};

Result<qint64> count(QSqlDatabase& db, const QString& sql, const QString& doing)
{
    Result<QSqlQuery> query = storage::exec(db, sql, {QStringLiteral("resident")}, doing);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{doing};
    return query->value(0).toLongLong();
}

} // namespace

Result<RegisterSummary> loadRegisterSummary(storage::Database& database)
{
    QSqlDatabase& db = database.sql();
    RegisterSummary summary;

    Result<QSqlQuery> meta
        = storage::exec(db, QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)"),
            {QStringLiteral("city_name"), QStringLiteral("prefecture"), QStringLiteral("city_code"),
                QStringLiteral("demo")},
            Text::tr("reading the city from the meta table"));
    if (!meta)
        return meta.error();
    while (meta->next()) {
        const QString key = meta->value(0).toString();
        const QString value = meta->value(1).toString().trimmed();
        if (key == QLatin1String("city_name"))
            summary.cityName = value;
        else if (key == QLatin1String("prefecture"))
            summary.prefecture = value;
        else if (key == QLatin1String("city_code"))
            summary.cityCode = value;
        else if (key == QLatin1String("demo"))
            summary.demo = value == QLatin1String("1");
    }

    Result<qint64> residents
        = count(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE status = ?"),
            Text::tr("counting the residents"));
    if (!residents)
        return residents.error();
    summary.residents = residents.value();

    Result<qint64> households = count(db,
        QStringLiteral("SELECT COUNT(*) FROM households h WHERE EXISTS "
                       "(SELECT 1 FROM persons p WHERE p.household_id = h.id AND p.status = ?)"),
        Text::tr("counting the households"));
    if (!households)
        return households.error();
    summary.households = households.value();
    return summary;
}

} // namespace madoguchi::registry
