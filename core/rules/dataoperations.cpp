// var, missing and missing_some (jsonlogic.com "Accessing Data").
#include "rules/jsonvalues.h"
#include "rules/operations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringTokenizer>
#include <QVarLengthArray>
#include <limits>

namespace madoguchi::rules::detail {
namespace {

// An array index as JavaScript accepts it: "0", or digits without a leading
// zero below 2^32 - 1; -1 otherwise.
qsizetype arrayIndex(QStringView key)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key[0] == u'0'))
        return -1;
    qint64 index = 0;
    for (const QChar c : key) {
        if (c < u'0' || c > u'9')
            return -1;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index < 4294967295LL ? qsizetype(index) : -1;
}

// value[key] for JSON values: an object's own key, an array's or string's
// index or length; undefined for anything else.
QJsonValue property(const QJsonValue& value, QStringView key)
{
    if (value.isObject())
        return value.toObject().value(key);
    const bool isArray = value.isArray();
    if (!isArray && !value.isString())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonArray array = isArray ? value.toArray() : QJsonArray();
    const QString text = isArray ? QString() : value.toString();
    const qsizetype size = isArray ? array.size() : text.size();
    if (key == u"length")
        return QJsonValue(double(size));
    const qsizetype index = arrayIndex(key);
    if (index < 0 || index >= size)
        return QJsonValue(QJsonValue::Undefined);
    return isArray ? array.at(index) : QJsonValue(QString(text.at(index)));
}

// {"var": [path, default]}: the whole data for "", null or no path; the
// default (null without one) when a step is missing. A step through null
// ends at the default, but a null found at the end is returned.
QJsonValue lookup(const QJsonValue& data, const QJsonValue& path, const QJsonValue& fallback)
{
    if (path.isUndefined() || path.isNull() || (path.isString() && path.toString().isEmpty()))
        return data;
    const QJsonValue notFound = fallback.isUndefined() ? QJsonValue(QJsonValue::Null) : fallback;
    const QString key = js::toString(path);
    QJsonValue current = data;
    for (const QStringView step : QStringTokenizer(key, u'.')) {
        if (current.isNull() || current.isUndefined())
            return notFound;
        current = property(current, step);
        if (current.isUndefined())
            return notFound;
    }
    return current;
}

bool var(const Call& call, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = lookup(call.data, argumentAt(args, 0), argumentAt(args, 1));
    return true;
}

// The keys whose value is null (absent) or "": the arguments, or the
// elements of the first argument when it is an array.
QJsonArray missingKeys(std::span<const QJsonValue> args, const QJsonValue& data)
{
    QJsonArray keys;
    if (!args.empty() && args[0].isArray())
        keys = args[0].toArray();
    else
        for (const QJsonValue& arg : args)
            keys.append(arg);
    QJsonArray missing;
    for (const QJsonValue& key : keys) {
        // {"var": key}: an array key is [path, default].
        const QJsonArray pair = key.isArray() ? key.toArray() : QJsonArray();
        const QJsonValue value = key.isArray()
            ? lookup(data, pair.isEmpty() ? QJsonValue(QJsonValue::Undefined) : pair.at(0),
                pair.size() < 2 ? QJsonValue(QJsonValue::Undefined) : pair.at(1))
            : lookup(data, key, QJsonValue(QJsonValue::Undefined));
        if (value.isNull() || (value.isString() && value.toString().isEmpty()))
            missing.append(key);
    }
    return missing;
}

bool missing(const Call& call, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = missingKeys(args, call.data);
    return true;
}

// The keys themselves must be there: JavaScript reads their .length.
QString checkKeyList(const QJsonValue& value, qsizetype i, const Path& place)
{
    if (i != 1 || (!value.isNull() && !value.isUndefined()))
        return {};
    return QCoreApplication::translate(
        "JsonLogic", "%1: \"missing_some\" needs a list of keys, not %2")
        .arg(place.toString(), js::describe(value));
}

// [] when at least `need` of the keys are present, else the missing ones.
bool missingSome(const Call& call, std::span<const QJsonValue> args, QJsonValue& out)
{
    const QJsonValue& need = argumentAt(args, 0);
    const QJsonValue& options = argumentAt(args, 1);
    // {"missing": options}: an array's elements are the arguments.
    QVarLengthArray<QJsonValue, 8> keys;
    if (options.isArray()) {
        for (const QJsonValue& key : options.toArray())
            keys.append(key);
    } else {
        keys.append(options);
    }
    const QJsonArray missingOnes = missingKeys(
        std::span<const QJsonValue>(keys.constData(), size_t(keys.size())), call.data);
    // options.length: an array's or string's, undefined (NaN) otherwise.
    const double length = options.isArray() ? double(options.toArray().size())
        : options.isString()                ? double(options.toString().size())
                                            : std::numeric_limits<double>::quiet_NaN();
    const bool enough = js::greaterOrEqual(QJsonValue(length - double(missingOnes.size())), need);
    out = enough ? QJsonArray() : missingOnes;
    return true;
}

} // namespace

void addDataOperations(OperationTable& table)
{
    table.insert(
        QStringLiteral("var"), Operation{.eager = var, .minArguments = 0, .maxArguments = 2});
    table.insert(QStringLiteral("missing"),
        Operation{.eager = missing, .minArguments = 0, .maxArguments = -1});
    table.insert(QStringLiteral("missing_some"),
        Operation{.eager = missingSome,
            .minArguments = 2,
            .maxArguments = 2,
            .evaluationMinimum = 2,
            .check = checkKeyList});
}

} // namespace madoguchi::rules::detail
