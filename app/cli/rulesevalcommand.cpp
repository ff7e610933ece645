#include "rulesevalcommand.h"

#include "output.h"
#include "rules/jsonlogic.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <variant>

namespace madoguchi::cli {
namespace {

// A JSON argument that could not be read, and the exit code it deserves.
struct ArgumentError {
    QString message;
    int exitCode;
};

// `text` is JSON, or @FILE whose content is. `name` (RULE, DATA) names the
// argument in messages. Bad inline JSON is wrong usage (2); a file that
// cannot be read or holds bad JSON is failed input (1).
std::variant<QJsonValue, ArgumentError> readJson(const QString& name, const QString& text)
{
    QByteArray bytes;
    const bool fromFile = text.startsWith(QLatin1Char('@'));
    if (fromFile) {
        QFile file(text.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            return ArgumentError{
                QCoreApplication::translate("RulesEvalCommand", "%1: cannot read %2: %3")
                    .arg(name, file.fileName(), file.errorString()),
                ExitFailure};
        }
        bytes = file.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
            bytes.remove(0, 3);
    } else {
        bytes = text.toUtf8();
    }
    const int exitCode = fromFile ? ExitFailure : ExitUsage;
    // "RULE" for text on the command line, "RULE (rule.json)" for a file.
    const QString source = fromFile ? QStringLiteral("%1 (%2)").arg(name, text.mid(1)) : name;
    // QJsonDocument reads only an object or array: wrap, so `3` or `"a"` or
    // `null` is JSON too, and take the one element back.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson('[' + bytes + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, bytes.size());
        return ArgumentError{
            QCoreApplication::translate("RulesEvalCommand", "%1 is not valid JSON at offset %2: %3")
                .arg(source, QString::number(offset), error.errorString()),
            exitCode};
    }
    const QJsonArray values = document.array();
    if (values.size() != 1) {
        return ArgumentError{QCoreApplication::translate(
                                 "RulesEvalCommand", "%1 must be exactly one JSON value, not %2")
                                 .arg(source, QString::number(values.size())),
            exitCode};
    }
    return values.at(0);
}

} // namespace

QString RulesEvalCommand::summary() const
{
    return QCoreApplication::translate("RulesEvalCommand", "Apply a JsonLogic rule to data");
}

void RulesEvalCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("RULE"),
        QCoreApplication::translate("RulesEvalCommand",
            "The rule: JSON text, or @FILE to read it from a file (docs/rules.md)."));
    parser.addPositionalArgument(QStringLiteral("DATA"),
        QCoreApplication::translate("RulesEvalCommand", "The data: JSON text, or @FILE."));
}

int RulesEvalCommand::run(const QCommandLineParser& parser, Output& out)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        out.error(QCoreApplication::translate(
            "RulesEvalCommand", "give a RULE and its DATA, each JSON text or @FILE"));
        return ExitUsage;
    }
    const auto rule = readJson(QStringLiteral("RULE"), arguments.at(0));
    if (const auto* problem = std::get_if<ArgumentError>(&rule)) {
        out.error(problem->message);
        return problem->exitCode;
    }
    const auto data = readJson(QStringLiteral("DATA"), arguments.at(1));
    if (const auto* problem = std::get_if<ArgumentError>(&data)) {
        out.error(problem->message);
        return problem->exitCode;
    }

    const QJsonValue& ruleValue = std::get<QJsonValue>(rule);
    const Result<QJsonValue> result = rules::evaluate(ruleValue, std::get<QJsonValue>(data));
    if (!result) {
        out.error(result.error().message);
        return ExitFailure;
    }
    // Evaluation follows the reference; validation is stricter and is what
    // a catalog will apply, so say so when they part.
    if (const Status valid = rules::validate(ruleValue); !valid) {
        out.error(QCoreApplication::translate(
            "RulesEvalCommand", "warning: %1 (evaluated all the same; validation refuses the rule)")
                      .arg(valid.error().message));
    }
    out.line(rules::js::toJsonText(result.value()));
    out.result(result.value());
    return ExitOk;
}

} // namespace madoguchi::cli
