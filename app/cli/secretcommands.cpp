#include "secretcommands.h"

#include "output.h"
#include "secretinput.h"
#include "security/passwordhash.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretnames.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

// The value for `secret set`: asked twice at a terminal, one line of stdin
// otherwise. Empty with an error shown on failure.
QByteArray readSecretValue(const QString& name, Output& out)
{
    QByteArray value;
    if (stdinIsTerminal()) {
        QByteArray again;
        const bool read
            = readHidden(
                  QCoreApplication::translate("SecretCommands", "Value of %1: ").arg(name), value)
            && readHidden(QCoreApplication::translate("SecretCommands", "Repeat the value: "),
                again);
        const bool same = read && value == again;
        security::wipePassword(again);
        if (!same) {
            security::wipePassword(value);
            out.error(read ? QCoreApplication::translate("SecretCommands", "the two values differ")
                           : QCoreApplication::translate("SecretCommands", "no value was entered"));
            return {};
        }
    } else if (!readLine(value)) {
        out.error(QCoreApplication::translate(
            "SecretCommands", "no value on standard input (one line is expected)"));
        return {};
    }
    if (value.isEmpty())
        out.error(QCoreApplication::translate(
            "SecretCommands", "the value is empty; to remove a secret use 'secret delete %1'")
                      .arg(name));
    return value;
}

} // namespace

QStringList SecretCommand::path() const
{
    switch (m_action) {
    case Action::Set:
        return {QStringLiteral("secret"), QStringLiteral("set")};
    case Action::Delete:
        return {QStringLiteral("secret"), QStringLiteral("delete")};
    case Action::Check:
        return {QStringLiteral("secret"), QStringLiteral("check")};
    }
    Q_UNREACHABLE();
    return {};
}

QString SecretCommand::summary() const
{
    switch (m_action) {
    case Action::Set:
        return QCoreApplication::translate("SecretCommands",
            "Store a secret in the OS keychain (the value is read from the terminal or stdin)");
    case Action::Delete:
        return QCoreApplication::translate(
            "SecretCommands", "Delete a secret from the OS keychain");
    case Action::Check:
        return QCoreApplication::translate(
            "SecretCommands", "Tell whether a secret is in the OS keychain (never prints it)");
    }
    Q_UNREACHABLE();
    return {};
}

void SecretCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("NAME"),
        QCoreApplication::translate("SecretCommands",
            "The secret: postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token."));
}

int SecretCommand::run(const QCommandLineParser& parser, Output& out)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        out.error(QCoreApplication::translate("SecretCommands",
            "the secret's NAME is missing, e.g. postgresql/USER@HOST:PORT/DBNAME"));
        return ExitUsage;
    }
    if (arguments.size() > 1) {
        out.error(QCoreApplication::translate("SecretCommands",
            "unexpected argument after the name (secrets are never taken from arguments)"));
        return ExitUsage;
    }
    const QString name = arguments.constFirst();
    if (const Status valid = storage::checkSecretName(name); !valid) {
        out.error(valid.error().message);
        return ExitUsage;
    }

    storage::KeychainSecretStore store;
    switch (m_action) {
    case Action::Set: {
        QByteArray value = readSecretValue(name, out);
        if (value.isEmpty())
            return ExitFailure;
        const Status written = store.write(name, value);
        security::wipePassword(value);
        if (!written) {
            out.error(written.error().message);
            return ExitFailure;
        }
        out.result(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("set"), true}});
        out.line(QCoreApplication::translate(
            "SecretCommands", "The secret %1 is stored in the OS keychain.")
                     .arg(name));
        return ExitOk;
    }
    case Action::Delete: {
        const Status removed = store.remove(name);
        if (!removed) {
            out.error(removed.error().message);
            return ExitFailure;
        }
        out.result(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("set"), false}});
        out.line(QCoreApplication::translate(
            "SecretCommands", "The secret %1 is not in the OS keychain any more.")
                     .arg(name));
        return ExitOk;
    }
    case Action::Check: {
        auto read = store.read(name);
        if (!read) {
            out.error(read.error().message);
            return ExitFailure;
        }
        const bool isSet = read.value().has_value() && !read.value()->isEmpty();
        if (read.value())
            security::wipePassword(*read.value());
        out.result(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("set"), isSet}});
        if (!isSet) {
            out.error(QCoreApplication::translate("SecretCommands",
                "the secret %1 is not in the OS keychain; set it with "
                "'madoguchi-cli secret set %1'")
                          .arg(name));
            return ExitFailure;
        }
        out.line(QCoreApplication::translate("SecretCommands", "The secret %1 is set.").arg(name));
        return ExitOk;
    }
    }
    Q_UNREACHABLE();
    return ExitFailure;
}

void appendSecretCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    for (auto action : {SecretCommand::Action::Set, SecretCommand::Action::Delete,
             SecretCommand::Action::Check})
        commands.push_back(std::make_unique<SecretCommand>(action));
}

} // namespace madoguchi::cli
