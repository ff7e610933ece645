#pragma once

#include "command.h"

namespace madoguchi::cli {

// `context`: the rules context (docs/rules-context.md) built from the
// register for a resident and a life event, or read from a hand-written
// file and checked; printed in its input form or, with --derived, with the
// derived fields the rules see.
class ContextCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("context")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;

private:
    int runFile(const QCommandLineParser& parser, Output& out);
    int runRegister(const QCommandLineParser& parser, Output& out);
};

} // namespace madoguchi::cli
