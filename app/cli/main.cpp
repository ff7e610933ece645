// madoguchi-cli: finds the subcommand named by the leading words, parses the
// rest of the line with that command's own options, and runs it.
#include "commands.h"
#include "output.h"
#include "translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <cstdio>

using namespace madoguchi::cli;

namespace {

QString programName()
{
    return QStringLiteral("madoguchi-cli");
}

void printOverview(const std::vector<std::unique_ptr<Command>>& commands, FILE* stream)
{
    QString text = QCoreApplication::translate("Cli",
        "Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]\n"
        "Madoguchi %2, the counter system's command line.\n\n"
        "Commands:\n")
                       .arg(programName(), QStringLiteral(MADOGUCHI_VERSION));
    qsizetype width = 0;
    for (const auto& c : commands)
        width = std::max(width, c->name().size());
    for (const auto& c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name().leftJustified(width), c->summary());
    text += QCoreApplication::translate("Cli",
        "\nGlobal options:\n"
        "  --help       show help (after a command: that command's help)\n"
        "  --version    print the version\n"
        "  --json       print results as JSON (commands that produce results)\n\n"
        "Exit codes: 0 success, 1 the operation failed, 2 wrong usage.\n"
        "Run '%1 COMMAND --help' for a command's options.\n")
                .arg(programName());
    std::fputs(text.toUtf8().constData(), stream);
}

// The command whose words match the longest prefix of `words`.
Command* findCommand(const std::vector<std::unique_ptr<Command>>& commands,
    const QStringList& words, qsizetype* used)
{
    Command* best = nullptr;
    *used = 0;
    for (const auto& c : commands) {
        const QStringList path = c->path();
        if (path.size() > words.size() || path.size() <= *used)
            continue;
        if (words.mid(0, path.size()) == path) {
            best = c.get();
            *used = path.size();
        }
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    madoguchi::installTranslations(app, madoguchi::languageFromLocale(QLocale::system().name()));

    const auto commands = allCommands();
    QStringList args = QCoreApplication::arguments().mid(1);

    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printOverview(commands, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("madoguchi-cli %s\n", MADOGUCHI_VERSION);
        return ExitOk;
    }

    qsizetype used = 0;
    Command* command = findCommand(commands, args, &used);
    if (!command) {
        Output(QString(), false)
            .error(QCoreApplication::translate(
                "Cli", "unknown command '%1'; run '%2 --help' for the list")
                       .arg(args.mid(0, 2).join(QLatin1Char(' ')), programName()));
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("Cli", "Show this command's help."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the result as JSON."));
    parser.addOption(help);
    parser.addOption(json);
    command->configure(parser);

    QStringList commandArgs{programName() + QLatin1Char(' ') + command->name()};
    commandArgs += args.mid(used);
    Output out(command->name(), false);
    if (!parser.parse(commandArgs)) {
        out.error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names argv[0] in the usage line; the user typed "madoguchi-cli <command>".
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), commandArgs.constFirst());
        std::fputs(text.toUtf8().constData(), stdout);
        return ExitOk;
    }
    Output output(command->name(), parser.isSet(json));
    return command->run(parser, output);
}
