#include "deskoptions.h"

#include <QCommandLineParser>

namespace madoguchi::desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeskOptions)
};

const QString kDb = QStringLiteral("db");
const QString kLang = QStringLiteral("lang");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kScreenshots = QStringLiteral("screenshots");
const QString kBenchDesk = QStringLiteral("bench-desk");
const QString kBenchQueries = QStringLiteral("bench-queries");
const QString kStaff = QStringLiteral("staff");
const QString kIdleLock = QStringLiteral("idle-lock");
const QString kBoard = QStringLiteral("board");
const QString kKiosk = QStringLiteral("kiosk");
const QString kConsole = QStringLiteral("console");

QList<QCommandLineOption> deskOptions(const QString& defaultDatabase)
{
    return {
        QCommandLineOption(kDb,
            Text::tr("The database: an SQLite file or a postgresql:// URL.\n"
                     "Default: %1")
                .arg(defaultDatabase),
            Text::tr("LOCATION")),
        QCommandLineOption(kLang,
            Text::tr("The interface language: ja (Japanese, the default) or en "
                     "(English). Default: the setting ui/language."),
            Text::tr("LANGUAGE")),
        QCommandLineOption(kScreenshot,
            Text::tr("Draw the desk offscreen at 1280×800, save it as a PNG file and exit. "
                     "Needs no display. Without --staff it shows the login dialog; with "
                     "--staff, the main window after logging in."),
            Text::tr("FILE.png")),
        QCommandLineOption(kScreenshots,
            Text::tr("Walk a 転入 visit of a demo household through every step offscreen "
                     "(login, find, resident, event, checklist, interview, review, submit), "
                     "save one 1280×800 PNG per step into this folder and exit. Needs --staff; "
                     "the visit is really submitted."),
            Text::tr("FOLDER")),
        QCommandLineOption(kBenchDesk,
            Text::tr("Measure the desk offscreen and print one JSON object: the time from "
                     "the start of the process to a usable Find box, the search times of "
                     "queries typed into it, the peak memory. Needs --staff.")),
        QCommandLineOption(kBenchQueries,
            Text::tr("How many searches --bench-desk types (default 200)."), Text::tr("N")),
        QCommandLineOption(kStaff,
            Text::tr("Log in as this staff id with the password read from standard input "
                     "(one line; asked with echo off at a terminal) instead of the login "
                     "dialog. Passwords are never taken from arguments."),
            Text::tr("ID")),
        QCommandLineOption(kIdleLock,
            Text::tr("Lock the desk after this many seconds without keyboard or mouse input "
                     "(0: never). Default: the setting session/idleLockMinutes, else 5 "
                     "minutes."),
            Text::tr("SECONDS")),
        QCommandLineOption(kBoard,
            Text::tr("Open the waiting room's display board (the numbers being called and "
                     "the waiting per purpose, in Japanese and English) instead of the desk. "
                     "No login: it shows no personal data. With --screenshot, draw it into "
                     "the PNG.")),
        QCommandLineOption(kKiosk,
            Text::tr("Open the ticket kiosk (one button per purpose; it issues and prints "
                     "numbered tickets) instead of the desk. No login: it shows no personal "
                     "data. With --screenshot, draw it into the PNG.")),
        QCommandLineOption(kConsole,
            Text::tr("Open the supervisor console (the live room, submissions, approvals, the "
                     "audit log) instead of the desk. Needs --staff of a role that may "
                     "approve (a supervisor).")),
    };
}

} // namespace

EarlyLook lookEarly(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(deskOptions(QString()));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    parser.addOption(help);
    parser.addOption(version);
    const bool understood = parser.parse(arguments);

    EarlyLook look;
    look.language = parser.value(kLang).trimmed().toLower();
    const bool languageKnown = !parser.isSet(kLang) || look.language == QLatin1String("ja")
        || look.language == QLatin1String("en");
    // A mistake is reported without a display, like --help.
    look.needsDisplay = understood && languageKnown && parser.positionalArguments().isEmpty()
        && !parser.isSet(help) && !parser.isSet(version) && !parser.isSet(kScreenshot)
        && !parser.isSet(kScreenshots) && !parser.isSet(kBenchDesk)
        && !(parser.isSet(kBoard) && parser.isSet(kKiosk));
    return look;
}

