#pragma once

#include "command.h"

namespace madoguchi::cli {

// support unlock: a supervisor lifts a 支援措置 block for a while.
class SupportUnlockCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("support"), QStringLiteral("unlock")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// support expiring: the measures that end within a month, for extension.
class SupportExpiringCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("support"), QStringLiteral("expiring")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
