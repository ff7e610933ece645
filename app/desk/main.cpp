// madoguchi: the counter desk. Decides whether a display is needed before Qt
// looks for one, picks the language, opens the database and shows the main
// window after the login dialog — or draws the desk into a PNG with
// --screenshot.
#include "databaseopener.h"
#include "deskbench.h"
#include "deskoptions.h"
#include "deskrelay.h"
#include "desksession.h"
#include "desksettings.h"
#include "displayboard.h"
#include "fonts.h"
#include "kioskwindow.h"
#include "lockcover.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "screenshottour.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/login.h"
#include "security/passwordhash.h"
#include "security/permissions.h"
#include "sessionstatus.h"
#include "stdinpassword.h"
#include "storage/database.h"
#include "supervisorconsole.h"
#include "sync/syncstate.h"
#include "translator.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <cstdio>

using namespace madoguchi;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Desk)
};

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

void nameApplication()
{
    // No organisation name: data in ~/.local/share/madoguchi/.
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
}

// --lang, else the setting ui/language, else Japanese.
QString pickLanguage(const QString& fromCommandLine, const ui::DeskSettings& settings)
{
    if (ui::DeskSettings::isSupportedLanguage(fromCommandLine))
        return fromCommandLine;
    const QString stored = settings.language();
    return stored.isEmpty() ? QString::fromLatin1(kDefaultLanguage) : stored;
}

void speak(QCoreApplication& app, const QString& language)
{
    installTranslations(app, language);
    QLocale::setDefault(language == QLatin1String("ja")
            ? QLocale(QLocale::Japanese, QLocale::Japan)
            : QLocale(QLocale::English, QLocale::UnitedStates));
}

bool platformChosen(const QStringList& arguments)
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || arguments.contains(QStringLiteral("-platform"));
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// The default shown by --help: never a password.
QString describeDefaultDatabase(const ui::DeskSettings& settings)
{
    const QString stored = settings.databaseLocation();
    if (stored.isEmpty())
        return ui::DeskSettings::defaultDatabaseFile();
    const auto parsed = storage::parseDatabaseLocation(stored);
    return Text::tr("%1 (from the setting database/location)")
        .arg(parsed ? parsed->displayName() : stored);
}

int explainNoDisplay(int argc, char** argv, const QString& language)
{
    QCoreApplication app(argc, argv);
    nameApplication();
    speak(app, pickLanguage(language, ui::DeskSettings()));
    print(stderr, desk::noDisplayExplanation());
    return 1;
}

// --staff ID: the password is one line of stdin, never an argument.
Result<security::Session> logInFromStdin(
    storage::Database& database, const QString& staffId, const QString& terminal)
{
    QByteArray password;
    if (!desk::readPasswordFromStdin(Text::tr("Password for %1: ").arg(staffId), password))
        return Error{Text::tr("--staff %1: no password on standard input (one line is expected)")
                         .arg(staffId)};
    auto session = security::login(database, staffId, password, terminal);
    security::wipePassword(password);
    return session;
}

// Without --staff: the login dialog over the covered window, what a person
// sees first. With --staff: the main window of that session.
int runScreenshot(const desk::DeskOptions& options, const QString& location,
    const QString& language, const QString& terminal)
{
    auto database = storage::Database::open(location);
    if (!database) {
        print(stderr,
            Text::tr("madoguchi: cannot open the database: %1\n").arg(database.error().message));
        return 1;
    }
    ui::MainWindow window(std::move(database).value(), language);
    std::unique_ptr<ui::LoginDialog> dialog;
    ui::LockCover cover(&window);
    if (options.staff.isEmpty()) {
        cover.cover(Text::tr("Madoguchi"));
        dialog = std::make_unique<ui::LoginDialog>(window.database(), terminal);
    } else {
        const auto session = logInFromStdin(window.database(), options.staff, terminal);
        if (!session) {
            print(stderr, QStringLiteral("madoguchi: %1\n").arg(session.error().message));
            return 1;
        }
        window.sessionStatus()->showSession(session.value());
    }
    if (Status saved = desk::saveScreenshot(window, options.screenshot, dialog.get()); !saved) {
        print(stderr, QStringLiteral("madoguchi: %1\n").arg(saved.error().message));
        return 1;
    }
    return 0;
}

