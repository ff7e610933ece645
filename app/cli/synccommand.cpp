#include "synccommand.h"

#include "catalog/catalogloader.h"
#include "catalog/cataloglocation.h"
#include "databaseoption.h"
#include "output.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "sync/branchsync.h"
#include "sync/catalogcomparison.h"
#include "sync/syncstate.h"
#include "visit/visitreference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

// Names the replica's branch (and office) at its first sync; later syncs
// must name the same branch or none.
Status settleBranch(storage::Database& replica, const sync::SyncState& state, const QString& code,
    const QString& office)
{
    if (state.isBranch() && !code.isEmpty() && code != state.branchCode)
        return Error{
            QCoreApplication::translate("SyncCommand", "%1 is the replica of branch %2, not %3")
                .arg(replica.location().displayName(), state.branchCode, code)};
    if (!state.isBranch() && code.isEmpty())
        return Error{QCoreApplication::translate(
            "SyncCommand", "the first sync of a replica needs --branch CODE (for example K01)")};
    if (state.isBranch() && (office.isEmpty() || office == state.office))
        return {};
    storage::Transaction transaction(replica.sql());
    if (Status begun = transaction.begun(); !begun)
        return begun;
    if (!state.isBranch())
        if (Status s = sync::storeMeta(replica.sql(), QLatin1String(sync::kBranchCodeKey), code);
            !s)
            return s;
    if (!office.isEmpty())
        if (Status s
            = sync::storeMeta(replica.sql(), QLatin1String(sync::kBranchOfficeKey), office);
            !s)
            return s;
    return transaction.commit();
}

QJsonObject reportJson(const sync::SyncReport& r)
{
    return QJsonObject{
        {QStringLiteral("push"),
            QJsonObject{{QStringLiteral("visits"), r.push.visits},
                {QStringLiteral("applications"), r.push.applications},
                {QStringLiteral("outbox_items"), r.push.outboxItems},
                {QStringLiteral("audit_entries"), r.push.auditEntries},
                {QStringLiteral("already_at_hall"), r.push.alreadyAtHall},
                {QStringLiteral("held"), r.push.held},
                {QStringLiteral("milliseconds"), r.push.milliseconds}}},
        {QStringLiteral("pull"),
            QJsonObject{{QStringLiteral("bootstrap"), r.pull.bootstrap},
                {QStringLiteral("from_seq"), r.pull.fromSeq},
                {QStringLiteral("to_seq"), r.pull.toSeq},
                {QStringLiteral("changes"), r.pull.changes}, {QStringLiteral("rows"), r.pull.rows},
                {QStringLiteral("persons"), r.pull.persons},
                {QStringLiteral("milliseconds"), r.pull.milliseconds}}},
        {QStringLiteral("staff"), r.staff},
        {QStringLiteral("milliseconds"), r.milliseconds},
    };
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// This PC's catalog against the one the hall published (docs/branch.md,
// "The catalog"): a warning when they differ, since checklists made here
// would leave out what the hall's include. Never fails the sync: the
// register and the branch's visits moved all the same.
QJsonObject compareCatalogs(storage::Database& replica, const QString& directory, Output& out)
{
    const catalog::CatalogLocation location = catalog::locateCatalog(directory);
    const catalog::CatalogLoad load = catalog::loadCatalog(location.directory);
    auto state = sync::loadSyncState(replica);
    if (!load.ok() || !state) {
        out.error(QCoreApplication::translate(
            "SyncCommand", "this PC's catalog %1 (%2) could not be compared with the hall's: %3")
                      .arg(location.directory, catalog::originName(location.origin),
                          state ? QCoreApplication::translate(
                              "SyncCommand", "it has problems (madoguchi-cli catalog validate)")
                                : state.error().message));
        return QJsonObject{{QStringLiteral("hall_fingerprint"),
                               orNull(state ? state->hallCatalogFingerprint : QString())},
            {QStringLiteral("local_fingerprint"), QJsonValue::Null},
            {QStringLiteral("same"), QJsonValue::Null}, {QStringLiteral("missing"), QJsonArray()},
            {QStringLiteral("extra"), QJsonArray()}};
    }
    const sync::CatalogComparison c = sync::compareCatalog(state.value(), *load.catalog);
    using Outcome = sync::CatalogComparison::Outcome;
    if (c.outcome == Outcome::Differs) {
        out.error(c.warning(10) + QStringLiteral(" (") + location.directory + QLatin1Char(')'));
    } else if (c.outcome == Outcome::Unknown) {
        out.line(QCoreApplication::translate("SyncCommand",
            "the hall has published no catalog: this PC's catalog could not be compared "
            "(madoguchi-cli catalog publish at the hall)"));
    } else {
        out.line(QCoreApplication::translate("SyncCommand", "catalog: the same as the hall's"));
    }
    return QJsonObject{{QStringLiteral("hall_fingerprint"), orNull(c.hallFingerprint)},
        {QStringLiteral("local_fingerprint"), c.localFingerprint},
        {QStringLiteral("same"),
            c.outcome == Outcome::Unknown ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(c.outcome == Outcome::Same)},
        {QStringLiteral("missing"), QJsonArray::fromStringList(c.missing)},
        {QStringLiteral("extra"), QJsonArray::fromStringList(c.extra)}};
}

} // namespace

