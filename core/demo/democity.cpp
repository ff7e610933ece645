#include "demo/democity.h"

#include "demo/addressmaker.h"
#include "demo/demowriter.h"
#include "demo/entitlementrules.h"
#include "demo/householdplanner.h"
#include "demo/identifiers.h"
#include "demo/namedata.h"
#include "demo/personnamer.h"
#include "demo/random.h"
#include "demo/supportmeasures.h"
#include "registry/searchindex.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madoguchi::demo {
namespace {

constexpr int kProgressEvery = 2'000;
// Bump when the generator changes what a seed produces.
constexpr int kGeneratorVersion = 1;

Result<std::int64_t> countRows(QSqlDatabase& db, const QString& table)
{
    auto query = storage::exec(db, QStringLiteral("SELECT COUNT(*) FROM ") + table, {},
        QCoreApplication::translate("DemoCity", "counting the rows of %1").arg(table));
    if (!query)
        return query.error();
    return query->next() ? std::int64_t(query->value(0).toLongLong()) : std::int64_t(0);
}

// Removes what an interrupted seed wrote: the register was empty before.
void removePartialCity(QSqlDatabase& db)
{
    storage::Transaction transaction(db);
    for (const char* table : {"support_measures", "name_history", "address_history", "entitlements",
             "persons", "households"})
        (void)storage::exec(db, QStringLiteral("DELETE FROM ") + QLatin1String(table));
    (void)transaction.commit();
}

// SQLite's page cache for the seeding connection (64 MiB instead of 2):
// the unique indexes on random numbers touch pages all over the file.
class SqliteCacheSize {
public:
    explicit SqliteCacheSize(storage::Database& database)
        : m_db(database.sql())
    {
        if (database.engine() != storage::Engine::Sqlite)
            return;
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
            m_previous = query.value(0).toString();
            query.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        }
    }
    ~SqliteCacheSize()
    {
        bool isNumber = false;
        const qlonglong previous = m_previous.toLongLong(&isNumber);
        if (isNumber) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous));
        }
    }

private:
    QSqlDatabase m_db;
    QString m_previous;
};

} // namespace

Status validateDemoOptions(const DemoOptions& options)
{
    if (options.residents < 1 || options.residents > kMaxDemoResidents)
        return Error{QCoreApplication::translate(
            "DemoCity", "the number of residents must be between 1 and %1, not %2")
                         .arg(kMaxDemoResidents)
                         .arg(options.residents)};
    if (!options.asOf.isValid() || options.asOf.year() < 1990 || options.asOf.year() > 2200)
        return Error{QCoreApplication::translate(
            "DemoCity", "the reference date must be a valid date between 1990 and 2200")};
    if (options.householdsPerTransaction < 1)
        return Error{QCoreApplication::translate(
            "DemoCity", "at least one household must be written per transaction")};
    return {};
}

