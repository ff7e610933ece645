#pragma once

#include "command.h"

namespace madoguchi::cli {

// `staff add|passwd|disable|unlock|list`: the staff accounts of a database
// (docs/security.md, "Staff accounts"). Passwords are read from the terminal
// without echo, or one line from stdin when it is not a terminal; never from
// the arguments.
class StaffCommand final : public Command {
public:
    enum class Action { Add, Passwd, Disable, Unlock, List };

    explicit StaffCommand(Action action)
        : m_action(action)
    { }

    QStringList path() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;

private:
    Action m_action;
};

} // namespace madoguchi::cli
