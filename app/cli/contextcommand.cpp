#include "contextcommand.h"

#include "catalog/checklistinput.h"
#include "catalog/contextderivation.h"
#include "catalog/rulescontext.h"
#include "catalogcommands.h"
#include "output.h"
#include "registercontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace madoguchi::cli {
namespace {

void print(Output& out, const QJsonObject& context, bool derived)
{
    const QJsonObject shown = derived ? catalog::deriveContext(context) : context;
    out.line(QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)).trimmed());
    out.result(shown);
}

} // namespace

QString ContextCommand::summary() const
{
    return QCoreApplication::translate(
        "ContextCommand", "Build a rules context from the register, or check a context file");
}

void ContextCommand::configure(QCommandLineParser& parser) const
{
    addRegisterContextOptions(parser);
    const auto option = [&parser](const char* name, const QString& help, const QString& value) {
        parser.addOption(QCommandLineOption(QLatin1String(name), help, value));
    };
    option("file",
        QCoreApplication::translate(
            "ContextCommand", "Check a hand-written context file instead of the register."),
        QCoreApplication::translate("ContextCommand", "FILE"));
    parser.addOption(QCommandLineOption(QStringLiteral("derived"),
        QCoreApplication::translate(
            "ContextCommand", "Print the derived form: with ages, school stages, counts …")));
}

int ContextCommand::run(const QCommandLineParser& parser, Output& out)
{
    const bool file = parser.isSet(QStringLiteral("file"));
    if (file == parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("ContextCommand",
            "give either --db LOCATION with --resident, --event and --event-date, or --file FILE"));
        return ExitUsage;
    }
    return file ? runFile(parser, out) : runRegister(parser, out);
}

int ContextCommand::runFile(const QCommandLineParser& parser, Output& out)
{
    const QString name = parser.value(QStringLiteral("file"));
    for (const char* other : {"resident", "event", "event-date", "today", "answer"}) {
        if (parser.isSet(QLatin1String(other))) {
            out.error(
                QCoreApplication::translate("ContextCommand", "--%1 goes with --db, not --file")
                    .arg(QLatin1String(other)));
            return ExitUsage;
        }
    }
    QFile input(name);
    if (!input.open(QIODevice::ReadOnly)) {
        out.error(QCoreApplication::translate("ContextCommand", "cannot read %1: %2")
                      .arg(name, input.errorString()));
        return ExitFailure;
    }
    QByteArray bytes = input.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        bytes.remove(0, 3);
    // Wrapped, so that a file holding a bare value is read and refused as "not an object".
    QJsonParseError error{};
    const QJsonArray values = QJsonDocument::fromJson('[' + bytes + ']', &error).array();
    if (error.error != QJsonParseError::NoError || values.size() != 1) {
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, bytes.size());
        out.error(
            QCoreApplication::translate("ContextCommand", "%1: not valid JSON at offset %2: %3")
                .arg(name, QString::number(offset),
                    error.error != QJsonParseError::NoError
                        ? error.errorString()
                        : QCoreApplication::translate(
                            "ContextCommand", "expected exactly one JSON value")));
        return ExitFailure;
    }
    const std::shared_ptr<const catalog::Catalog> catalog = openCatalog(QString(), out);
    if (!catalog)
        return ExitFailure;
    const Result<QJsonObject> context
        = catalog::readRulesContext(values.at(0), name, {catalog::eventQuestionIds(*catalog)});
    if (!context) {
        errorLines(out, context.error().message);
        return ExitFailure;
    }
    print(out, context.value(), parser.isSet(QStringLiteral("derived")));
    return ExitOk;
}

int ContextCommand::runRegister(const QCommandLineParser& parser, Output& out)
{
    const std::shared_ptr<const catalog::Catalog> catalog = openCatalog(QString(), out);
    if (!catalog)
        return ExitFailure;
    const auto context = registerContext(parser, out, {catalog::eventQuestionIds(*catalog)});
    if (const int* code = std::get_if<int>(&context))
        return *code;
    print(out, std::get<QJsonObject>(context), parser.isSet(QStringLiteral("derived")));
    return ExitOk;
}

} // namespace madoguchi::cli
