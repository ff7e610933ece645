#pragma once

#include "command.h"

namespace madoguchi::cli {

// `profile`: everything the desk shows for one resident (docs/profile.md),
// as a readable summary or, with --json, the profile's stable JSON. Reads
// only; the 個人番号 stays masked.
class ProfileCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("profile")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
