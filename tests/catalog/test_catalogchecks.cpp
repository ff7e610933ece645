// More rejections of the loader: deadlines, reasons, placeholders, forms,
// questions, files and folders — and every problem reported at once.
#include "catalog/catalogloader.h"
#include "catalogtest.h"

using namespace madoguchi;
using namespace madoguchi::catalogtest;

namespace {

const QString kTodokeFile = QStringLiteral("procedures/a.todoke.json");
const QString kKanyuFile = QStringLiteral("procedures/b.kanyu.json");

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
    QJsonParseError error{};
    const QJsonValue v
        = QJsonDocument::fromJson(QByteArray("[") + text + "]", &error).array().at(0);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
    return v;
}

QJsonObject todoke()
{
    return TempCatalog::object(kTodoke);
}

QJsonObject kanyu()
{
    return TempCatalog::object(kKanyu);
}

QJsonObject withFields(QJsonObject procedure, const char* fields)
{
    return with(
        procedure, QStringLiteral("form"), QJsonObject{{QStringLiteral("fields"), json(fields)}});
}

} // namespace

TEST(CatalogChecks, DeadlinesSayHowTheyCount)
{
    TempCatalog cat;
    cat.write(kTodokeFile,
        with(todoke(), QStringLiteral("deadline"),
            json(R"({"days": 14, "months": 1, "from": "household.member_count",
                     "and_within": [{"days": 30, "from": ["event.planned_move_out_date", 3], "first_day_counts": true}]})")));
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "procedures/a.todoke.json: /deadline: a deadline has exactly one of "
                         "\"days\", \"months\", \"years\""),
            QStringLiteral(
                "procedures/a.todoke.json: /deadline/from: a deadline counts from a date; "
                "household.member_count is of type integer"),
            QStringLiteral(
                "procedures/a.todoke.json: /deadline: missing required key \"first_day_counts\""),
            QStringLiteral(
                "procedures/a.todoke.json: /deadline/and_within/0/from/1: expected a path of the "
                "rules context, got 3")}));
}

TEST(CatalogChecks, ReasonsAreRequiredAndTheirCasesOrdered)
{
    TempCatalog cat;
    cat.write(
        kKanyuFile, with(kanyu(), QStringLiteral("not_applicable_reason"), QJsonValue::Undefined));
    cat.write(kTodokeFile,
        with(todoke(), QStringLiteral("reason"),
            json(R"([{"ja": "a", "en": "a"}, {"when": true, "ja": "b", "en": "b"}])")));
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "procedures/a.todoke.json: /reason/0: only the last case can go without "
                         "\"when\": the cases after this one would never be used"),
            QStringLiteral(
                "procedures/a.todoke.json: /reason/1/when: the last case has no \"when\": it is "
                "the one given when no other fits"),
            QStringLiteral(
                "procedures/b.kanyu.json: /: missing required key \"not_applicable_reason\" (a "
                "procedure with applies_when says why it does not apply)")}));
}

TEST(CatalogChecks, PlaceholdersAreWellFormed)
{
    TempCatalog cat;
    cat.write(kTodokeFile,
        with(todoke(), QStringLiteral("reason"),
            json(R"({"ja": "{event.date", "en": "{event.date:x} and {{literal}}"})")));
    cat.write(kKanyuFile,
        with(
            kanyu(), QStringLiteral("documents"), json(R"([{"ja": "{member.nope}", "en": "}"}])")));
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "procedures/a.todoke.json: /reason/ja: a { without its } at character 1 "
                         "(write {{ for a brace)"),
            QStringLiteral(
                "procedures/a.todoke.json: /reason/en: \"{event.date:x}\": unknown format \"x\" "
                "(the only one is n)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /documents/0/ja: \"member.nope\" is not a path of the "
                "rules context (context-schema.json)"),
            QStringLiteral(
                "procedures/b.kanyu.json: /documents/0/en: a } without its { at character 1 "
                "(write }} for a brace)")}));
}

