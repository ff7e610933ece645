#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

// JavaScript's coercions over JSON values, as json-logic-js gets them from
// the language (ECMAScript abstract operations). A QJsonValue::Undefined
// stands for JavaScript's `undefined` (a missing argument). Arrays and
// objects have no identity here, so == and === never find two of them equal
// (docs/rules.md).
namespace madoguchi::rules::js {

// JavaScript's ToBoolean: false for undefined, null, false, 0, NaN and "".
bool toBoolean(const QJsonValue& value);
// JsonLogic's truthiness: ToBoolean, except that an empty array is false.
bool truthy(const QJsonValue& value);

// ToNumber: null 0, true 1, "" 0, " 12 " 12, "0x1F" 31, "abc" NaN, [] 0,
// [5] 5, [1,2] NaN, {} NaN, undefined NaN.
double toNumber(const QJsonValue& value);
double stringToNumber(QStringView text);
// parseFloat(String(value)): the longest decimal prefix, NaN without one.
double parseFloat(const QJsonValue& value);
double parseFloat(QStringView text);

// ToString: numbers as JavaScript writes them (1.0 "1", 1e21 "1e+21"),
// arrays joined with "," (null and undefined elements empty), objects
// "[object Object]", undefined "undefined".
QString toString(const QJsonValue& value);
QString numberToString(double number);

// == and === of JavaScript.
bool looseEquals(const QJsonValue& a, const QJsonValue& b);
bool strictEquals(const QJsonValue& a, const QJsonValue& b);

// <, <=, >, >= of JavaScript: two strings compare by UTF-16 code units,
// anything else as numbers (NaN compares false).
bool lessThan(const QJsonValue& a, const QJsonValue& b);
bool lessOrEqual(const QJsonValue& a, const QJsonValue& b);
bool greaterThan(const QJsonValue& a, const QJsonValue& b);
bool greaterOrEqual(const QJsonValue& a, const QJsonValue& b);

// The value as compact JSON text, scalars included ("abc" with its quotes);
// undefined, NaN and the infinities as null, like JSON.stringify.
QString toJsonText(const QJsonValue& value);
// For messages: the JSON text cut to about 60 characters; "undefined" for
// a missing value.
QString describe(const QJsonValue& value);

} // namespace madoguchi::rules::js
