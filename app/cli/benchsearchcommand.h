#pragma once

#include "command.h"

namespace madoguchi::cli {

// `bench search`: times the search service on a fixed, seeded mix of query
// classes drawn from the database, and the same queries through a naive
// LIKE '%…%' baseline (docs/search.md, "The bench", has the JSON shape).
class BenchSearchCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("bench"), QStringLiteral("search")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