// --screenshots DIR --staff ID: the tour of a whole visit (screenshottour.h).
// --bench-desk --staff ID: the desk's figures as JSON (deskbench.h).
int runTourOrBench(const desk::DeskOptions& options, const QString& location,
    const QString& language, const QString& terminal)
{
    const bool tour = !options.screenshots.isEmpty();
    if (tour) {
        if (Status ready = desk::prepareScreenshotDirectory(options.screenshots); !ready) {
            print(stderr, QStringLiteral("madoguchi: %1\n").arg(ready.error().message));
            return 1;
        }
    }
    auto database = storage::Database::open(location);
    if (!database) {
        print(stderr,
            Text::tr("madoguchi: cannot open the database: %1\n").arg(database.error().message));
        return 1;
    }
    ui::MainWindow window(std::move(database).value(), language);
    const auto session = logInFromStdin(window.database(), options.staff, terminal);
    if (!session) {
        print(stderr, QStringLiteral("madoguchi: %1\n").arg(session.error().message));
        return 1;
    }
    if (!tour) {
        const auto figures
            = desk::runDeskBench(window, session.value(), terminal, options.benchQueries);
        if (!figures) {
            print(stderr,
                QStringLiteral("madoguchi: --bench-desk: %1\n").arg(figures.error().message));
            return 1;
        }
        print(stdout, QString::fromUtf8(QJsonDocument(figures.value()).toJson()));
        return 0;
    }
    const auto files
        = desk::runScreenshotTour(window, session.value(), terminal, options.screenshots);
    if (!files) {
        print(stderr, QStringLiteral("madoguchi: --screenshots: %1\n").arg(files.error().message));
        return 1;
    }
    for (const QString& file : files.value())
        print(stdout, QStringLiteral("%1\n").arg(file));
    return 0;
}

// --board / --kiosk: the waiting room's windows instead of the desk. No
// login: they show no personal data (ticket numbers, purposes, counts and
// counters only) and stand where residents are. With --screenshot, the
// window drawn into the PNG.
int runWaitingRoom(const desk::DeskOptions& options, const QString& location)
{
    auto opened = storage::Database::open(location);
    if (!opened) {
        print(stderr,
            Text::tr("madoguchi: cannot open the database: %1\n").arg(opened.error().message));
        return 1;
    }
    const std::unique_ptr<storage::Database> database = std::move(opened).value();
    std::unique_ptr<QWidget> window;
    if (options.board)
        window = std::make_unique<ui::DisplayBoard>(*database);
    else
        window = std::make_unique<ui::KioskWindow>(*database);
    if (!options.screenshot.isEmpty()) {
        if (Status saved = desk::saveScreenshot(*window, options.screenshot); !saved) {
            print(stderr, QStringLiteral("madoguchi: %1\n").arg(saved.error().message));
            return 1;
        }
        return 0;
    }
    desk::UnixSignalWatcher watcher;
    QObject::connect(&watcher, &desk::UnixSignalWatcher::signalReceived, window.get(),
        [] { QCoreApplication::exit(0); });
    window->showFullScreen();
    return QApplication::exec();
}

// --console --staff ID: the supervisor console on its own, for a role that
// may approve; refused plainly for any other. It ends when it is closed.
int runConsole(const desk::DeskOptions& options, const QString& location, const QString& terminal)
{
    auto opened = storage::Database::open(location);
    if (!opened) {
        print(stderr,
            Text::tr("madoguchi: cannot open the database: %1\n").arg(opened.error().message));
        return 1;
    }
    const std::unique_ptr<storage::Database> database = std::move(opened).value();
    const auto session = logInFromStdin(*database, options.staff, terminal);
    if (!session) {
        print(stderr, QStringLiteral("madoguchi: %1\n").arg(session.error().message));
        return 1;
    }
    if (!security::roleMay(session->role, security::Permission::Approve)) {
        print(stderr,
            Text::tr("madoguchi: --console: %1; the supervisor console is for a role that may "
                     "approve (a supervisor)\n")
                .arg(security::deniedMessage(session.value(), security::Permission::Approve)));
        return 1;
    }
    security::AuditLog audit(*database);
    security::AccessControl access(session.value(), audit);
    ui::SupervisorConsole console(*database, access);
    desk::UnixSignalWatcher watcher;
    QObject::connect(&watcher, &desk::UnixSignalWatcher::signalReceived, &console,
        [] { QCoreApplication::exit(0); });
    console.show();
    print(stdout, QStringLiteral("madoguchi: console\n"));
    return QApplication::exec();
}

std::chrono::milliseconds idleInterval(
    const desk::DeskOptions& options, const ui::DeskSettings& settings)
{
    if (options.idleLockSeconds >= 0)
        return std::chrono::seconds(options.idleLockSeconds);
    return std::chrono::minutes(settings.idleLockMinutes());
}

