#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace madoguchi::cli {

class Output;

// Exit codes every command uses (docs/cli.md).
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// One subcommand such as `demo seed`. A command declares its options and
// arguments, and runs with them parsed; it writes through Output only.
class Command {
public:
    virtual ~Command() = default;

    // The words that name it, e.g. {"demo", "seed"}.
    virtual QStringList path() const = 0;
    // One line for `madoguchi-cli --help`.
    virtual QString summary() const = 0;
    // Adds the command's own options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const = 0;
    // Runs with parsed arguments; returns an ExitCode.
    virtual int run(const QCommandLineParser& parser, Output& out) = 0;

    QString name() const { return path().join(QLatin1Char(' ')); }
};

} // namespace madoguchi::cli
