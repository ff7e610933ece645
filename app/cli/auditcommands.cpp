#include "auditcommands.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/auditreader.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

QJsonValue idJson(const std::optional<qint64>& id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue();
}

QJsonObject entryJson(const security::AuditEntry& e)
{
    return QJsonObject{{QStringLiteral("seq"), double(e.seq)},
        {QStringLiteral("at"), security::auditTimestamp(e.at)},
        {QStringLiteral("operator"), e.operatorId}, {QStringLiteral("role"), e.role},
        {QStringLiteral("office"), e.office}, {QStringLiteral("terminal"), e.terminal},
        {QStringLiteral("action"), e.action}, {QStringLiteral("person_id"), idJson(e.personId)},
        {QStringLiteral("visit_id"), idJson(e.visitId)}, {QStringLiteral("purpose"), e.purpose},
        {QStringLiteral("my_number_shown"), e.myNumberShown},
        {QStringLiteral("outcome"), e.outcome}, {QStringLiteral("detail"), e.detail},
        {QStringLiteral("hash"), e.hash}};
}

QString entryLine(const security::AuditEntry& e)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7%8")
        .arg(e.seq)
        .arg(e.at.toTimeZone(security::japanTime()).toString(Qt::ISODate), e.operatorId, e.action,
            e.personId ? QString::number(*e.personId) : QStringLiteral("-"), e.outcome, e.purpose,
            e.myNumberShown ? QStringLiteral("\t[my number]") : QString());
}

// A date (yyyy-MM-dd, Japan time) or an ISO 8601 date-time; `endOfDay`
// turns a date into the start of the next day (an inclusive --to).
QDateTime parseTime(const QString& text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), security::japanTime());
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), security::japanTime());
    return at;
}

} // namespace

QString AuditVerifyCommand::summary() const
{
    return QCoreApplication::translate(
        "AuditCommands", "Check the audit chain and name the first broken entry");
}

void AuditVerifyCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(staffOption());
}

int AuditVerifyCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("AuditCommands", "--db LOCATION is required"));
        return ExitUsage;
    }
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    auto command = CommandAccess::start(parser, *db.value(), out);
    if (!command)
        return ExitFailure;
    security::AccessControl& access = command->control();
    security::AuditReader reader(db.value()->sql(), access);
    auto report = reader.verify();
    if (!report) {
        out.error(report.error().message);
        return ExitFailure;
    }
    const security::VerifyReport& r = report.value();
    QJsonObject json{
        {QStringLiteral("entries"), double(r.entries)}, {QStringLiteral("intact"), r.intact}};
    if (r.intact) {
        json[QStringLiteral("head_hash")] = r.headHash;
        out.result(json);
        out.line(QCoreApplication::translate(
            "AuditCommands", "The audit chain is intact: %1 entries, last hash %2.")
                     .arg(r.entries)
                     .arg(r.headHash.isEmpty() ? QStringLiteral("-") : r.headHash));
        return ExitOk;
    }
    json[QStringLiteral("broken_seq")] = double(r.brokenSeq);
    json[QStringLiteral("reason")] = r.reason;
    json[QStringLiteral("message")] = r.message;
    out.result(json);
    out.line(QCoreApplication::translate("AuditCommands", "The audit chain is broken: %1.")
                 .arg(r.message));
    return ExitFailure;
}

QString AuditQueryCommand::summary() const
{
    return QCoreApplication::translate(
        "AuditCommands", "List audit entries, or run a review query (late night, holidays, …)");
}

void AuditQueryCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(QCommandLineOption(QStringLiteral("operator"),
        QCoreApplication::translate("AuditCommands", "Only this operator's entries."),
        QCoreApplication::translate("AuditCommands", "ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("resident"),
        QCoreApplication::translate("AuditCommands", "Only entries about this resident."),
        QCoreApplication::translate("AuditCommands", "ATENA_NO")));
    parser.addOption(QCommandLineOption(QStringLiteral("action"),
        QCoreApplication::translate(
            "AuditCommands", "Only this action (search, profile-view, reveal, print, …)."),
        QCoreApplication::translate("AuditCommands", "ACTION")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
        QCoreApplication::translate(
            "AuditCommands", "From this date (Japan time) or ISO 8601 time, inclusive."),
        QCoreApplication::translate("AuditCommands", "DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
        QCoreApplication::translate(
            "AuditCommands", "Up to this date (inclusive) or ISO 8601 time (exclusive)."),
        QCoreApplication::translate("AuditCommands", "DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("review"),
        QCoreApplication::translate(
            "AuditCommands", "A review query: late-night, holiday, mass-search or failed-logins."),
        QCoreApplication::translate("AuditCommands", "REVIEW")));
    parser.addOption(QCommandLineOption(QStringLiteral("threshold"),
        QCoreApplication::translate(
            "AuditCommands", "mass-search: more than N searches in one hour (default 100)."),
        QCoreApplication::translate("AuditCommands", "N"), QStringLiteral("100")));
    parser.addOption(staffOption());
}

int AuditQueryCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("AuditCommands", "--db LOCATION is required"));
        return ExitUsage;
    }
    const QString review = parser.value(QStringLiteral("review"));
    static const QStringList reviews = {QStringLiteral("late-night"), QStringLiteral("holiday"),
        QStringLiteral("mass-search"), QStringLiteral("failed-logins")};
    if (!review.isEmpty() && !reviews.contains(review)) {
        out.error(QCoreApplication::translate("AuditCommands",
            "--review must be one of late-night, holiday, mass-search, failed-logins, not \"%1\"")
                      .arg(review));
        return ExitUsage;
    }
    bool thresholdOk = false;
    const int threshold = parser.value(QStringLiteral("threshold")).toInt(&thresholdOk);
    if (!thresholdOk || threshold < 0) {
        out.error(QCoreApplication::translate(
            "AuditCommands", "--threshold must be a whole number of 0 or more"));
        return ExitUsage;
    }
    security::AuditFilter filter;
    filter.operatorId = parser.value(QStringLiteral("operator"));
    filter.action = parser.value(QStringLiteral("action"));
    for (const auto& [name, endOfDay, target] :
        {std::tuple{QStringLiteral("from"), false, &filter.from},
            std::tuple{QStringLiteral("to"), true, &filter.to}}) {
        if (!parser.isSet(name))
            continue;
        *target = parseTime(parser.value(name), endOfDay);
        if (!target->isValid()) {
            out.error(QCoreApplication::translate(
                "AuditCommands", "--%1 must be a date (2026-04-01) or an ISO 8601 time, not \"%2\"")
                          .arg(name, parser.value(name)));
            return ExitUsage;
        }
    }
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    QSqlDatabase& sql = db.value()->sql();
    auto command = CommandAccess::start(parser, *db.value(), out);
    if (!command)
        return ExitFailure;
    security::AccessControl& access = command->control();
    security::AuditReader reader(sql, access);
    if (parser.isSet(QStringLiteral("resident"))) {
        const QString atena = parser.value(QStringLiteral("resident"));
        auto person
            = storage::exec(sql, QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"),
                {atena}, QCoreApplication::translate("AuditCommands", "finding the resident"));
        if (!person) {
            out.error(person.error().message);
            return ExitFailure;
        }
        if (!person->next()) {
            out.error(QCoreApplication::translate("AuditCommands", "no resident has 宛名番号 %1")
                          .arg(atena));
            return ExitFailure;
        }
        filter.personId = person->value(0).toLongLong();
    }
    if (review == QLatin1String("failed-logins"))
        filter.action = QLatin1String(security::AuditAction::Login);
    // What was asked, for the audit-read entry.
    QStringList asked;
    for (const char* name : {"operator", "resident", "action", "from", "to", "review"})
        if (parser.isSet(QLatin1String(name)))
            asked << QLatin1String(name) + QLatin1Char('=') + parser.value(QLatin1String(name));
    auto entries = reader.query(filter, asked.join(QLatin1Char(' ')));
    if (!entries) {
        out.error(entries.error().message);
        return ExitFailure;
    }
    if (review == QLatin1String("mass-search")) {
        const QList<security::MassSearch> found
            = security::massSearches(entries.value(), threshold);
        QJsonArray json;
        for (const security::MassSearch& m : found) {
            json.append(QJsonObject{{QStringLiteral("operator"), m.operatorId},
                {QStringLiteral("hour"), m.hourStart.toString(Qt::ISODate)},
                {QStringLiteral("searches"), m.searches}});
            out.line(QCoreApplication::translate("AuditCommands", "%1\t%2\t%3 searches")
                         .arg(m.hourStart.toString(Qt::ISODate), m.operatorId)
                         .arg(m.searches));
        }
        out.result(json);
        if (found.isEmpty())
            out.line(QCoreApplication::translate(
                "AuditCommands", "No operator made more than %1 searches in one hour.")
                         .arg(threshold));
        return ExitOk;
    }
    QList<security::AuditEntry> shown = entries.value();
    if (review == QLatin1String("late-night"))
        shown = security::lateNightEntries(shown);
    else if (review == QLatin1String("holiday"))
        shown = security::holidayEntries(shown);
    else if (review == QLatin1String("failed-logins"))
        shown = security::failedLoginEntries(shown);
    QJsonArray json;
    for (const security::AuditEntry& e : shown) {
        json.append(entryJson(e));
        out.line(entryLine(e));
    }
    out.result(json);
    if (shown.isEmpty())
        out.line(QCoreApplication::translate("AuditCommands", "No audit entries match."));
    return ExitOk;
}

} // namespace madoguchi::cli
