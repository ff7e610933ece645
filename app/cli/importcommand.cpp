#include "importcommand.h"

#include "databaseoption.h"
#include "output.h"
#include "registry/csvwriter.h"
#include "registry/residentimporter.h"
#include "registry/searchindex.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace madoguchi::cli {
namespace {

// The report file: one CSV row per rejection, UTF-8, for a spreadsheet.
bool writeReport(const QString& path, const QList<registry::RowError>& errors, Output& out)
{
    QSaveFile file(path);
    QByteArray bytes = registry::csvRecord(
        {QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("reason")})
                           .toUtf8();
    for (const registry::RowError& e : errors)
        bytes += registry::csvRecord({QString::number(e.line), e.column, e.reason}).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        out.error(QCoreApplication::translate("ImportCommand", "cannot write the report %1: %2")
                      .arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

QString ImportResidentsCommand::summary() const
{
    return QCoreApplication::translate(
        "ImportCommand", "Import a resident extract (CSV, UTF-8 or CP932) into the register");
}

void ImportResidentsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("encoding"),
        QCoreApplication::translate(
            "ImportCommand", "utf-8 or cp932 (default: detected from the file)."),
        QCoreApplication::translate("ImportCommand", "ENCODING")});
    parser.addOption({QStringLiteral("report"),
        QCoreApplication::translate("ImportCommand",
            "Also write the rejected rows (line, column, reason) to this CSV file."),
        QCoreApplication::translate("ImportCommand", "FILE")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("ImportCommand", "The extract (docs/import-format.md)."));
}

int ImportResidentsCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate(
            "ImportCommand", "--db LOCATION is required (an SQLite file or a postgresql:// URL)"));
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        out.error(QCoreApplication::translate("ImportCommand", "name exactly one FILE to import"));
        return ExitUsage;
    }
    registry::ImportOptions options;
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString name = parser.value(QStringLiteral("encoding"));
        options.encoding = registry::encodingFromName(name);
        if (!options.encoding) {
            out.error(QCoreApplication::translate(
                "ImportCommand", "--encoding must be utf-8 or cp932, not '%1'")
                          .arg(name));
            return ExitUsage;
        }
    }
    options.progress = [&](registry::ImportPhase phase, qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        out.progress(phase == registry::ImportPhase::Checking
                ? QCoreApplication::translate("ImportCommand", "Checking the file: %1%")
                      .arg(percent)
                : QCoreApplication::translate("ImportCommand", "Importing: %1%").arg(percent));
    };
    // The search keys of the changed persons, in each batch's transaction.
    options.reindex = registry::reindexPersons;

    auto opened = storage::Database::open(parser.value(QStringLiteral("db")));
    if (!opened) {
        out.error(opened.error().message);
        return ExitFailure;
    }
    const auto imported = registry::importResidents(*opened.value(), files.first(), options);
    out.endProgress();
    if (!imported) {
        out.error(imported.error().message);
        return ExitFailure;
    }
    const registry::ImportSummary& s = imported.value();
    QJsonArray errors;
    for (const registry::RowError& e : s.errors) {
        out.error(QCoreApplication::translate("ImportCommand", "line %1%2: %3")
                      .arg(e.line)
                      .arg(e.column.isEmpty() ? QString() : QStringLiteral(", ") + e.column)
                      .arg(e.reason));
        errors.append(QJsonObject{{QStringLiteral("line"), e.line},
            {QStringLiteral("column"), e.column}, {QStringLiteral("reason"), e.reason}});
    }
    bool reportOk = true;
    if (parser.isSet(QStringLiteral("report")))
        reportOk = writeReport(parser.value(QStringLiteral("report")), s.errors, out);
    out.result(QJsonObject{
        {QStringLiteral("encoding"), registry::encodingName(s.encoding)},
        {QStringLiteral("read"), s.read},
        {QStringLiteral("imported"), s.imported},
        {QStringLiteral("updated"), s.updated},
        {QStringLiteral("removed"), s.removed},
        {QStringLiteral("unchanged"), s.unchanged},
        {QStringLiteral("rejected"), s.rejected},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("phases_ms"),
            QJsonObject{{QStringLiteral("checking"), s.checkingMs},
                {QStringLiteral("writing"), s.writingMs},
                {QStringLiteral("indexing"), s.indexingMs}}},
    });
    out.line(QCoreApplication::translate("ImportCommand",
        "%1 rows read: %2 imported, %3 updated, %4 removed, %5 unchanged, %6 rejected (%7)")
                 .arg(s.read)
                 .arg(s.imported)
                 .arg(s.updated)
                 .arg(s.removed)
                 .arg(s.unchanged)
                 .arg(s.rejected)
                 .arg(registry::encodingName(s.encoding)));
    return s.rejected == 0 && reportOk ? ExitOk : ExitFailure;
}

} // namespace madoguchi::cli
