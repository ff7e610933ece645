#pragma once

#include <QString>
#include <QStringList>

namespace madoguchi::testing {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real madoguchi-cli binary with `arguments` (and `input` on stdin)
// in an English locale; waits up to two minutes.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {});

} // namespace madoguchi::testing
