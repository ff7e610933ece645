#pragma once

#include "command.h"

namespace madoguchi::cli {

// `export residents`: writes the register as a standard resident extract
// (docs/import-format.md) that `import residents` reads back.
class ExportResidentsCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("export"), QStringLiteral("residents")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