TEST(CatalogChecks, FormFieldsAreChecked)
{
    TempCatalog cat;
    cat.write(kTodokeFile, withFields(todoke(), R"([
        {"id": "kind", "labels": {"ja": "種別", "en": "Kind"}, "type": "select"},
        {"id": "note", "labels": {"ja": "備考", "en": "Note"}, "type": "text",
         "options": [{"value": "a", "labels": {"ja": "a", "en": "a"}}]},
        {"id": "who", "labels": {"ja": "誰", "en": "Who"}, "type": "members"},
        {"id": "mine", "labels": {"ja": "番号", "en": "Number"}, "type": "my-number", "ask_once": "mine", "per_member": true},
        {"id": "ok", "labels": {"ja": "可", "en": "OK"}, "type": "checkbox", "validation": {"var": "value"}},
        {"id": "Bad", "labels": {"ja": "x", "en": "x"}, "type": "text"}])"));
    cat.write(kKanyuFile, withFields(kanyu(), R"([
        {"id": "phone", "labels": {"ja": "電話", "en": "Phone"}, "type": "text", "ask_once": "phone"},
        {"id": "fax", "labels": {"ja": "FAX", "en": "Fax"}, "type": "phone", "ask_once": "phone"}])"));
    EXPECT_EQ(cat.problems(),
        QStringList({
            QStringLiteral(
                "procedures/a.todoke.json: /form/fields/0: missing required key \"options\""),
            QStringLiteral("procedures/a.todoke.json: /form/fields/1/options: only a select field "
                           "has options"),
            QStringLiteral(
                "procedures/a.todoke.json: /form/fields/2/type: expected one of text, kana, date, "
                "era-date, select, checkbox, number, address, phone, my-number, got \"members\""),
            QStringLiteral("procedures/a.todoke.json: /form/fields/4: missing required key "
                           "\"validation_message\""),
            QStringLiteral(
                "procedures/a.todoke.json: /form/fields/5/id: \"Bad\" is not an identifier: "
                "lower-case letters, digits and _, starting with a letter"),
            QStringLiteral(
                "procedures/a.todoke.json: /form/fields/3/per_member: per_member is for the forms "
                "of member procedures"),
            QStringLiteral(
                "procedures/b.kanyu.json: /form/fields/1/ask_once: ask_once \"phone\" is used by "
                "another field of this form"),
            QStringLiteral(
                "procedures/b.kanyu.json: /form/fields/1/ask_once: ask_once \"phone\" is a text "
                "field in procedures/b.kanyu.json; here it is a phone field (one question has one "
                "type)"),
        }));
}

TEST(CatalogChecks, OneAskOnceKeyIsOneQuestion)
{
    TempCatalog cat;
    cat.write(kKanyuFile, withFields(kanyu(), R"([
        {"id": "phone", "labels": {"ja": "電話", "en": "Phone"}, "type": "text", "ask_once": "phone"},
        {"id": "number", "labels": {"ja": "番号", "en": "Number"}, "type": "phone", "ask_once": "tel", "per_member": true}])"));
    cat.write(QStringLiteral("procedures/c.json"),
        with(
            withFields(kanyu(),
                R"([{"id": "tel", "labels": {"ja": "電話", "en": "Phone"}, "type": "phone", "ask_once": "tel"}])"),
            QStringLiteral("id"), QStringLiteral("c.other")));
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "procedures/b.kanyu.json: /form/fields/0/ask_once: ask_once \"phone\" is "
                         "a phone field in procedures/a.todoke.json; here it is a text field (one "
                         "question has one type)"),
            QStringLiteral(
                "procedures/c.json: /form/fields/0/ask_once: ask_once \"tel\" is asked per member "
                "in procedures/b.kanyu.json; here it is asked per household (give every field with "
                "this key the same per_member)")}));
}