QString SyncCommand::summary() const
{
    return QCoreApplication::translate(
        "SyncCommand", "Sync a branch replica with the hall: push its visits, pull the register");
}

void SyncCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("hall"),
        QCoreApplication::translate("SyncCommand",
            "The hall's database: a postgresql:// URL (the password in the keychain)."),
        QCoreApplication::translate("SyncCommand", "URL")});
    parser.addOption({QStringLiteral("branch"),
        QCoreApplication::translate(
            "SyncCommand", "The branch's code, at the first sync (letters and digits, e.g. K01)."),
        QCoreApplication::translate("SyncCommand", "CODE")});
    parser.addOption({QStringLiteral("office"),
        QCoreApplication::translate("SyncCommand",
            "The branch's office as staff accounts name it: its staff may log in offline."),
        QCoreApplication::translate("SyncCommand", "OFFICE")});
    parser.addOption({QStringLiteral("offline-days"),
        QCoreApplication::translate("SyncCommand",
            "Staff who logged in at the office within this many days may log in offline "
            "(default 14)."),
        QCoreApplication::translate("SyncCommand", "DAYS"), QStringLiteral("14")});
    parser.addOption({QStringLiteral("page-rows"),
        QCoreApplication::translate("SyncCommand",
            "Rows copied per transaction in a first sync (default 20000); smaller pages commit "
            "more often on a slow link."),
        QCoreApplication::translate("SyncCommand", "N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("catalog"),
        QCoreApplication::translate("SyncCommand",
            "This PC's catalog, compared with the one the hall published (default: "
            "MADOGUCHI_CATALOG, the setting catalog/directory, else the built-in catalog)."),
        QCoreApplication::translate("SyncCommand", "DIR")});
}

