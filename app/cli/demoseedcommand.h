#pragma once

#include "command.h"

namespace madoguchi::cli {

// `demo seed`: fills an empty database with the fictitious demo city
// (docs/demo-city.md). The city is a function of --seed, --residents and
// --as-of; the command prints how many people, households, foreign
// residents and support measures it wrote, how long it took and, for
// SQLite, how large the file is.
class DemoSeedCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("demo"), QStringLiteral("seed")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
