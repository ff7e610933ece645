#include "deskbench.h"

#include "desksession.h"
#include "findpanel.h"
#include "homepage.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "registersamples.h"
#include "searchresultsmodel.h"
#include "storage/database.h"
#include "visitpage.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace madoguchi::desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeskBench)
};

QElapsedTimer& mainClock()
{
    static QElapsedTimer clock;
    return clock;
}

// Milliseconds since the kernel started this process; none when /proc
// cannot say.
std::optional<double> msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // After the command name in parentheses: state is field 3, starttime 22.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const double startTicks = double(fields[19].toULongLong(&ok));
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(ticksPerSecond);
}

double round1(double ms)
{
    return std::round(ms * 10.0) / 10.0;
}

// The nearest-rank percentile of sorted `values`.
double percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

// Types `text` into `edit` key by key, as a keyboard (or an IME committing
// each character) would.
void type(QLineEdit* edit, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(edit, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(edit, &release);
    }
}

bool findBoxReady(const QLineEdit* edit)
{
    return edit->isEnabled() && edit->isVisible() && edit->hasFocus();
}

} // namespace

void markMainEntered()
{
    mainClock().start();
}

Result<QJsonObject> runDeskBench(
    ui::MainWindow& window, const security::Session& session, const QString& terminal, int queries)
{
    // The database opened, the window made, the password checked.
    const qint64 mainToLogin = mainClock().isValid() ? mainClock().elapsed() : -1;
    ui::DeskSession desk(window, terminal);
    desk.setIdleInterval(std::chrono::milliseconds(0));
    desk.begin(session);
    window.activateWindow();

    ui::FindPanel* find = window.visitPage()->homePage()->findPanel();
    QLineEdit* box = find->queryEdit();
    {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(1);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&loop, box] {
            if (findBoxReady(box))
                loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!findBoxReady(box)) {
            poll.start();
            loop.exec();
        }
    }
    if (!findBoxReady(box))
        return Error{Text::tr("the Find box was not ready within a minute of the login")};
    const qint64 mainToSearch = mainClock().isValid() ? mainClock().elapsed() : -1;
    const std::optional<double> startToSearch = msSinceProcessStart();

    auto sample = sampleQueries(window.database(), queries, 20261126);
    if (!sample)
        return sample.error();

    QElapsedTimer clock;
    clock.start();
    qint64 started = -1;
    // The kind of each query (sampleQueries() takes them in turn); the
    // queries themselves are not printed: they name residents.
    const QStringList kinds{QStringLiteral("family_kana_prefix"), QStringLiteral("full_kana"),
        QStringLiteral("atena_no"), QStringLiteral("birth_date")};
    QString current;
    QString slowest;
    double slowestMs = -1;
    QList<double> times;
    QList<double> modelTimes;
    qint64 results = 0;
    bool done = false;
    QObject::connect(find, &ui::FindPanel::searchStarted, &window,
        [&started, &clock] { started = clock.nsecsElapsed(); });
    QObject::connect(find, &ui::FindPanel::searched, &window, [&](int count) {
        if (started < 0)
            return;
        modelTimes << double(clock.nsecsElapsed() - started) / 1e6;
        // On screen: the table painted with the new rows.
        find->resultsView()->viewport()->repaint();
        times << double(clock.nsecsElapsed() - started) / 1e6;
        if (times.last() > slowestMs) {
            slowestMs = times.last();
            slowest = current;
        }
        results += count;
        started = -1;
        done = true;
    });
    for (qsizetype i = 0; i < sample->size(); ++i) {
        const QString& query = sample->at(i);
        box->clear();
        done = false;
        current = kinds[i % kinds.size()];
        type(box, query);
        const QDeadlineTimer deadline(60000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!done)
            return Error{Text::tr("no search result within a minute (query %1, %2)")
                             .arg(i + 1)
                             .arg(current)};
    }

    std::ranges::sort(times);
    std::ranges::sort(modelTimes);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject search{
        {QStringLiteral("queries"), int(times.size())},
        {QStringLiteral("p50"), round1(percentile(times, 50))},
        {QStringLiteral("p95"), round1(percentile(times, 95))},
        {QStringLiteral("p99"), round1(percentile(times, 99))},
        {QStringLiteral("max"), round1(times.isEmpty() ? 0 : times.last())},
        {QStringLiteral("model_p50"), round1(percentile(modelTimes, 50))},
        {QStringLiteral("model_p95"), round1(percentile(modelTimes, 95))},
        {QStringLiteral("slowest_kind"), slowest},
        {QStringLiteral("mean_results"),
            times.isEmpty() ? 0 : round1(double(results) / double(times.size()))},
    };
    QJsonObject figures{
        {QStringLiteral("database"), window.database().location().displayName()},
        {QStringLiteral("search"), search},
        {QStringLiteral("peak_rss_mb"), round1(double(usage.ru_maxrss) / 1024.0)},
#ifdef NDEBUG
        {QStringLiteral("build"), QStringLiteral("release")},
#else
        {QStringLiteral("build"), QStringLiteral("debug")},
#endif
    };
    if (startToSearch)
        figures.insert(QStringLiteral("start_to_search_ms"), round1(*startToSearch));
    if (mainToLogin >= 0)
        figures.insert(QStringLiteral("main_to_login_ms"), double(mainToLogin));
    if (mainToSearch >= 0)
        figures.insert(QStringLiteral("main_to_search_ms"), double(mainToSearch));
    return figures;
}

} // namespace madoguchi::desk
