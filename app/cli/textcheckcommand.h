#pragma once

#include "command.h"

namespace madoguchi::cli {

// `text check KIND VALUE…`: checks identifiers with a check digit (KIND is
// mynumber, atena, setai or lgcode) and says why one is wrong. Exit 1 if any
// value is invalid, 2 for an unknown KIND.
class TextCheckCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("text"), QStringLiteral("check")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
