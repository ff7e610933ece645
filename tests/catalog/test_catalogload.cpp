// Loading a catalog: the built-in one, and every rejection with its file
// and JSON pointer.
#include "catalog/catalogloader.h"
#include "catalogtest.h"

using namespace madoguchi;
using namespace madoguchi::catalogtest;

namespace {

const QString kTodokeFile = QStringLiteral("procedures/a.todoke.json");
const QString kKanyuFile = QStringLiteral("procedures/b.kanyu.json");

QJsonObject todoke()
{
    return TempCatalog::object(kTodoke);
}

QJsonObject kanyu()
{
    return TempCatalog::object(kKanyu);
}

QJsonObject withField(
    QJsonObject procedure, qsizetype index, const QString& key, const QJsonValue& value)
{
    QJsonObject form = procedure.value(QStringLiteral("form")).toObject();
    QJsonArray fields = form.value(QStringLiteral("fields")).toArray();
    QJsonObject field = fields.at(index).toObject();
    if (value.isUndefined())
        field.remove(key);
    else
        field.insert(key, value);
    fields[index] = field;
    form.insert(QStringLiteral("fields"), fields);
    procedure.insert(QStringLiteral("form"), form);
    return procedure;
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

TEST(CatalogLoad, TheBuiltInCatalogLoadsWithoutAProblem)
{
    const catalog::CatalogLoad load
        = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    for (const catalog::CatalogProblem& p : load.problems)
        ADD_FAILURE() << p.text().toStdString();
    ASSERT_TRUE(load.ok());
    EXPECT_EQ(load.catalog->location, QStringLiteral(":/catalog"));
    EXPECT_EQ(load.catalog->events.size(), 6);

    // The ids the issue fixes, each a procedure of the catalog.
    const QStringList ids = QStringLiteral(
        "tennyu.todoke tenshutsu.todoke tenkyo.todoke shussei.todoke shibou.todoke konin.todoke "
        "setainushi.henkou mynumber.keizoku mynumber.kisai mynumber.henno kokuho.kanyu "
        "kokuho.soushitsu kokuho.henkou kokuho.sousaihi kouki.tennyu kouki.futankubun "
        "kouki.soushitsu kouki.sousaihi kaigo.shutoku kaigo.jukyushikaku kaigo.soushitsu "
        "nenkin.jusho nenkin.shibou nenkin.izoku nenkin.henkou jidouteate.nintei "
        "jidouteate.shoumetsu jidouteate.henkou kodomoiryo.shinsei shussan.ichijikin "
        "gakko.tennyugaku inkan.touroku inkan.haishi inu.idou inu.shibou shogai.jusho shien.sochi")
                                .split(QLatin1Char(' '));
    for (const QString& id : ids) {
        const bool found = std::ranges::any_of(
            load.catalog->procedures, [&](const catalog::Procedure& p) { return p.id == id; });
        EXPECT_TRUE(found) << id.toStdString();
    }
    for (const catalog::LifeEvent& e : load.catalog->events)
        EXPECT_FALSE(load.catalog->proceduresOf(e.id).isEmpty()) << e.id.toStdString();
    // Every deadline says which counting rule it uses, and a procedure is a file.
    for (const catalog::Procedure& p : load.catalog->procedures)
        EXPECT_TRUE(p.file.startsWith(QStringLiteral("procedures/"))) << p.id.toStdString();
}

TEST(CatalogLoad, TheSourceFolderIsTheEmbeddedCatalog)
{
    const catalog::CatalogLoad source
        = catalog::loadCatalog(QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/catalog"));
    const catalog::CatalogLoad embedded
        = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    ASSERT_TRUE(source.ok());
    ASSERT_TRUE(embedded.ok());
    ASSERT_EQ(source.catalog->procedures.size(), embedded.catalog->procedures.size());
    for (qsizetype i = 0; i < source.catalog->procedures.size(); ++i) {
        EXPECT_EQ(source.catalog->procedures.at(i).id, embedded.catalog->procedures.at(i).id);
        EXPECT_EQ(source.catalog->procedures.at(i).appliesWhen,
            embedded.catalog->procedures.at(i).appliesWhen);
    }
}

TEST(CatalogLoad, TheSmallCatalogLoadsInItsOrder)
{
    TempCatalog cat;
    const catalog::CatalogLoad load = cat.load();
    ASSERT_TRUE(load.ok()) << cat.problems().join(QLatin1Char('\n')).toStdString();
    const catalog::Catalog& c = *load.catalog;
    ASSERT_EQ(c.procedures.size(), 2);
    EXPECT_EQ(c.procedures.at(0).id, QStringLiteral("a.todoke")); // juki comes before kokuho
    EXPECT_EQ(c.procedures.at(1).scope, catalog::Scope::Member);
    EXPECT_EQ(c.parameterValues().value(QStringLiteral("sousaihi")).toInt(), 50000);
    EXPECT_EQ(c.answerKeys.value(QStringLiteral("my_number")), true);
    EXPECT_EQ(c.answerKeys.value(QStringLiteral("phone")), false);
    ASSERT_EQ(c.procedures.at(1).fields.size(), 2);
    EXPECT_EQ(c.procedures.at(1).fields.at(1).type, catalog::FieldType::MyNumber);
    EXPECT_EQ(c.event(QStringLiteral("shibou"))->questions.at(0).type, catalog::FieldType::Member);
}

TEST(CatalogLoad, UnknownKeysAreRefusedWhereTheyAre)
{
    TempCatalog cat;
    cat.write(kTodokeFile, with(todoke(), QStringLiteral("lable"), 1));
    cat.write(kKanyuFile, withField(kanyu(), 0, QStringLiteral("lable"), QStringLiteral("x")));
    cat.write(QStringLiteral("systems.json"),
        R"({"systems": [], "$comment": "comments are allowed", "extra": true})");
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "systems.json: /extra: unknown key \"extra\" (allowed: $schema, systems)"),
            QStringLiteral(
                "procedures/a.todoke.json: /lable: unknown key \"lable\" (allowed: $schema, id, "
                "version, names, events, scope, applies_when, reason, not_applicable_reason, "
                "deadline, documents, valid_from, valid_to, system, form)"),
            QStringLiteral(
                "procedures/a.todoke.json: /system: unknown system \"juki\" (systems.json has: )"),
            QStringLiteral(
                "procedures/b.kanyu.json: /system: unknown system \"kokuho\" (systems.json has: )"),
            QStringLiteral(
                "procedures/b.kanyu.json: /form/fields/0/lable: unknown key \"lable\" (allowed: "
                "id, "
                "labels, type, required, bind, ask_once, per_member, options, validation, "
                "validation_message, visible_when)")}));
}

