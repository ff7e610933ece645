#include "catalogpublishcommands.h"

#include "catalog/catalogfingerprint.h"
#include "catalogcommands.h"
#include "databaseoption.h"
#include "output.h"
#include "storage/database.h"
#include "sync/hallcatalog.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

QJsonObject publishedJson(const sync::PublishedCatalog& p)
{
    return QJsonObject{{QStringLiteral("published"), p.isPublished()},
        {QStringLiteral("fingerprint"),
            p.isPublished() ? QJsonValue(p.fingerprint) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("procedures"), QJsonArray::fromStringList(p.procedures)},
        {QStringLiteral("published_at"),
            p.publishedAt.isValid() ? QJsonValue(p.publishedAt.toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null)}};
}

std::unique_ptr<storage::Database> openExisting(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("CatalogPublish", "--db LOCATION is required"));
        return nullptr;
    }
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace

QString CatalogPublishCommand::summary() const
{
    return QCoreApplication::translate(
        "CatalogPublish", "Publish the hall's catalog so that branches can compare theirs");
}

void CatalogPublishCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("catalog"), catalogDirectoryHelp(),
        QCoreApplication::translate("CatalogPublish", "DIR")});
}

int CatalogPublishCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("CatalogPublish", "--db LOCATION is required"));
        return ExitUsage;
    }
    // The catalog first: nothing is written for one that has problems.
    const auto catalog = openCatalog(parser.value(QStringLiteral("catalog")), out);
    if (!catalog)
        return ExitFailure;
    const auto db = openExisting(parser, out);
    if (!db)
        return ExitFailure;
    // A replica's own catalog is compared with the hall's, never published:
    // its branches are none.
    auto state = sync::loadSyncState(*db);
    if (!state) {
        out.error(state.error().message);
        return ExitFailure;
    }
    if (state->isBranch()) {
        out.error(QCoreApplication::translate("CatalogPublish",
            "%1 is the replica of branch %2: publish at the hall, whose catalog the branches "
            "compare theirs with")
                      .arg(db->location().displayName(), state->branchCode));
        return ExitFailure;
    }
    auto published = sync::publishCatalog(*db, *catalog, QDateTime::currentDateTimeUtc());
    if (!published) {
        out.error(published.error().message);
        return ExitFailure;
    }
    QJsonObject result = publishedJson(published.value());
    result.insert(QStringLiteral("location"), db->location().displayName());
    result.insert(QStringLiteral("catalog"), catalog->location);
    out.result(result);
    out.line(QCoreApplication::translate("CatalogPublish",
        "published the catalog %1 at %2: %3 procedure versions, fingerprint %4; branches "
        "compare theirs with it at their next sync")
                 .arg(catalog->location, db->location().displayName())
                 .arg(published->procedures.size())
                 .arg(published->fingerprint));
    return ExitOk;
}

QString CatalogPublishedCommand::summary() const
{
    return QCoreApplication::translate(
        "CatalogPublish", "Show the catalog a hall published (on a replica: as of its last pull)");
}

void CatalogPublishedCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
}

int CatalogPublishedCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("CatalogPublish", "--db LOCATION is required"));
        return ExitUsage;
    }
    const auto db = openExisting(parser, out);
    if (!db)
        return ExitFailure;
    auto state = sync::loadSyncState(*db);
    if (!state) {
        out.error(state.error().message);
        return ExitFailure;
    }
    sync::PublishedCatalog published;
    if (state->isBranch()) {
        published = {state->hallCatalogFingerprint, state->hallCatalogProcedures,
            state->hallCatalogPublishedAt};
    } else {
        auto read = sync::readPublishedCatalog(*db);
        if (!read) {
            out.error(read.error().message);
            return ExitFailure;
        }
        published = read.value();
    }
    QJsonObject result = publishedJson(published);
    result.insert(QStringLiteral("location"), db->location().displayName());
    result.insert(QStringLiteral("replica"), state->isBranch());
    out.result(result);
    if (!published.isPublished()) {
        out.line(state->isBranch()
                ? QCoreApplication::translate(
                    "CatalogPublish", "%1: the hall had published no catalog at the last pull")
                      .arg(db->location().displayName())
                : QCoreApplication::translate("CatalogPublish",
                    "%1 has published no catalog (madoguchi-cli catalog publish --db …)")
                      .arg(db->location().displayName()));
        return ExitOk;
    }
    out.line(QCoreApplication::translate(
        "CatalogPublish", "%1: catalog %2 published at %3, %4 procedure versions:")
                 .arg(db->location().displayName(), published.fingerprint,
                     published.publishedAt.toString(Qt::ISODateWithMs))
                 .arg(published.procedures.size()));
    for (const QString& p : published.procedures)
        out.line(QStringLiteral("  ") + p);
    return ExitOk;
}

} // namespace madoguchi::cli
