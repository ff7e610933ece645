#include "roomcommands.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "queue/dayexport.h"
#include "queue/roomstats.h"
#include "security/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// 754 s → "12:34" (minutes and seconds), as the console shows a wait.
QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString japanClock(const QDateTime& at)
{
    return at.isValid() ? at.toTimeZone(security::japanTime()).toString(QStringLiteral("HH:mm"))
                        : QStringLiteral("-");
}

QJsonObject roomJson(const queue::RoomSnapshot& room)
{
    QJsonArray purposes;
    for (const queue::PurposeLoad& p : room.purposes)
        purposes.append(QJsonObject{{QStringLiteral("purpose"), p.purpose},
            {QStringLiteral("name_ja"), p.nameJa}, {QStringLiteral("name_en"), p.nameEn},
            {QStringLiteral("waiting"), p.waiting},
            {QStringLiteral("average_wait_seconds"), p.averageWaitSeconds},
            {QStringLiteral("longest_wait_seconds"), p.longestWaitSeconds},
            {QStringLiteral("served_today"), p.servedToday},
            {QStringLiteral("average_handling_seconds"), p.averageHandlingSeconds},
            {QStringLiteral("level"),
                queue::waitLevelName(queue::waitLevel(p.longestWaitSeconds))}});
    QJsonArray counters;
    for (const queue::CounterStatus& c : room.counters)
        counters.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
            {QStringLiteral("activity"), queue::counterActivityName(c.activity)},
            {QStringLiteral("ticket"), textJson(c.ticketNumber)},
            {QStringLiteral("staff"), textJson(c.staff)},
            {QStringLiteral("since"), timeJson(c.since)},
            {QStringLiteral("served_today"), c.servedToday},
            {QStringLiteral("served_per_hour"), c.servedPerHour},
            {QStringLiteral("average_handling_seconds"), c.averageHandlingSeconds}});
    QJsonArray handling;
    for (const queue::HandlingTime& h : room.handling)
        handling.append(QJsonObject{{QStringLiteral("event_type"), h.eventType},
            {QStringLiteral("visits"), h.visits},
            {QStringLiteral("average_seconds"), h.averageSeconds}});
    QJsonArray hours;
    for (const queue::HourBucket& h : room.hours)
        hours.append(QJsonObject{{QStringLiteral("hour"), h.hour},
            {QStringLiteral("arrivals"), h.arrivals}, {QStringLiteral("served"), h.served},
            {QStringLiteral("average_wait_seconds"), h.averageWaitSeconds},
            {QStringLiteral("longest_wait_seconds"), h.longestWaitSeconds}});
    return QJsonObject{{QStringLiteral("day"), room.day.toString(Qt::ISODate)},
        {QStringLiteral("at"), timeJson(room.at)}, {QStringLiteral("waiting"), room.waiting},
        {QStringLiteral("served_today"), room.servedToday},
        {QStringLiteral("no_shows"), room.noShows},
        {QStringLiteral("average_wait_seconds"), room.averageWaitSeconds},
        {QStringLiteral("longest_wait_seconds"), room.longestWaitSeconds},
        {QStringLiteral("purposes"), purposes}, {QStringLiteral("counters"), counters},
        {QStringLiteral("handling"), handling}, {QStringLiteral("hours"), hours}};
}

void printRoom(const queue::RoomSnapshot& room, Output& out)
{
    out.line(QCoreApplication::translate("RoomCommands",
        "The room on %1 at %2 (Japan time): %3 waiting (average %4, longest %5), %6 served, "
        "%7 no-shows")
                 .arg(room.day.toString(Qt::ISODate), japanClock(room.at))
                 .arg(room.waiting)
                 .arg(duration(room.averageWaitSeconds), duration(room.longestWaitSeconds))
                 .arg(room.servedToday)
                 .arg(room.noShows));
    out.line(QString());
    // Japanese names are as wide as two columns: they come last on a line.
    out.line(QCoreApplication::translate("RoomCommands",
        "purpose  waiting  avg wait  longest  level    served  avg handling  name"));
    for (const queue::PurposeLoad& p : room.purposes)
        out.line(
            QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                .arg(p.purpose.leftJustified(7))
                .arg(p.waiting, 7)
                .arg(duration(p.averageWaitSeconds), 8)
                .arg(duration(p.longestWaitSeconds), 7)
                .arg(queue::waitLevelName(queue::waitLevel(p.longestWaitSeconds)).leftJustified(7))
                .arg(p.servedToday, 6)
                .arg(duration(p.averageHandlingSeconds), 12)
                .arg(p.nameJa));
    out.line(QString());
    out.line(QCoreApplication::translate("RoomCommands",
        "counter  activity  ticket  staff           since  served  per hour  avg handling  name"));
    for (const queue::CounterStatus& c : room.counters)
        out.line(
            QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                .arg(c.id.leftJustified(7), queue::counterActivityName(c.activity).leftJustified(8),
                    (c.ticketNumber.isEmpty() ? QStringLiteral("-") : c.ticketNumber)
                        .leftJustified(6),
                    (c.staff.isEmpty() ? QStringLiteral("-") : c.staff).leftJustified(14),
                    c.since.isValid() ? japanClock(c.since) : QStringLiteral("    -"))
                .arg(c.servedToday, 6)
                .arg(c.servedPerHour, 8, 'f', 1)
                .arg(duration(c.averageHandlingSeconds), 12)
                .arg(c.name));
    if (!room.handling.isEmpty()) {
        out.line(QString());
        out.line(QCoreApplication::translate(
            "RoomCommands", "handling by procedure  visits  avg handling"));
        for (const queue::HandlingTime& h : room.handling)
            out.line(QStringLiteral("%1  %2  %3")
                         .arg(h.eventType.leftJustified(21))
                         .arg(h.visits, 6)
                         .arg(duration(h.averageSeconds), 12));
    }
    if (!room.hours.isEmpty()) {
        out.line(QString());
        out.line(QCoreApplication::translate(
            "RoomCommands", "hour   arrivals  served  avg wait  longest"));
        for (const queue::HourBucket& h : room.hours)
            out.line(QStringLiteral("%1:00  %2  %3  %4  %5")
                         .arg(h.hour, 2, 10, QLatin1Char('0'))
                         .arg(h.arrivals, 8)
                         .arg(h.served, 6)
                         .arg(duration(h.averageWaitSeconds), 8)
                         .arg(duration(h.longestWaitSeconds), 7));
    }
}

