#include "ticketcommands.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "queue/ticketstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

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

QJsonObject ticketJson(const queue::Ticket& t)
{
    return QJsonObject{{QStringLiteral("number"), t.number},
        {QStringLiteral("day"), t.day.toString(Qt::ISODate)},
        {QStringLiteral("purpose"), t.purpose},
        {QStringLiteral("priority"), queue::className(t.priority)},
        {QStringLiteral("state"), queue::ticketStateName(t.state)},
        {QStringLiteral("appointment_at"), timeJson(t.appointmentAt)},
        {QStringLiteral("issued_at"), timeJson(t.issuedAt)},
        {QStringLiteral("called_at"), timeJson(t.calledAt)},
        {QStringLiteral("serving_at"), timeJson(t.servingAt)},
        {QStringLiteral("finished_at"), timeJson(t.finishedAt)},
        {QStringLiteral("counter"), textJson(t.counter)},
        {QStringLiteral("staff"), textJson(t.staff)},
        {QStringLiteral("visit"), textJson(t.visitRef)}};
}

// The shared part: --db, opening it, printing its errors.
class QueueCommand : public Command {
public:
    void configure(QCommandLineParser& parser) const override
    {
        parser.addOption(databaseOption());
        addOptions(parser);
    }

    int run(const QCommandLineParser& parser, Output& out) override
    {
        for (const QString& required : requiredOptions())
            if (!parser.isSet(required)) {
                out.error(QCoreApplication::translate("TicketCommands", "--%1 is required")
                              .arg(required));
                return ExitUsage;
            }
        auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
        if (!db) {
            out.error(db.error().message);
            return ExitFailure;
        }
        queue::TicketStore store(*db.value());
        return runWith(parser, *db.value(), store, out);
    }

protected:
    virtual void addOptions(QCommandLineParser&) const { }
    virtual QStringList requiredOptions() const { return {QStringLiteral("db")}; }
    virtual int runWith(const QCommandLineParser& parser, storage::Database& db,
        queue::TicketStore& store, Output& out)
        = 0;

    static int failed(Output& out, const Error& error)
    {
        out.error(error.message);
        return ExitFailure;
    }

    // Who acts: the staff member of --as, or the console.
    static std::optional<QString> staffOf(
        const QCommandLineParser& parser, storage::Database& db, Output& out)
    {
        auto session = commandSession(parser, db);
        if (!session) {
            out.error(session.error().message);
            return std::nullopt;
        }
        return session->staffId;
    }
};

class TicketIssueCommand final : public QueueCommand {
public:
    QStringList path() const override
    {
        return {QStringLiteral("ticket"), QStringLiteral("issue")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate("TicketCommands",
            "Issue a waiting ticket for a purpose: its number and the people ahead");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("purpose"),
            QCoreApplication::translate("TicketCommands",
                "The queue purpose (A, B … as `counter list` and the purposes show)."),
            QCoreApplication::translate("TicketCommands", "PURPOSE")});
        parser.addOption({QStringLiteral("priority"),
            QCoreApplication::translate("TicketCommands",
                "ordinary (default), elderly (elderly or disabled), pregnant or appointment."),
            QCoreApplication::translate("TicketCommands", "CLASS"), QStringLiteral("ordinary")});
        parser.addOption({QStringLiteral("appointment-at"),
            QCoreApplication::translate(
                "TicketCommands", "The booked time today, HH:MM (with --priority appointment)."),
            QCoreApplication::translate("TicketCommands", "HH:MM")});
    }
    QStringList requiredOptions() const override
    {
        return {QStringLiteral("db"), QStringLiteral("purpose")};
    }

    int runWith(const QCommandLineParser& parser, storage::Database&, queue::TicketStore& store,
        Output& out) override
    {
        const auto priority = queue::classFromName(parser.value(QStringLiteral("priority")));
        if (!priority) {
            out.error(QCoreApplication::translate("TicketCommands", "unknown --priority '%1'")
                          .arg(parser.value(QStringLiteral("priority"))));
            return ExitUsage;
        }
        QDateTime appointmentAt;
        if (parser.isSet(QStringLiteral("appointment-at"))) {
            const QTime time = QTime::fromString(
                parser.value(QStringLiteral("appointment-at")), QStringLiteral("HH:mm"));
            if (!time.isValid()) {
                out.error(QCoreApplication::translate(
                    "TicketCommands", "--appointment-at wants HH:MM, not '%1'")
                              .arg(parser.value(QStringLiteral("appointment-at"))));
                return ExitUsage;
            }
            appointmentAt = QDateTime(Clock::system().today(), time);
        }
        if ((*priority == queue::PriorityClass::Appointment) != appointmentAt.isValid()) {
            out.error(QCoreApplication::translate("TicketCommands",
                "--appointment-at goes with --priority appointment, and only with it"));
            return ExitUsage;
        }
        auto issued
            = store.issue(parser.value(QStringLiteral("purpose")), *priority, appointmentAt);
        if (!issued)
            return failed(out, issued.error());
        auto purpose = store.purpose(issued->ticket.purpose);
        const QString name
            = purpose && purpose.value() ? purpose.value()->nameJa : issued->ticket.purpose;
        QJsonObject json = ticketJson(issued->ticket);
        json.insert(QStringLiteral("purpose_name"), name);
        json.insert(QStringLiteral("people_ahead"), issued->peopleAhead);
        out.result(json);
        out.line(QCoreApplication::translate("TicketCommands", "%1  %2  people ahead: %3")
                     .arg(issued->ticket.number, name)
                     .arg(issued->peopleAhead));
        return ExitOk;
    }
};

