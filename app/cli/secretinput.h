#pragma once

#include <QByteArray>
#include <QString>

namespace madoguchi::cli {

// Reading passwords and secrets: never from the arguments, where other users
// could see them in the process list (docs/security.md).

// One line from stdin without its line end (a trailing "\r" too); false at
// end of input before any character.
bool readLine(QByteArray& line);

// Reads one line at the terminal with echo off; the prompt goes to stderr.
bool readHidden(const QString& prompt, QByteArray& line);

// Whether stdin is a terminal (then ask twice without echo; otherwise read
// one line).
bool stdinIsTerminal();

} // namespace madoguchi::cli
