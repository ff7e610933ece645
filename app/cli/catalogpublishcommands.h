#pragma once

#include "command.h"

namespace madoguchi::cli {

// `catalog publish --db HALL [--catalog DIR]`: the hall states which catalog
// it runs (its fingerprint and id@version list in the hall's meta), so each
// branch's sync can tell whether its own copy is the same (docs/branch.md,
// "The catalog"). A catalog with problems is refused.
class CatalogPublishCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("catalog"), QStringLiteral("publish")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `catalog published --db DB`: what a hall published; on a branch replica,
// what its hall had published at the last pull.
class CatalogPublishedCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("catalog"), QStringLiteral("published")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