int SyncCommand::run(const QCommandLineParser& parser, Output& out)
{
    for (const char* required : {"db", "hall"})
        if (!parser.isSet(QLatin1String(required))) {
            out.error(QCoreApplication::translate("SyncCommand", "--%1 is required")
                          .arg(QLatin1String(required)));
            return ExitUsage;
        }
    const QString code = parser.value(QStringLiteral("branch")).trimmed();
    if (!code.isEmpty() && !visit::isValidBranchCode(code)) {
        out.error(QCoreApplication::translate("SyncCommand",
            "--branch must be a capital letter and up to 7 more capital letters or digits "
            "(K01), not \"%1\"")
                      .arg(code));
        return ExitUsage;
    }
    bool daysOk = false;
    const int days = parser.value(QStringLiteral("offline-days")).toInt(&daysOk);
    if (!daysOk || days < 0 || days > 365) {
        out.error(QCoreApplication::translate(
            "SyncCommand", "--offline-days must be a number from 0 to 365, not \"%1\"")
                      .arg(parser.value(QStringLiteral("offline-days"))));
        return ExitUsage;
    }

    bool pageOk = false;
    const int pageRows = parser.value(QStringLiteral("page-rows")).toInt(&pageOk);
    if (!pageOk || pageRows < 1 || pageRows > 1'000'000) {
        out.error(QCoreApplication::translate(
            "SyncCommand", "--page-rows must be a number from 1 to 1000000, not \"%1\"")
                      .arg(parser.value(QStringLiteral("page-rows"))));
        return ExitUsage;
    }

    auto replica = storage::Database::open(parser.value(QStringLiteral("db")));
    if (!replica) {
        out.error(replica.error().message);
        return ExitFailure;
    }
    if (replica.value()->engine() != storage::Engine::Sqlite) {
        out.error(QCoreApplication::translate(
            "SyncCommand", "--db is the branch's replica: an SQLite file, not a server"));
        return ExitUsage;
    }
    auto state = sync::loadSyncState(*replica.value());
    if (!state) {
        out.error(state.error().message);
        return ExitFailure;
    }
    const QString office = parser.value(QStringLiteral("office")).trimmed();
    if (Status settled = settleBranch(*replica.value(), state.value(), code, office); !settled) {
        out.error(settled.error().message);
        return ExitFailure;
    }
    auto hall = storage::Database::open(parser.value(QStringLiteral("hall")), {.create = false});
    if (!hall) {
        out.error(QCoreApplication::translate("SyncCommand",
            "the hall cannot be reached; the branch keeps working on its replica: %1")
                      .arg(hall.error().message));
        return ExitFailure;
    }

    sync::SyncOptions options;
    options.hallName = hall.value()->location().displayName();
    options.office = office.isEmpty() ? state->office : office;
    options.offlineLoginDays = days;
    options.pull.pageRows = pageRows;
    const auto progress = [&](const sync::PullProgress& p) {
        out.progress(p.total > 0
                ? QCoreApplication::translate("SyncCommand", "%1: %2 of %3")
                      .arg(p.phase)
                      .arg(p.done)
                      .arg(p.total)
                : QCoreApplication::translate("SyncCommand", "%1: %2").arg(p.phase).arg(p.done));
    };
    auto synced = sync::syncBranch(*replica.value(), *hall.value(), options, progress);
    out.endProgress();
    if (!synced) {
        out.error(synced.error().message);
        return ExitFailure;
    }
    const sync::SyncReport& r = synced.value();
    QJsonObject result = reportJson(r);
    out.line(QCoreApplication::translate("SyncCommand",
        "pushed %1 visits (%2 applications, %3 audit entries; %4 already at the hall)")
                 .arg(r.push.visits)
                 .arg(r.push.applications)
                 .arg(r.push.auditEntries)
                 .arg(r.push.alreadyAtHall));
    if (r.push.held > 0)
        out.line(QCoreApplication::translate("SyncCommand",
            "%1 of the visits are held for a supervisor's review: the hall's register "
            "changed since the branch read it (madoguchi-cli approval list --kind "
            "reconcile)")
                     .arg(r.push.held));
    out.line(r.pull.bootstrap
            ? QCoreApplication::translate(
                "SyncCommand", "bootstrapped the register: %1 persons, up to change %2")
                  .arg(r.pull.persons)
                  .arg(r.pull.toSeq)
            : QCoreApplication::translate("SyncCommand", "pulled %1 changes (%2 → %3); %4 persons")
                  .arg(r.pull.changes)
                  .arg(r.pull.fromSeq)
                  .arg(r.pull.toSeq)
                  .arg(r.pull.persons));
    out.line(QCoreApplication::translate("SyncCommand", "%1 staff may log in offline; %2 ms")
                 .arg(r.staff)
                 .arg(r.milliseconds));
    result.insert(QStringLiteral("catalog"),
        compareCatalogs(*replica.value(), parser.value(QStringLiteral("catalog")), out));
    out.result(result);
    return ExitOk;
}

} // namespace madoguchi::cli
