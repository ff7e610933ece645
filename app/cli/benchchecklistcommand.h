#pragma once

#include "command.h"

namespace madoguchi::cli {

// `bench checklist`: the time of one checklist (a context derived and
// evaluated against the whole catalog) for a fixed 6-member household, per
// life event; apart, the check of the context's input form and the load
// with validation of the catalog (docs/catalog.md, "Performance").
class BenchChecklistCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("bench"), QStringLiteral("checklist")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
