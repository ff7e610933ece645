#pragma once

#include "command.h"

namespace madoguchi::cli {

// `visit show REF`: each application of a visit, live, and the guidance
// slip (受付案内票) as JSON.
class VisitShowCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("visit"), QStringLiteral("show")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `demo submit`: realistic visits through the real checklist and submit
// path (docs/demo-city.md, "Demo visits").
class DemoSubmitCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("demo"), QStringLiteral("submit")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