TEST(CatalogLoad, WrongTypesAndMissingKeysNameTheirPlace)
{
    TempCatalog cat;
    QJsonObject p = with(todoke(), QStringLiteral("version"), QStringLiteral("1"));
    p = with(p, QStringLiteral("scope"), QStringLiteral("both"));
    p = with(p, QStringLiteral("names"), json(R"({"ja": 3, "en": "x"})"));
    p = with(p, QStringLiteral("valid_from"), QStringLiteral("2024-02-30"));
    p = with(p, QStringLiteral("system"), QJsonValue::Undefined);
    p = withField(p, 0, QStringLiteral("required"), QStringLiteral("yes"));
    cat.write(kTodokeFile, p);
    EXPECT_EQ(cat.problems(),
        QStringList(
            {QStringLiteral("procedures/a.todoke.json: /version: expected a whole number of at "
                            "least 1, got \"1\""),
                QStringLiteral(
                    "procedures/a.todoke.json: /names/ja: expected a non-empty string, got 3"),
                QStringLiteral("procedures/a.todoke.json: /scope: expected one of household, "
                               "member, got \"both\""),
                QStringLiteral("procedures/a.todoke.json: /valid_from: expected a date YYYY-MM-DD, "
                               "got \"2024-02-30\""),
                QStringLiteral("procedures/a.todoke.json: /: missing required key \"system\""),
                QStringLiteral("procedures/a.todoke.json: /form/fields/0/required: expected true "
                               "or false, got \"yes\"")}));
}

