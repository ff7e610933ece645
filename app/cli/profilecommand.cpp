#include "profilecommand.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "profiletext.h"
#include "registry/registeraccess.h"
#include "storage/database.h"
#include "text/checkdigits.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace madoguchi::cli {

QString ProfileCommand::summary() const
{
    return QCoreApplication::translate(
        "ProfileCommand", "Show a resident's profile: person, household, entitlements, history");
}

void ProfileCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(QCommandLineOption(QStringLiteral("atena"),
        QCoreApplication::translate(
            "ProfileCommand", "The resident's 宛名番号 (11 digits with its check digit)."),
        QCoreApplication::translate("ProfileCommand", "ATENA_NO")));
    parser.addOption(QCommandLineOption(QStringLiteral("purpose"),
        QCoreApplication::translate("ProfileCommand",
            "Why the profile is opened; recorded in the audit log (required with "
            "--reveal-my-number)."),
        QCoreApplication::translate("ProfileCommand", "TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("reveal-my-number"),
        QCoreApplication::translate("ProfileCommand",
            "Show the individual number (個人番号) instead of asterisks: needs --as with a "
            "role that may reveal it, and --purpose; recorded in the audit log.")));
    parser.addOption(staffOption());
}

int ProfileCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate(
            "ProfileCommand", "--db LOCATION is required (an SQLite file or a postgresql:// URL)"));
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("atena"))) {
        out.error(QCoreApplication::translate("ProfileCommand", "--atena ATENA_NO is required"));
        return ExitUsage;
    }
    // A clerk may paste the number with spaces or hyphens; a wrong check
    // digit is a typo worth naming rather than "no such resident".
    const Result<QString> atena = text::validateAtenaNumber(parser.value(QStringLiteral("atena")));
    if (!atena) {
        out.error(QStringLiteral("--atena: ") + atena.error().message);
        return ExitUsage;
    }

    const QString purpose = parser.value(QStringLiteral("purpose"));
    const bool reveal = parser.isSet(QStringLiteral("reveal-my-number"));
    if (reveal && purpose.trimmed().isEmpty()) {
        out.error(QCoreApplication::translate(
            "ProfileCommand", "--reveal-my-number needs --purpose TEXT: why it is shown"));
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
    Result<registry::ResidentProfile> profile = reg.profile(atena.value(), purpose);
    if (!profile) {
        out.error(profile.error().message);
        return ExitFailure;
    }
    if (reveal) {
        const auto number = reg.revealMyNumber(atena.value(), purpose);
        if (!number) {
            out.error(number.error().message);
            return ExitFailure;
        }
        // Shown in place of the mask; an absent number stays absent.
        profile->person.myNumberMasked = number.value();
    }
    out.result(registry::toJson(profile.value()));
    for (const QString& line : profileLines(profile.value()))
        out.line(line);
    return ExitOk;
}

} // namespace madoguchi::cli
