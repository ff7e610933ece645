#pragma once

#include "command.h"

namespace madoguchi::cli {

// `bench queue`: a March peak day at the counters simulated under our
// calling policy, strict priority and plain FIFO over the same arrivals;
// waits per class and the fairness ratio (issue #8; docs/queue.md).
class BenchQueueCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("bench"), QStringLiteral("queue")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
