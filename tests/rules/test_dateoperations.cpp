// age_on, add_days, days_between and the date comparisons: leap days,
// month and year ends, and invalid operands failing with their place.
#include "rules/jsonlogic.h"
#include "rulestest.h"
#include "support/qtprinters.h"

using namespace madoguchi::rules;
using madoguchi::rules::testing::json;
using madoguchi::rules::testing::jsonEquals;
using madoguchi::rules::testing::text;

namespace {

QJsonValue value(const char* rule, const char* data = "null")
{
    const auto result = evaluate(json(rule), json(data));
    EXPECT_TRUE(result.ok()) << rule << ": "
                             << (result ? std::string() : result.error().message.toStdString());
    return result ? result.value() : QJsonValue(QJsonValue::Undefined);
}

QString failure(const char* rule, const char* data = "null")
{
    const auto result = evaluate(json(rule), json(data));
    EXPECT_FALSE(result.ok()) << rule << " gave "
                              << (result ? text(result.value()) : std::string());
    return result ? QString() : result.error().message;
}

TEST(JsonLogicDates, AgeCountsCompletedYears)
{
    EXPECT_EQ(value(R"({"age_on": ["2000-04-02", "2024-04-01"]})"), QJsonValue(23));
    EXPECT_EQ(value(R"({"age_on": ["2000-04-02", "2024-04-02"]})"), QJsonValue(24));
    EXPECT_EQ(value(R"({"age_on": ["2024-05-01", "2024-05-01"]})"), QJsonValue(0));
    EXPECT_EQ(value(R"({"age_on": [{"var": "birth"}, {"var": "today"}]})",
                  R"({"birth": "1950-12-31", "today": "2025-01-01"})"),
        QJsonValue(74));
}

TEST(JsonLogicDates, LeapDayBirthdaysCountFromFirstMarch)
{
    EXPECT_EQ(value(R"({"age_on": ["2000-02-29", "2001-02-28"]})"), QJsonValue(0));
    EXPECT_EQ(value(R"({"age_on": ["2000-02-29", "2001-03-01"]})"), QJsonValue(1));
    EXPECT_EQ(value(R"({"age_on": ["2000-02-29", "2003-02-28"]})"), QJsonValue(2));
    EXPECT_EQ(value(R"({"age_on": ["2000-02-29", "2004-02-28"]})"), QJsonValue(3));
    EXPECT_EQ(value(R"({"age_on": ["2000-02-29", "2004-02-29"]})"), QJsonValue(4));
}

TEST(JsonLogicDates, AgeBeforeBirthFails)
{
    EXPECT_EQ(failure(R"({"if": [true, {"age_on": ["2024-05-02", "2024-05-01"]}]})"),
        QStringLiteral("/if/1: the day 2024-05-01 is before the birth date 2024-05-02"));
}

TEST(JsonLogicDates, AddDaysCrossesMonthAndYearEnds)
{
    const struct {
        const char* rule;
        const char* date;
    } cases[] = {
        {R"({"add_days": ["2024-01-31", 1]})", "2024-02-01"},
        {R"({"add_days": ["2024-02-28", 1]})", "2024-02-29"},
        {R"({"add_days": ["2023-02-28", 1]})", "2023-03-01"},
        {R"({"add_days": ["2024-03-01", -1]})", "2024-02-29"},
        {R"({"add_days": ["2024-12-31", 1]})", "2025-01-01"},
        {R"({"add_days": ["2024-04-30", 0]})", "2024-04-30"},
        {R"({"add_days": ["2024-01-01", 366]})", "2025-01-01"},
        {R"({"add_days": ["2024-06-15", 2.0]})", "2024-06-17"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(value(c.rule), QJsonValue(QString::fromLatin1(c.date))) << c.rule;
}

TEST(JsonLogicDates, AddDaysRefusesFractionsAndTheEndOfTime)
{
    EXPECT_EQ(failure(R"({"add_days": ["2024-01-01", 1.5]})"),
        QStringLiteral("/add_days/1: expected a whole number of days, got 1.5"));
    EXPECT_EQ(failure(R"({"add_days": ["2024-01-01", "1"]})"),
        QStringLiteral("/add_days/1: expected a whole number of days, got \"1\""));
    EXPECT_EQ(failure(R"({"add_days": ["9999-12-31", 1]})"),
        QStringLiteral("/: add_days(9999-12-31, 1) is outside the years 1 to 9999"));
}

TEST(JsonLogicDates, DaysBetween)
{
    EXPECT_EQ(value(R"({"days_between": ["2024-01-01", "2025-01-01"]})"), QJsonValue(366));
    EXPECT_EQ(value(R"({"days_between": ["2023-01-01", "2024-01-01"]})"), QJsonValue(365));
    EXPECT_EQ(value(R"({"days_between": ["2024-03-01", "2024-02-28"]})"), QJsonValue(-2));
    EXPECT_EQ(value(R"({"days_between": ["2024-03-31", "2024-03-31"]})"), QJsonValue(0));
}

TEST(JsonLogicDates, Comparisons)
{
    EXPECT_EQ(value(R"({"date<": ["2024-01-31", "2024-02-01"]})"), QJsonValue(true));
    EXPECT_EQ(value(R"({"date<": ["2024-02-01", "2024-02-01"]})"), QJsonValue(false));
    EXPECT_EQ(value(R"({"date<=": ["2024-02-01", "2024-02-01"]})"), QJsonValue(true));
    EXPECT_EQ(value(R"({"date>": ["2025-01-01", "2024-12-31"]})"), QJsonValue(true));
    EXPECT_EQ(value(R"({"date>=": ["2024-12-31", "2025-01-01"]})"), QJsonValue(false));
    // The fiscal year 2024 (1 April – 31 March), both ends included.
    const char* inYear = R"({"date<=": ["2024-04-01", {"var": "d"}, "2025-03-31"]})";
    EXPECT_EQ(value(inYear, R"({"d": "2024-04-01"})"), QJsonValue(true));
    EXPECT_EQ(value(inYear, R"({"d": "2025-03-31"})"), QJsonValue(true));
    EXPECT_EQ(value(inYear, R"({"d": "2025-04-01"})"), QJsonValue(false));
    EXPECT_EQ(value(R"({"date<": ["2024-04-01", "2024-04-01", "2025-03-31"]})"), QJsonValue(false));
}

TEST(JsonLogicDates, InvalidDatesFailWithTheirPlace)
{
    const char* invalid[] = {R"("2023-02-29")", R"("2024-13-01")", R"("2024-04-31")",
        R"("2024-1-01")", R"("20240101")", R"(" 2024-01-01")", R"("2024-01-01T00:00")",
        R"("0000-01-01")", R"("２０２４-01-01")", "20240101", "null", "true", R"(["2024-01-01"])"};
    for (const char* date : invalid) {
        const QByteArray rule
            = QByteArray(R"({"and": [true, {"age_on": [)") + date + R"(, "2024-06-01"]}]})";
        EXPECT_EQ(failure(rule.constData()),
            QStringLiteral("/and/1/age_on/0: expected a date YYYY-MM-DD, got ")
                + madoguchi::rules::js::describe(json(date)))
            << date;
    }
    // A date the data lacks is an error, not a silent null.
    EXPECT_EQ(failure(R"({"days_between": ["2024-01-01", {"var": "moved_in"}]})", "{}"),
        QStringLiteral("/days_between/1: expected a date YYYY-MM-DD, got null"));
    EXPECT_EQ(failure(R"({"date<=": ["2024-04-01", "2024-05-01", "2025-02-30"]})"),
        QStringLiteral("/date<=/2: expected a date YYYY-MM-DD, got \"2025-02-30\""));
}

TEST(JsonLogicDates, ArgumentCountsBindEvaluation)
{
    EXPECT_EQ(failure(R"({"age_on": ["2024-01-01"]})"),
        QStringLiteral("/: wrong number of arguments for \"age_on\": 1 given, 2 expected"));
    EXPECT_EQ(failure(R"({"date>": ["2024-01-03", "2024-01-02", "2024-01-01"]})"),
        QStringLiteral("/: wrong number of arguments for \"date>\": 3 given, 2 expected"));
    EXPECT_EQ(failure(R"({"add_days": "2024-01-01"})"),
        QStringLiteral("/: wrong number of arguments for \"add_days\": 1 given, 2 expected"));
}

TEST(JsonLogicDates, ValidationChecksLiteralDates)
{
    // Not evaluated (the branch is not taken), but refused when loading.
    const QJsonValue rule = json(R"({"if": [false, {"age_on": ["2024-02-30", {"var": "d"}]}, 0]})");
    EXPECT_TRUE(evaluate(rule, json("{}")).ok());
    const auto valid = validate(rule);
    ASSERT_FALSE(valid.ok());
    EXPECT_EQ(valid.error().message,
        QStringLiteral("/if/1/age_on/0: expected a date YYYY-MM-DD, got \"2024-02-30\""));
    EXPECT_FALSE(validate(json(R"({"add_days": [{"var": "d"}, "7"]})")).ok());
    EXPECT_TRUE(validate(json(R"({"add_days": [{"var": "d"}, {"var": "n"}]})")).ok());
    EXPECT_TRUE(validate(json(R"({"date<=": ["2024-04-01", {"var": "d"}, "2025-03-31"]})")).ok());
}

} // namespace
