#include "profilecommand.h"

#include "common/clock.h"
#include "databaseoption.h"
#include "output.h"
#include "profiletext.h"
#include "registry/residentprofile.h"
#include "storage/database.h"
#include "text/checkdigits.h"

#include <QCoreApplication>

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

    // Reading never creates or migrates a database.
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    const Result<registry::ResidentProfile> profile
        = registry::loadProfile(*db.value(), atena.value(), Clock::system());
    if (!profile) {
        out.error(profile.error().message);
        return ExitFailure;
    }
    out.result(registry::toJson(profile.value()));
    for (const QString& line : profileLines(profile.value()))
        out.line(line);
    return ExitOk;
}

} // namespace madoguchi::cli
