#include "benchchecklistcommand.h"

#include "catalog/catalogloader.h"
#include "catalog/cataloglocation.h"
#include "catalog/checklist.h"
#include "catalog/checklistinput.h"
#include "catalog/contextderivation.h"
#include "catalog/interviewsession.h"
#include "catalogcommands.h"
#include "output.h"
#include "percentile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace madoguchi::cli {
namespace {

constexpr int kDefaultRuns = 2000;
constexpr int kWarmUp = 50;
constexpr int kLoads = 20;

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QJsonObject member(const char* id, const char* name, const char* kana, const char* birth, int sex,
    const char* relationship, const char* insurance, const char* kaigo, const char* nenkin,
    bool recipient, bool card, bool disability, bool dog)
{
    return {{QStringLiteral("id"), QString::fromUtf8(id)},
        {QStringLiteral("name_kanji"), QString::fromUtf8(name)},
        {QStringLiteral("name_kana"), QString::fromUtf8(kana)},
        {QStringLiteral("birth_date"), QString::fromUtf8(birth)}, {QStringLiteral("sex"), sex},
        {QStringLiteral("relationship"), QString::fromUtf8(relationship)},
        {QStringLiteral("nationality"), QStringLiteral("日本")}, {QStringLiteral("moving"), false},
        {QStringLiteral("insurance"), QString::fromUtf8(insurance)},
        {QStringLiteral("kaigo"), QString::fromUtf8(kaigo)},
        {QStringLiteral("nenkin_category"), QString::fromUtf8(nenkin)},
        {QStringLiteral("jidou_teate_recipient"), recipient},
        {QStringLiteral("mynumber_card"), card},
        {QStringLiteral("disability_certificate"), disability}, {QStringLiteral("koumuin"), false},
        {QStringLiteral("dog_owner"), dog}};
}

// The fixed household: a couple in their forties, three children in high,
// junior high and elementary school, and a grandmother of 77 with a care
// certification; every life event of the built-in catalog on 2025-11-20.
QJsonObject benchContext(const QString& type)
{
    QJsonArray members{
        member("m1", "山田 太郎", "ヤマダ タロウ", "1980-05-10", 1, "世帯主", "kokuho", "none", "1",
            true, true, false, true),
        member("m2", "山田 花子", "ヤマダ ハナコ", "1982-08-21", 2, "妻", "kokuho", "none", "1",
            false, true, false, false),
        member("m3", "山田 一郎", "ヤマダ イチロウ", "2008-06-01", 1, "子", "kokuho", "none",
            "none", false, false, false, false),
        member("m4", "山田 次郎", "ヤマダ ジロウ", "2011-09-15", 1, "子", "kokuho", "none", "none",
            false, false, false, false),
        member("m5", "山田 三郎", "ヤマダ サブロウ", "2017-03-03", 1, "子", "kokuho", "none",
            "none", false, false, false, false),
        member("m6", "山田 ウメ", "ヤマダ ウメ", "1948-01-20", 2, "母", "kouki", "certified",
            "recipient", false, true, true, false),
    };
    QJsonObject event{
        {QStringLiteral("type"), type}, {QStringLiteral("date"), QStringLiteral("2025-11-20")}};
    const bool moves = type == QLatin1String("tennyu") || type == QLatin1String("tenshutsu")
        || type == QLatin1String("tenkyo");
    if (moves)
        for (qsizetype i = 0; i < members.size(); ++i) {
            QJsonObject m = members.at(i).toObject();
            m[QStringLiteral("moving")] = true;
            members[i] = m;
        }
    if (type == QLatin1String("tennyu")) {
        event[QStringLiteral("planned_move_out_date")] = QStringLiteral("2025-11-15");
        event[QStringLiteral("from_prefecture_code")] = QStringLiteral("27");
        event[QStringLiteral("inkan_touroku")]
            = QJsonArray{QStringLiteral("m1"), QStringLiteral("m2")};
    } else if (type == QLatin1String("tenshutsu")) {
        event[QStringLiteral("leaves_prefecture")] = true;
        event[QStringLiteral("inkan_registered")] = QJsonArray{QStringLiteral("m1")};
    } else if (type == QLatin1String("shussei")) {
        members[4] = member("m5", "山田 桜", "ヤマダ サクラ", "2025-11-20", 2, "子", "none", "none",
            "none", false, false, false, false);
        event[QStringLiteral("subject")] = QStringLiteral("m5");
        event[QStringLiteral("mother")] = QStringLiteral("m2");
    } else if (type == QLatin1String("shibou")) {
        event[QStringLiteral("subject")] = QStringLiteral("m6");
        event[QStringLiteral("funeral_date")] = QStringLiteral("2025-11-23");
        event[QStringLiteral("inkan_registered")] = QJsonArray{QStringLiteral("m6")};
    } else if (type == QLatin1String("konin")) {
        event[QStringLiteral("surname_change")] = QJsonArray{QStringLiteral("m2")};
        event[QStringLiteral("address_change")] = QStringLiteral("none");
    }
    return {{QStringLiteral("today"), QStringLiteral("2025-11-20")},
        {QStringLiteral("event"), event},
        {QStringLiteral("household"),
            QJsonObject{{QStringLiteral("head"), QStringLiteral("m1")},
                {QStringLiteral("address"), QStringLiteral("東京都みどり野市中央1-2-3")},
                {QStringLiteral("members"), members}}}};
}

} // namespace

QString BenchChecklistCommand::summary() const
{
    return QCoreApplication::translate("BenchChecklistCommand",
        "Time the checklist for a 6-member household per life event, and the catalog load");
}

void BenchChecklistCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("catalog"), catalogDirectoryHelp(),
        QCoreApplication::translate("BenchChecklistCommand", "DIR")});
    parser.addOption({QStringLiteral("runs"),
        QCoreApplication::translate(
            "BenchChecklistCommand", "Timed checklists per life event (default 2000)."),
        QCoreApplication::translate("BenchChecklistCommand", "N")});
}

int BenchChecklistCommand::run(const QCommandLineParser& parser, Output& out)
{
    int runs = kDefaultRuns;
    if (parser.isSet(QStringLiteral("runs"))) {
        bool ok = false;
        runs = parser.value(QStringLiteral("runs")).toInt(&ok);
        if (!ok || runs < 1 || runs > 1'000'000) {
            out.error(QCoreApplication::translate("BenchChecklistCommand",
                "--runs must be a whole number from 1 to 1000000, not '%1'")
                          .arg(parser.value(QStringLiteral("runs"))));
            return ExitUsage;
        }
    }
    const catalog::CatalogLocation location
        = catalog::locateCatalog(parser.value(QStringLiteral("catalog")));
    const auto catalog = openCatalog(location.directory, out);
    if (!catalog)
        return ExitFailure;

    QList<double> loads;
    QElapsedTimer timer;
    for (int i = 0; i < kLoads; ++i) {
        timer.start();
        const catalog::CatalogLoad load = catalog::loadCatalog(location.directory);
        loads.append(double(timer.nsecsElapsed()) / 1e6);
        Q_ASSERT(load.ok());
    }
    out.line(QCoreApplication::translate("BenchChecklistCommand",
        "catalog %1 (%2): load and validation p50 %3 ms, max %4 ms (%5 loads)")
                 .arg(location.directory, catalog::originName(location.origin))
                 .arg(percentile(loads, 0.5), 0, 'f', 2)
                 .arg(percentile(loads, 1.0), 0, 'f', 2)
                 .arg(kLoads));
    out.line(QCoreApplication::translate("BenchChecklistCommand",
        "event        runs  applies  not applicable   p50 ms   p95 ms   p99 ms   max ms  check p50 "
        "ms"));
    QJsonArray events;
    for (const catalog::LifeEvent& e : catalog->events) {
        // The desk checks a context once, then derives and evaluates it for
        // each checklist; the check of an input is timed apart.
        const QJsonObject input = benchContext(e.id);
        const auto checked = catalog::checkContext(*catalog, input, QStringLiteral("bench"));
        if (!checked) {
            out.error(checked.error().message);
            return ExitFailure;
        }
        qsizetype applies = 0, notApplicable = 0, questions = 0;
        QList<double> times, checks;
        times.reserve(runs);
        for (int i = -kWarmUp; i < runs; ++i) {
            // What the desk does per visit: derive, the checklist, every
            // form pre-filled and the merged interview (fillForms()).
            timer.start();
            const auto forms
                = catalog::fillForms(*catalog, catalog::deriveContext(checked.value()));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!forms) {
                out.error(forms.error().message);
                return ExitFailure;
            }
            const catalog::Checklist* list = &forms->checklist;
            questions = forms->interview.size();
            timer.start();
            const bool checkedAgain
                = catalog::checkContext(*catalog, input, QStringLiteral("bench")).ok();
            const double checkMs = double(timer.nsecsElapsed()) / 1e6;
            Q_ASSERT(checkedAgain);
            Q_UNUSED(checkedAgain);
            if (i >= 0) {
                times.append(ms);
                checks.append(checkMs);
            }
            applies = list->applies.size();
            notApplicable = list->notApplicable.size();
        }
        out.line(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(e.id.leftJustified(10))
                     .arg(runs, 7)
                     .arg(applies, 8)
                     .arg(notApplicable, 15)
                     .arg(percentile(times, 0.50), 8, 'f', 3)
                     .arg(percentile(times, 0.95), 8, 'f', 3)
                     .arg(percentile(times, 0.99), 8, 'f', 3)
                     .arg(percentile(times, 1.0), 8, 'f', 3)
                     .arg(percentile(checks, 0.50), 12, 'f', 3));
        events.append(QJsonObject{{QStringLiteral("event"), e.id}, {QStringLiteral("runs"), runs},
            {QStringLiteral("applies"), applies}, {QStringLiteral("not_applicable"), notApplicable},
            {QStringLiteral("interview_questions"), questions},
            {QStringLiteral("p50_ms"), round3(percentile(times, 0.50))},
            {QStringLiteral("p95_ms"), round3(percentile(times, 0.95))},
            {QStringLiteral("p99_ms"), round3(percentile(times, 0.99))},
            {QStringLiteral("max_ms"), round3(percentile(times, 1.0))},
            {QStringLiteral("input_check_p50_ms"), round3(percentile(checks, 0.50))},
            {QStringLiteral("input_check_p99_ms"), round3(percentile(checks, 0.99))}});
    }
    out.result(QJsonObject{{QStringLiteral("catalog"), location.directory},
        {QStringLiteral("origin"), catalog::originName(location.origin)},
        {QStringLiteral("members"), 6},
        {QStringLiteral("load_ms"),
            QJsonObject{{QStringLiteral("loads"), kLoads},
                {QStringLiteral("p50"), round3(percentile(loads, 0.5))},
                {QStringLiteral("max"), round3(percentile(loads, 1.0))}}},
        {QStringLiteral("events"), events}});
    return ExitOk;
}

} // namespace madoguchi::cli
