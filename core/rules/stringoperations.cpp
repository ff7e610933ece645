// cat and substr (jsonlogic.com "String Operations").
#include "rules/jsonvalues.h"
#include "rules/operations.h"

#include <algorithm>
#include <cmath>

namespace madoguchi::rules::detail {
namespace {

// Array.prototype.join(""): null and undefined add nothing.
bool concatenate(const Call& call, std::span<const QJsonValue> args, QJsonValue& out)
{
    QString text;
    for (const QJsonValue& arg : args) {
        if (!arg.isNull() && !arg.isUndefined())
            text += js::toString(arg);
        if (!call.checkSize(text.size()))
            return false;
    }
    out = text;
    return true;
}

// ToIntegerOrInfinity(ToNumber(value)): NaN is 0, fractions truncate.
double toInteger(const QJsonValue& value)
{
    const double n = js::toNumber(value);
    return std::isnan(n) ? 0 : std::trunc(n);
}

// String.prototype.substr(start, length) (ECMAScript Annex B).
QString jsSubstr(const QString& s, const QJsonValue& start, const QJsonValue& length)
{
    const double size = double(s.size());
    double from = toInteger(start);
    if (from < 0)
        from = std::max(size + from, 0.0);
    from = std::min(from, size);
    const double count = length.isUndefined() ? size : std::clamp(toInteger(length), 0.0, size);
    const double to = std::min(from + count, size);
    return from >= to ? QString() : s.sliced(qsizetype(from), qsizetype(to - from));
}

// json-logic-js: substr(source, start[, length]); a negative length drops
// that many characters from the end, as PHP does.
bool substring(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    const QString source = js::toString(argumentAt(args, 0));
    const QJsonValue& start = argumentAt(args, 1);
    const QJsonValue& length = argumentAt(args, 2);
    if (!js::lessThan(length, QJsonValue(0))) {
        out = jsSubstr(source, start, length);
        return true;
    }
    const QString rest = jsSubstr(source, start, QJsonValue(QJsonValue::Undefined));
    // temp.length + end: JavaScript's + joins strings if end is one ("-2").
    const QJsonValue end
        = length.isArray() || length.isObject() ? QJsonValue(js::toString(length)) : length;
    const QJsonValue keep = end.isString()
        ? QJsonValue(js::numberToString(double(rest.size())) + end.toString())
        : QJsonValue(double(rest.size()) + js::toNumber(end));
    out = jsSubstr(rest, QJsonValue(0), keep);
    return true;
}

} // namespace

void addStringOperations(OperationTable& table)
{
    table.insert(QStringLiteral("cat"),
        Operation{.eager = concatenate, .minArguments = 0, .maxArguments = -1});
    table.insert(QStringLiteral("substr"),
        Operation{.eager = substring, .minArguments = 2, .maxArguments = 3});
}

} // namespace madoguchi::rules::detail
