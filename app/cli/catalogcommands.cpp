#include "catalogcommands.h"

#include "catalog/catalogcases.h"
#include "catalog/catalogloader.h"
#include "catalog/cataloglocation.h"
#include "catalog/checklistjson.h"
#include "output.h"
#include "translator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace madoguchi::cli {
namespace {

QJsonArray problemsToJson(const QList<catalog::CatalogProblem>& problems)
{
    QJsonArray list;
    for (const catalog::CatalogProblem& p : problems)
        list.append(QJsonObject{{QStringLiteral("file"), p.file},
            {QStringLiteral("pointer"), p.pointer}, {QStringLiteral("message"), p.message}});
    return list;
}

// The directory argument: DIR, or empty for the lookup order. More than one is wrong usage.
std::optional<QString> directoryArgument(const QCommandLineParser& parser, Output& out)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        out.error(QCoreApplication::translate("CatalogCommands", "give at most one DIR"));
        return std::nullopt;
    }
    return args.value(0);
}

QString language()
{
    return languageFromLocale(QLocale::system().name());
}

QString memberLabel(const QString& member)
{
    return member.isEmpty() ? QCoreApplication::translate("CatalogCommands", "household") : member;
}

QString deadlineText(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QCoreApplication::translate("CatalogCommands", "none");
}

} // namespace

std::shared_ptr<const catalog::Catalog> openCatalog(const QString& directory, Output& out)
{
    const catalog::CatalogLocation location = catalog::locateCatalog(directory);
    catalog::CatalogLoad load = catalog::loadCatalog(location.directory);
    for (const catalog::CatalogProblem& p : load.problems)
        out.error(p.text());
    if (!load.ok())
        out.error(QCoreApplication::translate("CatalogCommands",
            "the catalog %1 (%2) has %n problem(s)", nullptr, int(load.problems.size()))
                      .arg(location.directory, catalog::originName(location.origin)));
    return load.catalog;
}

QString catalogDirectoryHelp()
{
    return QCoreApplication::translate("CatalogCommands",
        "The catalog folder (default: MADOGUCHI_CATALOG, the setting catalog/directory, "
        "else the built-in catalog).");
}

QString CatalogValidateCommand::summary() const
{
    return QCoreApplication::translate(
        "CatalogCommands", "Check a catalog folder and its cases; report every problem");
}

void CatalogValidateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("DIR"), catalogDirectoryHelp(), QStringLiteral("[DIR]"));
}

int CatalogValidateCommand::run(const QCommandLineParser& parser, Output& out)
{
    const auto directory = directoryArgument(parser, out);
    if (!directory)
        return ExitUsage;
    const catalog::CatalogLocation location = catalog::locateCatalog(*directory);
    QElapsedTimer timer;
    timer.start();
    const catalog::CatalogLoad load = catalog::loadCatalog(location.directory);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    QList<catalog::CatalogProblem> problems = load.problems;
    qsizetype cases = 0;
    if (load.ok()) {
        catalog::Problems caseProblems;
        cases = catalog::readCases(location.directory, *load.catalog, caseProblems).size();
        problems += caseProblems.list();
    }
    for (const catalog::CatalogProblem& p : problems)
        out.error(p.text());
    QJsonObject result{{QStringLiteral("directory"), location.directory},
        {QStringLiteral("origin"), catalog::originName(location.origin)},
        {QStringLiteral("valid"), problems.isEmpty()},
        {QStringLiteral("problems"), problemsToJson(problems)},
        {QStringLiteral("load_ms"), std::round(loadMs * 1000) / 1000}};
    if (load.ok()) {
        qsizetype ids = 0;
        for (qsizetype i = 0; i < load.catalog->procedures.size(); ++i)
            ids += i == 0
                || load.catalog->procedures.at(i).id != load.catalog->procedures.at(i - 1).id;
        result.insert(QStringLiteral("counts"),
            QJsonObject{{QStringLiteral("systems"), load.catalog->systems.size()},
                {QStringLiteral("events"), load.catalog->events.size()},
                {QStringLiteral("parameters"), load.catalog->parameters.size()},
                {QStringLiteral("procedures"), ids},
                {QStringLiteral("procedure_versions"), load.catalog->procedures.size()},
                {QStringLiteral("cases"), cases},
                {QStringLiteral("certificate_types"), load.catalog->certificates.size()},
                {QStringLiteral("trusted_issuers"), load.catalog->issuers.size()}});
    }
    out.result(result);
    if (!problems.isEmpty()) {
        out.error(QCoreApplication::translate(
            "CatalogCommands", "%1 (%2): %n problem(s)", nullptr, int(problems.size()))
                      .arg(location.directory, catalog::originName(location.origin)));
        return ExitFailure;
    }
    const QJsonObject counts = result.value(QStringLiteral("counts")).toObject();
    out.line(QCoreApplication::translate("CatalogCommands",
        "%1 (%2) is valid: %3 systems, %4 life events, %5 parameters, %6 procedures (%7 "
        "versions), %8 cases, %9 certificate types, %10 trusted issuers; loaded and checked in "
        "%11 ms")
                 .arg(location.directory, catalog::originName(location.origin))
                 .arg(counts.value(QStringLiteral("systems")).toInt())
                 .arg(counts.value(QStringLiteral("events")).toInt())
                 .arg(counts.value(QStringLiteral("parameters")).toInt())
                 .arg(counts.value(QStringLiteral("procedures")).toInt())
                 .arg(counts.value(QStringLiteral("procedure_versions")).toInt())
                 .arg(counts.value(QStringLiteral("cases")).toInt())
                 .arg(counts.value(QStringLiteral("certificate_types")).toInt())
                 .arg(counts.value(QStringLiteral("trusted_issuers")).toInt())
                 .arg(loadMs, 0, 'f', 1));
    return ExitOk;
}

