// Malformed and hostile rules end with an Error naming the place in the
// rule: unknown operations, wrong objects and argument counts, nesting far
// beyond the limit, and work or results that would not end.
#include "rules/jsonlogic.h"
#include "rulestest.h"
#include "support/qtprinters.h"

#include <QRandomGenerator>
#include <functional>

using namespace madoguchi::rules;
using madoguchi::rules::testing::json;
using madoguchi::rules::testing::text;

namespace {

QString failure(
    const QJsonValue& rule, const QJsonValue& data = {}, const EvaluationLimits& limits = {})
{
    const auto result = evaluate(rule, data, limits);
    EXPECT_FALSE(result.ok()) << text(rule) << " gave "
                              << (result ? text(result.value()) : std::string());
    return result ? QString() : result.error().message;
}

QString invalid(const QJsonValue& rule)
{
    const auto valid = validate(rule);
    EXPECT_FALSE(valid.ok()) << text(rule);
    return valid ? QString() : valid.error().message;
}

TEST(JsonLogicErrors, UnknownOperationNamesItsPlace)
{
    const QJsonValue rule = json(R"({"and": [true, {"if": [true, 1, {"fooo": [1]}]}]})");
    EXPECT_EQ(invalid(rule), QStringLiteral("/and/1/if/2: unknown operation \"fooo\""));
    // Evaluation reaches it only when the branch is taken.
    const QJsonValue taken = json(R"({"and": [true, {"if": [false, 1, {"fooo": [1]}]}]})");
    EXPECT_EQ(failure(taken), QStringLiteral("/and/1/if/2: unknown operation \"fooo\""));
    EXPECT_EQ(failure(json(R"({"x": 1})")), QStringLiteral("/: unknown operation \"x\""));
    EXPECT_EQ(
        failure(json(R"({"!": {"fooo": 1}})")), QStringLiteral("/!: unknown operation \"fooo\""));
    EXPECT_EQ(failure(json(R"([1, [2, {"log": 3}]])")),
        QStringLiteral("/1/1: unknown operation \"log\""));
    // JSON pointer escaping: "/" is ~1, "~" is ~0.
    EXPECT_EQ(failure(json(R"({"/": [1, {"a/b~c": 1}]})")),
        QStringLiteral("/~1/1: unknown operation \"a/b~c\""));
}

TEST(JsonLogicErrors, AnOperationHasExactlyOneKey)
{
    const QJsonValue twoKeys = json(R"({"or": [false, {"==": [1, 1], "!=": [1, 2]}]})");
    const QString expected = QStringLiteral(
        "/or/1: an object in a rule is an operation and has exactly one key; this one has 2");
    EXPECT_EQ(failure(twoKeys), expected);
    EXPECT_EQ(invalid(twoKeys), expected);
    EXPECT_EQ(failure(json("{}")),
        QStringLiteral(
            "/: an object in a rule is an operation and has exactly one key; this one has 0"));
}

TEST(JsonLogicErrors, ArgumentsTheReferenceThrowsOn)
{
    EXPECT_EQ(failure(json(R"({"*": []})")),
        QStringLiteral("/: wrong number of arguments for \"*\": 0 given, at least 1 expected"));
    EXPECT_EQ(failure(json(R"({"missing_some": [1]})")),
        QStringLiteral("/: wrong number of arguments for \"missing_some\": 1 given, 2 expected"));
    EXPECT_EQ(failure(json(R"({"missing_some": [1, null]})")),
        QStringLiteral("/missing_some/1: \"missing_some\" needs a list of keys, not null"));
    EXPECT_EQ(
        failure(json(R"({"if": [true, {"missing_some": [1, {"var": "keys"}]}]})"), json("{}")),
        QStringLiteral("/if/1/missing_some/1: \"missing_some\" needs a list of keys, not null"));
}

TEST(JsonLogicErrors, ValidationRefusesIgnoredArguments)
{
    const struct {
        const char* rule;
        const char* message;
    } cases[] = {
        {R"({"==": [1, 2, 3]})", R"(/: wrong number of arguments for "==": 3 given, 2 expected)"},
        {R"({"var": ["a", 1, 2]})",
            R"(/: wrong number of arguments for "var": 3 given, 0 to 2 expected)"},
        {R"({"substr": "abc"})",
            R"(/: wrong number of arguments for "substr": 1 given, 2 or 3 expected)"},
        {R"({"and": []})",
            R"(/: wrong number of arguments for "and": 0 given, at least 1 expected)"},
        {R"({"map": [[1], {"fooo": 1}]})", R"(/map/1: unknown operation "fooo")"},
        {R"({"filter": [[1]]})",
            R"(/: wrong number of arguments for "filter": 1 given, 2 expected)"},
        {R"({"!": [true, false]})", R"(/: wrong number of arguments for "!": 2 given, 1 expected)"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(invalid(json(c.rule)), QString::fromUtf8(c.message)) << c.rule;
        // The reference evaluates them, ignoring what it does not use.
        EXPECT_TRUE(evaluate(json(c.rule), json("{}")).ok() || QByteArray(c.rule).contains("fooo"))
            << c.rule;
    }
    EXPECT_TRUE(validate(json("5")).ok());
    EXPECT_TRUE(
        validate(json(R"({"if": [{"var": "a"}, {"cat": ["x", 1]}, [1, {"var": "b"}]]})")).ok());
}

// Built programmatically: JSON text this deep is refused by the parser.
QJsonValue nestedOperations(int levels)
{
    QJsonValue rule(true);
    for (int i = 0; i < levels; ++i)
        rule = QJsonObject{{QStringLiteral("!"), rule}};
    return rule;
}

QJsonValue nestedArrays(int levels)
{
    QJsonValue rule(1);
    for (int i = 0; i < levels; ++i)
        rule = QJsonArray{rule};
    return rule;
}

// Qt frees a nested value recursively, about 50 bytes of stack a level:
// take one this deep apart from the outside in, one level at a time.
void dismantle(QJsonValue& value)
{
    while (value.isObject() || value.isArray()) {
        const QJsonValue inner
            = value.isObject() ? value.toObject().constBegin().value() : value.toArray().at(0);
        value = inner; // frees only the outer level: `inner` still holds the rest
    }
}

TEST(JsonLogicErrors, DeepNestingEndsWithAnErrorNotAStackOverflow)
{
    QJsonValue operations = nestedOperations(100000);
    QJsonValue arrays = nestedArrays(100000);
    for (const QJsonValue* rule : {&operations, &arrays}) {
        const QString evaluated = failure(*rule);
        EXPECT_TRUE(evaluated.endsWith(QStringLiteral(": the rule nests deeper than 256 levels")))
            << evaluated.right(80).toStdString();
        EXPECT_EQ(invalid(*rule), evaluated);
    }
    EXPECT_TRUE(failure(operations).startsWith(QStringLiteral("/!/!/!/!")));
    EXPECT_TRUE(failure(arrays).startsWith(QStringLiteral("/0/0/0/0")));
    dismantle(operations);
    dismantle(arrays);
    EXPECT_EQ(operations, QJsonValue(true));

    // 256 levels are fine: an even number of "!" gives the value back.
    EXPECT_EQ(evaluate(nestedOperations(254), {}).value(), QJsonValue(true));
    EXPECT_TRUE(validate(nestedOperations(256)).ok());
    EXPECT_FALSE(validate(nestedOperations(257)).ok());
    EXPECT_EQ(failure(nestedOperations(5), {}, EvaluationLimits{.maxDepth = 3}),
        QStringLiteral("/!/!/!: the rule nests deeper than 3 levels"));
}

QJsonArray numbers(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(i);
    return array;
}

TEST(JsonLogicErrors, HugeReduceStopsAtTheStepLimit)
{
    const QJsonValue rule = json(
        R"({"reduce": [{"var": "xs"}, {"+": [{"var": "current"}, {"var": "accumulator"}]}, 0]})");
    const QJsonObject data{{QStringLiteral("xs"), numbers(1'000'000)}};
    const QString message = failure(rule, data);
    EXPECT_TRUE(message.startsWith(QStringLiteral("/reduce/1"))) << message.toStdString();
    EXPECT_TRUE(message.endsWith(
        QStringLiteral(": evaluation stopped after 2000000 steps, the limit for one rule")))
        << message.toStdString();
    // Under the limit it runs to the end.
    const QJsonObject small{{QStringLiteral("xs"), numbers(1000)}};
    EXPECT_EQ(evaluate(rule, small).value(), QJsonValue(499500));
}

TEST(JsonLogicErrors, MultiplyingMapsStopAtTheStepLimit)
{
    // map over 1000 elements, three deep: 10^9 evaluations without a limit.
    const QJsonArray thousand = numbers(1000);
    QJsonValue rule(1);
    for (int i = 0; i < 3; ++i)
        rule = QJsonObject{{QStringLiteral("map"), QJsonArray{thousand, rule}}};
    EXPECT_TRUE(failure(rule).contains(QStringLiteral("evaluation stopped after 2000000 steps")));
    EXPECT_TRUE(failure(rule, {}, EvaluationLimits{.maxSteps = 5000})
                    .contains(QStringLiteral("5000 steps")));
}

TEST(JsonLogicErrors, DoublingResultsStopAtTheSizeLimit)
{
    const QJsonObject data{{QStringLiteral("xs"), numbers(64)}};
    // Steps would stop the merge too (each copy is charged); lift them here.
    const EvaluationLimits limits{.maxSteps = 100'000'000};
    const QJsonValue cat = json(
        R"({"reduce": [{"var": "xs"}, {"cat": [{"var": "accumulator"}, {"var": "accumulator"}]}, "ab"]})");
    EXPECT_EQ(failure(cat, data, limits),
        QStringLiteral(
            "/reduce/1: the result would be longer than 1000000 elements or characters"));
    const QJsonValue merge = json(
        R"({"reduce": [{"var": "xs"}, {"merge": [{"var": "accumulator"}, {"var": "accumulator"}]}, [1]]})");
    EXPECT_EQ(failure(merge, data, limits),
        QStringLiteral(
            "/reduce/1: the result would be longer than 1000000 elements or characters"));
}

// Random rules from every operation and odd values: evaluation always
// returns, and a rule that validates never fails for its structure.
TEST(JsonLogicErrors, RandomRulesNeverCrash)
{
    const QStringList operations
        = {QStringLiteral("var"), QStringLiteral("missing"), QStringLiteral("missing_some"),
            QStringLiteral("if"), QStringLiteral("?:"), QStringLiteral("=="), QStringLiteral("==="),
            QStringLiteral("!="), QStringLiteral("!=="), QStringLiteral("!"), QStringLiteral("!!"),
            QStringLiteral("or"), QStringLiteral("and"), QStringLiteral("<"), QStringLiteral("<="),
            QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("in"), QStringLiteral("cat"),
            QStringLiteral("substr"), QStringLiteral("merge"), QStringLiteral("min"),
            QStringLiteral("max"), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"),
            QStringLiteral("/"), QStringLiteral("%"), QStringLiteral("map"),
            QStringLiteral("filter"), QStringLiteral("reduce"), QStringLiteral("all"),
            QStringLiteral("none"), QStringLiteral("some"), QStringLiteral("age_on"),
            QStringLiteral("add_days"), QStringLiteral("days_between"), QStringLiteral("date<"),
            QStringLiteral("date<="), QStringLiteral("date>"), QStringLiteral("date>=")};
    const QJsonValue leaves[] = {json("null"), json("true"), json("0"), json("-1.5"), json("\"\""),
        json("\"a\""), json("\"2024-02-29\""), json("\"1.x\""), json("[]"), json("[1, \"2\"]"),
        json("{}"), json(R"({"var": "xs"})"), json(R"({"var": ""})"), json(R"({"var": "d"})")};
    const QJsonValue data = json(R"({"xs": [1, 2, 3], "d": "2000-01-01", "a": {"b": null}})");
    QRandomGenerator random(20240401);
    const std::function<QJsonValue(int)> make = [&](int depth) -> QJsonValue {
        if (depth > 4 || random.bounded(3) == 0)
            return leaves[random.bounded(int(std::size(leaves)))];
        QJsonArray args;
        for (int i = 0, n = random.bounded(4); i < n; ++i)
            args.append(make(depth + 1));
        const QString op = operations.at(random.bounded(int(operations.size())));
        return QJsonObject{
            {op, random.bounded(5) == 0 && !args.isEmpty() ? args.at(0) : QJsonValue(args)}};
    };
    int evaluated = 0;
    for (int i = 0; i < 20000; ++i) {
        const QJsonValue rule = make(0);
        const auto result = evaluate(rule, data);
        evaluated += result.ok();
        if (validate(rule).ok() && !result.ok()) {
            const QString message = result.error().message;
            EXPECT_FALSE(message.contains(QStringLiteral("unknown operation"))
                || message.contains(QStringLiteral("wrong number of arguments"))
                || message.contains(QStringLiteral("exactly one key")))
                << text(rule) << ": " << message.toStdString();
        }
    }
    EXPECT_GT(evaluated, 1000);
}

} // namespace