int runDesk(QApplication& app, const desk::DeskOptions& options, const QString& location,
    const QString& language, ui::DeskSettings& settings)
{
    desk::UnixSignalWatcher watcher;
    bool quitting = false;
    QObject::connect(&watcher, &desk::UnixSignalWatcher::signalReceived, &app, [&quitting] {
        quitting = true;
        QCoreApplication::exit(0); // also ends a dialog's loop during start-up
    });

    ui::DatabaseOpener opener(nullptr, ui::DatabaseOpener::GiveUp::Quit);
    auto database = opener.open(location);
    if (!database)
        return quitting ? 0 : 1;
    if (opener.opened() != location)
        settings.setDatabaseLocation(opener.opened());

    // Standalone: this desk delivers what it submits (docs/delivery.md).
    QString noRelay;
    const auto branch = sync::loadSyncState(*database);
    const auto relay
        = desk::startDeskRelay(opener.opened(), !branch || branch->isBranch(), noRelay);
    print(stdout,
        relay ? QStringLiteral("madoguchi: relay running\n")
              : QStringLiteral("madoguchi: %1\n").arg(noRelay));

    ui::MainWindow window(std::move(database), language);
    ui::DeskSession session(window, settings.terminalName());
    session.setIdleInterval(idleInterval(options, settings));
    // Lines for scripts and the smoke tests: what the desk shows now.
    QObject::connect(&session, &ui::DeskSession::loginShown, &window,
        [] { print(stdout, QStringLiteral("madoguchi: login\n")); });
    QObject::connect(&session, &ui::DeskSession::loggedIn, &window, [&window] {
        QTimer::singleShot(0, &window, [] { print(stdout, QStringLiteral("madoguchi: ready\n")); });
    });
    QObject::connect(&session, &ui::DeskSession::locked, &window,
        [] { print(stdout, QStringLiteral("madoguchi: locked\n")); });
    QObject::connect(
        &session, &ui::DeskSession::loginCancelled, &app, [] { QCoreApplication::exit(0); });
    // The window hides while the login dialog is up (at start, after a
    // logout): the desk ends when the window is closed, not then.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &window, [&window, &session] {
        if (!window.isVisible() && !session.dialog())
            QCoreApplication::exit(0);
    });

    if (options.staff.isEmpty()) {
        session.showLogin();
    } else {
        const auto loggedIn
            = logInFromStdin(window.database(), options.staff, settings.terminalName());
        if (!loggedIn) {
            print(stderr, QStringLiteral("madoguchi: %1\n").arg(loggedIn.error().message));
            return 1;
        }
        session.begin(loggedIn.value());
    }
    if (quitting)
        return 0;
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    desk::markMainEntered();
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const desk::EarlyLook early = desk::lookEarly(rawArguments);
    if (!platformChosen(rawArguments)) {
        if (!early.needsDisplay)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        else if (!displayAvailable())
            return explainNoDisplay(argc, argv, early.language);
    }

    QApplication app(argc, argv);
    nameApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("madoguchi"));
    ui::DeskSettings settings;
    const QString language = pickLanguage(early.language, settings);
    speak(app, language);

    const desk::ParsedOptions parsed = desk::parseDeskOptions(
        QCoreApplication::arguments(), describeDefaultDatabase(settings), settings.fileName());
    switch (parsed.outcome) {
    case desk::ParsedOptions::Outcome::Help:
    case desk::ParsedOptions::Outcome::Version:
        print(stdout, parsed.text);
        return 0;
    case desk::ParsedOptions::Outcome::Error:
        print(stderr,
            Text::tr("madoguchi: %1\nRun 'madoguchi --help' for the options.\n").arg(parsed.text));
        return 2;
    case desk::ParsedOptions::Outcome::Run:
        break;
    }

    ui::useJapaneseCapableFont(language);
    const desk::DeskOptions& options = parsed.options;
    const QString location
        = options.database.isEmpty() ? settings.effectiveDatabaseLocation() : options.database;
    if (options.board || options.kiosk)
        return runWaitingRoom(options, location);
    if (options.console)
        return runConsole(options, location, settings.terminalName());
    if (!options.screenshot.isEmpty())
        return runScreenshot(options, location, language, settings.terminalName());
    if (!options.screenshots.isEmpty() || options.benchDesk)
        return runTourOrBench(options, location, language, settings.terminalName());
    return runDesk(app, options, location, language, settings);
}
