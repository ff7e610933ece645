// The checklist: one item per household or per qualifying member, reasons,
// why not, deadlines, documents, versions in force, answers, errors.
#include "catalog/checklist.h"
#include "catalog/checklistinput.h"
#include "catalog/checklistjson.h"
#include "catalogtest.h"

using namespace madoguchi;
using namespace madoguchi::catalogtest;

namespace {

struct ChecklistRun {
    std::shared_ptr<const catalog::Catalog> catalog;
    catalog::Checklist list;
};

// The checklist of `input` with the catalog in `cat`; fails the test on any error.
ChecklistRun checklistOf(const TempCatalog& cat, const QJsonObject& input)
{
    const catalog::CatalogLoad load = cat.load();
    EXPECT_TRUE(load.ok()) << cat.problems().join(QLatin1Char('\n')).toStdString();
    if (!load.ok())
        return {};
    const auto derived = catalog::prepareContext(*load.catalog, input, QStringLiteral("ctx.json"));
    EXPECT_TRUE(derived.ok()) << derived.error().message.toStdString();
    if (!derived.ok())
        return {load.catalog, {}};
    auto list = catalog::buildChecklist(*load.catalog, derived.value());
    EXPECT_TRUE(list.ok()) << list.error().message.toStdString();
    return {load.catalog, list.ok() ? list.value() : catalog::Checklist{}};
}

QStringList pairs(const QList<catalog::ChecklistItem>& items)
{
    QStringList list;
    for (const catalog::ChecklistItem& i : items)
        list.append(i.procedure->id + QLatin1Char('/')
            + (i.member.isEmpty() ? QStringLiteral("-") : i.member));
    return list;
}

QStringList pairs(const QList<catalog::NotApplicableItem>& items)
{
    QStringList list;
    for (const catalog::NotApplicableItem& i : items)
        list.append(i.procedure->id + QLatin1Char('/')
            + (i.member.isEmpty() ? QStringLiteral("-") : i.member));
    return list;
}

QJsonObject shaho()
{
    return {{QStringLiteral("insurance"), QStringLiteral("shaho")}};
}

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

TEST(Checklist, OneItemPerHouseholdAndOnePerQualifyingMember)
{
    TempCatalog cat;
    const ChecklistRun run = checklistOf(cat,
        context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20")),
            {member(QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主")),
                member(QStringLiteral("m2"), QStringLiteral("1982-01-01"), QStringLiteral("妻"),
                    shaho()),
                member(QStringLiteral("m3"), QStringLiteral("2010-01-01"), QStringLiteral("子"),
                    {{QStringLiteral("insurance"), QStringLiteral("none")}})}));
    EXPECT_EQ(pairs(run.list.applies),
        QStringList({QStringLiteral("a.todoke/-"), QStringLiteral("b.kanyu/m1")}));
    EXPECT_EQ(pairs(run.list.notApplicable),
        QStringList({QStringLiteral("b.kanyu/m2"), QStringLiteral("b.kanyu/m3")}));
    ASSERT_EQ(run.list.applies.size(), 2);
    const catalog::ChecklistItem& household = run.list.applies.at(0);
    EXPECT_EQ(household.reason.ja, QStringLiteral("2025-11-20に転入"));
    EXPECT_EQ(household.deadline, QDate(2025, 12, 4));
    ASSERT_EQ(household.documents.size(), 1);
    EXPECT_EQ(household.documents.at(0).en, QStringLiteral("Proof of identity"));
    EXPECT_EQ(run.list.applies.at(1).reason.ja, QStringLiteral("山田 m1さん（45歳）"));
    EXPECT_EQ(run.list.applies.at(1).reason.en, QStringLiteral("山田 m1 (45)"));
    // Why not: the first case that fits, else the last.
    EXPECT_EQ(run.list.notApplicable.at(0).why.ja, QStringLiteral("山田 m2さんは社保"));
    EXPECT_EQ(run.list.notApplicable.at(1).why.en, QStringLiteral("Not covered"));
    EXPECT_FALSE(run.list.notApplicable.at(1).notInForce);
}

TEST(Checklist, TheVersionInForceOnTheEventDateIsUsed)
{
    TempCatalog cat;
    QJsonObject v1 = TempCatalog::object(kTodoke);
    v1.insert(QStringLiteral("valid_to"), QStringLiteral("2024-09-30"));
    QJsonObject v2 = v1;
    v2.remove(QStringLiteral("valid_to"));
    v2.insert(QStringLiteral("version"), 2);
    v2.insert(QStringLiteral("valid_from"), QStringLiteral("2024-10-01"));
    v2.insert(QStringLiteral("reason"), json(R"({"ja": "新制度", "en": "New rule"})"));
    cat.write(QStringLiteral("procedures/a.todoke.json"), v1);
    cat.write(QStringLiteral("procedures/a.todoke.v2.json"), v2);
    // A procedure not in force yet.
    QJsonObject future = TempCatalog::object(kTodoke);
    future.insert(QStringLiteral("id"), QStringLiteral("c.future"));
    future.insert(QStringLiteral("valid_from"), QStringLiteral("2026-04-01"));
    future.remove(QStringLiteral("form"));
    cat.write(QStringLiteral("procedures/c.future.json"), future);

    const QJsonArray members{member(
        QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主"), shaho())};
    const ChecklistRun before = checklistOf(
        cat, context(event(QStringLiteral("tennyu"), QStringLiteral("2024-09-30")), members));
    ASSERT_EQ(before.list.applies.size(), 1);
    EXPECT_EQ(before.list.applies.at(0).procedure->version, 1);
    EXPECT_EQ(before.list.applies.at(0).reason.en, QStringLiteral("Moved in on 2024-09-30"));
    const ChecklistRun after = checklistOf(
        cat, context(event(QStringLiteral("tennyu"), QStringLiteral("2024-10-01")), members));
    ASSERT_EQ(after.list.applies.size(), 1);
    EXPECT_EQ(after.list.applies.at(0).procedure->version, 2);
    EXPECT_EQ(after.list.applies.at(0).reason.en, QStringLiteral("New rule"));

    // With no version in force the procedure is listed as not applicable, for the household.
    EXPECT_EQ(pairs(after.list.notApplicable),
        QStringList({QStringLiteral("c.future/-"), QStringLiteral("b.kanyu/m1")}));
    const catalog::NotApplicableItem& notYet = after.list.notApplicable.at(0);
    EXPECT_TRUE(notYet.notInForce);
    EXPECT_EQ(
        notYet.why.en, QStringLiteral("Not in force on 2024-10-01 (in force 2026-04-01 to …)"));
    EXPECT_EQ(notYet.why.ja,
        QStringLiteral("2024-10-01の時点で施行されていない手続です（有効期間: 2026-04-01〜…）"));
    const ChecklistRun later = checklistOf(
        cat, context(event(QStringLiteral("tennyu"), QStringLiteral("2026-04-01")), members));
    EXPECT_TRUE(pairs(later.list.applies).contains(QStringLiteral("c.future/-")));
}

TEST(Checklist, OnlyTheProceduresOfTheEvent)
{
    TempCatalog cat;
    const ChecklistRun run = checklistOf(cat,
        context(event(QStringLiteral("shibou"), QStringLiteral("2025-11-20"),
                    {{QStringLiteral("subject"), QStringLiteral("m1")}}),
            {member(
                QStringLiteral("m1"), QStringLiteral("1950-05-10"), QStringLiteral("世帯主"))}));
    EXPECT_TRUE(run.list.applies.isEmpty());
    EXPECT_TRUE(run.list.notApplicable.isEmpty());
}

TEST(Checklist, AnswersAreSeenPerHouseholdAndPerMember)
{
    TempCatalog cat;
    QJsonObject k = TempCatalog::object(kKanyu);
    k.insert(QStringLiteral("applies_when"),
        json(R"({"and": [{"var": "answers.my_number"}, {"var": "answers.phone"}]})"));
    cat.write(QStringLiteral("procedures/b.kanyu.json"), k);
    QJsonObject input = context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20")),
        {member(QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主")),
            member(QStringLiteral("m2"), QStringLiteral("1982-01-01"), QStringLiteral("妻"))});
    input.insert(QStringLiteral("answers"),
        json(R"({"phone": "0312345678", "my_number": {"m2": "123456789018"}})"));
    const ChecklistRun run = checklistOf(cat, input);
    EXPECT_EQ(pairs(run.list.applies),
        QStringList({QStringLiteral("a.todoke/-"), QStringLiteral("b.kanyu/m2")}));
}

TEST(Checklist, ARuleThatCannotBeEvaluatedNamesProcedureMemberAndPlace)
{
    TempCatalog cat;
    QJsonObject k = TempCatalog::object(kKanyu);
    k.insert(QStringLiteral("applies_when"),
        json(R"({"<": [{"age_on": [{"var": "member.birth_date"}, "2025-01-01"]}, 75]})"));
    cat.write(QStringLiteral("procedures/b.kanyu.json"), k);
    const auto load = cat.load();
    ASSERT_TRUE(load.ok()) << cat.problems().join(QLatin1Char('\n')).toStdString();
    const auto derived = catalog::prepareContext(*load.catalog,
        context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20")),
            {member(QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主")),
                member(QStringLiteral("m2"), QString(), QStringLiteral("妻"),
                    {{QStringLiteral("birth_date"), QJsonValue::Null}})}),
        QStringLiteral("ctx.json"));
    ASSERT_TRUE(derived.ok()) << derived.error().message.toStdString();
    const auto list = catalog::buildChecklist(*load.catalog, derived.value());
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.error().message,
        QStringLiteral(
            "procedures/b.kanyu.json: /applies_when/</0/age_on/0: expected a date YYYY-MM-DD, got "
            "null (member m2)"));
}

TEST(Checklist, TheContextIsCheckedAgainstTheCatalog)
{
    TempCatalog cat;
    const auto load = cat.load();
    ASSERT_TRUE(load.ok());
    const QJsonArray members{
        member(QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主"))};
    auto r = catalog::prepareContext(*load.catalog,
        context(event(QStringLiteral("konin"), QStringLiteral("2025-11-20")), members),
        QStringLiteral("ctx.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
        QStringLiteral("ctx.json: /event/type: the catalog has no life event \"konin\""));
    r = catalog::prepareContext(*load.catalog,
        context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20"),
                    {{QStringLiteral("inkan_touroku"), json(R"(["m9"])")}}),
            members),
        QStringLiteral("ctx.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
        QStringLiteral(
            "ctx.json: /event/inkan_touroku: expected a list of member ids, got [\"m9\"]"));
    // The reader of the context checks the fields every event has first.
    r = catalog::prepareContext(*load.catalog,
        context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20"),
                    {{QStringLiteral("planned_move_out_date"), QStringLiteral("R7.11.1")}}),
            members),
        QStringLiteral("ctx.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
        QStringLiteral(
            "ctx.json: /event/planned_move_out_date: expected a date YYYY-MM-DD, got \"R7.11.1\""));
}

TEST(Checklist, TheJsonFormHasTheDocumentedKeys)
{
    TempCatalog cat;
    const ChecklistRun run = checklistOf(cat,
        context(event(QStringLiteral("tennyu"), QStringLiteral("2025-11-20")),
            {member(QStringLiteral("m1"), QStringLiteral("1980-05-10"), QStringLiteral("世帯主")),
                member(QStringLiteral("m2"), QStringLiteral("1982-01-01"), QStringLiteral("妻"),
                    shaho())}));
    ASSERT_TRUE(run.catalog);
    const QJsonObject json = catalog::checklistToJson(*run.catalog, run.list);
    EXPECT_EQ(
        json.keys(), QStringList({QStringLiteral("applies"), QStringLiteral("not_applicable")}));
    const QJsonObject first = json.value(QStringLiteral("applies")).toArray().at(0).toObject();
    EXPECT_EQ(first.keys(),
        QStringList({QStringLiteral("deadline"), QStringLiteral("deadline_note"),
            QStringLiteral("documents"), QStringLiteral("member"), QStringLiteral("name"),
            QStringLiteral("procedure"), QStringLiteral("reason"), QStringLiteral("system"),
            QStringLiteral("system_name"), QStringLiteral("version")}));
    EXPECT_TRUE(first.value(QStringLiteral("member")).isNull());
    EXPECT_EQ(first.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-12-04"));
    EXPECT_EQ(first.value(QStringLiteral("system")).toString(), QStringLiteral("juki"));
    EXPECT_EQ(
        first.value(QStringLiteral("reason")).toObject().value(QStringLiteral("en")).toString(),
        QStringLiteral("Moved in on 2025-11-20"));
    const QJsonObject second = json.value(QStringLiteral("applies")).toArray().at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("member")).toString(), QStringLiteral("m1"));
    const QJsonObject why = json.value(QStringLiteral("not_applicable")).toArray().at(0).toObject();
    EXPECT_EQ(why.keys(),
        QStringList({QStringLiteral("member"), QStringLiteral("name"),
            QStringLiteral("not_in_force"), QStringLiteral("procedure"), QStringLiteral("why")}));
    EXPECT_EQ(why.value(QStringLiteral("why")).toObject().value(QStringLiteral("ja")).toString(),
        QStringLiteral("山田 m2さんは社保"));
}
