#include "rules/jsonlogic.h"

#include "rules/evaluation.h"

namespace madoguchi::rules {

Result<QJsonValue> evaluate(
    const QJsonValue& rule, const QJsonValue& data, const EvaluationLimits& limits)
{
    detail::Evaluation evaluation(limits);
    QJsonValue result;
    if (!evaluation.evaluate(rule, data, detail::Path{}, result))
        return evaluation.error();
    // JSON has no undefined; JSON.stringify leaves it out, an array holds null.
    return result.isUndefined() ? QJsonValue(QJsonValue::Null) : result;
}

} // namespace madoguchi::rules
