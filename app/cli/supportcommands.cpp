#include "supportcommands.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "registry/registeraccess.h"
#include "storage/database.h"
#include "text/checkdigits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

// Opens the register and logs in (or takes the console): the shared start
// of both commands. Prints the error and returns nothing on failure.
struct Opened {
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<CommandAccess> command;
    std::unique_ptr<registry::RegisterAccess> reg;
};

std::optional<Opened> openAs(const QCommandLineParser& parser, Output& out)
{
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = true});
    if (!db) {
        out.error(db.error().message);
        return std::nullopt;
    }
    Opened opened;
    opened.db = std::move(db).value();
    opened.command = CommandAccess::start(parser, *opened.db, out);
    if (!opened.command)
        return std::nullopt;
    opened.reg = std::make_unique<registry::RegisterAccess>(*opened.db, opened.command->control());
    return opened;
}

} // namespace

QString SupportUnlockCommand::summary() const
{
    return QCoreApplication::translate("SupportCommands",
        "Lift a support measure's block for one resident for a while (supervisors)");
}

void SupportUnlockCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(staffOption());
    parser.addOption({QStringLiteral("atena"),
        QCoreApplication::translate("SupportCommands", "The resident's 宛名番号."),
        QCoreApplication::translate("SupportCommands", "ATENA_NO")});
    parser.addOption({QStringLiteral("scope"),
        QCoreApplication::translate(
            "SupportCommands", "What to allow: address (showing it), print or copies."),
        QCoreApplication::translate("SupportCommands", "SCOPE")});
    parser.addOption({QStringLiteral("reason"),
        QCoreApplication::translate(
            "SupportCommands", "Why (for example: the resident in person, identity checked)."),
        QCoreApplication::translate("SupportCommands", "TEXT")});
    parser.addOption({QStringLiteral("minutes"),
        QCoreApplication::translate("SupportCommands", "How long, 1 to %1 (default %2).")
            .arg(registry::kMaxUnlockMinutes)
            .arg(registry::kDefaultUnlockMinutes),
        QCoreApplication::translate("SupportCommands", "N"),
        QString::number(registry::kDefaultUnlockMinutes)});
}

int SupportUnlockCommand::run(const QCommandLineParser& parser, Output& out)
{
    for (const char* required : {"db", "as", "atena", "scope", "reason"})
        if (!parser.isSet(QLatin1String(required))) {
            out.error(QCoreApplication::translate("SupportCommands", "--%1 is required")
                          .arg(QLatin1String(required)));
            return ExitUsage;
        }
    const Result<QString> atena = text::validateAtenaNumber(parser.value(QStringLiteral("atena")));
    if (!atena) {
        out.error(QStringLiteral("--atena: ") + atena.error().message);
        return ExitUsage;
    }
    const auto scope = registry::supportScopeFromKeyword(parser.value(QStringLiteral("scope")));
    if (!scope) {
        out.error(QCoreApplication::translate(
            "SupportCommands", "--scope must be address, print or copies, not '%1'")
                      .arg(parser.value(QStringLiteral("scope"))));
        return ExitUsage;
    }
    bool ok = false;
    const int minutes = parser.value(QStringLiteral("minutes")).toInt(&ok);
    if (!ok || minutes < 1 || minutes > registry::kMaxUnlockMinutes) {
        out.error(QCoreApplication::translate(
            "SupportCommands", "--minutes must be a whole number from 1 to %1, not '%2'")
                      .arg(registry::kMaxUnlockMinutes)
                      .arg(parser.value(QStringLiteral("minutes"))));
        return ExitUsage;
    }
    auto opened = openAs(parser, out);
    if (!opened)
        return ExitFailure;
    auto unlock = opened->reg->unlockSupportMeasure(
        atena.value(), *scope, parser.value(QStringLiteral("reason")), minutes);
    if (!unlock) {
        out.error(unlock.error().message);
        return ExitFailure;
    }
    out.result(QJsonObject{{QStringLiteral("atena_no"), unlock->atenaNo},
        {QStringLiteral("scope"), registry::supportScopeKeyword(unlock->scope)},
        {QStringLiteral("reason"), unlock->reason},
        {QStringLiteral("granted_at"), unlock->grantedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("expires_at"), unlock->expiresAt.toUTC().toString(Qt::ISODateWithMs)}});
    out.line(QCoreApplication::translate(
        "SupportCommands", "%1: %2 is allowed until %3; it locks again by itself.")
                 .arg(unlock->atenaNo, registry::supportScopeKeyword(unlock->scope),
                     unlock->expiresAt.toLocalTime().toString(Qt::ISODate)));
    return ExitOk;
}

QString SupportExpiringCommand::summary() const
{
    return QCoreApplication::translate(
        "SupportCommands", "List the support measures that end soon (default: within 31 days)");
}

void SupportExpiringCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(staffOption());
    parser.addOption({QStringLiteral("days"),
        QCoreApplication::translate("SupportCommands", "Within N days, 0 to 366 (default 31)."),
        QCoreApplication::translate("SupportCommands", "N"), QStringLiteral("31")});
}

int SupportExpiringCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("SupportCommands", "--%1 is required")
                      .arg(QStringLiteral("db")));
        return ExitUsage;
    }
    bool ok = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 0 || days > 366) {
        out.error(QCoreApplication::translate(
            "SupportCommands", "--days must be a whole number from 0 to 366, not '%1'")
                      .arg(parser.value(QStringLiteral("days"))));
        return ExitUsage;
    }
    auto opened = openAs(parser, out);
    if (!opened)
        return ExitFailure;
    auto found = opened->reg->expiringSupportMeasures(days);
    if (!found) {
        out.error(found.error().message);
        return ExitFailure;
    }
    QJsonArray array;
    for (const registry::ExpiringSupportMeasure& m : found.value()) {
        array.append(QJsonObject{{QStringLiteral("atena_no"), m.atenaNo},
            {QStringLiteral("name_kanji"), m.nameKanji},
            {QStringLiteral("level"), registry::supportLevelKeyword(m.level)},
            {QStringLiteral("provisional"), m.provisional},
            {QStringLiteral("starts_on"), m.startsOn}, {QStringLiteral("ends_on"), m.endsOn},
            {QStringLiteral("days_left"), m.daysLeft}});
        out.line(QCoreApplication::translate("SupportCommands", "%1  %2  %3  ends %4 (%5 days)%6")
                     .arg(m.atenaNo, m.nameKanji, registry::supportLevelKeyword(m.level), m.endsOn)
                     .arg(m.daysLeft)
                     .arg(m.provisional
                             ? QCoreApplication::translate("SupportCommands", "  provisional")
                             : QString()));
    }
    out.result(array);
    if (found->isEmpty())
        out.line(QCoreApplication::translate(
            "SupportCommands", "No support measure ends within %1 days.")
                     .arg(days));
    return ExitOk;
}

} // namespace madoguchi::cli
