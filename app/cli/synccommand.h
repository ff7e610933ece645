#pragma once

#include "command.h"

namespace madoguchi::cli {

// `sync`: one sync of a branch replica with the hall — push the branch's
// visits and audit entries, pull the register and the staff verifiers
// (docs/branch.md). The first sync of a new replica names its branch code
// and bootstraps the whole register, with progress on a terminal.
class SyncCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("sync")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