TEST(CatalogLoad, InvalidJsonLogicIsRefusedWithThePlaceInsideTheRule)
{
    TempCatalog cat;
    cat.write(kKanyuFile,
        with(kanyu(), QStringLiteral("applies_when"), json(R"({"and": [true, {"fooo": [1]}]})")));
    QJsonObject p = with(todoke(), QStringLiteral("applies_when"), json(R"({"==": [1, 2, 3]})"));
    p = with(p, QStringLiteral("not_applicable_reason"), json(R"({"ja": "x", "en": "x"})"));
    cat.write(kTodokeFile, p);
    EXPECT_EQ(cat.problems(),
        QStringList(
            {QStringLiteral("procedures/a.todoke.json: /applies_when: wrong number of arguments "
                            "for \"==\": 3 given, 2 expected"),
                QStringLiteral(
                    "procedures/b.kanyu.json: /applies_when/and/1: unknown operation \"fooo\"")}));
}

TEST(CatalogLoad, PathsMustExistInTheRulesContext)
{
    TempCatalog cat;
    QJsonObject p = with(kanyu(), QStringLiteral("applies_when"),
        json(R"({"and": [{"==": [{"var": "member.insurence"}, "kokuho"]},
                        {"var": "event.inkan"}, {"var": "answers.fax"}, {"var": "params.nope"},
                        {"some": [{"var": "household.members"}, {"var": "is_head"}]},
                        {"var": "household.members.0.age"}, {"var": "event.inkan_touroku.length"},
                        {"var": "answers.my_number"}, {"var": "household.head_member.koumuin"}]})"));
    p = withField(p, 0, QStringLiteral("bind"), QStringLiteral("household.adress"));
    p = withField(p, 0, QStringLiteral("visible_when"), json(R"({"var": "value"})"));
    p = withField(
        p, 0, QStringLiteral("validation"), json(R"({">": [{"var": "value.length"}, 1]})"));
    p = withField(
        p, 0, QStringLiteral("validation_message"), json(R"({"ja": "{value}", "en": "{value}"})"));
    cat.write(kKanyuFile, p);
    QJsonObject t
        = withField(todoke(), 0, QStringLiteral("bind"), QStringLiteral("member.name_kanji"));
    t = with(t, QStringLiteral("reason"),
        json(R"({"ja": "{answers.my_number}", "en": "{params.sousaihi:n}"})"));
    cat.write(kTodokeFile, t);
    EXPECT_EQ(cat.problems(),
        QStringList({
            QStringLiteral(
                "procedures/a.todoke.json: /reason/ja: \"answers.my_number\": \"my_number\" is "
                "asked per member; only a member procedure can read it"),
            QStringLiteral(
                "procedures/a.todoke.json: /form/fields/0/bind: \"member.name_kanji\": member is "
                "null in a household procedure (read household.… instead)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /applies_when/and/0/==/0/var: \"member.insurence\" is "
                "not a path of the rules context (context-schema.json)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /applies_when/and/1/var: \"event.inkan\": no question "
                "of the procedure's life events has the id \"inkan\" (events.json)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /applies_when/and/2/var: \"answers.fax\": no form field "
                "has the ask_once key \"fax\""),
            QStringLiteral(
                "procedures/b.kanyu.json: /applies_when/and/3/var: \"params.nope\": there is no "
                "city parameter \"nope\" (parameters.json)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /form/fields/0/bind: \"household.adress\" is not a path "
                "of the rules context (context-schema.json)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /form/fields/0/visible_when/var: \"value\": value exists "
                "only in a field's validation rule"),
        }));
}

