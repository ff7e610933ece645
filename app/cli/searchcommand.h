#pragma once

#include "command.h"

namespace madoguchi::cli {

// `search`: the desk's one search box on the command line (docs/search.md).
// Prints one aligned line per resident, the 支援措置 mark first when a
// support measure is in force, or with --json an array of objects with the
// keys atena_no, setai_no, name_kanji, name_kana, birth_date, age, address,
// katagaki, household {setai_no, head}, match, support_measure.
class SearchCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("search")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