QString CatalogTestCommand::summary() const
{
    return QCoreApplication::translate(
        "CatalogCommands", "Run a catalog's example cases and show every difference");
}

void CatalogTestCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("DIR"), catalogDirectoryHelp(), QStringLiteral("[DIR]"));
}

int CatalogTestCommand::run(const QCommandLineParser& parser, Output& out)
{
    const auto directory = directoryArgument(parser, out);
    if (!directory)
        return ExitUsage;
    const auto catalog = openCatalog(*directory, out);
    if (!catalog)
        return ExitFailure;
    catalog::Problems problems;
    const QList<catalog::CatalogCase> cases
        = catalog::readCases(catalog->location, *catalog, problems);
    for (const catalog::CatalogProblem& p : problems.list())
        out.error(p.text());
    if (!problems.isEmpty())
        return ExitFailure;
    if (cases.isEmpty()) {
        out.error(QCoreApplication::translate("CatalogCommands", "%1 has no cases (cases/*.json)")
                      .arg(catalog->location));
        return ExitFailure;
    }

    const QString lang = language();
    QJsonArray results;
    int passed = 0;
    for (const catalog::CatalogCase& c : cases) {
        const catalog::CaseResult r = catalog::runCase(*catalog, c);
        passed += r.passed() ? 1 : 0;
        out.line((r.passed() ? QStringLiteral("PASS ") : QStringLiteral("FAIL ")) + r.id
            + QStringLiteral(" (") + r.file + QLatin1Char(')'));
        QJsonArray differences;
        if (!r.error.isEmpty())
            out.line(
                QCoreApplication::translate("CatalogCommands", "  cannot run: %1").arg(r.error));
        for (const catalog::CaseDifference& d : r.differences) {
            QString kind;
            QString text;
            switch (d.kind) {
            case catalog::CaseDifference::Kind::Missing:
                kind = QStringLiteral("missing");
                text = QCoreApplication::translate(
                    "CatalogCommands", "  expected but not in the checklist: %1 for %2 — why: %3")
                           .arg(d.procedure, memberLabel(d.member), d.detail.in(lang));
                break;
            case catalog::CaseDifference::Kind::Unexpected:
                kind = QStringLiteral("unexpected");
                text = QCoreApplication::translate("CatalogCommands",
                    "  in the checklist but not expected: %1 for %2 — reason: %3")
                           .arg(d.procedure, memberLabel(d.member), d.detail.in(lang));
                break;
            case catalog::CaseDifference::Kind::Deadline:
                kind = QStringLiteral("deadline");
                text = QCoreApplication::translate(
                    "CatalogCommands", "  wrong deadline: %1 for %2: expected %3, got %4")
                           .arg(d.procedure, memberLabel(d.member), deadlineText(d.expected),
                               deadlineText(d.actual));
                break;
            }
            out.line(text);
            differences.append(QJsonObject{{QStringLiteral("kind"), kind},
                {QStringLiteral("procedure"), d.procedure},
                {QStringLiteral("member"),
                    d.member.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.member)},
                {QStringLiteral("detail"),
                    d.detail.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(catalog::textToJson(d.detail))},
                {QStringLiteral("expected_deadline"),
                    d.expected ? QJsonValue(d.expected->toString(Qt::ISODate))
                               : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("actual_deadline"),
                    d.actual ? QJsonValue(d.actual->toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null)}});
        }
        results.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("file"), r.file},
            {QStringLiteral("passed"), r.passed()},
            {QStringLiteral("error"),
                r.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.error)},
            {QStringLiteral("differences"), differences}});
    }
    const int failed = int(cases.size()) - passed;
    out.line(QCoreApplication::translate("CatalogCommands", "%1 cases: %2 passed, %3 failed")
                 .arg(cases.size())
                 .arg(passed)
                 .arg(failed));
    out.result(QJsonObject{{QStringLiteral("directory"), catalog->location},
        {QStringLiteral("cases"), results}, {QStringLiteral("passed"), passed},
        {QStringLiteral("failed"), failed}});
    return failed == 0 ? ExitOk : ExitFailure;
}

} // namespace madoguchi::cli
