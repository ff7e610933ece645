// JavaScript's coercions (rules/jsonvalues.h) against what a JavaScript
// engine answers for the same expressions.
#include "rules/jsonvalues.h"
#include "rulestest.h"
#include "support/qtprinters.h"

#include <cmath>
#include <limits>

using namespace madoguchi::rules;
using madoguchi::rules::testing::json;

namespace {

const QJsonValue undefined(QJsonValue::Undefined);

TEST(JsValues, Truthiness)
{
    for (const char* falsy : {"false", "0", "-0", "\"\"", "null", "[]"})
        EXPECT_FALSE(js::truthy(json(falsy))) << falsy;
    for (const char* truthy : {"true", "1", "-1", "0.5", "\"0\"", "\" \"", "[0]", "[[]]", "{}"})
        EXPECT_TRUE(js::truthy(json(truthy))) << truthy;
    EXPECT_FALSE(js::truthy(undefined));
    EXPECT_FALSE(js::truthy(QJsonValue(std::nan(""))));
    // Plain JavaScript ToBoolean: an empty array is true.
    EXPECT_TRUE(js::toBoolean(json("[]")));
}

TEST(JsValues, ToNumber)
{
    const struct {
        const char* value;
        double number;
    } cases[] = {{"null", 0}, {"true", 1}, {"false", 0}, {"\"\"", 0}, {"\"  12  \"", 12},
        {"\"0x1F\"", 31}, {"\"0b101\"", 5}, {"\"0o17\"", 15}, {"\"1e3\"", 1000}, {"\"-.5\"", -0.5},
        {"\"5.\"", 5}, {"\"+7\"", 7}, {"\"\\u30001\\u3000\"", 1}, {"\"\\n\\t3\"", 3}, {"[]", 0},
        {"[5]", 5}, {"[\"6\"]", 6}, {"[[7]]", 7}, {"\"Infinity\"", INFINITY},
        {"\"-Infinity\"", -INFINITY}, {"\"1e400\"", INFINITY}, {"\"1e-400\"", 0},
        {"\"123456789012345678901234567890\"", 1.2345678901234568e29}};
    for (const auto& c : cases)
        EXPECT_EQ(js::toNumber(json(c.value)), c.number) << c.value;
    for (const char* nan : {"\"abc\"", "\"1 2\"", "\"0x\"", "\"-0x10\"", "\"1e\"", "\".\"",
             "\"infinity\"", "\"\\u00851\"", "[1,2]", "{}"})
        EXPECT_TRUE(std::isnan(js::toNumber(json(nan)))) << nan;
    EXPECT_TRUE(std::isnan(js::toNumber(undefined)));
}

TEST(JsValues, ParseFloat)
{
    EXPECT_EQ(js::parseFloat(json("\"1abc\"")), 1);
    EXPECT_EQ(js::parseFloat(json("\"  .5\"")), 0.5);
    EXPECT_EQ(js::parseFloat(json("\"-.5e3x\"")), -500);
    EXPECT_EQ(js::parseFloat(json("\"1e\"")), 1);
    EXPECT_EQ(js::parseFloat(json("\"1e+\"")), 1);
    EXPECT_EQ(js::parseFloat(json("\"0x10\"")), 0);
    EXPECT_EQ(js::parseFloat(json("\"Infinityx\"")), INFINITY);
    EXPECT_EQ(js::parseFloat(json("[3.5, 4]")), 3.5);
    EXPECT_EQ(js::parseFloat(json("2")), 2);
    for (const char* nan : {"\"abc\"", "\"\"", "null", "true", "{}", "\".\"", "\"-\""})
        EXPECT_TRUE(std::isnan(js::parseFloat(json(nan)))) << nan;
}

TEST(JsValues, NumberToStringAsJavaScript)
{
    const struct {
        double number;
        const char* text;
    } cases[] = {{1.0, "1"}, {-1.5, "-1.5"}, {0.1 + 0.2, "0.30000000000000004"},
        {123.456, "123.456"}, {1e21, "1e+21"}, {1e20, "100000000000000000000"},
        {123456789012345680000.0, "123456789012345680000"}, {1e-7, "1e-7"}, {1.5e-7, "1.5e-7"},
        {0.000001, "0.000001"}, {0.0000015, "0.0000015"}, {-0.0, "0"}, {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {std::numeric_limits<double>::infinity(), "Infinity"},
        {-std::numeric_limits<double>::infinity(), "-Infinity"}, {std::nan(""), "NaN"},
        {2.5e25, "2.5e+25"}, {100, "100"}};
    for (const auto& c : cases)
        EXPECT_EQ(js::numberToString(c.number), QString::fromLatin1(c.text)) << c.text;
}

TEST(JsValues, ToString)
{
    EXPECT_EQ(js::toString(json("[1, [2, 3], null, \"a\"]")), QStringLiteral("1,2,3,,a"));
    EXPECT_EQ(js::toString(json("[]")), QString());
    EXPECT_EQ(js::toString(json("{\"a\": 1}")), QStringLiteral("[object Object]"));
    EXPECT_EQ(js::toString(json("true")), QStringLiteral("true"));
    EXPECT_EQ(js::toString(json("null")), QStringLiteral("null"));
    EXPECT_EQ(js::toString(json("2.0")), QStringLiteral("2"));
    EXPECT_EQ(js::toString(undefined), QStringLiteral("undefined"));
}

TEST(JsValues, LooseEquality)
{
    const struct {
        const char* a;
        const char* b;
        bool equal;
    } cases[] = {{"1", "\"1\"", true}, {"0", "\"\"", true}, {"0", "false", true},
        {"\"1\"", "true", true}, {"\"2\"", "true", false}, {"null", "0", false},
        {"null", "false", false}, {"null", "null", true}, {"[]", "false", true}, {"[]", "0", true},
        {"[]", "\"\"", true}, {"[1]", "1", true}, {"[1,2]", "\"1,2\"", true},
        {"{}", "\"[object Object]\"", true}, {"[1]", "[1]", false}, {"[0]", "false", true},
        {"\"abc\"", "\"abc\"", true}, {"\" 1 \"", "1", true}, {"\"a\"", "0", false},
        {"true", "1", true}, {"false", "\"0\"", true}};
    for (const auto& c : cases) {
        EXPECT_EQ(js::looseEquals(json(c.a), json(c.b)), c.equal) << c.a << " == " << c.b;
        EXPECT_EQ(js::looseEquals(json(c.b), json(c.a)), c.equal) << c.b << " == " << c.a;
    }
    EXPECT_TRUE(js::looseEquals(undefined, json("null")));
    EXPECT_FALSE(js::looseEquals(undefined, json("0")));
    EXPECT_FALSE(js::looseEquals(QJsonValue(std::nan("")), QJsonValue(std::nan(""))));
}

TEST(JsValues, StrictEquality)
{
    EXPECT_TRUE(js::strictEquals(json("1"), json("1.0")));
    EXPECT_FALSE(js::strictEquals(json("1"), json("\"1\"")));
    EXPECT_TRUE(js::strictEquals(json("\"a\""), json("\"a\"")));
    EXPECT_TRUE(js::strictEquals(json("null"), json("null")));
    EXPECT_FALSE(js::strictEquals(json("null"), undefined));
    EXPECT_TRUE(js::strictEquals(json("0"), json("-0")));
    EXPECT_FALSE(js::strictEquals(json("[]"), json("[]"))); // two arrays are two objects
}

TEST(JsValues, RelationalComparison)
{
    EXPECT_TRUE(js::lessThan(json("\"10\""), json("\"9\""))); // two strings: text order
    EXPECT_FALSE(js::lessThan(json("\"10\""), json("9"))); // else numbers
    EXPECT_TRUE(js::lessThan(json("null"), json("1")));
    EXPECT_FALSE(js::lessThan(undefined, json("1")));
    EXPECT_FALSE(js::lessThan(json("[2]"), json("[10]"))); // "2" < "10" as text
    EXPECT_TRUE(js::lessThan(json("[2]"), json("10")));
    EXPECT_TRUE(js::lessOrEqual(json("\"a\""), json("\"a\"")));
    EXPECT_TRUE(js::lessOrEqual(json("null"), json("0")));
    EXPECT_FALSE(js::lessOrEqual(json("\"abc\""), json("1"))); // NaN
    EXPECT_FALSE(js::greaterOrEqual(json("\"abc\""), json("1")));
    EXPECT_TRUE(js::greaterThan(json("\"b\""), json("\"a\"")));
    EXPECT_TRUE(js::greaterOrEqual(json("true"), json("1")));
    // By UTF-16 code units, not code points: U+1F600 is 0xD83D 0xDE00, below
    // U+FF61, so it sorts first, as in JavaScript.
    EXPECT_TRUE(js::lessThan(QJsonValue(QStringLiteral("😀")), QJsonValue(QStringLiteral("｡"))));
}

TEST(JsValues, JsonText)
{
    EXPECT_EQ(js::toJsonText(json("\"abc\"")), QStringLiteral("\"abc\""));
    EXPECT_EQ(js::toJsonText(json("true")), QStringLiteral("true"));
    EXPECT_EQ(js::toJsonText(json("null")), QStringLiteral("null"));
    EXPECT_EQ(js::toJsonText(json("3.0")), QStringLiteral("3"));
    EXPECT_EQ(js::toJsonText(json("[1, {\"a\": \"b\"}]")), QStringLiteral("[1,{\"a\":\"b\"}]"));
    EXPECT_EQ(js::toJsonText(QJsonValue(std::nan(""))), QStringLiteral("null"));
    EXPECT_EQ(js::toJsonText(undefined), QStringLiteral("null"));
    EXPECT_EQ(js::describe(QJsonValue(QString(100, u'x'))).size(), 61);
}

} // namespace