class TicketCallCommand final : public QueueCommand {
public:
    QStringList path() const override { return {QStringLiteral("ticket"), QStringLiteral("call")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "TicketCommands", "Call the next waiting ticket to a counter, and say why that one");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption(staffOption());
        parser.addOption({QStringLiteral("counter"),
            QCoreApplication::translate("TicketCommands", "The counter that calls."),
            QCoreApplication::translate("TicketCommands", "COUNTER")});
    }
    QStringList requiredOptions() const override
    {
        return {QStringLiteral("db"), QStringLiteral("counter")};
    }

    int runWith(const QCommandLineParser& parser, storage::Database& db, queue::TicketStore& store,
        Output& out) override
    {
        const auto staff = staffOf(parser, db, out);
        if (!staff)
            return ExitFailure;
        auto called = store.callNext(parser.value(QStringLiteral("counter")), *staff);
        if (!called)
            return failed(out, called.error());
        if (!called.value()) {
            out.result(QJsonValue());
            out.line(
                QCoreApplication::translate("TicketCommands", "Nobody is waiting for counter %1.")
                    .arg(parser.value(QStringLiteral("counter"))));
            return ExitOk;
        }
        QJsonObject json = ticketJson(called.value()->ticket);
        json.insert(QStringLiteral("why"), called.value()->why);
        out.result(json);
        out.line(QCoreApplication::translate("TicketCommands", "%1 to counter %2 (%3)")
                     .arg(called.value()->ticket.number, called.value()->ticket.counter,
                         called.value()->why));
        return ExitOk;
    }
};

// serve, done, no-show, hold, resume, redirect: one ticket of today, by number.
class TicketStepCommand final : public QueueCommand {
public:
    enum class Step { Serve, Done, NoShow, Hold, Resume, Redirect };
    explicit TicketStepCommand(Step step)
        : m_step(step)
    { }

    QStringList path() const override
    {
        static const char* const words[]
            = {"serve", "done", "no-show", "hold", "resume", "redirect"};
        return {QStringLiteral("ticket"), QLatin1String(words[int(m_step)])};
    }
    QString summary() const override
    {
        switch (m_step) {
        case Step::Serve:
            return QCoreApplication::translate("TicketCommands", "Start serving a called ticket");
        case Step::Done:
            return QCoreApplication::translate("TicketCommands", "Finish a ticket");
        case Step::NoShow:
            return QCoreApplication::translate(
                "TicketCommands", "Mark a called ticket as not shown");
        case Step::Hold:
            return QCoreApplication::translate("TicketCommands", "Put a ticket on hold");
        case Step::Resume:
            return QCoreApplication::translate(
                "TicketCommands", "Return a ticket on hold to the waiting, in its place");
        case Step::Redirect:
            break;
        }
        return QCoreApplication::translate(
            "TicketCommands", "Send a ticket to another purpose's queue, keeping its place");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption(staffOption());
        parser.addOption({QStringLiteral("ticket"),
            QCoreApplication::translate("TicketCommands", "Today's ticket number (A-012)."),
            QCoreApplication::translate("TicketCommands", "NUMBER")});
        if (m_step == Step::Redirect)
            parser.addOption({QStringLiteral("to"),
                QCoreApplication::translate("TicketCommands", "The purpose it goes to."),
                QCoreApplication::translate("TicketCommands", "PURPOSE")});
    }
    QStringList requiredOptions() const override
    {
        QStringList required{QStringLiteral("db"), QStringLiteral("ticket")};
        if (m_step == Step::Redirect)
            required << QStringLiteral("to");
        return required;
    }

    int runWith(const QCommandLineParser& parser, storage::Database& db, queue::TicketStore& store,
        Output& out) override
    {
        const QString number = parser.value(QStringLiteral("ticket"));
        auto found = store.findByNumber(Clock::system().today(), number);
        if (!found)
            return failed(out, found.error());
        if (!found.value()) {
            out.error(QCoreApplication::translate("TicketCommands", "there is no ticket %1 today")
                          .arg(number));
            return ExitFailure;
        }
        const auto staff = staffOf(parser, db, out);
        if (!staff)
            return ExitFailure;
        const qint64 id = found.value()->id;
        Result<queue::Ticket> changed = m_step == Step::Serve ? store.startServing(id, *staff)
            : m_step == Step::Done                            ? store.finish(id, *staff)
            : m_step == Step::NoShow                          ? store.noShow(id, *staff)
            : m_step == Step::Hold                            ? store.hold(id, *staff)
            : m_step == Step::Resume
            ? store.resume(id, *staff)
            : store.redirect(id, parser.value(QStringLiteral("to")), *staff);
        if (!changed)
            return failed(out, changed.error());
        out.result(ticketJson(changed.value()));
        if (m_step == Step::Redirect)
            out.line(
                QCoreApplication::translate("TicketCommands", "%1 is now %2 (its place is kept).")
                    .arg(number, changed->number));
        else
            out.line(QCoreApplication::translate("TicketCommands", "%1 is now %2.")
                         .arg(changed->number, queue::ticketStateName(changed->state)));
        return ExitOk;
    }

private:
    Step m_step;
};

