#pragma once

#include <QByteArray>
#include <QString>

namespace madoguchi::desk {

// Reads one line of standard input as a password (for --staff): with echo
// off and `prompt` on stderr at a terminal, silently from a pipe. False at
// end of input before any character. Wipe the password after use
// (security::wipePassword).
bool readPasswordFromStdin(const QString& prompt, QByteArray& password);

} // namespace madoguchi::desk
