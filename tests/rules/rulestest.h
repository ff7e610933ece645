#pragma once

// Helpers for the rules tests: JSON from text (scalars too), JSON equality
// with numbers by value, and gtest printing of JSON values.
#include "rules/jsonvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <gtest/gtest.h>
#include <ostream>

namespace madoguchi::rules::testing {

// `text` as one JSON value; fails the test on bad JSON.
inline QJsonValue json(const char* text)
{
    QJsonParseError error{};
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
    return document.array().at(0);
}

// JSON equality: numbers by value (2 equals 2.0), arrays in order,
// objects by keys.
inline bool jsonEquals(const QJsonValue& a, const QJsonValue& b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEquals(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!jsonEquals(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

inline std::string text(const QJsonValue& value)
{
    return value.isUndefined() ? std::string("undefined") : js::toJsonText(value).toStdString();
}

} // namespace madoguchi::rules::testing

QT_BEGIN_NAMESPACE
inline void PrintTo(const QJsonValue& value, std::ostream* os)
{
    *os << madoguchi::rules::testing::text(value);
}
QT_END_NAMESPACE
