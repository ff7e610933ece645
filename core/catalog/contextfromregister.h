#pragma once

// The rules context's input form built from the register for one resident
// and one life event (docs/rules-context.md, "From the register").
#include "catalog/rulescontext.h"
#include "common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::catalog {

// The input form for the resident with 宛名番号 `atenaNo` and an event of
// `eventType` (tennyu, tenshutsu, tenkyo, shussei, shibou, konin) on
// `eventDate`, counted on `today`: their household's current residents in
// the standard member order as m1…mN, with entitlements, the household's
// address; the resident is event.subject for shussei and shibou (and may be
// a 除票 for shibou). `answers` (PATH=VALUE, rulescontextanswers.h) adjust
// it; the result has passed readRulesContext(). `options` name the
// catalog's event questions, which answers may then set. A resident under
// an active 支援措置 is read like any other: this is the counter's own use.
Result<QJsonObject> contextFromRegister(storage::Database& database, const QString& atenaNo,
    const QString& eventType, QDate eventDate, QDate today, const QStringList& answers = {},
    const ContextReadOptions& options = {});

} // namespace madoguchi::catalog
