#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace madoguchi::cli {

// `secret set|delete|check NAME`: the secrets Madoguchi keeps in the OS
// keychain (docs/security.md, "Secrets"). `set` reads the value from the
// terminal without echo (twice) or one line of stdin; no command ever prints
// a secret.
class SecretCommand final : public Command {
public:
    enum class Action { Set, Delete, Check };

    explicit SecretCommand(Action action)
        : m_action(action)
    { }

    QStringList path() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;

private:
    Action m_action;
};

// Adds the three secret commands to madoguchi-cli's list.
void appendSecretCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace madoguchi::cli
