// The catalog authors' cases: reading them, and every difference a run shows.
#include "catalog/catalogcases.h"
#include "catalogtest.h"

using namespace madoguchi;
using namespace madoguchi::catalogtest;

namespace {

QJsonObject familyContext()
{
    return context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20")),
        {member(QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主")),
            member(QStringLiteral("m2"), QStringLiteral("1982-01-01"), QStringLiteral("妻"),
                {{QStringLiteral("insurance"), QStringLiteral("shaho")}})});
}

QJsonObject caseFile(const QString& id, const QJsonObject& context, const QJsonArray& expect)
{
    return {{QStringLiteral("id"), id},
        {QStringLiteral("description"),
            QJsonObject{{QStringLiteral("ja"), QStringLiteral("例")},
                {QStringLiteral("en"), QStringLiteral("Example")}}},
        {QStringLiteral("context"), context}, {QStringLiteral("expect"), expect}};
}

QJsonObject expect(const QString& procedure, const QJsonValue& member, const QString& deadline = {})
{
    QJsonObject e{{QStringLiteral("procedure"), procedure}, {QStringLiteral("member"), member}};
    if (!deadline.isEmpty())
        e.insert(QStringLiteral("deadline"), deadline);
    return e;
}

} // namespace

TEST(CatalogCases, APassingCaseHasNoDifferences)
{
    TempCatalog cat;
    cat.write(QStringLiteral("cases/ok.json"),
        caseFile(QStringLiteral("family-moves-in"), familyContext(),
            {expect(QStringLiteral("a.todoke"), QJsonValue::Null, QStringLiteral("2025-12-04")),
                expect(QStringLiteral("b.kanyu"), QStringLiteral("m1"))}));
    const auto load = cat.load();
    ASSERT_TRUE(load.ok());
    catalog::Problems problems;
    const QList<catalog::CatalogCase> cases
        = catalog::readCases(cat.path(), *load.catalog, problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.text().toStdString();
    ASSERT_EQ(cases.size(), 1);
    const catalog::CaseResult result = catalog::runCase(*load.catalog, cases.at(0));
    EXPECT_TRUE(result.passed()) << result.error.toStdString();
    EXPECT_EQ(result.id, QStringLiteral("family-moves-in"));
}

TEST(CatalogCases, EveryDifferenceIsShownWithWhyOrReason)
{
    TempCatalog cat;
    cat.write(QStringLiteral("cases/wrong.json"),
        caseFile(QStringLiteral("wrong"), familyContext(),
            {expect(QStringLiteral("b.kanyu"), QStringLiteral("m1"), QStringLiteral("2025-12-05")),
                expect(QStringLiteral("b.kanyu"), QStringLiteral("m2"))}));
    const auto load = cat.load();
    ASSERT_TRUE(load.ok());
    catalog::Problems problems;
    const auto cases = catalog::readCases(cat.path(), *load.catalog, problems);
    ASSERT_EQ(cases.size(), 1);
    const catalog::CaseResult result = catalog::runCase(*load.catalog, cases.at(0));
    EXPECT_FALSE(result.passed());
    ASSERT_EQ(result.differences.size(), 3);
    const catalog::CaseDifference& deadline = result.differences.at(0);
    EXPECT_EQ(deadline.kind, catalog::CaseDifference::Kind::Deadline);
    EXPECT_EQ(deadline.expected, QDate(2025, 12, 5));
    EXPECT_EQ(deadline.actual, QDate(2025, 12, 4));
    const catalog::CaseDifference& missing = result.differences.at(1);
    EXPECT_EQ(missing.kind, catalog::CaseDifference::Kind::Missing);
    EXPECT_EQ(missing.member, QStringLiteral("m2"));
    EXPECT_EQ(missing.detail.ja, QStringLiteral("山田 m2さんは社保"));
    const catalog::CaseDifference& unexpected = result.differences.at(2);
    EXPECT_EQ(unexpected.kind, catalog::CaseDifference::Kind::Unexpected);
    EXPECT_EQ(unexpected.procedure, QStringLiteral("a.todoke"));
    EXPECT_TRUE(unexpected.member.isEmpty());
    EXPECT_EQ(unexpected.detail.en, QStringLiteral("Moved in on 2025-11-20"));
}

TEST(CatalogCases, CaseFilesAreChecked)
{
    TempCatalog cat;
    QJsonObject badContext = familyContext();
    badContext.insert(QStringLiteral("today"), QStringLiteral("2025-13-01"));
    cat.write(QStringLiteral("cases/a.json"),
        caseFile(QStringLiteral("same"), badContext,
            {expect(QStringLiteral("nope.todoke"), QJsonValue::Null),
                expect(QStringLiteral("a.todoke"), QJsonValue::Null),
                expect(QStringLiteral("a.todoke"), QJsonValue::Null)}));
    cat.write(
        QStringLiteral("cases/b.json"), caseFile(QStringLiteral("same"), familyContext(), {}));
    cat.write(QStringLiteral("cases/c.json"),
        R"({"id": "Bad Name", "description": {"ja": "x", "en": "x"}, "expect": [], "extra": 1})");
    const auto load = cat.load();
    ASSERT_TRUE(load.ok());
    catalog::Problems problems;
    catalog::readCases(cat.path(), *load.catalog, problems);
    QStringList lines;
    for (const catalog::CatalogProblem& p : problems.list())
        lines.append(p.text());
    EXPECT_EQ(lines,
        QStringList({QStringLiteral("cases/a.json: /context/today: expected a date YYYY-MM-DD, got "
                                    "\"2025-13-01\""),
            QStringLiteral(
                "cases/a.json: /expect/0/procedure: the catalog has no procedure \"nope.todoke\""),
            QStringLiteral("cases/a.json: /expect/2: the same procedure and member as /expect/1"),
            QStringLiteral("cases/c.json: /extra: unknown key \"extra\" (allowed: $schema, id, "
                           "description, context, expect)"),
            QStringLiteral("cases/c.json: /id: \"Bad Name\" is not a name: lower-case letters, "
                           "digits, _, - and ."),
            QStringLiteral("cases/c.json: /: missing required key \"context\""),
            QStringLiteral("cases/b.json: /id: duplicate id \"same\" (also in cases/a.json)")}));
}

TEST(CatalogCases, TheBuiltInCasesCoverEveryEventAndPass)
{
    const auto load = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    ASSERT_TRUE(load.ok());
    catalog::Problems problems;
    const auto cases = catalog::readCases(load.catalog->location, *load.catalog, problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.text().toStdString();
    EXPECT_GE(cases.size(), 30);
    QSet<QString> events;
    for (const catalog::CatalogCase& c : cases) {
        events.insert(c.context.toObject()
                          .value(QStringLiteral("event"))
                          .toObject()
                          .value(QStringLiteral("type"))
                          .toString());
        const catalog::CaseResult r = catalog::runCase(*load.catalog, c);
        EXPECT_TRUE(r.passed()) << c.id.toStdString() << ": " << r.error.toStdString() << " "
                                << r.differences.size() << " differences";
    }
    EXPECT_EQ(events.size(), 6);
}