Result<DemoSummary> seedDemoCity(
    storage::Database& database, const DemoOptions& options, const DemoProgress& progress)
{
    if (Status valid = validateDemoOptions(options); !valid)
        return valid.error();
    QSqlDatabase& db = database.sql();
    for (const QString& table : {QStringLiteral("persons"), QStringLiteral("households")}) {
        Result<std::int64_t> rows = countRows(db, table);
        if (!rows)
            return rows.error();
        if (rows.value() > 0)
            return Error{table == QLatin1String("persons")
                    ? QCoreApplication::translate("DemoCity",
                        "the database already holds %1 residents; demo seed fills only an "
                        "empty register")
                          .arg(rows.value())
                    : QCoreApplication::translate("DemoCity",
                        "the database already holds %1 households; demo seed fills only an "
                        "empty register")
                          .arg(rows.value())};
    }
    Result<NameData> loaded = NameData::load();
    if (!loaded)
        return loaded.error();
    const NameData& data = loaded.value();
    const DemoCityIdentity& city = demoCityIdentity();

    const SqliteCacheSize cache(database);
    Random random(options.seed);
    const IdentifierMaker ids(options.seed);
    const HouseholdPlanner planner(data, options.asOf);
    const PersonNamer namer(data, options.asOf);
    const AddressMaker addresses(data, options.asOf);
    const EntitlementRules rules(options.asOf);
    SupportMeasurePlanner support(data, options.asOf, options.residents);
    DemoWriter writer(db, database.engine(), ids);
    if (Status prepared = writer.prepare(); !prepared)
        return prepared.error();

    DemoSummary summary;
    summary.prefecture = city.prefecture;
    summary.cityName = city.name;
    summary.cityCode = IdentifierMaker::localGovernmentCode(city.codeBody);
    std::int64_t foreignOrdinal = 0;

    auto fail = [&](storage::Transaction& transaction, const Error& error) -> Result<DemoSummary> {
        transaction.rollback();
        removePartialCity(db);
        return error;
    };
    while (summary.residents < options.residents) {
        storage::Transaction transaction(db);
        if (Status begun = transaction.begun(); !begun) {
            removePartialCity(db);
            return begun.error();
        }
        for (int n = 0;
             n < options.householdsPerTransaction && summary.residents < options.residents; ++n) {
            Household h = planner.plan(random);
            // The last household may lose members to hit the count exactly;
            // the head always stays.
            truncateHousehold(h,
                int(std::min<std::int64_t>(
                    std::int64_t(h.members.size()), options.residents - summary.residents)));
            namer.name(random, h);
            addresses.place(random, h);
            rules.apply(random, h);
            const std::int64_t householdId = summary.households + 1;
            const std::int64_t firstPersonId = summary.residents + 1;
            if (Status s = writer.writeHousehold(h, householdId, firstPersonId, foreignOrdinal); !s)
                return fail(transaction, s.error());
            for (const SupportMeasureRow& row :
                support.visit(random, h, firstPersonId, summary.residents)) {
                if (Status s = writer.writeSupportMeasure(row); !s)
                    return fail(transaction, s.error());
                ++summary.supportMeasures;
            }
            summary.households = householdId;
            summary.residents += std::int64_t(h.members.size());
            if (progress && summary.households % kProgressEvery == 0)
                progress(summary.residents, options.residents);
        }
        if (summary.residents >= options.residents) {
            const std::pair<const char16_t*, QString> meta[] = {
                {u"city_name", city.name},
                {u"city_code", summary.cityCode},
                {u"prefecture", city.prefecture},
                {u"demo", QStringLiteral("1")},
                {u"demo_seed", QString::number(options.seed)},
                {u"demo_residents", QString::number(options.residents)},
                {u"demo_as_of", options.asOf.toString(Qt::ISODate)},
                {u"demo_version", QString::number(kGeneratorVersion)},
            };
            for (const auto& [key, value] : meta)
                if (Status s = writer.writeMeta(QString::fromUtf16(key), value); !s)
                    return fail(transaction, s.error());
            if (Status s = writer.flush(); !s)
                return fail(transaction, s.error());
            if (Status s = writer.finish(summary.households, summary.residents); !s)
                return fail(transaction, s.error());
        }
        if (Status s = writer.flush(); !s)
            return fail(transaction, s.error());
        if (Status committed = transaction.commit(); !committed)
            return fail(transaction, committed.error());
    }
    // The demo city is searchable at once (docs/search.md).
    if (Status indexed = registry::rebuildSearchIndex(database); !indexed) {
        removePartialCity(db);
        return indexed.error();
    }
    // SQLite leaves an eighth of each page of an index built by sorting
    // free for later inserts; a demo city is read far more than written.
    // Rewriting it packed takes seconds: 1,000,000 residents 1,025 -> 986 MB
    // (docs/demo-city.md).
    if (database.engine() == storage::Engine::Sqlite)
        if (auto vacuumed = storage::exec(db, QStringLiteral("VACUUM"), {},
                QCoreApplication::translate("DemoCity", "compacting the demo city"));
            !vacuumed)
            return vacuumed.error();
    if (progress)
        progress(summary.residents, options.residents);
    summary.foreignResidents = foreignOrdinal;
    summary.nameHistory = writer.nameHistoryRows();
    summary.addressHistory = writer.addressHistoryRows();
    return summary;
}

} // namespace madoguchi::demo