QCommandLineOption dateOption()
{
    return {QStringLiteral("date"),
        QCoreApplication::translate("RoomCommands", "The day, YYYY-MM-DD (default: today)."),
        QCoreApplication::translate("RoomCommands", "YYYY-MM-DD")};
}

// --date, or today as the tickets count days; nullopt (said) when malformed.
std::optional<QDate> dayOf(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("date")))
        return Clock::system().today();
    const QString text = parser.value(QStringLiteral("date"));
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10) {
        out.error(QCoreApplication::translate("RoomCommands", "--date wants YYYY-MM-DD, not '%1'")
                      .arg(text));
        return std::nullopt;
    }
    return day;
}

bool noPositionals(const QCommandLineParser& parser, Output& out)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    out.error(QCoreApplication::translate("RoomCommands", "unexpected argument '%1'")
                  .arg(parser.positionalArguments().constFirst()));
    return false;
}

class RoomCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("room")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("RoomCommands",
            "The live room: waiting per purpose, the counters, handling times, the hours");
    }
    void configure(QCommandLineParser& parser) const override
    {
        parser.addOption(databaseOption());
        parser.addOption(dateOption());
    }
    int run(const QCommandLineParser& parser, Output& out) override
    {
        if (!parser.isSet(QStringLiteral("db"))) {
            out.error(QCoreApplication::translate("RoomCommands", "--db LOCATION is required"));
            return ExitUsage;
        }
        if (!noPositionals(parser, out))
            return ExitUsage;
        const auto day = dayOf(parser, out);
        if (!day)
            return ExitUsage;
        auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
        if (!db) {
            out.error(db.error().message);
            return ExitFailure;
        }
        auto room = queue::roomSnapshot(*db.value(), *day, Clock::system().now());
        if (!room) {
            out.error(room.error().message);
            return ExitFailure;
        }
        out.result(roomJson(room.value()));
        printRoom(room.value(), out);
        return ExitOk;
    }
};

class ExportDayCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("export"), QStringLiteral("day")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("RoomCommands",
            "Write a day's tickets and visits as CSV files for Excel (supervisors)");
    }
    void configure(QCommandLineParser& parser) const override
    {
        parser.addOption(databaseOption());
        parser.addOption(staffOption());
        parser.addOption(dateOption());
        parser.addOption({QStringLiteral("out"),
            QCoreApplication::translate(
                "RoomCommands", "The folder the two files go to; it must exist."),
            QCoreApplication::translate("RoomCommands", "DIR")});
    }
    int run(const QCommandLineParser& parser, Output& out) override
    {
        for (const char* required : {"db", "as", "out"})
            if (!parser.isSet(QLatin1String(required))) {
                out.error(QCoreApplication::translate("RoomCommands", "--%1 is required")
                              .arg(QLatin1String(required)));
                return ExitUsage;
            }
        if (!noPositionals(parser, out))
            return ExitUsage;
        const auto day = dayOf(parser, out);
        if (!day)
            return ExitUsage;
        auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
        if (!db) {
            out.error(db.error().message);
            return ExitFailure;
        }
        auto command = CommandAccess::start(parser, *db.value(), out);
        if (!command)
            return ExitFailure;
        auto exported = queue::exportDay(
            *db.value(), command->control(), *day, parser.value(QStringLiteral("out")));
        if (!exported) {
            out.error(exported.error().message);
            return ExitFailure;
        }
        out.result(QJsonObject{{QStringLiteral("day"), day->toString(Qt::ISODate)},
            {QStringLiteral("tickets"), exported->tickets},
            {QStringLiteral("visits"), exported->visits},
            {QStringLiteral("tickets_path"), exported->ticketsPath},
            {QStringLiteral("visits_path"), exported->visitsPath}});
        out.line(QCoreApplication::translate("RoomCommands", "%1 tickets to %2")
                     .arg(exported->tickets)
                     .arg(QDir::toNativeSeparators(exported->ticketsPath)));
        out.line(QCoreApplication::translate("RoomCommands", "%1 visits to %2")
                     .arg(exported->visits)
                     .arg(QDir::toNativeSeparators(exported->visitsPath)));
        return ExitOk;
    }
};

} // namespace

void appendRoomCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<RoomCommand>());
    commands.push_back(std::make_unique<ExportDayCommand>());
}

} // namespace madoguchi::cli
