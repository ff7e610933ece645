#pragma once

// The rules context: one JSON document that the checklist and the pre-fill
// read (docs/rules-context.md, resources/catalog/context-schema.json). This
// header reads and checks its input form, as a catalog author writes it by
// hand or contextFromRegister() builds it; contextderivation.h adds the
// derived fields.
#include "common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace madoguchi::catalog {

struct ContextReadOptions {
    // Ids of the life-event questions the catalog asks (event.* in the
    // schema): allowed as further keys of "event". Any other unknown key
    // is refused, as a typo.
    QStringList eventQuestions;
};

// Checks `input` against the input form and returns it unchanged, or an
// Error listing every problem, one per line, each as
// `ORIGIN: /json/pointer: what is wrong`, e.g.
// `ctx.json: /household/members/1/birth_date: expected a date YYYY-MM-DD, got "1980-02-30"`.
// Checked: required keys, types, dates, value sets, unknown and derived keys
// (named, with the nearest known key), unique member ids, and that head,
// subject and surname_change name members; shussei and shibou need a subject.
Result<QJsonObject> readRulesContext(
    const QJsonValue& input, const QString& origin, const ContextReadOptions& options = {});

// A key as one step of a JSON pointer (RFC 6901: "~" → "~0", "/" → "~1").
QString pointerStep(const QString& key);

} // namespace madoguchi::catalog
