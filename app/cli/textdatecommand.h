#pragma once

#include "command.h"

namespace madoguchi::cli {

// `text date INPUT…`: reads each input as a date the way the desk does and
// prints its storage string, its 和暦 long form and its precision, or why it
// is not a date (docs/dates-and-identifiers.md). Exit 1 if any input fails.
class TextDateCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("text"), QStringLiteral("date")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
