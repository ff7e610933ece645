#include "exportcommand.h"

#include "databaseoption.h"
#include "output.h"
#include "registry/residentexporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace madoguchi::cli {

QString ExportResidentsCommand::summary() const
{
    return QCoreApplication::translate(
        "ExportCommand", "Write the register as a resident extract (CSV)");
}

void ExportResidentsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("encoding"),
        QCoreApplication::translate("ExportCommand", "utf-8 (default) or cp932."),
        QCoreApplication::translate("ExportCommand", "ENCODING")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("ExportCommand", "The CSV file to write."));
}

int ExportResidentsCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate(
            "ExportCommand", "--db LOCATION is required (an SQLite file or a postgresql:// URL)"));
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        out.error(QCoreApplication::translate("ExportCommand", "name exactly one FILE to write"));
        return ExitUsage;
    }
    registry::ExportOptions options;
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString name = parser.value(QStringLiteral("encoding"));
        const auto encoding = registry::encodingFromName(name);
        if (!encoding) {
            out.error(QCoreApplication::translate(
                "ExportCommand", "--encoding must be utf-8 or cp932, not '%1'")
                          .arg(name));
            return ExitUsage;
        }
        options.encoding = *encoding;
    }
    options.progress = [&](qint64 written) {
        out.progress(
            QCoreApplication::translate("ExportCommand", "Exported %1 residents").arg(written));
    };
    auto opened = storage::Database::open(parser.value(QStringLiteral("db")));
    if (!opened) {
        out.error(opened.error().message);
        return ExitFailure;
    }
    const auto written = registry::exportResidents(*opened.value(), files.first(), options);
    out.endProgress();
    if (!written) {
        out.error(written.error().message);
        return ExitFailure;
    }
    out.result(QJsonObject{{QStringLiteral("file"), files.first()},
        {QStringLiteral("residents"), written.value()},
        {QStringLiteral("encoding"), registry::encodingName(options.encoding)}});
    out.line(QCoreApplication::translate("ExportCommand", "Exported %1 residents to %2 (%3)")
                 .arg(written.value())
                 .arg(files.first(), registry::encodingName(options.encoding)));
    return ExitOk;
}

} // namespace madoguchi::cli
