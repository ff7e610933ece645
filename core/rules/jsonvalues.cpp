// JavaScript's ToBoolean, ToString, ToNumber, == , === and the relational
// comparison over JSON values (ECMAScript 2023 §7.1, §7.2.13–15).
#include "rules/jsonvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace madoguchi::rules::js {
namespace {

// Arrays nested deeper than this print as "" (JavaScript would overflow
// its stack); keeps ToString from recursing without bound on odd data.
constexpr int kMaxStringDepth = 512;

// JavaScript's types, with arrays and objects both "object".
enum class Kind { Undefined, Null, Boolean, Number, String, Object };

Kind kindOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Kind::Null;
    case QJsonValue::Bool:
        return Kind::Boolean;
    case QJsonValue::Double:
        return Kind::Number;
    case QJsonValue::String:
        return Kind::String;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return Kind::Object;
    case QJsonValue::Undefined:
        break;
    }
    return Kind::Undefined;
}

bool isNullish(Kind kind)
{
    return kind == Kind::Undefined || kind == Kind::Null;
}

void appendString(QString& out, const QJsonValue& value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        if (depth > kMaxStringDepth)
            return;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            const QJsonValue element = array.at(i);
            if (!element.isNull() && !element.isUndefined())
                appendString(out, element, depth + 1);
        }
        return;
    }
    case QJsonValue::Object:
        out += QLatin1String("[object Object]");
        return;
    case QJsonValue::String:
        out += value.toString();
        return;
    case QJsonValue::Double:
        out += numberToString(value.toDouble());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QJsonValue::Null:
        out += QLatin1String("null");
        return;
    case QJsonValue::Undefined:
        out += QLatin1String("undefined");
        return;
    }
}

// ToPrimitive: arrays and objects become their string, the rest stays.
QJsonValue toPrimitive(const QJsonValue& value)
{
    return value.isArray() || value.isObject() ? QJsonValue(toString(value)) : value;
}

// IsLessThan(a, b): nullopt is JavaScript's undefined (a NaN took part).
std::optional<bool> isLessThan(const QJsonValue& a, const QJsonValue& b)
{
    const QJsonValue pa = toPrimitive(a);
    const QJsonValue pb = toPrimitive(b);
    if (pa.isString() && pb.isString()) {
        const QString sa = pa.toString();
        const QString sb = pb.toString();
        // By UTF-16 code units, as JavaScript does.
        return std::lexicographical_compare(
            sa.utf16(), sa.utf16() + sa.size(), sb.utf16(), sb.utf16() + sb.size());
    }
    const double na = toNumber(pa);
    const double nb = toNumber(pb);
    if (std::isnan(na) || std::isnan(nb))
        return std::nullopt;
    return na < nb;
}

} // namespace

bool toBoolean(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d != 0 && !std::isnan(d);
    }
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

bool truthy(const QJsonValue& value)
{
    if (value.isArray())
        return !value.toArray().isEmpty();
    return toBoolean(value);
}

double toNumber(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Null:
        return 0;
    case QJsonValue::String:
        return stringToNumber(value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
        return stringToNumber(toString(value));
    case QJsonValue::Undefined:
        break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double parseFloat(const QJsonValue& value)
{
    if (value.isDouble()) {
        // parseFloat(String(x)) is x, except that String(-0) is "0".
        const double d = value.toDouble();
        return d == 0 ? 0.0 : d;
    }
    return parseFloat(QStringView(toString(value)));
}

QString toString(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    QString out;
    appendString(out, value, 0);
    return out;
}

bool strictEquals(const QJsonValue& a, const QJsonValue& b)
{
    const Kind kind = kindOf(a);
    if (kind != kindOf(b))
        return false;
    switch (kind) {
    case Kind::Undefined:
    case Kind::Null:
        return true;
    case Kind::Boolean:
        return a.toBool() == b.toBool();
    case Kind::Number:
        return a.toDouble() == b.toDouble();
    case Kind::String:
        return a.toString() == b.toString();
    case Kind::Object:
        // Two arrays or objects are the same only if they are one object;
        // JSON values carry no identity.
        return false;
    }
    return false;
}

bool looseEquals(const QJsonValue& a, const QJsonValue& b)
{
    QJsonValue x = a;
    QJsonValue y = b;
    // Each round converts one side, at most three rounds (bool, object, string).
    for (;;) {
        const Kind kx = kindOf(x);
        const Kind ky = kindOf(y);
        if (kx == ky)
            return strictEquals(x, y);
        if (isNullish(kx) || isNullish(ky))
            return isNullish(kx) && isNullish(ky);
        if (kx == Kind::Number && ky == Kind::String)
            return x.toDouble() == stringToNumber(y.toString());
        if (kx == Kind::String && ky == Kind::Number)
            return stringToNumber(x.toString()) == y.toDouble();
        if (kx == Kind::Boolean)
            x = QJsonValue(x.toBool() ? 1.0 : 0.0);
        else if (ky == Kind::Boolean)
            y = QJsonValue(y.toBool() ? 1.0 : 0.0);
        else if (kx == Kind::Object)
            x = QJsonValue(toString(x));
        else if (ky == Kind::Object)
            y = QJsonValue(toString(y));
        else
            return false;
    }
}

bool lessThan(const QJsonValue& a, const QJsonValue& b)
{
    return isLessThan(a, b).value_or(false);
}

bool lessOrEqual(const QJsonValue& a, const QJsonValue& b)
{
    const auto r = isLessThan(b, a);
    return r.has_value() && !*r;
}

bool greaterThan(const QJsonValue& a, const QJsonValue& b)
{
    return isLessThan(b, a).value_or(false);
}

bool greaterOrEqual(const QJsonValue& a, const QJsonValue& b)
{
    const auto r = isLessThan(a, b);
    return r.has_value() && !*r;
}

QString toJsonText(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    // QJsonDocument holds no bare scalar: write it in an array and unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString describe(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("undefined");
    constexpr qsizetype kMax = 60;
    const QString text = toJsonText(value);
    return text.size() <= kMax ? text : text.left(kMax) + QStringLiteral("…");
}

} // namespace madoguchi::rules::js
