#include "benchsearchcommand.h"

#include "benchqueries.h"
#include "databaseoption.h"
#include "output.h"
#include "registry/residentsearch.h"
#include "registry/searchkeys.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "text/dateformat.h"
#include "text/folding.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace madoguchi::cli {
namespace {

constexpr int kDefaultQueries = 200;
constexpr int kDefaultBaseline = 5;

struct Timings {
    QList<double> ms;
    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        // Nearest rank: the smallest value with at least p of the values at or below it.
        const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }
};

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// LIKE pattern for a plain substring: %, _ and \ lose their meaning.
QString contains(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The naive search: every word as LIKE '%word%' over the text columns of
// persons and households and the former addresses, ANDed, every row
// examined (COUNT, no LIMIT).
// Words get only what a naive box would do: a date as ISO, kana as katakana.
Result<qint64> naiveSearch(QSqlDatabase& db, const QString& query)
{
    static const QStringList columns{QStringLiteral("p.name_kana"), QStringLiteral("p.name_kanji"),
        QStringLiteral("p.birth_date"), QStringLiteral("p.atena_no"),
        QStringLiteral("p.resident_code"), QStringLiteral("h.setai_no"),
        QStringLiteral("h.address"), QStringLiteral("h.katagaki")};
    QStringList conditions;
    QVariantList values;
    for (const QString& raw : text::splitName(query)) {
        QString word = registry::spellingKey(raw);
        if (auto date = text::parseJapaneseDate(raw); date && date->isExact())
            word = *text::formatIso(date.value());
        QStringList any;
        for (const QString& column : columns) {
            any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << contains(word);
        }
        any << QStringLiteral(
            "EXISTS (SELECT 1 FROM address_history a WHERE a.person_id = p.id "
            "AND (a.address LIKE ? ESCAPE '\\' OR a.katagaki LIKE ? ESCAPE '\\'))");
        values << contains(word) << contains(word);
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    auto q = storage::exec(db,
        QStringLiteral("SELECT COUNT(*) FROM persons p JOIN households h ON h.id = p.household_id "
                       "WHERE p.status = 'resident' AND ")
            + conditions.join(QStringLiteral(" AND ")),
        values, QCoreApplication::translate("BenchSearchCommand", "running the naive search"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int fallback,
    int min, int max, Output& out)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        out.error(QCoreApplication::translate(
            "BenchSearchCommand", "--%1 must be a whole number from %2 to %3, not '%4'")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

} // namespace

QString BenchSearchCommand::summary() const
{
    return QCoreApplication::translate(
        "BenchSearchCommand", "Time the search on a fixed mix of queries against a naive baseline");
}

void BenchSearchCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("queries"),
        QCoreApplication::translate(
            "BenchSearchCommand", "Queries per class for the search (default 200)."),
        QCoreApplication::translate("BenchSearchCommand", "N")});
    parser.addOption({QStringLiteral("baseline-queries"),
        QCoreApplication::translate("BenchSearchCommand",
            "Of those, how many per class also run through the naive baseline (default 5)."),
        QCoreApplication::translate("BenchSearchCommand", "M")});
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate(
            "BenchSearchCommand", "The seed that draws the queries (default 1)."),
        QCoreApplication::translate("BenchSearchCommand", "S")});
}

int BenchSearchCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("BenchSearchCommand",
            "--db LOCATION is required (an SQLite file or a postgresql:// URL)"));
        return ExitUsage;
    }
    const auto perClass
        = intOption(parser, QStringLiteral("queries"), kDefaultQueries, 1, 100'000, out);
    const auto baseline
        = intOption(parser, QStringLiteral("baseline-queries"), kDefaultBaseline, 0, 100'000, out);
    const auto seed = intOption(parser, QStringLiteral("seed"), 1, 0, 1'000'000'000, out);
    if (!perClass || !baseline || !seed)
        return ExitUsage;
    auto opened = storage::Database::open(parser.value(QStringLiteral("db")), {false, true});
    if (!opened) {
        out.error(opened.error().message);
        return ExitFailure;
    }
    storage::Database& database = *opened.value();
    auto drawn = drawBenchQueries(database.sql(), *perClass, std::uint64_t(*seed));
    if (!drawn) {
        out.error(drawn.error().message);
        return ExitFailure;
    }
    registry::ResidentSearch search(database);
    const registry::SearchActor actor{
        QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench"),
        QStringLiteral("console")};
    // One untimed pass first: the desk is a long-running process with a warm cache.
    for (const BenchQuery& q : drawn.value())
        if (auto r = search.search(q.text, actor); !r) {
            out.error(r.error().message);
            return ExitFailure;
        }
    QList<Timings> service(kQueryClassCount), naive(kQueryClassCount);
    QList<qint64> results(kQueryClassCount, 0);
    QList<int> baselineDone(kQueryClassCount, 0);
    QElapsedTimer timer;
    for (const BenchQuery& q : drawn.value()) {
        const int c = int(q.queryClass);
        timer.start();
        const auto found = search.search(q.text, actor);
        service[c].ms << double(timer.nsecsElapsed()) / 1e6;
        results[c] += found ? found->size() : 0;
        if (baselineDone[c] < *baseline) {
            out.progress(QCoreApplication::translate("BenchSearchCommand", "Baseline: %1 %2")
                             .arg(queryClassName(q.queryClass))
                             .arg(baselineDone[c] + 1));
            timer.start();
            if (auto n = naiveSearch(database.sql(), q.text); !n) {
                out.error(n.error().message);
                return ExitFailure;
            }
            naive[c].ms << double(timer.nsecsElapsed()) / 1e6;
            ++baselineDone[c];
        }
    }
    out.endProgress();

    QJsonArray classes;
    out.line(QCoreApplication::translate("BenchSearchCommand",
        "class              queries   p50 ms   p95 ms   p99 ms | baseline p50 ms   speed-up"));
    for (int c = 0; c < kQueryClassCount; ++c) {
        const Timings& s = service.at(c);
        const Timings& b = naive.at(c);
        const double p50 = s.percentile(0.50);
        const double ratio = p50 > 0 && !b.ms.isEmpty() ? b.percentile(0.50) / p50 : 0;
        classes.append(QJsonObject{
            {QStringLiteral("class"), queryClassName(QueryClass(c))},
            {QStringLiteral("queries"), s.ms.size()},
            {QStringLiteral("results_per_query"),
                s.ms.isEmpty() ? 0.0 : round3(double(results.at(c)) / double(s.ms.size()))},
            {QStringLiteral("p50_ms"), round3(p50)},
            {QStringLiteral("p95_ms"), round3(s.percentile(0.95))},
            {QStringLiteral("p99_ms"), round3(s.percentile(0.99))},
            {QStringLiteral("max_ms"), round3(s.percentile(1.0))},
            {QStringLiteral("baseline"),
                QJsonObject{{QStringLiteral("queries"), b.ms.size()},
                    {QStringLiteral("p50_ms"), round3(b.percentile(0.50))},
                    {QStringLiteral("p95_ms"), round3(b.percentile(0.95))},
                    {QStringLiteral("p99_ms"), round3(b.percentile(0.99))}}},
            {QStringLiteral("speedup_p50"), std::round(ratio * 10) / 10},
        });
        out.line(QStringLiteral("%1 %2 %3 %4 %5 | %6 %7×")
                     .arg(queryClassName(QueryClass(c)).leftJustified(18))
                     .arg(s.ms.size(), 7)
                     .arg(p50, 8, 'f', 3)
                     .arg(s.percentile(0.95), 8, 'f', 3)
                     .arg(s.percentile(0.99), 8, 'f', 3)
                     .arg(b.percentile(0.50), 15, 'f', 1)
                     .arg(ratio, 9, 'f', 0));
    }
    const qint64 rss = peakRssKiB();
    out.line(QCoreApplication::translate("BenchSearchCommand", "peak RSS: %1 MiB, engine: %2")
                 .arg(double(rss) / 1024.0, 0, 'f', 1)
                 .arg(database.engine() == storage::Engine::Sqlite ? QStringLiteral("sqlite")
                                                                   : QStringLiteral("postgresql")));
    out.result(QJsonObject{
        {QStringLiteral("database"), database.location().displayName()},
        {QStringLiteral("engine"),
            database.engine() == storage::Engine::Sqlite ? QStringLiteral("sqlite")
                                                         : QStringLiteral("postgresql")},
        {QStringLiteral("seed"), *seed},
        {QStringLiteral("queries_per_class"), *perClass},
        {QStringLiteral("baseline_queries_per_class"), *baseline},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("peak_rss_kib"), rss},
    });
    return ExitOk;
}

} // namespace madoguchi::cli
