#pragma once

#include "command.h"

namespace madoguchi::cli {

// `text fold STRING…`: prints the search key of each argument (the key the
// resident search compares, core/text/folding.h), one "STRING<TAB>KEY" line
// per argument, or with --json an array of {"input", "key"}. With
// --variants FILE the city's kanji variant file is added to the built-in
// table first, so a city can check its file (a broken line fails with its
// file and line, exit code 1).
class TextFoldCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("text"), QStringLiteral("fold")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
