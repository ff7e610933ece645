#pragma once

#include "catalog/rulescontext.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <variant>

namespace madoguchi::cli {

class Output;

// The options that name a resident of the register and a life event, shared
// by `context` and `checklist`: --db, --resident, --event, --event-date,
// --today, --answer (docs/rules-context.md, "From the register").
void addRegisterContextOptions(QCommandLineParser& parser);

// The rules context's input form for those options, or, after the problem
// was reported, the exit code to return. The read goes through
// RegisterAccess as the console or --as STAFF_ID: it is recorded as a
// profile view. With `printing` (what is about to be printed) a support
// measure of the household that blocks printing refuses it, and the print
// is recorded (docs/security.md, "Support measures").
std::variant<QJsonObject, int> registerContext(const QCommandLineParser& parser, Output& out,
    const catalog::ContextReadOptions& options = {}, const QString& printing = {});

// Every line of a multi-line error, each with the command's prefix.
void errorLines(Output& out, const QString& message);

} // namespace madoguchi::cli
