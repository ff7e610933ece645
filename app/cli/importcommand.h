#pragma once

#include "command.h"

namespace madoguchi::cli {

// `import residents`: reads a standard resident extract into the register
// (docs/import-format.md). Rejected rows go to stderr and, with --report, to
// a CSV file (line, column, reason); the summary counts rows read, imported,
// updated, removed, unchanged and rejected. Exit 0 when every row was
// accepted, 1 when any row was rejected or the file was refused, 2 on usage.
class ImportResidentsCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("import"), QStringLiteral("residents")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
