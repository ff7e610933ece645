#pragma once

#include "command.h"

namespace madoguchi::cli {

// `bench tickets`: kiosks issuing and desks calling, serving and finishing
// at once against one database, each on its own connection; the latency of
// every queue operation, the claims lost to another desk, and a check that
// no ticket was called twice (issue #8's load test; docs/queue.md, "Load:
// 50 desks").
class BenchTicketsCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("bench"), QStringLiteral("tickets")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
