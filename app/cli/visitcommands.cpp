#include "visitcommands.h"

#include "catalogcommands.h"
#include "clisession.h"
#include "databaseoption.h"
#include "demo/demovisits.h"
#include "output.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "text/japanesedate.h"
#include "visit/visitstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>

namespace madoguchi::cli {
namespace {

bool isDemoDatabase(storage::Database& db)
{
    auto found = storage::exec(db.sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
        {QStringLiteral("demo")}, QStringLiteral("reading meta"));
    return found && found->next() && found->value(0).toString() == QLatin1String("1");
}

// "    本人確認書類: presented"; a document still to bring says by when.
QString documentLine(const QJsonObject& document, const QString& deadline)
{
    const QString status = document.value(QLatin1String("status")).toString();
    QString line = QStringLiteral("    %1: %2")
                       .arg(document.value(QLatin1String("ja")).toString(),
                           status.isEmpty() ? QStringLiteral("unrecorded") : status);
    if (status == QLatin1String("missing") || status == QLatin1String("unrecorded")
        || status.isEmpty()) {
        const QString by = document.value(QLatin1String("bring_by")).toString(deadline);
        line += by.isEmpty()
            ? QCoreApplication::translate("VisitCommands", ", to bring")
            : QCoreApplication::translate("VisitCommands", ", to bring by %1").arg(by);
    }
    return line;
}

} // namespace

QString VisitShowCommand::summary() const
{
    return QCoreApplication::translate(
        "VisitCommands", "Show a visit's applications, live, and its guidance slip");
}

void VisitShowCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(staffOption());
    parser.addPositionalArgument(QStringLiteral("REF"),
        QCoreApplication::translate("VisitCommands", "The visit reference (V20261126-000001)."));
}

int VisitShowCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().size() != 1) {
        out.error(
            QCoreApplication::translate("VisitCommands", "usage: visit show --db LOCATION REF"));
        return ExitUsage;
    }
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    auto command = CommandAccess::start(parser, *db.value(), out);
    if (!command)
        return ExitFailure;
    auto visit = visit::loadVisitStatus(
        *db.value(), command->control(), parser.positionalArguments().constFirst());
    if (!visit) {
        out.error(visit.error().message);
        return ExitFailure;
    }
    out.result(visit::guidanceSlip(visit.value()));
    out.line(QCoreApplication::translate("VisitCommands", "Visit %1: %2 %3 (%4), 宛名番号 %5")
                 .arg(visit->ref, visit->eventType, visit->eventDate, visit->submittedAt,
                     visit->atenaNo));
    for (const visit::ApplicationStatus& a : visit->applications) {
        QString where;
        switch (a.state) {
        case delivery::OutboxState::Delivered:
            where = QCoreApplication::translate("VisitCommands", "registered in %1 as %2")
                        .arg(a.system, a.receipt);
            break;
        case delivery::OutboxState::RetryWait:
            where
                = QCoreApplication::translate("VisitCommands", "waiting to be sent again at %1: %2")
                      .arg(a.nextAttemptAt.toLocalTime().toString(Qt::ISODate), a.lastError);
            break;
        case delivery::OutboxState::Rejected:
            where = QCoreApplication::translate("VisitCommands", "refused by %1: %2")
                        .arg(a.system, a.lastError);
            break;
        default:
            where = QCoreApplication::translate("VisitCommands", "received, %1")
                        .arg(delivery::stateName(a.state));
        }
        out.line(
            QStringLiteral("  %1%2  %3%4")
                .arg(a.procedureId,
                    a.member.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.member), where,
                    a.deadline.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("VisitCommands", "  deadline %1")
                              .arg(a.deadline)));
        for (const QJsonObject& d : a.documents)
            out.line(documentLine(d, a.deadline));
    }
    for (const visit::EvidenceRecord& e : visit->evidence)
        out.line(QCoreApplication::translate("VisitCommands", "  data used: %1%2, filled %3")
                     .arg(e.names.ja,
                         e.member.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.member),
                         e.fields.isEmpty() ? QStringLiteral("-")
                                            : e.fields.join(QStringLiteral(", "))));
    for (const visit::ConsentRecord& c : visit->consents)
        out.line(
            QCoreApplication::translate("VisitCommands", "  consent to %1: %2 for %3 → %4 (%5)")
                .arg(c.sourceNames.ja,
                    c.granted ? QCoreApplication::translate("VisitCommands", "given")
                              : QCoreApplication::translate("VisitCommands", "refused"),
                    c.purpose, c.systems.join(QStringLiteral(", ")), c.staff));
    return ExitOk;
}

