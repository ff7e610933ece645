// if / ?:, and, or, !, !!, ==, ===, != and !== (jsonlogic.com "Logic and
// Boolean Operations").
#include "rules/jsonvalues.h"
#include "rules/operations.h"

namespace madoguchi::rules::detail {
namespace {

// Pairs of condition and result, then an optional else; null without one.
bool ifThenElse(const Call& call, QJsonValue& out)
{
    const qsizetype count = call.arguments.size();
    qsizetype i = 0;
    for (; i < count - 1; i += 2) {
        QJsonValue condition;
        if (!call.evaluate(i, call.data, condition))
            return false;
        if (js::truthy(condition))
            return call.evaluate(i + 1, call.data, out);
    }
    if (i == count - 1)
        return call.evaluate(i, call.data, out);
    out = QJsonValue(QJsonValue::Null);
    return true;
}

// The first falsy (and) or truthy (or) value, else the last one; undefined
// without arguments.
template <bool StopWhenTruthy> bool firstDeciding(const Call& call, QJsonValue& out)
{
    out = QJsonValue(QJsonValue::Undefined);
    for (qsizetype i = 0; i < call.arguments.size(); ++i) {
        if (!call.evaluate(i, call.data, out))
            return false;
        if (js::truthy(out) == StopWhenTruthy)
            return true;
    }
    return true;
}

template <bool (*Compare)(const QJsonValue&, const QJsonValue&), bool Negate>
bool equality(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = Compare(argumentAt(args, 0), argumentAt(args, 1)) != Negate;
    return true;
}

template <bool Negate>
bool truthiness(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = js::truthy(argumentAt(args, 0)) != Negate;
    return true;
}

} // namespace

void addLogicOperations(OperationTable& table)
{
    const Operation branch{.lazy = ifThenElse, .minArguments = 0, .maxArguments = -1};
    table.insert(QStringLiteral("if"), branch);
    table.insert(QStringLiteral("?:"), branch);
    table.insert(QStringLiteral("and"),
        Operation{.lazy = firstDeciding<false>, .minArguments = 1, .maxArguments = -1});
    table.insert(QStringLiteral("or"),
        Operation{.lazy = firstDeciding<true>, .minArguments = 1, .maxArguments = -1});

    const auto binary = [](EagerFunction f) {
        return Operation{.eager = f, .minArguments = 2, .maxArguments = 2};
    };
    table.insert(QStringLiteral("=="), binary(equality<js::looseEquals, false>));
    table.insert(QStringLiteral("!="), binary(equality<js::looseEquals, true>));
    table.insert(QStringLiteral("==="), binary(equality<js::strictEquals, false>));
    table.insert(QStringLiteral("!=="), binary(equality<js::strictEquals, true>));
    table.insert(QStringLiteral("!"),
        Operation{.eager = truthiness<true>, .minArguments = 1, .maxArguments = 1});
    table.insert(QStringLiteral("!!"),
        Operation{.eager = truthiness<false>, .minArguments = 1, .maxArguments = 1});
}

} // namespace madoguchi::rules::detail
