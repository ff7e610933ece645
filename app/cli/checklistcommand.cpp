#include "checklistcommand.h"

#include "catalog/checklist.h"
#include "catalog/checklistinput.h"
#include "catalog/checklistjson.h"
#include "catalog/formsjson.h"
#include "catalogcommands.h"
#include "formstext.h"
#include "output.h"
#include "registercontext.h"
#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace madoguchi::cli {
namespace {

// The context file as JSON, or nothing after saying why.
std::optional<QJsonValue> readContextFile(const QString& fileName, Output& out)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error(QCoreApplication::translate("ChecklistCommand", "cannot read %1: %2")
                      .arg(fileName, file.errorString()));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        bytes.remove(0, 3);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        out.error(
            QCoreApplication::translate("ChecklistCommand", "%1 is not valid JSON at offset %2: %3")
                .arg(fileName, QString::number(error.offset), error.errorString()));
        return std::nullopt;
    }
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

// "m2 山田花子" for a member, "household" (世帯) for none.
QString whoText(const QJsonObject& derived, const QString& member)
{
    if (member.isEmpty())
        return QCoreApplication::translate("ChecklistCommand", "household");
    for (const QJsonValue& m : derived.value(QLatin1String("household"))
                                   .toObject()
                                   .value(QLatin1String("members"))
                                   .toArray())
        if (m.toObject().value(QLatin1String("id")).toString() == member)
            return member + QLatin1Char(' ')
                + m.toObject().value(QLatin1String("name_kanji")).toString();
    return member;
}

} // namespace

QString ChecklistCommand::summary() const
{
    return QCoreApplication::translate(
        "ChecklistCommand", "The checklist of a life event from a rules context file");
}

void ChecklistCommand::configure(QCommandLineParser& parser) const
{
    addRegisterContextOptions(parser);
    parser.addOption({QStringLiteral("context"),
        QCoreApplication::translate(
            "ChecklistCommand", "The rules context, a JSON file (docs/rules-context.md)."),
        QCoreApplication::translate("ChecklistCommand", "FILE")});
    parser.addOption({QStringLiteral("forms"),
        QCoreApplication::translate("ChecklistCommand",
            "Also print every applicable procedure's form filled from the context, and the "
            "merged interview of what is left to ask (docs/forms.md).")});
    parser.addOption({QStringLiteral("catalog"), catalogDirectoryHelp(),
        QCoreApplication::translate("ChecklistCommand", "DIR")});
}

int ChecklistCommand::run(const QCommandLineParser& parser, Output& out)
{
    const bool fromFile = parser.isSet(QStringLiteral("context"));
    if (fromFile == parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("ChecklistCommand",
            "give either --context FILE (a rules context in JSON) or --db LOCATION with "
            "--resident, --event and --event-date"));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.error(QCoreApplication::translate("ChecklistCommand", "unexpected argument '%1'")
                      .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    const auto catalog = openCatalog(parser.value(QStringLiteral("catalog")), out);
    if (!catalog)
        return ExitFailure;
    QJsonValue input;
    QString origin;
    if (fromFile) {
        origin = parser.value(QStringLiteral("context"));
        const auto read = readContextFile(origin, out);
        if (!read)
            return ExitFailure;
        input = *read;
    } else {
        origin = QCoreApplication::translate("ChecklistCommand", "the register");
        // Forms carry the address: printing them is what a support measure may block.
        const QString printing = parser.isSet(QStringLiteral("forms"))
            ? QStringLiteral("forms for %1").arg(parser.value(QStringLiteral("event")))
            : QString();
        const auto built
            = registerContext(parser, out, {catalog::eventQuestionIds(*catalog)}, printing);
        if (const int* code = std::get_if<int>(&built))
            return *code;
        input = std::get<QJsonObject>(built);
    }
    const auto derived = catalog::prepareContext(*catalog, input, origin);
    if (!derived) {
        errorLines(out, derived.error().message);
        return ExitFailure;
    }
    const QString lang = languageFromLocale(QLocale::system().name());
    // With --forms the checklist is the one the forms were filled for.
    std::optional<catalog::Forms> forms;
    if (parser.isSet(QStringLiteral("forms"))) {
        Result<catalog::Forms> filled = catalog::fillForms(*catalog, derived.value());
        if (!filled) {
            out.error(filled.error().message);
            return ExitFailure;
        }
        forms = std::move(filled.value());
    }
    const Result<catalog::Checklist> checklist = forms
        ? Result<catalog::Checklist>(forms->checklist)
        : catalog::buildChecklist(*catalog, derived.value());
    if (!checklist) {
        out.error(checklist.error().message);
        return ExitFailure;
    }
    QJsonObject result = catalog::checklistToJson(*catalog, checklist.value());
    QJsonObject formsResult;
    if (forms) {
        formsResult = catalog::formsJson(*forms, lang);
        for (auto it = formsResult.constBegin(); it != formsResult.constEnd(); ++it)
            result.insert(it.key(), it.value());
    }
    out.result(result);

    const QJsonObject event = derived->value(QLatin1String("event")).toObject();
    const catalog::LifeEvent* lifeEvent
        = catalog->event(event.value(QLatin1String("type")).toString());
    out.line(QStringLiteral("%1 %2").arg(
        lifeEvent->names.in(lang), event.value(QLatin1String("date")).toString()));
    out.line(QCoreApplication::translate("ChecklistCommand", "Applies (%1):")
                 .arg(checklist->applies.size()));
    for (const catalog::ChecklistItem& item : checklist->applies) {
        const catalog::System* system = catalog->system(item.procedure->system);
        out.line(
            QStringLiteral("  %1 %2 — %3 — %4 — %5")
                .arg(item.procedure->id, item.procedure->names.in(lang),
                    whoText(derived.value(), item.member),
                    item.deadline ? QCoreApplication::translate("ChecklistCommand", "by %1")
                                        .arg(item.deadline->toString(Qt::ISODate))
                                  : QCoreApplication::translate("ChecklistCommand", "no deadline"),
                    system ? system->names.in(lang) : item.procedure->system));
        out.line(QStringLiteral("      ") + item.reason.in(lang));
        QStringList documents;
        for (const catalog::LocalizedText& d : item.documents)
            documents.append(d.in(lang));
        if (!documents.isEmpty())
            out.line(QCoreApplication::translate("ChecklistCommand", "      Bring: %1")
                         .arg(documents.join(QStringLiteral("; "))));
    }
    out.line(QCoreApplication::translate("ChecklistCommand", "Does not apply (%1):")
                 .arg(checklist->notApplicable.size()));
    for (const catalog::NotApplicableItem& item : checklist->notApplicable)
        out.line(QStringLiteral("  %1 %2 — %3: %4")
                     .arg(item.procedure->id, item.procedure->names.in(lang),
                         whoText(derived.value(), item.member), item.why.in(lang)));
    if (forms)
        printForms(out, formsResult);
    return ExitOk;
}

} // namespace madoguchi::cli
