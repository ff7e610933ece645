#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QJsonObject>
#include <QStringList>

namespace madoguchi::catalog {

// The ids of every life event's questions (event.<id> in a context).
QStringList eventQuestionIds(const Catalog& catalog);

// A rules context's input form made ready for the checklist: checked by
// readRulesContext() with the catalog's event questions allowed, the
// answers to the questions of its life event checked against their types
// (required ones present, a select's value one of its options, member ids
// that exist), then derived (deriveContext()). Problems come one a line as
// `ORIGIN: /json/pointer: message`.
Result<QJsonObject> prepareContext(
    const Catalog& catalog, const QJsonValue& input, const QString& origin);

// prepareContext() without the derivation: the checked input form. A
// context the program builds itself (from the register) needs only
// deriveContext().
Result<QJsonObject> checkContext(
    const Catalog& catalog, const QJsonValue& input, const QString& origin);

} // namespace madoguchi::catalog