QString DemoSubmitCommand::summary() const
{
    return QCoreApplication::translate(
        "VisitCommands", "Submit realistic demo visits through the real checklist and submit path");
}

void DemoSubmitCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(staffOption());
    parser.addOption({QStringLiteral("visits"),
        QCoreApplication::translate("VisitCommands", "How many visits, 1 to 100000."),
        QCoreApplication::translate("VisitCommands", "N")});
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate("VisitCommands", "Seed of the draws (default 1)."),
        QCoreApplication::translate("VisitCommands", "S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("today"),
        QCoreApplication::translate("VisitCommands", "The day of the visits (default: today)."),
        QCoreApplication::translate("VisitCommands", "DATE")});
    parser.addOption({QStringLiteral("catalog"), catalogDirectoryHelp(),
        QCoreApplication::translate("VisitCommands", "DIR")});
}

int DemoSubmitCommand::run(const QCommandLineParser& parser, Output& out)
{
    bool ok = false;
    const int visits = parser.value(QStringLiteral("visits")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("db")) || !ok || visits < 1 || visits > 100000) {
        out.error(QCoreApplication::translate(
            "VisitCommands", "usage: demo submit --db LOCATION --visits N (1 to 100000)"));
        return ExitUsage;
    }
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        out.error(QCoreApplication::translate("VisitCommands", "--seed must be a whole number"));
        return ExitUsage;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const auto parsed = text::parseJapaneseDate(parser.value(QStringLiteral("today")));
        if (!parsed || !parsed->isExact()) {
            out.error(QCoreApplication::translate("VisitCommands", "--today must be a date"));
            return ExitUsage;
        }
        today = *parsed->exactDate();
    }
    const auto catalog = openCatalog(parser.value(QStringLiteral("catalog")), out);
    if (!catalog)
        return ExitFailure;
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    // A demo database may be loaded as the built-in demo clerk; any other
    // needs a real clerk's login.
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> demoAccess;
    std::unique_ptr<CommandAccess> command;
    security::AccessControl* access = nullptr;
    if (parser.isSet(QStringLiteral("as"))) {
        command = CommandAccess::start(parser, *db.value(), out);
        if (!command)
            return ExitFailure;
        access = &command->control();
    } else if (isDemoDatabase(*db.value())) {
        audit = std::make_unique<security::AuditLog>(*db.value());
        demoAccess = std::make_unique<security::AccessControl>(
            security::Session{QStringLiteral("demo-load"), security::Role::Clerk,
                QStringLiteral("本庁"), QSysInfo::machineHostName(),
                QDateTime::currentDateTimeUtc()},
            *audit);
        access = demoAccess.get();
    } else {
        out.error(QCoreApplication::translate("VisitCommands",
            "this is not a demo database: give --as STAFF_ID (a clerk) to submit visits"));
        return ExitUsage;
    }
    auto summary = demo::submitDemoVisits(*db.value(), *access, *catalog, visits, seed, today);
    if (!summary) {
        out.error(summary.error().message);
        return ExitFailure;
    }
    out.result(QJsonObject{{QStringLiteral("submitted"), summary->submitted},
        {QStringLiteral("applications"), summary->applications},
        {QStringLiteral("skipped"), summary->skipped}, {QStringLiteral("first"), summary->firstRef},
        {QStringLiteral("last"), summary->lastRef}});
    out.line(QCoreApplication::translate(
        "VisitCommands", "%1 visits submitted (%2 applications), %3 skipped; %4 … %5")
                 .arg(summary->submitted)
                 .arg(summary->applications)
                 .arg(summary->skipped)
                 .arg(summary->firstRef, summary->lastRef));
    if (summary->skipped > 0)
        out.error(QCoreApplication::translate("VisitCommands", "last skipped: %1")
                      .arg(summary->lastProblem));
    return summary->submitted > 0 ? ExitOk : ExitFailure;
}

} // namespace madoguchi::cli