TEST(CatalogLoad, DuplicateIdsAreRefused)
{
    TempCatalog cat;
    cat.write(QStringLiteral("systems.json"), R"({"systems": [
      {"id": "juki", "names": {"ja": "a", "en": "a"}, "connector": "a"},
      {"id": "kokuho", "names": {"ja": "b", "en": "b"}, "connector": "b"},
      {"id": "juki", "names": {"ja": "c", "en": "c"}, "connector": "c"}]})");
    cat.write(QStringLiteral("procedures/c.json"), kTodoke);
    cat.write(kKanyuFile, withField(kanyu(), 1, QStringLiteral("id"), QStringLiteral("name")));
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "systems.json: /systems/2/id: duplicate id \"juki\" (also at /systems/0)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /form/fields/1/id: duplicate id \"name\" (also at "
                "/form/fields/0)"),
            QStringLiteral(
                "procedures/c.json: /version: procedure a.todoke version 1 is also defined in "
                "procedures/a.todoke.json")}));
}

TEST(CatalogLoad, UnknownSystemsLifeEventsAndParametersAreRefused)
{
    TempCatalog cat;
    QJsonObject p = with(todoke(), QStringLiteral("system"), QStringLiteral("juuki"));
    p = with(p, QStringLiteral("events"), json(R"(["tenyu", "tennyu", "tennyu"])"));
    cat.write(kTodokeFile, p);
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "procedures/a.todoke.json: /events/2: \"tennyu\" is listed twice"),
            QStringLiteral("procedures/a.todoke.json: /events/0: unknown life event \"tenyu\" "
                           "(events.json has: tennyu, shibou)"),
            QStringLiteral(
                "procedures/a.todoke.json: /system: unknown system \"juuki\" (systems.json has: "
                "juki, kokuho)")}));
}

TEST(CatalogLoad, VersionsOfAProcedureMustNotOverlap)
{
    TempCatalog cat;
    QJsonObject v2 = with(todoke(), QStringLiteral("version"), 2);
    v2 = with(v2, QStringLiteral("valid_from"), QStringLiteral("2024-10-01"));
    cat.write(QStringLiteral("procedures/a.todoke.v2.json"), v2);
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
            "procedures/a.todoke.v2.json: /valid_from: procedure a.todoke version 2 "
            "(2024-10-01 to …) and version 1 in procedures/a.todoke.json (… to …) "
            "are both in force on 2024-10-01: versions of a procedure must not overlap")}));
    // Ending version 1 the day before makes them fine.
    cat.write(
        kTodokeFile, with(todoke(), QStringLiteral("valid_to"), QStringLiteral("2024-09-30")));
    EXPECT_TRUE(cat.load().ok()) << cat.problems().join(QLatin1Char('\n')).toStdString();
    // Version 2 for one day, version 1 from the next: fine too.
    cat.write(
        kTodokeFile, with(todoke(), QStringLiteral("valid_from"), QStringLiteral("2024-10-02")));
    cat.write(QStringLiteral("procedures/a.todoke.v2.json"),
        with(v2, QStringLiteral("valid_to"), QStringLiteral("2024-10-01")));
    EXPECT_TRUE(cat.load().ok()) << cat.problems().join(QLatin1Char('\n')).toStdString();
    cat.write(
        kTodokeFile, with(todoke(), QStringLiteral("valid_to"), QStringLiteral("2024-09-30")));
    cat.write(QStringLiteral("procedures/a.todoke.v2.json"),
        with(v2, QStringLiteral("valid_to"), QStringLiteral("2024-09-01")));
    EXPECT_EQ(cat.problems(),
        QStringList(
            {QStringLiteral("procedures/a.todoke.v2.json: /valid_to: valid_to 2024-09-01 is before "
                            "valid_from 2024-10-01")}));
}
