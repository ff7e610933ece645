#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QtGlobal>

// JsonLogic (jsonlogic.com) with JavaScript's semantics, as the reference
// json-logic-js 2.0 gives them, plus Madoguchi's date operations
// (docs/rules.md). Evaluation never throws, never recurses without bound and
// never runs without end: a hostile rule ends with an Error naming the place
// in the rule as a JSON pointer, e.g. `/and/1/if/2: unknown operation "fooo"`.
namespace madoguchi::rules {

struct EvaluationLimits {
    // Objects and arrays nested in the rule (and in map/filter/reduce bodies).
    int maxDepth = 256;
    // Evaluation steps: one per node visited, plus one per array element or
    // 64 characters an operation handles. A checklist of ~40 rules takes a
    // few thousand.
    qint64 maxSteps = 2'000'000;
    // The longest string or array that cat or merge may build.
    qsizetype maxSize = 1'000'000;
};

// Applies `rule` to `data`. The result is JSON: JavaScript's undefined (an
// `and` of nothing) comes back as null. Fails on a malformed rule (an
// unknown operation, an object with other than one key, an argument the
// reference would throw on), an invalid operand of a date operation, or a
// limit reached.
Result<QJsonValue> evaluate(
    const QJsonValue& rule, const QJsonValue& data, const EvaluationLimits& limits = {});

// Checks a rule without data, stricter than evaluate(): every operation is
// known, has exactly one key, and takes a number of arguments it uses (no
// ignored extras: `{"==": [1, 2, 3]}` is refused); literal operands of the
// date operations are valid. A rule that passes never fails evaluation for
// its structure; only data (an invalid date, a missing list) can still fail
// it. Nesting is limited as in evaluate().
Status validate(const QJsonValue& rule, int maxDepth = EvaluationLimits{}.maxDepth);

} // namespace madoguchi::rules
