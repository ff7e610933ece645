#include "textcheckcommand.h"

#include "output.h"
#include "text/checkdigits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace madoguchi::cli {
namespace {

std::optional<text::IdentifierKind> kindFromName(const QString& name)
{
    if (name == QLatin1String("mynumber"))
        return text::IdentifierKind::MyNumber;
    if (name == QLatin1String("atena"))
        return text::IdentifierKind::AtenaNumber;
    if (name == QLatin1String("setai"))
        return text::IdentifierKind::SetaiNumber;
    if (name == QLatin1String("lgcode"))
        return text::IdentifierKind::LocalGovernmentCode;
    return std::nullopt;
}

} // namespace

QString TextCheckCommand::summary() const
{
    return QCoreApplication::translate(
        "TextCommands", "Check the check digit of 個人番号, 宛名番号, 世帯番号 or 団体コード");
}

void TextCheckCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("kind"),
        QCoreApplication::translate("TextCommands", "mynumber, atena, setai or lgcode"),
        QCoreApplication::translate("TextCommands", "KIND"));
    parser.addPositionalArgument(QStringLiteral("value"),
        QCoreApplication::translate(
            "TextCommands", "Identifiers; full-width digits, spaces and hyphens are allowed"),
        QCoreApplication::translate("TextCommands", "VALUE…"));
}

int TextCheckCommand::run(const QCommandLineParser& parser, Output& out)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        out.error(
            QCoreApplication::translate("TextCommands", "give a KIND and at least one VALUE"));
        return ExitUsage;
    }
    const auto kind = kindFromName(args.first());
    if (!kind) {
        out.error(QCoreApplication::translate(
            "TextCommands", "unknown KIND '%1': use mynumber, atena, setai or lgcode")
                      .arg(args.first()));
        return ExitUsage;
    }
    bool failed = false;
    QJsonArray results;
    for (const QString& value : args.mid(1)) {
        const auto checked = text::validateIdentifier(*kind, value);
        if (checked) {
            results.append(QJsonObject{{QStringLiteral("input"), value},
                {QStringLiteral("valid"), true}, {QStringLiteral("value"), checked.value()}});
            out.line(QCoreApplication::translate("TextCommands", "%1\tvalid\t%2")
                         .arg(value, checked.value()));
            continue;
        }
        failed = true;
        results.append(QJsonObject{{QStringLiteral("input"), value},
            {QStringLiteral("valid"), false}, {QStringLiteral("error"), checked.error().message}});
        if (!out.json())
            out.error(QCoreApplication::translate("TextCommands", "invalid: %1")
                          .arg(checked.error().message));
    }
    out.result(results);
    return failed ? ExitFailure : ExitOk;
}

} // namespace madoguchi::cli
