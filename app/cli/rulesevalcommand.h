#pragma once

#include "command.h"

namespace madoguchi::cli {

// `rules eval RULE DATA`: applies a JsonLogic rule to data (docs/rules.md)
// and prints the result as one line of JSON. Each argument is JSON text or
// @FILE. A rule that evaluates but that validation refuses (an argument
// count the reference silently tolerates) gets a warning on stderr.
class RulesEvalCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("rules"), QStringLiteral("eval")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
