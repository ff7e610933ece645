#pragma once

#include "command.h"

namespace madoguchi::cli {

// `demo outside`: the codes a resident would bring to a 出生 visit in the
// demo city (issue #10, docs/desk.md "Try it in the demo"): a smartphone
// pre-entry (its JSON, its MDP1: code and QR code) and the hospital's
// signed 出生証明書 (its JWS and QR code) for the newest baby of the
// register whose mother lives in the same household, or for the household
// of --resident. Reads the register as `profile` does (audited, --as);
// writes only into --out.
class DemoOutsideCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("demo"), QStringLiteral("outside")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
