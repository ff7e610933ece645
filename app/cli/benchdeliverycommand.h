#pragma once

#include "command.h"

namespace madoguchi::cli {

// `bench delivery`: how fast one relay hands applications to the sandbox
// over loopback HTTP, and how long submitting a visit takes
// (docs/delivery.md, "Figures").
class BenchDeliveryCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("bench"), QStringLiteral("delivery")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