TEST(CatalogChecks, EventQuestionsAreChecked)
{
    TempCatalog cat;
    cat.write(QStringLiteral("events.json"), R"({"events": [
      {"id": "tennyu", "names": {"ja": "転入", "en": "Moving in"}, "date_label": {"ja": "日", "en": "Day"},
       "questions": [
         {"id": "date", "labels": {"ja": "日", "en": "Day"}, "type": "date"},
         {"id": "subject", "labels": {"ja": "誰", "en": "Who"}, "type": "text"},
         {"id": "inkan_touroku", "labels": {"ja": "印鑑", "en": "Seal"}, "type": "members",
          "visible_when": {"var": "member.age"}}]},
      {"id": "shibou", "names": {"ja": "死亡", "en": "Death"}, "date_label": {"ja": "日", "en": "Day"},
       "questions": [{"id": "inkan_touroku", "labels": {"ja": "印鑑", "en": "Seal"}, "type": "checkbox"}]}]})");
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
                         "events.json: /events/0/questions/0/id: event.type and event.date are "
                         "given with every event, not asked"),
            QStringLiteral("events.json: /events/0/questions/1/type: event.subject holds a value "
                           "of type id in "
                           "the rules context; a text question gives string"),
            QStringLiteral("events.json: /events/0/questions/2/visible_when/var: \"member.age\": "
                           "member is null "
                           "in a household procedure (read household.… instead)"),
            QStringLiteral(
                "events.json: /events/1/questions/0/type: the question \"inkan_touroku\" is a "
                "members question at /events/0/questions/2; one id has one type in every event")}));
}

TEST(CatalogChecks, BrokenFilesAndMissingFoldersAreNamed)
{
    TempCatalog cat;
    cat.write(QStringLiteral("events.json"), "{\"events\": [\n  {\"id\": }\n]}");
    cat.write(QStringLiteral("parameters.json"), "[1, 2]");
    cat.remove(QStringLiteral("systems.json"));
    const QStringList problems = cat.problems();
    ASSERT_GE(problems.size(), 3);
    EXPECT_EQ(
        problems.at(0), QStringLiteral("parameters.json: /: expected an object, got an array"));
    EXPECT_TRUE(
        problems.at(1).startsWith(QStringLiteral("systems.json: /: cannot read the file: ")))
        << problems.at(1).toStdString();
    EXPECT_TRUE(problems.at(2).startsWith(
        QStringLiteral("events.json: line 2, column 10: not valid JSON: ")))
        << problems.at(2).toStdString();

    QTemporaryDir empty;
    EXPECT_EQ(
        catalog::loadCatalog(empty.path() + QStringLiteral("/nowhere")).problems.value(0).text(),
        empty.path() + QStringLiteral("/nowhere: /: no such folder"));
    TempCatalog noProcedures;
    QDir(noProcedures.path() + QStringLiteral("/procedures")).removeRecursively();
    EXPECT_EQ(noProcedures.problems(),
        QStringList({QStringLiteral(
            "procedures/: /: no such folder: a catalog keeps one file per procedure "
            "in procedures/")}));
}

TEST(CatalogChecks, EveryProblemIsReportedAtOnceAndNothingIsLoaded)
{
    TempCatalog cat;
    cat.write(kTodokeFile, with(todoke(), QStringLiteral("system"), QStringLiteral("nope")));
    cat.write(kKanyuFile, with(kanyu(), QStringLiteral("scope"), QStringLiteral("everyone")));
    cat.write(QStringLiteral("procedures/c.json"), "{");
    cat.write(QStringLiteral("parameters.json"),
        R"({"parameters": [{"id": "x", "names": {"ja": "x", "en": "x"}, "value": null}]})");
    const catalog::CatalogLoad load = cat.load();
    EXPECT_FALSE(load.ok());
    EXPECT_EQ(load.catalog, nullptr);
    QStringList files;
    for (const catalog::CatalogProblem& p : load.problems)
        files.append(p.file);
    files
        .removeDuplicates(); // b.kanyu, now a household procedure, reads member.* in several places
    EXPECT_EQ(files,
        QStringList({QStringLiteral("parameters.json"), QStringLiteral("procedures/c.json"),
            kTodokeFile, kKanyuFile}));
}

TEST(CatalogChecks, RulesOfAHouseholdProcedureCannotReadTheMember)
{
    TempCatalog cat;
    QJsonObject t
        = with(todoke(), QStringLiteral("applies_when"), json(R"({"var": "member.age"})"));
    t = with(t, QStringLiteral("not_applicable_reason"), json(R"({"ja": "x", "en": "x"})"));
    cat.write(kTodokeFile, t);
    EXPECT_EQ(cat.problems(),
        QStringList({QStringLiteral(
            "procedures/a.todoke.json: /applies_when/var: \"member.age\": member is "
            "null in a household procedure (read household.… instead)")}));
}
