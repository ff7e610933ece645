#include "benchticketscommand.h"

#include "databaseoption.h"
#include "output.h"
#include "percentile.h"
#include "queue/ticketstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <optional>
#include <random>
#include <thread>
#include <vector>

namespace madoguchi::cli {
namespace {

using queue::PriorityClass;
using std::chrono::steady_clock;

// Issue #8's target for every queue operation.
constexpr double kTargetP99Ms = 10.0;

enum Operation { Issue, CallNext, Serve, Finish, OperationCount };
constexpr std::array<const char*, OperationCount> kOperationNames{
    "issue", "call_next", "serve", "finish"};

// What one kiosk or desk measured; merged after the run.
struct Measured {
    std::array<QList<double>, OperationCount> ms;
    QList<qint64> called; // the tickets a desk called
    QList<double> openMs; // a desk's opening (TicketStore::prepareCalls)
    int empty = 0; // calls with none waiting
    int errors = 0;
    QString firstError;

    void fail(const QString& message)
    {
        if (errors++ == 0)
            firstError = message;
    }
};

// Everything the threads share; start and end are written before `go`.
struct Run {
    QString location;
    int desks = 0;
    int kiosks = 0;
    int thinkMs = 0;
    double rate = 0; // tickets per second over all kiosks
    QStringList purposes;
    QStringList counters;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    steady_clock::time_point start;
    steady_clock::time_point end;
};

double msSince(steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(steady_clock::now() - t0).count();
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// Opens this thread's own connection (nullptr when it fails, said in `into`).
std::unique_ptr<storage::Database> connect(Run& run, Measured& into)
{
    auto db = storage::Database::open(run.location, {.create = false, .migrate = false});
    if (!db) {
        into.fail(db.error().message);
        return nullptr;
    }
    return std::move(db.value());
}

// Says this thread is ready, then waits for the start.
void waitForStart(Run& run)
{
    ++run.ready;
    while (!run.go.load(std::memory_order_acquire))
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

// A kiosk issues at a steady rate (rate / kiosks per second), cycling
// through the purposes; every seventh ticket is for an elderly visitor.
void runKiosk(Run& run, int kiosk, Measured& into)
{
    auto db = connect(run, into);
    waitForStart(run);
    if (!db)
        return;
    queue::TicketStore store(*db);
    const auto interval = std::chrono::duration_cast<steady_clock::duration>(
        std::chrono::duration<double>(double(run.kiosks) / run.rate));
    auto next = run.start + interval * kiosk / run.kiosks;
    for (int i = kiosk;; i += run.kiosks) {
        std::this_thread::sleep_until(next);
        if (steady_clock::now() >= run.end)
            return;
        const auto t0 = steady_clock::now();
        auto issued = store.issue(run.purposes.at(i % run.purposes.size()),
            i % 7 == 0 ? PriorityClass::Elderly : PriorityClass::Ordinary);
        into.ms[Issue] << msSince(t0);
        if (!issued)
            into.fail(issued.error().message);
        next = std::max(next + interval, steady_clock::now() - interval);
    }
}

// A desk loops call next → serve → finish with `thinkMs` after each step
// (and after a call that found nobody waiting).
void runDesk(Run& run, int desk, Measured& into)
{
    const QString& counter = run.counters.at(desk);
    auto db = connect(run, into);
    std::unique_ptr<queue::TicketStore> opened;
    if (db) {
        // As the desk program does when it opens (DeskTicket), before the
        // run: timed apart, since it is not an operation of the day.
        opened = std::make_unique<queue::TicketStore>(*db);
        const auto t0 = steady_clock::now();
        const Status ready = opened->prepareCalls(counter);
        into.openMs << msSince(t0);
        if (!ready)
            into.fail(ready.error().message);
    }
    waitForStart(run);
    if (!opened)
        return;
    queue::TicketStore& store = *opened;
    const QString staff = QStringLiteral("bench-staff-%1").arg(desk + 1, 2, 10, QLatin1Char('0'));
    // Each pause is drawn between half and one and a half think times: real
    // desks do not act in step, and 50 threads that sleep exactly alike
    // would all call at the same instant, every time (a burst no city has).
    std::mt19937 draws(static_cast<std::mt19937::result_type>(desk + 1));
    std::uniform_int_distribution<int> pause(run.thinkMs / 2, run.thinkMs + run.thinkMs / 2);
    const auto think
        = [&] { std::this_thread::sleep_for(std::chrono::milliseconds(pause(draws))); };
    const auto timed = [&](Operation op, auto&& call) {
        const auto t0 = steady_clock::now();
        auto result = call();
        into.ms[op] << msSince(t0);
        if (!result)
            into.fail(result.error().message);
        return result;
    };
    while (steady_clock::now() < run.end) {
        auto called = timed(CallNext, [&] { return store.callNext(counter, staff); });
        if (!called || !called.value()) {
            if (called)
                ++into.empty;
            think();
            continue;
        }
        const qint64 id = called.value()->ticket.id;
        into.called << id;
        think();
        if (!timed(Serve, [&] { return store.startServing(id, staff); })) {
            think();
            continue;
        }
        think();
        (void)timed(Finish, [&] { return store.finish(id, staff); });
        think();
    }
}

Result<qint64> scalar(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto rows = storage::exec(db.sql(), sql, values, QStringLiteral("bench tickets"));
    if (!rows)
        return rows.error();
    const qint64 value = rows->next() ? rows->value(0).toLongLong() : 0;
    rows->finish();
    return value;
}

// PostgreSQL counts rolled back transactions per database; callNext rolls
// back exactly when another desk took its choice first (or on an error).
// A backend's counts reach the statistics when it exits, so this first
// waits until no other connection is left on the database. SQLite keeps no
// such count: nullopt.
std::optional<qint64> rollbacks(storage::Database& db)
{
    if (db.engine() != storage::Engine::PostgreSql)
        return std::nullopt;
    for (int i = 0; i < 200; ++i) {
        auto others = scalar(db,
            QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                           "current_database() AND pid <> pg_backend_pid()"));
        if (!others || others.value() == 0)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (!scalar(db, QStringLiteral("SELECT 0 FROM (SELECT pg_stat_clear_snapshot()) s")))
        return std::nullopt;
    auto count = scalar(db,
        QStringLiteral(
            "SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()"));
    return count ? std::optional<qint64>(count.value()) : std::nullopt;
}

// Counters bench-01 … bench-NN serving every active purpose; the ones a
// previous run added are used again.
Status setUpCounters(queue::TicketStore& store, Run& run)
{
    auto purposes = store.purposes();
    if (!purposes)
        return purposes.error();
    for (const queue::QueuePurpose& p : purposes.value())
        if (p.active)
            run.purposes << p.id;
    if (run.purposes.isEmpty())
        return Error{QCoreApplication::translate(
            "BenchTickets", "the database has no active queue purpose to issue tickets for")};
    for (int d = 0; d < run.desks; ++d) {
        const QString id = QStringLiteral("bench-%1").arg(d + 1, 2, 10, QLatin1Char('0'));
        run.counters << id;
        auto existing = store.counter(id);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            if (!existing.value()->active)
                return Error{QCoreApplication::translate(
                    "BenchTickets", "counter %1 exists and is not active")
                                 .arg(id)};
            continue;
        }
        if (Status s = store.addCounter(
                {id, QCoreApplication::translate("BenchTickets", "bench desk %1").arg(d + 1),
                    QStringLiteral("bench"), run.purposes, true});
            !s)
            return s;
    }
    return {};
}

// One line of the table: count, p50, p95, p99 and max in ms.
QString tableRow(const QString& name, const QList<double>& ms)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(name.leftJustified(9))
        .arg(ms.size(), 7)
        .arg(percentile(ms, 0.5), 8, 'f', 2)
        .arg(percentile(ms, 0.95), 8, 'f', 2)
        .arg(percentile(ms, 0.99), 8, 'f', 2)
        .arg(percentile(ms, 1.0), 8, 'f', 2);
}

QJsonObject figures(const QList<double>& ms)
{
    return QJsonObject{{QStringLiteral("count"), int(ms.size())},
        {QStringLiteral("p50_ms"), round3(percentile(ms, 0.5))},
        {QStringLiteral("p95_ms"), round3(percentile(ms, 0.95))},
        {QStringLiteral("p99_ms"), round3(percentile(ms, 0.99))},
        {QStringLiteral("max_ms"), round3(percentile(ms, 1.0))}};
}

bool readCount(const QCommandLineParser& parser, const QString& name, int low, int high, int& value,
    Output& out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    value = parser.value(name).toInt(&ok);
    if (ok && value >= low && value <= high)
        return true;
    out.error(QCoreApplication::translate(
        "BenchTickets", "--%1 must be a whole number from %2 to %3, not '%4'")
                  .arg(name)
                  .arg(low)
                  .arg(high)
                  .arg(parser.value(name)));
    return false;
}

} // namespace

QString BenchTicketsCommand::summary() const
{
    return QCoreApplication::translate("BenchTickets",
        "Load-test the queue: kiosks issuing and desks calling at once, latency per operation");
}

void BenchTicketsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("desks"),
        QCoreApplication::translate("BenchTickets", "Desks calling at once (default 50)."),
        QCoreApplication::translate("BenchTickets", "N")});
    parser.addOption({QStringLiteral("kiosks"),
        QCoreApplication::translate("BenchTickets", "Kiosks issuing at once (default 4)."),
        QCoreApplication::translate("BenchTickets", "N")});
    parser.addOption({QStringLiteral("seconds"),
        QCoreApplication::translate("BenchTickets", "Length of the run (default 20)."),
        QCoreApplication::translate("BenchTickets", "S")});
    parser.addOption({QStringLiteral("think-ms"),
        QCoreApplication::translate(
            "BenchTickets", "A desk's pause after each step, in milliseconds (default 100)."),
        QCoreApplication::translate("BenchTickets", "MS")});
    parser.addOption({QStringLiteral("rate"),
        QCoreApplication::translate("BenchTickets",
            "Tickets issued per second over all kiosks (default desks × 300 / think-ms)."),
        QCoreApplication::translate("BenchTickets", "N")});
}

