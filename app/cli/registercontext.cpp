#include "registercontext.h"

#include "catalog/contextfromregister.h"
#include "catalog/rulescontextanswers.h"
#include "catalog/rulescontextfields.h"
#include "clisession.h"
#include "command.h"
#include "common/clock.h"
#include "databaseoption.h"
#include "output.h"
#include "registry/registeraccess.h"
#include "storage/database.h"
#include "text/checkdigits.h"

#include <QCoreApplication>

namespace madoguchi::cli {

void errorLines(Output& out, const QString& message)
{
    for (const QString& line : message.split(QLatin1Char('\n')))
        out.error(line);
}

void addRegisterContextOptions(QCommandLineParser& parser)
{
    const auto option = [&parser](const char* name, const QString& help, const QString& value) {
        parser.addOption(QCommandLineOption(QLatin1String(name), help, value));
    };
    parser.addOption(databaseOption());
    option("resident",
        QCoreApplication::translate(
            "ContextCommand", "The resident's 宛名番号; the subject of shussei and shibou."),
        QCoreApplication::translate("ContextCommand", "ATENA_NO"));
    option("event",
        QCoreApplication::translate(
            "ContextCommand", "The life event: tennyu, tenshutsu, tenkyo, shussei, shibou, konin."),
        QCoreApplication::translate("ContextCommand", "TYPE"));
    option("event-date",
        QCoreApplication::translate(
            "ContextCommand", "The event's date: YYYY-MM-DD or 和暦 (R8.11.20)."),
        QCoreApplication::translate("ContextCommand", "DATE"));
    option("today",
        QCoreApplication::translate("ContextCommand", "The day of the visit (default: today)."),
        QCoreApplication::translate("ContextCommand", "DATE"));
    parser.addOption(staffOption());
    option("answer",
        QCoreApplication::translate("ContextCommand",
            "An answer PATH=VALUE (event.FIELD, answers.KEY, m2.koumuin …); repeatable."),
        QCoreApplication::translate("ContextCommand", "PATH=VALUE"));
}

std::variant<QJsonObject, int> registerContext(const QCommandLineParser& parser, Output& out,
    const catalog::ContextReadOptions& options, const QString& printing)
{
    for (const char* required : {"resident", "event", "event-date"}) {
        if (!parser.isSet(QLatin1String(required))) {
            out.error(QCoreApplication::translate("ContextCommand", "--%1 is required with --db")
                          .arg(QLatin1String(required)));
            return ExitUsage;
        }
    }
    const Result<QString> atena
        = text::validateAtenaNumber(parser.value(QStringLiteral("resident")));
    if (!atena) {
        out.error(QStringLiteral("--resident: ") + atena.error().message);
        return ExitUsage;
    }
    const QString event = parser.value(QStringLiteral("event"));
    if (!catalog::eventTypes().contains(event)) {
        out.error(QCoreApplication::translate(
            "ContextCommand", "--event: unknown event \"%1\" (one of %2)")
                      .arg(event, catalog::eventTypes().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const Result<QDate> eventDate
        = catalog::parseExactDay(parser.value(QStringLiteral("event-date")));
    if (!eventDate) {
        out.error(QStringLiteral("--event-date: ") + eventDate.error().message);
        return ExitUsage;
    }
    Result<QDate> today = Clock::system().today();
    if (parser.isSet(QStringLiteral("today")))
        today = catalog::parseExactDay(parser.value(QStringLiteral("today")));
    if (!today) {
        out.error(QStringLiteral("--today: ") + today.error().message);
        return ExitUsage;
    }

    // Never creates a database; brings an older one up to the audit chain.
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = true});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    auto command = CommandAccess::start(parser, *db.value(), out);
    if (!command)
        return ExitFailure;
    security::AccessControl& access = command->control();
    registry::RegisterAccess reg(*db.value(), access);
    if (auto read = reg.profile(atena.value(), event); !read) {
        out.error(read.error().message);
        return ExitFailure;
    }
    if (!printing.isEmpty()) {
        auto allowed = reg.authorizePrint(atena.value(), printing);
        if (!allowed) {
            out.error(allowed.error().message);
            return ExitFailure;
        }
        if (allowed->level != registry::SupportLevel::None)
            out.error(allowed->reason); // a warning: the forms still print
    }
    const Result<QJsonObject> context = catalog::contextFromRegister(*db.value(), atena.value(),
        event, eventDate.value(), today.value(), parser.values(QStringLiteral("answer")), options);
    if (!context) {
        errorLines(out, context.error().message);
        return ExitFailure;
    }
    return context.value();
}

} // namespace madoguchi::cli
