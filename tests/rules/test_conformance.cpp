// The official JsonLogic test suite (jsonlogic.com/tests.json), read from
// ../shared/conformance at run time: every case is one test.
#include "rules/jsonlogic.h"
#include "rulestest.h"

#include <QFile>
#include <vector>

using namespace madoguchi::rules;
using madoguchi::rules::testing::jsonEquals;
using madoguchi::rules::testing::text;

namespace {

struct ConformanceCase {
    int index = 0;
    std::string section;
    QJsonValue rule;
    QJsonValue data;
    QJsonValue expected;
};

void PrintTo(const ConformanceCase& c, std::ostream* os)
{
    *os << "case " << c.index << " (" << c.section << "): rule " << text(c.rule) << ", data "
        << text(c.data) << ", expected " << text(c.expected);
}

QString suitePath()
{
    return QStringLiteral(MADOGUCHI_SOURCE_DIR "/../shared/conformance/jsonlogic-tests.json");
}

// The cases in file order; comment strings between them name the sections.
const std::vector<ConformanceCase>& cases()
{
    static const std::vector<ConformanceCase> all = [] {
        std::vector<ConformanceCase> result;
        QFile file(suitePath());
        if (!file.open(QIODevice::ReadOnly))
            return result;
        std::string section;
        for (const QJsonValue& entry : QJsonDocument::fromJson(file.readAll()).array()) {
            if (entry.isString()) {
                section = entry.toString().toStdString();
                continue;
            }
            const QJsonArray c = entry.toArray();
            if (c.size() == 3)
                result.push_back({int(result.size()), section, c.at(0), c.at(1), c.at(2)});
        }
        return result;
    }();
    return all;
}

class JsonLogicConformance : public ::testing::TestWithParam<ConformanceCase> { };

TEST_P(JsonLogicConformance, GivesTheExpectedResult)
{
    const ConformanceCase& c = GetParam();
    const auto result = evaluate(c.rule, c.data);
    ASSERT_TRUE(result.ok()) << "case " << c.index << ": rule " << text(c.rule) << ", data "
                             << text(c.data) << ": " << result.error().message.toStdString();
    EXPECT_TRUE(jsonEquals(result.value(), c.expected))
        << "case " << c.index << " (" << c.section << "): rule " << text(c.rule) << ", data "
        << text(c.data) << " gave " << text(result.value()) << ", expected " << text(c.expected);
    // Every rule of the suite is one the catalog would accept.
    const madoguchi::Status valid = validate(c.rule);
    EXPECT_TRUE(valid.ok()) << "case " << c.index << ": " << valid.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Suite, JsonLogicConformance, ::testing::ValuesIn(cases()),
    [](const ::testing::TestParamInfo<ConformanceCase>& param) {
        char name[16];
        std::snprintf(name, sizeof name, "case_%03d", param.param.index);
        return std::string(name);
    });

// The suite cannot pass by reading nothing.
TEST(JsonLogicConformanceSuite, ReadsAll277Cases)
{
    ASSERT_TRUE(QFile::exists(suitePath())) << suitePath().toStdString();
    EXPECT_EQ(cases().size(), 277U);
}

} // namespace
