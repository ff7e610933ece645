#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QJsonValue>
#include <QStringList>

// The check of one interview answer against the type of the field or
// life-event question it answers (docs/forms.md, "Answers").
namespace madoguchi::catalog {

// The answer as the form keeps it, or an Error saying what the type
// expects. `value` is not empty (isEmptyValue). Dates are an exact day in
// any form core/text reads (2026-11-15, R8.11.15, 令和8年11月15日) and come
// back as YYYY-MM-DD; a My Number comes back as its 12 digits, its check
// digit checked; a select's value is one of its options; a checkbox is
// true or false; a number a JSON number; member / members are ids of
// `memberIds`; every other type a string.
Result<QJsonValue> checkFieldAnswer(
    const FormField& field, const QJsonValue& value, const QStringList& memberIds);

} // namespace madoguchi::catalog
