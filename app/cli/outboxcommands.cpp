#include "outboxcommands.h"

#include "clisession.h"
#include "databaseoption.h"
#include "delivery/outbox.h"
#include "delivery/outboxadministration.h"
#include "output.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

QJsonObject itemJson(const delivery::OutboxItem& i)
{
    return QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("visit"), i.visitRef},
        {QStringLiteral("system"), i.system}, {QStringLiteral("procedure"), i.procedureId},
        {QStringLiteral("state"), delivery::stateName(i.state)},
        {QStringLiteral("attempts"), i.attempts},
        {QStringLiteral("next_attempt_at"), delivery::outboxTime(i.nextAttemptAt)},
        {QStringLiteral("last_error"),
            i.lastError.isEmpty() ? QJsonValue() : QJsonValue(i.lastError)},
        {QStringLiteral("receipt"), i.receipt.isEmpty() ? QJsonValue() : QJsonValue(i.receipt)}};
}

} // namespace

QString OutboxListCommand::summary() const
{
    return QCoreApplication::translate(
        "OutboxCommands", "List the applications in the outbox and where each one is");
}

void OutboxListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("visit"),
        QCoreApplication::translate("OutboxCommands", "Only this visit's applications."),
        QCoreApplication::translate("OutboxCommands", "REF")});
    parser.addOption({QStringLiteral("state"),
        QCoreApplication::translate("OutboxCommands",
            "Only applications in this state: queued, sending, delivered, retry-wait, rejected, "
            "cancelled, handled or held (held for review: a branch's application whose "
            "register records changed at the hall)."),
        QCoreApplication::translate("OutboxCommands", "STATE")});
}

int OutboxListCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("OutboxCommands", "--db LOCATION is required"));
        return ExitUsage;
    }
    std::optional<delivery::OutboxState> state;
    if (parser.isSet(QStringLiteral("state"))) {
        state = delivery::stateFromName(parser.value(QStringLiteral("state")));
        if (!state) {
            out.error(QCoreApplication::translate("OutboxCommands", "unknown --state '%1'")
                          .arg(parser.value(QStringLiteral("state"))));
            return ExitUsage;
        }
    }
    if (state.has_value() == parser.isSet(QStringLiteral("visit"))) {
        out.error(QCoreApplication::translate(
            "OutboxCommands", "give exactly one of --visit REF and --state STATE"));
        return ExitUsage;
    }
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    delivery::Outbox outbox(*db.value());
    auto items
        = state ? outbox.inState(*state) : outbox.ofVisit(parser.value(QStringLiteral("visit")));
    if (!items) {
        out.error(items.error().message);
        return ExitFailure;
    }
    QJsonArray array;
    for (const delivery::OutboxItem& i : items.value()) {
        array.append(itemJson(i));
        out.line(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(i.id, i.system, i.procedureId, delivery::stateName(i.state),
                         i.receipt.isEmpty() ? i.lastError : i.receipt));
    }
    out.result(array);
    return ExitOk;
}

QStringList OutboxDecisionCommand::path() const
{
    switch (m_decision) {
    case Decision::Retry:
        return {QStringLiteral("outbox"), QStringLiteral("retry")};
    case Decision::Cancel:
        return {QStringLiteral("outbox"), QStringLiteral("cancel")};
    case Decision::Handled:
        break;
    }
    return {QStringLiteral("outbox"), QStringLiteral("handled")};
}

QString OutboxDecisionCommand::summary() const
{
    switch (m_decision) {
    case Decision::Retry:
        return QCoreApplication::translate(
            "OutboxCommands", "Queue a rejected or waiting application again (supervisors)");
    case Decision::Cancel:
        return QCoreApplication::translate(
            "OutboxCommands", "Cancel an application that was not delivered (supervisors)");
    case Decision::Handled:
        break;
    }
    return QCoreApplication::translate(
        "OutboxCommands", "Mark an application as settled by hand (supervisors)");
}

void OutboxDecisionCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(staffOption());
    parser.addOption({QStringLiteral("id"),
        QCoreApplication::translate("OutboxCommands", "The application's id (its UUID)."),
        QCoreApplication::translate("OutboxCommands", "ID")});
    parser.addOption({QStringLiteral("reason"),
        QCoreApplication::translate("OutboxCommands", "Why; recorded in the audit log."),
        QCoreApplication::translate("OutboxCommands", "TEXT")});
}

int OutboxDecisionCommand::run(const QCommandLineParser& parser, Output& out)
{
    for (const char* required : {"db", "as", "id", "reason"})
        if (!parser.isSet(QLatin1String(required))) {
            out.error(QCoreApplication::translate("OutboxCommands", "--%1 is required")
                          .arg(QLatin1String(required)));
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
    delivery::OutboxAdministration admin(*db.value(), command->control());
    const QString id = parser.value(QStringLiteral("id"));
    const QString reason = parser.value(QStringLiteral("reason"));
    auto decided = m_decision == Decision::Retry ? admin.retry(id, reason)
        : m_decision == Decision::Cancel         ? admin.cancel(id, reason)
                                                 : admin.markHandled(id, reason);
    if (!decided) {
        out.error(decided.error().message);
        return ExitFailure;
    }
    out.result(itemJson(decided.value()));
    out.line(QCoreApplication::translate("OutboxCommands", "Application %1 is now %2.")
                 .arg(id, delivery::stateName(decided->state)));
    return ExitOk;
}

} // namespace madoguchi::cli
