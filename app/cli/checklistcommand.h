#pragma once

#include "command.h"

namespace madoguchi::cli {

// `checklist --context FILE [--catalog DIR]`: the checklist of a rules
// context written by hand (docs/rules-context.md): the procedures that
// apply, with reason, deadline, documents and system, and those of the
// event that do not, with why (docs/catalog.md).
class ChecklistCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("checklist")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
