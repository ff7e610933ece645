#pragma once

#include "catalog/catalogmodel.h"
#include "command.h"

#include <memory>

namespace madoguchi::cli {

// The catalog named by `directory` (a --catalog option or a DIR argument),
// else by MADOGUCHI_CATALOG, the setting catalog/directory or the built-in
// one (docs/catalog.md). Reports every problem on `out` and returns null
// when the catalog is not valid.
std::shared_ptr<const catalog::Catalog> openCatalog(const QString& directory, Output& out);

// What a --catalog option or a DIR argument names, and where it defaults to.
QString catalogDirectoryHelp();

// `catalog validate [DIR]`: loads and validates a catalog and its cases;
// every problem on stderr as FILE: /json/pointer: message; exit code 1 if any.
class CatalogValidateCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("catalog"), QStringLiteral("validate")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `catalog test [DIR]`: runs the catalog's example cases (cases/*.json) and
// shows each difference between the expected and the actual checklist.
class CatalogTestCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("catalog"), QStringLiteral("test")};
    }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