ParsedOptions parseDeskOptions(
    const QStringList& arguments, const QString& defaultDatabase, const QString& settingsFile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Madoguchi %1: the one-stop counter desk for city halls.")
            .arg(QStringLiteral(MADOGUCHI_VERSION)));
    // Our own help and version options, so that their descriptions are
    // translated with the rest (Qt's catalogue lacks them).
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
        Text::tr("Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version and exit."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions(deskOptions(defaultDatabase));

    ParsedOptions parsed;
    if (!parser.parse(arguments)) {
        parsed.text = parser.errorText();
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.outcome = ParsedOptions::Outcome::Help;
        parsed.text = parser.helpText()
            + Text::tr("\nSettings are kept in %1.\n\n"
                       "Without a display (a server, a container, a CI job):\n"
                       "  xvfb-run -a madoguchi …          run the desk on a virtual display\n"
                       "  madoguchi --screenshot out.png   draw the login dialog into a PNG\n"
                       "  echo PASSWORD | madoguchi --staff ID --screenshot out.png\n"
                       "                                   draw the main window into a PNG\n"
                       "  echo PASSWORD | madoguchi --staff ID --screenshots DIR\n"
                       "                                   a whole visit, one PNG per step\n")
                  .arg(settingsFile);
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.outcome = ParsedOptions::Outcome::Version;
        parsed.text = QStringLiteral("madoguchi %1\n").arg(QStringLiteral(MADOGUCHI_VERSION));
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.text
            = Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return parsed;
    }

    DeskOptions& options = parsed.options;
    options.database = parser.value(kDb).trimmed();
    options.language = parser.value(kLang).trimmed().toLower();
    options.screenshot = parser.value(kScreenshot).trimmed();
    if (parser.isSet(kDb) && options.database.isEmpty()) {
        parsed.text = Text::tr("--db needs a file path or a postgresql:// URL");
        return parsed;
    }
    if (parser.isSet(kLang) && options.language != QLatin1String("ja")
        && options.language != QLatin1String("en")) {
        parsed.text = Text::tr("unknown language '%1': use ja or en").arg(parser.value(kLang));
        return parsed;
    }
    if (parser.isSet(kScreenshot) && options.screenshot.isEmpty()) {
        parsed.text = Text::tr("--screenshot needs a file name");
        return parsed;
    }
    options.staff = parser.value(kStaff).trimmed();
    if (parser.isSet(kStaff) && options.staff.isEmpty()) {
        parsed.text = Text::tr("--staff needs a staff id");
        return parsed;
    }
    options.screenshots = parser.value(kScreenshots).trimmed();
    options.benchDesk = parser.isSet(kBenchDesk);
    if (parser.isSet(kScreenshots) && options.screenshots.isEmpty()) {
        parsed.text = Text::tr("--screenshots needs a folder");
        return parsed;
    }
    if (int(parser.isSet(kScreenshot)) + int(parser.isSet(kScreenshots)) + int(options.benchDesk)
        > 1) {
        parsed.text = Text::tr("--screenshot, --screenshots and --bench-desk go one at a time");
        return parsed;
    }
    if ((parser.isSet(kScreenshots) || options.benchDesk) && options.staff.isEmpty()) {
        parsed.text = Text::tr("--%1 needs --staff ID (the password on standard input): the "
                               "visit is made by a member of staff")
                          .arg(options.benchDesk ? kBenchDesk : kScreenshots);
        return parsed;
    }
    options.board = parser.isSet(kBoard);
    options.kiosk = parser.isSet(kKiosk);
    options.console = parser.isSet(kConsole);
    if (options.console
        && (options.board || options.kiosk || parser.isSet(kScreenshot)
            || !options.screenshots.isEmpty() || options.benchDesk)) {
        parsed.text = Text::tr("--console goes without --board, --kiosk, --screenshot, "
                               "--screenshots and --bench-desk");
        return parsed;
    }
    if (options.console && options.staff.isEmpty()) {
        parsed.text = Text::tr("--console needs --staff ID (the password on standard input): "
                               "the console is a supervisor's");
        return parsed;
    }
    if (options.board && options.kiosk) {
        parsed.text = Text::tr("--board and --kiosk go one at a time");
        return parsed;
    }
    if ((options.board || options.kiosk)
        && (!options.staff.isEmpty() || !options.screenshots.isEmpty() || options.benchDesk)) {
        parsed.text = Text::tr("--%1 needs no login and goes without --staff, --screenshots "
                               "and --bench-desk")
                          .arg(options.board ? kBoard : kKiosk);
        return parsed;
    }
    if (parser.isSet(kBenchQueries)) {
        bool ok = false;
        const int queries = parser.value(kBenchQueries).trimmed().toInt(&ok);
        if (!ok || queries <= 0) {
            parsed.text = Text::tr("--bench-queries needs a positive whole number, not '%1'")
                              .arg(parser.value(kBenchQueries));
            return parsed;
        }
        if (!options.benchDesk) {
            parsed.text = Text::tr("--bench-queries goes with --bench-desk");
            return parsed;
        }
        options.benchQueries = queries;
    }
    if (parser.isSet(kIdleLock)) {
        bool ok = false;
        const int seconds = parser.value(kIdleLock).trimmed().toInt(&ok);
        if (!ok || seconds < 0) {
            parsed.text = Text::tr("--idle-lock needs a whole number of seconds, not '%1'")
                              .arg(parser.value(kIdleLock));
            return parsed;
        }
        options.idleLockSeconds = seconds;
    }
    parsed.outcome = ParsedOptions::Outcome::Run;
    return parsed;
}

QString noDisplayExplanation()
{
    return Text::tr(
        "madoguchi: there is no display to open the window on (DISPLAY, WAYLAND_DISPLAY and "
        "QT_QPA_PLATFORM are all unset).\n"
        "The desk is a graphical program. On a machine without a screen:\n"
        "  xvfb-run -a madoguchi [OPTIONS]         run it on a virtual X display\n"
        "  madoguchi --screenshot out.png [OPTIONS] draw the desk into a PNG and exit\n"
        "  QT_QPA_PLATFORM=offscreen madoguchi     run it with no visible window (tests)\n"
        "Over SSH, connect with 'ssh -X' so that DISPLAY is set.\n");
}

} // namespace madoguchi::desk
