#pragma once

#include <QJsonObject>

namespace madoguchi::cli {

class Output;

// `checklist --forms` for people: every filled form with its fields (value
// and where it came from) and the merged interview, from formsJson().
void printForms(Output& out, const QJsonObject& forms);

} // namespace madoguchi::cli
