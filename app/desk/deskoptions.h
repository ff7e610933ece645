#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi::desk {

// What the command line asks of the desk.
struct DeskOptions {
    QString database; // --db; empty: the setting, else the default file
    QString language; // --lang; empty: the setting, else Japanese
    QString screenshot; // --screenshot; empty: run interactively
    // --screenshots: the folder of the tour's PNGs (screenshottour.h); needs --staff.
    QString screenshots;
    // --bench-desk: measure start-up and search and print JSON (deskbench.h);
    // needs --staff. --bench-queries: how many searches.
    bool benchDesk = false;
    int benchQueries = 200;
    // --staff: log in as this id with the password read from stdin (one
    // line), instead of the login dialog. Never a password in arguments.
    QString staff;
    // --board / --kiosk: the waiting room's display board or ticket kiosk
    // instead of the desk (ui/displayboard.h, ui/kioskwindow.h); with
    // --screenshot, that window drawn into the PNG.
    bool board = false;
    bool kiosk = false;
    // --console: the supervisor console alone (ui/supervisorconsole.h) for
    // --staff, whose role must have the approve right.
    bool console = false;
    // --idle-lock: overrides the setting session/idleLockMinutes;
    // -1 when not given, 0 never locks.
    int idleLockSeconds = -1;
};

// A first look at the command line, before any QApplication exists: is a
// display needed, and which language should --help speak? Unknown options
// and Qt's own (-platform …) are ignored here; parseDeskOptions reports them.
struct EarlyLook {
    bool needsDisplay
        = true; // false for --help, --version, --screenshot(s), --bench-desk, mistakes
    QString language; // --lang as given (checked later)
};
EarlyLook lookEarly(const QStringList& arguments);

struct ParsedOptions {
    enum class Outcome { Run, Help, Version, Error };
    Outcome outcome = Outcome::Error;
    DeskOptions options;
    QString text; // the help or version text, or the error
};

// Parses the arguments (Qt's own already removed by QApplication). The help
// text shows `defaultDatabase`, what runs without --db, and `settingsFile`.
ParsedOptions parseDeskOptions(
    const QStringList& arguments, const QString& defaultDatabase, const QString& settingsFile);

// Explains how to run the desk on a machine without a display.
QString noDisplayExplanation();

} // namespace madoguchi::desk
