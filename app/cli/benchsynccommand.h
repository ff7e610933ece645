#pragma once

#include "command.h"

namespace madoguchi::cli {

// `bench sync`: issue #9's figures — a branch replica bootstrapped from a
// hall of N residents (target ≤ 120 s at 1,000,000), then an incremental
// pull of K changes made at the hall (target ≤ 2 s at 1,000). docs/branch.md.
class BenchSyncCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("bench"), QStringLiteral("sync")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
