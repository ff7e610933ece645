#include "textdatecommand.h"

#include "output.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {

QString TextDateCommand::summary() const
{
    return QCoreApplication::translate(
        "TextCommands", "Read dates (和暦, 西暦, 不詳) and show how they are stored");
}

void TextDateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("input"),
        QCoreApplication::translate("TextCommands",
            "Dates as a clerk types them: 昭和50年4月1日, S50.4.1, 3500401, "
            "1975-04-01, 昭和40年頃, 不詳 …"),
        QCoreApplication::translate("TextCommands", "INPUT…"));
}

int TextDateCommand::run(const QCommandLineParser& parser, Output& out)
{
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        out.error(QCoreApplication::translate("TextCommands", "give at least one date"));
        return ExitUsage;
    }
    bool failed = false;
    QJsonArray results;
    for (const QString& input : inputs) {
        const auto date = text::parseJapaneseDate(input);
        if (!date) {
            failed = true;
            results.append(QJsonObject{
                {QStringLiteral("input"), input}, {QStringLiteral("error"), date.error().message}});
            if (!out.json())
                out.error(date.error().message);
            continue;
        }
        const auto iso = text::formatIso(date.value());
        results.append(QJsonObject{{QStringLiteral("input"), input},
            {QStringLiteral("storage"), date->toStorageString()},
            {QStringLiteral("iso"), iso ? QJsonValue(*iso) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("wareki"), text::formatWareki(date.value())},
            {QStringLiteral("precision"), text::precisionKeyword(date->precision())}});
        out.line(QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(input, date->toStorageString(), text::formatWareki(date.value()),
                         text::precisionDescription(date->precision())));
    }
    out.result(results);
    return failed ? ExitFailure : ExitOk;
}

} // namespace madoguchi::cli
