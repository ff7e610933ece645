// merge, in, and the operations that apply a rule to each element: map,
// filter, reduce, all, none, some (jsonlogic.com "Array Operations").
#include "rules/jsonvalues.h"
#include "rules/operations.h"

#include <QJsonObject>

namespace madoguchi::rules::detail {
namespace {

// [].concat(a, b, …): arrays are spread one level, anything else appended.
bool merge(const Call& call, std::span<const QJsonValue> args, QJsonValue& out)
{
    QJsonArray result;
    for (const QJsonValue& arg : args) {
        if (arg.isArray()) {
            const QJsonArray items = arg.toArray();
            if (!call.checkSize(result.size() + items.size()))
                return false;
            for (const QJsonValue& item : items)
                result.append(item);
        } else {
            result.append(arg);
        }
    }
    if (!call.checkSize(result.size()))
        return false;
    out = result;
    return true;
}

// b.indexOf(a) !== -1: a substring of a string, an element (===) of an
// array; false for anything without indexOf.
bool contains(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    const QJsonValue& needle = argumentAt(args, 0);
    const QJsonValue& haystack = argumentAt(args, 1);
    bool found = false;
    if (haystack.isString()) {
        // "" has an indexOf, but `!b` turns it away first.
        const QString text = haystack.toString();
        found = !text.isEmpty() && text.contains(js::toString(needle));
    } else if (haystack.isArray()) {
        const QJsonArray items = haystack.toArray();
        for (const QJsonValue& item : items) {
            if (js::strictEquals(item, needle)) {
                found = true;
                break;
            }
        }
    }
    out = found;
    return true;
}

// The first argument evaluated; empty unless it is an array.
bool scopeArray(const Call& call, QJsonArray& items)
{
    QJsonValue scope;
    if (!call.evaluate(0, call.data, scope))
        return false;
    if (scope.isArray())
        items = scope.toArray();
    return true;
}

bool map(const Call& call, QJsonValue& out)
{
    QJsonArray items;
    if (!scopeArray(call, items))
        return false;
    QJsonArray result;
    for (const QJsonValue& item : items) {
        QJsonValue value;
        if (!call.evaluate(1, item, value))
            return false;
        result.append(value);
    }
    out = result;
    return true;
}

bool filter(const Call& call, QJsonValue& out)
{
    QJsonArray items;
    if (!scopeArray(call, items))
        return false;
    QJsonArray result;
    for (const QJsonValue& item : items) {
        QJsonValue keep;
        if (!call.evaluate(1, item, keep))
            return false;
        if (js::truthy(keep))
            result.append(item);
    }
    out = result;
    return true;
}

// The body sees {"current": element, "accumulator": so far}; the start
// value (third argument, evaluated) defaults to null and is also the
// result when the first argument is not an array.
bool reduce(const Call& call, QJsonValue& out)
{
    QJsonValue scope;
    if (!call.evaluate(0, call.data, scope))
        return false;
    out = QJsonValue(QJsonValue::Null);
    if (call.arguments.size() > 2 && !call.evaluate(2, call.data, out))
        return false;
    if (!scope.isArray())
        return true;
    const QJsonArray items = scope.toArray();
    const QString current = QStringLiteral("current");
    const QString accumulator = QStringLiteral("accumulator");
    for (const QJsonValue& item : items) {
        const QJsonObject context{{current, item}, {accumulator, out}};
        if (!call.evaluate(1, context, out))
            return false;
    }
    return true;
}

// all: false for an empty or non-array; none: true; some: false.
enum class Quantifier { All, None, Some };

template <Quantifier Q> bool quantify(const Call& call, QJsonValue& out)
{
    QJsonArray items;
    if (!scopeArray(call, items))
        return false;
    if (items.isEmpty()) {
        out = Q == Quantifier::None;
        return true;
    }
    // all stops at the first falsy element, none and some at the first truthy.
    const bool stopWhen = Q != Quantifier::All;
    for (const QJsonValue& item : items) {
        QJsonValue value;
        if (!call.evaluate(1, item, value))
            return false;
        if (js::truthy(value) == stopWhen) {
            out = Q == Quantifier::Some;
            return true;
        }
    }
    out = Q != Quantifier::Some;
    return true;
}

} // namespace

void addArrayOperations(OperationTable& table)
{
    table.insert(
        QStringLiteral("merge"), Operation{.eager = merge, .minArguments = 0, .maxArguments = -1});
    table.insert(
        QStringLiteral("in"), Operation{.eager = contains, .minArguments = 2, .maxArguments = 2});
    const auto scoped
        = [](LazyFunction f) { return Operation{.lazy = f, .minArguments = 2, .maxArguments = 2}; };
    table.insert(QStringLiteral("map"), scoped(map));
    table.insert(QStringLiteral("filter"), scoped(filter));
    table.insert(QStringLiteral("all"), scoped(quantify<Quantifier::All>));
    table.insert(QStringLiteral("none"), scoped(quantify<Quantifier::None>));
    table.insert(QStringLiteral("some"), scoped(quantify<Quantifier::Some>));
    table.insert(
        QStringLiteral("reduce"), Operation{.lazy = reduce, .minArguments = 2, .maxArguments = 3});
}

} // namespace madoguchi::rules::detail
