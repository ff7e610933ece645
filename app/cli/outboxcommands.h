#pragma once

#include "command.h"

namespace madoguchi::cli {

// `outbox list`: the applications in the outbox and where each one is.
class OutboxListCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("outbox"), QStringLiteral("list")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `outbox retry|cancel|handled`: a supervisor's decision about one
// application (docs/delivery.md).
class OutboxDecisionCommand final : public Command {
public:
    enum class Decision { Retry, Cancel, Handled };
    explicit OutboxDecisionCommand(Decision decision)
        : m_decision(decision)
    { }
    QStringList path() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;

private:
    Decision m_decision;
};

} // namespace madoguchi::cli
