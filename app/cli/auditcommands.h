#pragma once

#include "command.h"

namespace madoguchi::cli {

// `audit verify`: walks the audit chain and names the first broken entry
// (exit 1 when one is found). Reads only.
class AuditVerifyCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("audit"), QStringLiteral("verify")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `audit query`: audit entries by operator, resident, action and time, and
// the review queries of COUNTER-DOMAIN §6. Reads only.
class AuditQueryCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("audit"), QStringLiteral("query")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