class TicketListCommand final : public QueueCommand {
public:
    QStringList path() const override { return {QStringLiteral("ticket"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "TicketCommands", "List today's tickets and their states");
    }

protected:
    int runWith(const QCommandLineParser&, storage::Database&, queue::TicketStore& store,
        Output& out) override
    {
        auto tickets = store.ticketsOf(Clock::system().today());
        if (!tickets)
            return failed(out, tickets.error());
        QJsonArray array;
        for (const queue::Ticket& t : tickets.value()) {
            array.append(ticketJson(t));
            out.line(
                QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(t.number, queue::className(t.priority), queue::ticketStateName(t.state),
                        t.issuedAt.toLocalTime().toString(QStringLiteral("HH:mm")), t.counter));
        }
        out.result(array);
        return ExitOk;
    }
};

class CounterAddCommand final : public QueueCommand {
public:
    QStringList path() const override { return {QStringLiteral("counter"), QStringLiteral("add")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "TicketCommands", "Add a counter and the purposes it serves");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("id"),
            QCoreApplication::translate("TicketCommands", "The counter's id (1, 2 …)."),
            QCoreApplication::translate("TicketCommands", "ID")});
        parser.addOption({QStringLiteral("name"),
            QCoreApplication::translate("TicketCommands", "Its name (1番窓口)."),
            QCoreApplication::translate("TicketCommands", "NAME")});
        parser.addOption({QStringLiteral("purposes"),
            QCoreApplication::translate("TicketCommands", "The purposes it serves: A,B …"),
            QCoreApplication::translate("TicketCommands", "LIST")});
        parser.addOption({QStringLiteral("office"),
            QCoreApplication::translate("TicketCommands", "Its office (本庁, a branch)."),
            QCoreApplication::translate("TicketCommands", "OFFICE")});
    }
    QStringList requiredOptions() const override
    {
        return {QStringLiteral("db"), QStringLiteral("id"), QStringLiteral("name"),
            QStringLiteral("purposes")};
    }

    int runWith(const QCommandLineParser& parser, storage::Database&, queue::TicketStore& store,
        Output& out) override
    {
        queue::Counter counter{parser.value(QStringLiteral("id")),
            parser.value(QStringLiteral("name")), parser.value(QStringLiteral("office")),
            parser.value(QStringLiteral("purposes")).split(QLatin1Char(','), Qt::SkipEmptyParts),
            true};
        if (Status s = store.addCounter(counter); !s)
            return failed(out, s.error());
        out.result(QJsonObject{{QStringLiteral("id"), counter.id}});
        out.line(
            QCoreApplication::translate("TicketCommands", "Counter %1 added.").arg(counter.id));
        return ExitOk;
    }
};

class CounterListCommand final : public QueueCommand {
public:
    QStringList path() const override
    {
        return {QStringLiteral("counter"), QStringLiteral("list")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "TicketCommands", "List the counters and the purposes they serve");
    }

protected:
    int runWith(const QCommandLineParser&, storage::Database&, queue::TicketStore& store,
        Output& out) override
    {
        auto counters = store.counters();
        if (!counters)
            return failed(out, counters.error());
        QJsonArray array;
        for (const queue::Counter& c : counters.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                {QStringLiteral("office"), c.office},
                {QStringLiteral("purposes"), QJsonArray::fromStringList(c.purposes)},
                {QStringLiteral("active"), c.active}});
            out.line(QStringLiteral("%1  %2  %3  %4")
                         .arg(c.id, c.name, c.purposes.join(QLatin1Char(',')), c.office));
        }
        out.result(array);
        return ExitOk;
    }
};

} // namespace

void appendTicketCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<TicketIssueCommand>());
    commands.push_back(std::make_unique<TicketCallCommand>());
    for (auto step : {TicketStepCommand::Step::Serve, TicketStepCommand::Step::Done,
             TicketStepCommand::Step::NoShow, TicketStepCommand::Step::Hold,
             TicketStepCommand::Step::Resume, TicketStepCommand::Step::Redirect})
        commands.push_back(std::make_unique<TicketStepCommand>(step));
    commands.push_back(std::make_unique<TicketListCommand>());
    commands.push_back(std::make_unique<CounterAddCommand>());
    commands.push_back(std::make_unique<CounterListCommand>());
}

} // namespace madoguchi::cli
