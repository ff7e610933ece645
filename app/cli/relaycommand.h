#pragma once

#include "command.h"

namespace madoguchi::cli {

// `relay`: delivers the outbox to the back-end systems, as a service (until
// SIGTERM/SIGINT, which lets the send in flight finish) or --once (until
// nothing is due). docs/delivery.md.
class RelayCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("relay")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