int BenchTicketsCommand::run(const QCommandLineParser& parser, Output& out)
{
    Run run;
    int seconds = 20;
    run.desks = 50;
    run.kiosks = 4;
    run.thinkMs = 100;
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("BenchTickets",
            "usage: bench tickets --db LOCATION [--desks N] [--kiosks N] [--seconds S] "
            "[--think-ms MS] [--rate N]"));
        return ExitUsage;
    }
    if (!readCount(parser, QStringLiteral("desks"), 1, 99, run.desks, out)
        || !readCount(parser, QStringLiteral("kiosks"), 1, 50, run.kiosks, out)
        || !readCount(parser, QStringLiteral("seconds"), 1, 3600, seconds, out)
        || !readCount(parser, QStringLiteral("think-ms"), 0, 60000, run.thinkMs, out))
        return ExitUsage;
    // About what the desks take: each finishes a ticket every three pauses.
    int rate = std::max(1, run.desks * 300 / std::max(run.thinkMs, 10));
    if (!readCount(parser, QStringLiteral("rate"), 1, 100000, rate, out))
        return ExitUsage;
    run.rate = rate;
    run.location = parser.value(QStringLiteral("db"));

    auto db = storage::Database::open(run.location, {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    storage::Database& setup = *db.value();
    queue::TicketStore store(setup);
    if (Status s = setUpCounters(store, run); !s) {
        out.error(s.error().message);
        return ExitFailure;
    }
    auto firstNew = scalar(setup, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM tickets"));
    if (!firstNew) {
        out.error(firstNew.error().message);
        return ExitFailure;
    }
    const std::optional<qint64> rollbacksBefore = rollbacks(setup);

    // One thread and one connection per kiosk and per desk.
    std::vector<Measured> measured(size_t(run.kiosks + run.desks));
    std::vector<std::thread> threads;
    for (int k = 0; k < run.kiosks; ++k)
        threads.emplace_back(runKiosk, std::ref(run), k, std::ref(measured[size_t(k)]));
    for (int d = 0; d < run.desks; ++d)
        threads.emplace_back(runDesk, std::ref(run), d, std::ref(measured[size_t(run.kiosks + d)]));
    while (run.ready.load() < run.kiosks + run.desks)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    run.start = steady_clock::now() + std::chrono::milliseconds(50);
    run.end = run.start + std::chrono::seconds(seconds);
    run.go.store(true, std::memory_order_release);
    for (std::thread& t : threads)
        t.join();

    Measured all;
    QSet<qint64> called;
    QSet<qint64> twice;
    for (const Measured& m : measured) {
        for (int op = 0; op < OperationCount; ++op)
            all.ms[size_t(op)] << m.ms[size_t(op)];
        all.openMs << m.openMs;
        for (qint64 id : m.called)
            if (called.contains(id))
                twice.insert(id);
            else
                called.insert(id);
        all.empty += m.empty;
        if (m.errors > 0 && all.errors == 0)
            all.firstError = m.firstError;
        all.errors += m.errors;
    }
    // The history as the database wrote it: a ticket of this run with two
    // 'called' rows (the bench never puts a ticket back among the waiting).
    auto doubled = storage::exec(setup.sql(),
        QStringLiteral("SELECT ticket_id FROM ticket_history WHERE ticket_id > ? AND to_state = "
                       "'called' GROUP BY ticket_id HAVING COUNT(*) > 1"),
        {firstNew.value()}, QStringLiteral("bench tickets"));
    if (!doubled) {
        out.error(doubled.error().message);
        return ExitFailure;
    }
    while (doubled->next())
        twice.insert(doubled->value(0).toLongLong());
    doubled->finish();
    auto issued = scalar(
        setup, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id > ?"), {firstNew.value()});
    auto finished = scalar(setup,
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id > ? AND state = 'done'"),
        {firstNew.value()});
    if (!issued || !finished) {
        out.error((issued ? finished.error() : issued.error()).message);
        return ExitFailure;
    }
    const std::optional<qint64> rollbacksAfter = rollbacks(setup);
    const std::optional<qint64> claimsLost = rollbacksBefore && rollbacksAfter
        ? std::optional<qint64>(*rollbacksAfter - *rollbacksBefore - all.errors)
        : std::nullopt;

    const QString engine = setup.engine() == storage::Engine::Sqlite ? QStringLiteral("sqlite")
                                                                     : QStringLiteral("postgresql");
    out.line(QCoreApplication::translate(
        "BenchTickets", "bench tickets on %1: %2 desks, %3 kiosks, %4 s, think %5 ms, %6 tickets/s")
                 .arg(engine)
                 .arg(run.desks)
                 .arg(run.kiosks)
                 .arg(seconds)
                 .arg(run.thinkMs)
                 .arg(rate));
    out.line(QCoreApplication::translate(
        "BenchTickets", "operation   count   p50 ms   p95 ms   p99 ms   max ms"));
    QJsonObject operations;
    double worstP99 = 0;
    QString worst;
    for (int op = 0; op < OperationCount; ++op) {
        const QList<double>& ms = all.ms[size_t(op)];
        const QString name = QString::fromLatin1(kOperationNames[size_t(op)]);
        const double p99 = percentile(ms, 0.99);
        if (p99 >= worstP99) {
            worstP99 = p99;
            worst = name;
        }
        out.line(tableRow(name, ms));
        operations.insert(name, figures(ms));
    }
    out.line(QCoreApplication::translate("BenchTickets",
        "before the run, not a queue operation (a desk readying its calls as it opens):"));
    out.line(tableRow(QStringLiteral("open_desk"), all.openMs));
    const bool withinTarget = worstP99 <= kTargetP99Ms;
    out.line(QCoreApplication::translate("BenchTickets",
        "tickets issued %1, called %2, finished %3; calls with nobody waiting %4; errors %5")
                 .arg(issued.value())
                 .arg(called.size())
                 .arg(finished.value())
                 .arg(all.empty)
                 .arg(all.errors));
    out.line(
        QCoreApplication::translate(
            "BenchTickets", "claims lost to another desk: %1; tickets called twice: %2")
            .arg(claimsLost ? QString::number(*claimsLost)
                            : QCoreApplication::translate("BenchTickets", "not counted on SQLite"))
            .arg(twice.size()));
    out.line(QCoreApplication::translate("BenchTickets", "target p99 ≤ %1 ms: %2 (worst: %3 %4 ms)")
                 .arg(kTargetP99Ms, 0, 'f', 0)
                 .arg(withinTarget ? QCoreApplication::translate("BenchTickets", "met")
                                   : QCoreApplication::translate("BenchTickets", "NOT met"))
                 .arg(worst)
                 .arg(worstP99, 0, 'f', 2));
    if (all.errors > 0)
        out.error(QCoreApplication::translate("BenchTickets", "%1 operations failed; the first: %2")
                      .arg(all.errors)
                      .arg(all.firstError));
    out.result(QJsonObject{{QStringLiteral("engine"), engine}, {QStringLiteral("desks"), run.desks},
        {QStringLiteral("kiosks"), run.kiosks}, {QStringLiteral("seconds"), seconds},
        {QStringLiteral("think_ms"), run.thinkMs}, {QStringLiteral("rate"), rate},
        {QStringLiteral("operations"), operations},
        {QStringLiteral("open_desk"), figures(all.openMs)},
        {QStringLiteral("tickets"),
            QJsonObject{{QStringLiteral("issued"), issued.value()},
                {QStringLiteral("called"), int(called.size())},
                {QStringLiteral("finished"), finished.value()}}},
        {QStringLiteral("calls_empty"), all.empty}, {QStringLiteral("errors"), all.errors},
        {QStringLiteral("claims_lost"),
            claimsLost ? QJsonValue(double(*claimsLost)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("called_twice"), int(twice.size())},
        {QStringLiteral("target_p99_ms"), kTargetP99Ms},
        {QStringLiteral("within_target"), withinTarget}});
    return twice.isEmpty() && all.errors == 0 ? ExitOk : ExitFailure;
}

} // namespace madoguchi::cli
