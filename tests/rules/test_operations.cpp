// The operations beyond the conformance suite, each checked against what
// json-logic-js answers for the same rule and data.
#include "rules/jsonlogic.h"
#include "rulestest.h"

#include <cmath>

using namespace madoguchi::rules;
using madoguchi::rules::testing::json;
using madoguchi::rules::testing::jsonEquals;
using madoguchi::rules::testing::text;

namespace {

struct Case {
    const char* rule;
    const char* data;
    const char* expected;
};

void expectAll(std::initializer_list<Case> cases)
{
    for (const Case& c : cases) {
        const auto result = evaluate(json(c.rule), json(c.data));
        if (!result) {
            ADD_FAILURE() << c.rule << " on " << c.data << ": "
                          << result.error().message.toStdString();
            continue;
        }
        EXPECT_TRUE(jsonEquals(result.value(), json(c.expected)))
            << c.rule << " on " << c.data << " gave " << text(result.value()) << ", expected "
            << c.expected;
    }
}

TEST(JsonLogicOperations, VarReadsPathsIndexesAndLengths)
{
    expectAll({
        {R"({"var": "a.length"})", R"({"a": [1, 2, 3]})", "3"},
        {R"({"var": "s.1"})", R"({"s": "abc"})", R"("b")"},
        {R"({"var": "s.length"})", R"({"s": "日本"})", "2"},
        {R"({"var": "01"})", "[1, 2]", "null"},
        {R"({"var": "-1"})", "[1, 2]", "null"},
        {R"({"var": ["a", 5]})", R"({"a": null})", "null"}, // null found is returned
        {R"({"var": ["a.b", 5]})", R"({"a": null})", "5"}, // a step through null is not
        {R"({"var": ["a", 5]})", R"({"a": false})", "false"},
        {R"({"var": "x.y"})", R"({"x.y": 1})", "null"}, // dots always split
        {R"({"var": 0})", R"(["first"])", R"("first")"},
        {R"({"var": [{"cat": ["a", ".b"]}]})", R"({"a": {"b": 7}})", "7"},
        {R"({"var": "a.0.b"})", R"({"a": [{"b": "deep"}]})", R"("deep")"},
        {R"({"var": "a.b"})", R"({"a": 5})", "null"},
    });
}

TEST(JsonLogicOperations, MissingCountsNullAndEmptyString)
{
    expectAll({
        {R"({"missing": ["a", "b", "c"]})", R"({"a": "", "b": 0, "c": false})", R"(["a"])"},
        {R"({"missing": [["a", "b"]]})", R"({"b": 1})", R"(["a"])"},
        {R"({"missing_some": ["1", ["a", "b"]]})", R"({"a": 1})", "[]"},
        {R"({"missing_some": [3, ["a", "b"]]})", R"({"a": 1, "b": 2})", R"([])"},
        {R"({"missing_some": [1, "a"]})", "{}", R"(["a"])"},
    });
}

TEST(JsonLogicOperations, LogicAndComparisons)
{
    expectAll({
        {R"({"and": []})", "null", "null"}, // undefined comes back as null
        {R"({"or": [0, "", []]})", "null", "[]"}, {R"({"?:": [false, 1]})", "null", "null"},
        {R"({"==": [null, {"var": "nope"}]})", "{}", "true"},
        {R"({"==": [[], false]})", "null", "true"}, {R"({"==": [[1, 2], "1,2"]})", "null", "true"},
        {R"({"===": [[1], [1]]})", "null", "false"}, {R"({"!=": [0, ""]})", "null", "false"},
        {R"({"!": [[0]]})", "null", "false"}, {R"({"<": ["a", "b"]})", "null", "true"},
        {R"({"<": [1, "x"]})", "null", "false"}, {R"({"<": [1, 2, "x"]})", "null", "false"},
        {R"({"<=": [1, 1, 1]})", "null", "true"}, {R"({">": ["10", "9"]})", "null", "false"},
        {R"({">": ["10", 9]})", "null", "true"}, {R"({">=": [null, 0]})", "null", "true"},
        {R"({"<": [{"var": "x"}, 1]})", "{}", "true"}, // null is 0
    });
}

TEST(JsonLogicOperations, ArithmeticCoercesAsJavaScript)
{
    expectAll({
        {R"({"+": ["1abc", 2]})", "null", "3"},
        {R"({"+": ["3"]})", "null", "3"},
        {R"({"*": ["2"]})", "null", R"("2")"}, // reduce of one returns it untouched
        {R"({"*": ["2abc", "3"]})", "null", "6"},
        {R"({"-": ["5"]})", "null", "-5"},
        {R"({"-": [true, "2"]})", "null", "-1"},
        {R"({"==": [{"/": [1, 0]}, {"/": [2, 0]}]})", "null", "true"},
        {R"({">": [0, {"/": [-1, 0]}]})", "null", "true"},
        {R"({"%": [-7, 3]})", "null", "-1"},
        {R"({"%": [5.5, 2]})", "null", "1.5"},
        {R"({"min": [1, "0", 3]})", "null", "0"},
        {R"({"max": [1, [5]]})", "null", "5"},
        {R"({"+": [0.1, 0.2]})", "null", "0.30000000000000004"},
    });
}

// NaN and the infinities stay numbers (JSON text writes them as null).
TEST(JsonLogicOperations, NotANumberAndInfinity)
{
    const auto number = [](const char* rule) {
        const auto result = evaluate(json(rule), json("null"));
        EXPECT_TRUE(result.ok() && result.value().isDouble()) << rule;
        return result ? result.value().toDouble() : 0.0;
    };
    EXPECT_TRUE(std::isnan(number(R"({"+": [null]})")));
    EXPECT_TRUE(std::isnan(number(R"({"%": [7, 0]})")));
    EXPECT_TRUE(std::isnan(number(R"({"max": [1, "a"]})")));
    EXPECT_TRUE(std::isnan(number(R"({"-": ["a"]})")));
    EXPECT_EQ(number(R"({"/": [1, 0]})"), INFINITY);
    EXPECT_EQ(number(R"({"max": []})"), -INFINITY);
    EXPECT_EQ(number(R"({"min": []})"), INFINITY);
    EXPECT_EQ(
        js::toJsonText(evaluate(json(R"({"/": [0, 0]})"), {}).value()), QStringLiteral("null"));
}

TEST(JsonLogicOperations, Strings)
{
    expectAll({
        {R"({"cat": [null, "a", [1, [2]], true, {"var": "x"}]})", "{}", R"("a1,2true")"},
        {R"({"cat": [0.1, 1e21, 2.0, -0]})", "null", R"("0.11e+2120")"},
        {R"({"cat": []})", "null", R"("")"},
        {R"({"substr": ["abc", 1, "-1"]})", "null", R"("")"}, // "2" + "-1" is NaN: 0
        {R"({"substr": ["abc", "1"]})", "null", R"("bc")"},
        {R"({"substr": [12345, 1, 2]})", "null", R"("23")"},
        {R"({"substr": ["abc", -10]})", "null", R"("abc")"},
        {R"({"substr": ["abc", 1, 10]})", "null", R"("bc")"},
        {R"({"substr": ["abc", 1, -10]})", "null", R"("")"},
        {R"({"substr": ["日本語テキスト", 2, 3]})", "null", R"("語テキ")"},
        {R"({"substr": [null, 1]})", "null", R"("ull")"},
        {R"({"in": ["", "abc"]})", "null", "true"},
        {R"({"in": ["a", ""]})", "null", "false"},
        {R"({"in": [1, "a1"]})", "null", "true"},
        {R"({"in": [1, ["1", 1]]})", "null", "true"},
        {R"({"in": ["1", [1]]})", "null", "false"},
        {R"({"in": ["a", null]})", "null", "false"},
        {R"({"in": ["a", 5]})", "null", "false"},
        {R"({"in": [[1], [[1]]]})", "null", "false"},
    });
}

TEST(JsonLogicOperations, Arrays)
{
    const char* people = R"({"people": [{"name": "Ana", "age": 30}, {"name": "Ken", "age": 7}],
                             "x": 9, "start": 10})";
    expectAll({
        {R"({"merge": [[1, [2]], 3, null]})", "null", "[1, [2], 3, null]"},
        {R"({"map": [5, {"var": ""}]})", "null", "[]"},
        {R"({"map": [{"var": "people"}, {"var": "name"}]})", people, R"(["Ana", "Ken"])"},
        {R"({"map": [[1, 2], {"var": "x"}]})", people, "[null, null]"}, // the element is the scope
        {R"({"filter": [{"var": "people"}, {"<": [{"var": "age"}, 18]}]})", people,
            R"([{"name": "Ken", "age": 7}])"},
        {R"({"reduce": [[1, 2], {"+": [{"var": "current"}, {"var": "accumulator"}]},
                        {"var": "start"}]})",
            people, "13"}, // the start value is a rule too
        {R"({"reduce": [5, {"var": "current"}, 7]})", "null", "7"},
        {R"({"reduce": [[1, 2, 3], {"cat": [{"var": "accumulator"}, {"var": "current"}]}]})",
            "null", R"("123")"},
        {R"({"some": [{"var": "people"}, {"<": [{"var": "age"}, 18]}]})", people, "true"},
        {R"({"all": [{"var": "people"}, {"<": [{"var": "age"}, 18]}]})", people, "false"},
        {R"({"none": [{"var": "nobody"}, true]})", people, "true"},
    });
}

} // namespace
