// <, <=, >, >= (with the "between" forms of < and <=), +, -, *, /, %, min
// and max (jsonlogic.com "Numeric Operations"), coercing as JavaScript does.
#include "rules/jsonvalues.h"
#include "rules/operations.h"

#include <cmath>
#include <limits>

namespace madoguchi::rules::detail {
namespace {

// a < b, or a < b < c when a third argument is given (likewise <=).
template <bool (*Compare)(const QJsonValue&, const QJsonValue&)>
bool between(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    const QJsonValue& a = argumentAt(args, 0);
    const QJsonValue& b = argumentAt(args, 1);
    const QJsonValue& c = argumentAt(args, 2);
    out = c.isUndefined() ? Compare(a, b) : Compare(a, b) && Compare(b, c);
    return true;
}

template <bool (*Compare)(const QJsonValue&, const QJsonValue&)>
bool compare(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = Compare(argumentAt(args, 0), argumentAt(args, 1));
    return true;
}

// parseFloat of each argument, summed from 0: {"+": "3"} casts to 3.
bool add(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    double sum = 0;
    for (const QJsonValue& arg : args)
        sum = (sum == 0 ? 0.0 : sum) + js::parseFloat(arg); // parseFloat(String(-0)) is 0
    out = sum;
    return true;
}

// Array.prototype.reduce without a start value: one argument comes back
// as it is, none is JavaScript's TypeError (evaluationMinimum).
bool multiply(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    if (args.size() == 1) {
        out = args[0];
        return true;
    }
    // The first step reads the argument itself, later ones the running number.
    double product = js::parseFloat(args[0]) * js::parseFloat(args[1]);
    for (size_t i = 2; i < args.size(); ++i)
        product = js::parseFloat(QJsonValue(product)) * js::parseFloat(args[i]);
    out = product;
    return true;
}

// -a with one argument (when the second is undefined), else a - b.
bool subtract(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    const QJsonValue& b = argumentAt(args, 1);
    const double a = js::toNumber(argumentAt(args, 0));
    out = b.isUndefined() ? -a : a - js::toNumber(b);
    return true;
}

bool divide(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = js::toNumber(argumentAt(args, 0)) / js::toNumber(argumentAt(args, 1));
    return true;
}

// JavaScript's % is C's fmod: the sign of the dividend, NaN for x % 0.
bool remainder(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = std::fmod(js::toNumber(argumentAt(args, 0)), js::toNumber(argumentAt(args, 1)));
    return true;
}

// Math.min / Math.max: NaN if any argument is not a number, ±Infinity for
// none, and -0 below +0.
template <bool Maximum> bool extreme(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    double result = Maximum ? -std::numeric_limits<double>::infinity()
                            : std::numeric_limits<double>::infinity();
    for (const QJsonValue& arg : args) {
        const double n = js::toNumber(arg);
        if (std::isnan(n)) {
            result = n;
            break;
        }
        const bool better = Maximum ? (n > result || (n == 0 && result == 0 && !std::signbit(n)))
                                    : (n < result || (n == 0 && result == 0 && std::signbit(n)));
        if (better)
            result = n;
    }
    out = result;
    return true;
}

} // namespace

void addNumericOperations(OperationTable& table)
{
    table.insert(QStringLiteral("<"),
        Operation{.eager = between<js::lessThan>, .minArguments = 2, .maxArguments = 3});
    table.insert(QStringLiteral("<="),
        Operation{.eager = between<js::lessOrEqual>, .minArguments = 2, .maxArguments = 3});
    table.insert(QStringLiteral(">"),
        Operation{.eager = compare<js::greaterThan>, .minArguments = 2, .maxArguments = 2});
    table.insert(QStringLiteral(">="),
        Operation{.eager = compare<js::greaterOrEqual>, .minArguments = 2, .maxArguments = 2});
    table.insert(
        QStringLiteral("+"), Operation{.eager = add, .minArguments = 1, .maxArguments = -1});
    table.insert(QStringLiteral("*"),
        Operation{
            .eager = multiply, .minArguments = 1, .maxArguments = -1, .evaluationMinimum = 1});
    table.insert(
        QStringLiteral("-"), Operation{.eager = subtract, .minArguments = 1, .maxArguments = 2});
    table.insert(
        QStringLiteral("/"), Operation{.eager = divide, .minArguments = 2, .maxArguments = 2});
    table.insert(
        QStringLiteral("%"), Operation{.eager = remainder, .minArguments = 2, .maxArguments = 2});
    table.insert(QStringLiteral("min"),
        Operation{.eager = extreme<false>, .minArguments = 1, .maxArguments = -1});
    table.insert(QStringLiteral("max"),
        Operation{.eager = extreme<true>, .minArguments = 1, .maxArguments = -1});
}

} // namespace madoguchi::rules::detail
