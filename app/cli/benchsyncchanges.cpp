#include "benchsyncchanges.h"

#include "registry/csvreader.h"
#include "registry/csvwriter.h"
#include "registry/residentexporter.h"
#include "registry/residentimporter.h"
#include "registry/searchindex.h"
#include "registry/textsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace madoguchi::cli {

Result<qint64> makeHallChanges(storage::Database& hall, qint64 count, const QString& workDir)
{
    const QString extract = QDir(workDir).filePath(QStringLiteral("hall-extract.csv"));
    auto exported = registry::exportResidents(hall, extract);
    if (!exported)
        return exported.error();
    if (exported.value() < count)
        return Error{QCoreApplication::translate(
            "BenchSync", "the hall holds %1 residents; it cannot make %2 changes")
                         .arg(exported.value())
                         .arg(count)};

    registry::TextSource source;
    if (Status opened = source.open(extract, registry::TextEncoding::Utf8); !opened)
        return opened.error();
    registry::CsvReader reader(source);
    if (!reader.next())
        return reader.error().value_or(Error{extract});
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header << reader.field(i).toString();
    const qsizetype card = header.indexOf(QStringLiteral("mynumber_card"));
    qsizetype change = header.indexOf(QStringLiteral("change"));
    if (card < 0)
        return Error{QCoreApplication::translate("BenchSync", "%1 has no mynumber_card column")
                         .arg(extract)};
    if (change < 0) {
        header << QStringLiteral("change");
        change = header.size() - 1;
    }

    const QString changesPath = QDir(workDir).filePath(QStringLiteral("hall-changes.csv"));
    QSaveFile out(changesPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error{out.errorString()};
    out.write(registry::csvRecord(header).toUtf8());
    const qint64 every = std::max<qint64>(1, exported.value() / count);
    qint64 row = 0;
    qint64 written = 0;
    while (written < count && reader.next()) {
        if (row++ % every != 0)
            continue;
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << reader.field(i).toString();
        while (fields.size() < header.size())
            fields << QString();
        fields[card]
            = fields.at(card) == QLatin1String("1") ? QStringLiteral("0") : QStringLiteral("1");
        fields[change] = QStringLiteral("U");
        out.write(registry::csvRecord(fields).toUtf8());
        ++written;
    }
    if (reader.error())
        return reader.error().value();
    if (!out.commit())
        return Error{out.errorString()};

    registry::ImportOptions options;
    options.reindex = registry::reindexPersons;
    auto imported = registry::importResidents(hall, changesPath, options);
    if (!imported)
        return imported.error();
    return imported->updated;
}

} // namespace madoguchi::cli
