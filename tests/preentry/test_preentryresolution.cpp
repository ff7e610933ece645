// Resolution against the built-in catalog and the 出生 scenario's household:
// persons become member ids, answers are checked as the interview checks
// them, and everything not used is noted with why.
#include "preentry/preentryresolution.h"
#include "preentrytestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::preentrytest;

namespace {

preentry::ResolvedPreEntry resolved(
    const preentry::PreEntry& entry, const catalog::Catalog& catalog = builtInCatalog())
{
    const auto r = preentry::resolvePreEntry(entry, catalog, takahashiHousehold());
    EXPECT_TRUE(r) << r.error().message.toStdString();
    return r ? r.value() : preentry::ResolvedPreEntry{};
}

preentry::PreEntry entryWith(
    const QString& eventType, const QJsonObject& eventAnswers, const QJsonObject& answers = {})
{
    preentry::PreEntry entry;
    entry.eventType = eventType;
    entry.eventDate = QDate(2026, 11, 18);
    entry.eventAnswers = eventAnswers;
    entry.answers = answers;
    return entry;
}

QJsonObject byPerson(const QList<std::pair<QJsonObject, QJsonValue>>& entries)
{
    QJsonArray list;
    for (const auto& [who, value] : entries)
        list.append(QJsonObject{
            {QStringLiteral("person"), who.value(u"person")}, {QStringLiteral("value"), value}});
    return {{QStringLiteral("by_person"), list}};
}

QString notes(const preentry::ResolvedPreEntry& r)
{
    return r.notes.join(QLatin1Char('\n'));
}

// A copy of the built-in catalog whose 子ども医療 form also asks, per
// member, an allergy (text) and a 個人番号 under a key the format cannot
// recognise as one.
class PerMemberCatalog : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QDirIterator files(QStringLiteral(":/catalog"), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString from = files.next();
            const QString to = dir.filePath(from.mid(QStringLiteral(":/catalog/").size()));
            QDir().mkpath(QFileInfo(to).path());
            ASSERT_TRUE(QFile::copy(from, to)) << to.toStdString();
            QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        }
        const QString procedure
            = dir.filePath(QStringLiteral("procedures/kodomoiryo.shinsei.json"));
        QFile file(procedure);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject json = jsonOf(file.readAll());
        file.close();
        QJsonObject form = json.value(u"form").toObject();
        QJsonArray fields = form.value(u"fields").toArray();
        const auto field = [](const char* id, const char* type) {
            return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                {QStringLiteral("labels"),
                    QJsonObject{{QStringLiteral("ja"), QStringLiteral("項目")},
                        {QStringLiteral("en"), QStringLiteral("Item")}}},
                {QStringLiteral("type"), QString::fromLatin1(type)},
                {QStringLiteral("ask_once"), QString::fromLatin1(id)},
                {QStringLiteral("per_member"), true}};
        };
        fields.append(field("allergy", "text"));
        fields.append(field("kojin_no", "my-number"));
        form.insert(QStringLiteral("fields"), fields);
        json.insert(QStringLiteral("form"), form);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        load = catalog::loadCatalog(dir.path());
        ASSERT_TRUE(load.ok()) << (load.problems.isEmpty()
                ? std::string()
                : load.problems.first().text().toStdString());
        ASSERT_TRUE(load.catalog->answerKeys.value(QStringLiteral("allergy")));
    }

    QTemporaryDir dir;
    catalog::CatalogLoad load;
};

} // namespace

TEST(PreEntryResolution, TheDemoResolvesAgainstTheScenarioHousehold)
{
    const preentry::ResolvedPreEntry r = resolved(demoEntry());
    EXPECT_TRUE(r.notes.isEmpty()) << notes(r).toStdString();
    EXPECT_EQ(r.eventType, QStringLiteral("shussei"));
    EXPECT_EQ(r.eventDate, QDate(2026, 11, 18));
    EXPECT_EQ(r.eventAnswers,
        (QJsonObject{{QStringLiteral("subject"), QStringLiteral("m3")},
            {QStringLiteral("mother"), QStringLiteral("m2")},
            {QStringLiteral("born_abroad"), false}}));
    EXPECT_EQ(r.answers,
        (QJsonObject{{QStringLiteral("phone"), QStringLiteral("09012345678")},
            {QStringLiteral("honseki"), QStringLiteral("東京都みどり野市本町一丁目5番")},
            {QStringLiteral("notifier"), QStringLiteral("高橋 彩")},
            {QStringLiteral("bank_account"), QStringLiteral("0179-011-7654321")}}));
    EXPECT_EQ(r.applicantMember, QStringLiteral("m2"));
    QStringList keys = r.keysUsed;
    keys.sort();
    EXPECT_EQ(keys,
        (QStringList{QStringLiteral("bank_account"), QStringLiteral("event.born_abroad"),
            QStringLiteral("event.mother"), QStringLiteral("event.subject"),
            QStringLiteral("honseki"), QStringLiteral("notifier"), QStringLiteral("phone")}));
    EXPECT_TRUE(r.persons.isEmpty());
}

TEST(PreEntryResolution, NamesAreMatchedFoldedInKanjiOrKana)
{
    const preentry::ResolvedPreEntry r = resolved(entryWith(QStringLiteral("shussei"),
        {{QStringLiteral("subject"), person("髙橋　結衣", "2026-11-18")},
            {QStringLiteral("mother"), person("タカハシ アヤ", "H8.6.6")}},
        {{QStringLiteral("notifier"), person("たかはし あや", "1996-06-06")}}));
    EXPECT_TRUE(r.notes.isEmpty()) << notes(r).toStdString();
    EXPECT_EQ(r.eventAnswers.value(u"subject"), QJsonValue(QStringLiteral("m3")));
    EXPECT_EQ(r.eventAnswers.value(u"mother"), QJsonValue(QStringLiteral("m2")));
    EXPECT_EQ(r.answers.value(u"notifier"), QJsonValue(QStringLiteral("高橋 彩")))
        << "as the register writes the name";
}

TEST(PreEntryResolution, APersonNotInTheHouseholdIsNotedAndLeftOut)
{
    const preentry::ResolvedPreEntry r = resolved(entryWith(QStringLiteral("shussei"),
        {{QStringLiteral("subject"), person("高橋 結衣", "2026-11-19")},
            {QStringLiteral("mother"), person("高橋 花子", "1996-06-06")}},
        {{QStringLiteral("notifier"), person("佐藤 健", "1960-01-01")}}));
    EXPECT_TRUE(r.eventAnswers.isEmpty());
    EXPECT_EQ(r.notes,
        (QStringList{QStringLiteral("event.answers.mother: 高橋 花子 (1996-06-06) is not in the "
                                    "household (no one member has this name and birth date)"),
            QStringLiteral("event.answers.subject: 高橋 結衣 (2026-11-19) is not in the household "
                           "(no one member has this name and birth date)")}));
    // A text field takes the name as given: the notifier may live elsewhere.
    EXPECT_EQ(r.answers.value(u"notifier"), QJsonValue(QStringLiteral("佐藤 健")));
}

TEST(PreEntryResolution, UnknownKeysAreNotedWithASuggestion)
{
    const preentry::ResolvedPreEntry r = resolved(entryWith(QStringLiteral("shussei"),
        {{QStringLiteral("mothr"), person("高橋 彩", "1996-06-06")},
            {QStringLiteral("date"), QStringLiteral("2026-11-18")}},
        {{QStringLiteral("phon"), QStringLiteral("09012345678")},
            {QStringLiteral("dog_name"), QStringLiteral("ポチ")}, {QStringLiteral("zzzz"), 1},
            {QStringLiteral("event.subject"), person("高橋 結衣", "2026-11-18")}}));
    EXPECT_TRUE(r.eventAnswers.isEmpty());
    EXPECT_TRUE(r.answers.isEmpty());
    EXPECT_EQ(r.notes,
        (QStringList{
            QStringLiteral(
                "event.answers.date: the event's date is given as event.date, not as an answer"),
            QStringLiteral(
                "event.answers.mothr: 出生 has no question \"mothr\"; did you mean \"mother\"?"),
            QStringLiteral("answers.dog_name: no form of 出生 asks \"dog_name\""),
            QStringLiteral("answers.event.subject: a question about the life event goes in "
                           "event.answers (as \"subject\")"),
            QStringLiteral("answers.phon: no form asks the key \"phon\"; did you mean \"phone\"?"),
            QStringLiteral("answers.zzzz: no form asks the key \"zzzz\"")}));
}

TEST(PreEntryResolution, ValuesAreCheckedAsTheInterviewChecksThem)
{
    const preentry::ResolvedPreEntry r = resolved(entryWith(QStringLiteral("shussei"),
        {{QStringLiteral("born_abroad"), QStringLiteral("no")},
            {QStringLiteral("subject"), QStringLiteral("m3")},
            {QStringLiteral("mother"), QJsonArray{person("高橋 彩", "1996-06-06")}}},
        {{QStringLiteral("birth_weight"), QStringLiteral("heavy")},
            {QStringLiteral("phone"), 9012345678.0},
            {QStringLiteral("honseki"), person("高橋 彩", "1996-06-06")}}));
    EXPECT_TRUE(r.eventAnswers.isEmpty());
    EXPECT_TRUE(r.answers.isEmpty());
    const QStringList expected{
        QStringLiteral("event.answers.born_abroad: expected true or false, got \"no\""),
        QStringLiteral("event.answers.mother: expected a person {\"person\": {\"name\", "
                       "\"birth_date\"}}, got [{\"person\":"),
        QStringLiteral("event.answers.subject: expected a person {\"person\": {\"name\", "
                       "\"birth_date\"}}, got \"m3\""),
        QStringLiteral("answers.birth_weight: expected a number, got \"heavy\""),
        QStringLiteral("answers.honseki: a person is not an answer to a question of type address"),
        QStringLiteral("answers.phone: expected a string, got 9012345678")};
    ASSERT_EQ(r.notes.size(), expected.size()) << notes(r).toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(r.notes.at(i).startsWith(expected.at(i))) << r.notes.at(i).toStdString();
}

TEST(PreEntryResolution, WarekiDatesSelectsAndMemberListsOfOtherEvents)
{
    const preentry::ResolvedPreEntry tennyu = resolved(entryWith(QStringLiteral("tennyu"),
        {{QStringLiteral("planned_move_out_date"), QStringLiteral("令和8年11月1日")},
            {QStringLiteral("from_prefecture_code"), QStringLiteral("27")},
            {QStringLiteral("inkan_touroku"),
                QJsonArray{person("高橋 翔", "1994-04-04"), person("高橋 彩", "1996-06-06"),
                    person("高橋 翔", "1994-04-04"), person("佐藤 健", "1960-01-01")}},
            {QStringLiteral("shien_request"), QJsonArray{}}}));
    EXPECT_EQ(tennyu.eventAnswers,
        (QJsonObject{{QStringLiteral("planned_move_out_date"), QStringLiteral("2026-11-01")},
            {QStringLiteral("from_prefecture_code"), QStringLiteral("27")},
            {QStringLiteral("inkan_touroku"),
                QJsonArray{QStringLiteral("m1"), QStringLiteral("m2")}},
            {QStringLiteral("shien_request"), QJsonArray{}}}));
    EXPECT_EQ(tennyu.notes,
        QStringList{QStringLiteral("event.answers.inkan_touroku[3]: 佐藤 健 (1960-01-01) is not in "
                                   "the household (no one member has this name and birth date)")});

    const preentry::ResolvedPreEntry konin = resolved(entryWith(
        QStringLiteral("konin"), {{QStringLiteral("address_change"), QStringLiteral("moving")}}));
    ASSERT_EQ(konin.notes.size(), 1);
    EXPECT_TRUE(konin.notes.first().startsWith(
        u"event.answers.address_change: expected one of none, tennyu, tenkyo, setai"))
        << konin.notes.first().toStdString();
}

TEST(PreEntryResolution, AnUnknownLifeEventIsAnError)
{
    const auto r = preentry::resolvePreEntry(
        entryWith(QStringLiteral("tenyu"), {}), builtInCatalog(), takahashiHousehold());
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.startsWith(
        u"event.type: the catalog has no life event \"tenyu\" (it has tennyu, "))
        << r.error().message.toStdString();
}

TEST(PreEntryResolution, WithoutAHouseholdPersonsAreListedAndKept)
{
    preentry::PreEntry entry = demoEntry();
    entry.answers.insert(QStringLiteral("phon"), QStringLiteral("x"));
    const auto r = preentry::checkPreEntry(entry, builtInCatalog());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->persons,
        (QStringList{QStringLiteral("event.answers.mother: 高橋 彩 (1996-06-06)"),
            QStringLiteral("event.answers.subject: 高橋 結衣 (2026-11-18)"),
            QStringLiteral("answers.notifier: 高橋 彩 (1996-06-06)"),
            QStringLiteral("applicant: 高橋 彩 (1996-06-06)")}));
    EXPECT_EQ(r->eventAnswers.value(u"subject"), entry.eventAnswers.value(u"subject"));
    EXPECT_EQ(r->notes,
        QStringList{QStringLiteral(
            "answers.phon: no form asks the key \"phon\"; did you mean \"phone\"?")});
    EXPECT_EQ(r->keysUsed.size(), 7);
}

TEST_F(PerMemberCatalog, PerMemberAnswersBecomeMemberIds)
{
    const QJsonObject allergy = byPerson({{person("高橋 結衣", "2026-11-18"), QStringLiteral("卵")},
        {person("高橋 翔", "1994-04-04"), QStringLiteral("なし")},
        {person("高橋 結衣", "2026-11-18"), QStringLiteral("卵・乳")},
        {person("鈴木 一郎", "1990-01-01"), QStringLiteral("なし")}});
    const preentry::ResolvedPreEntry r
        = resolved(entryWith(QStringLiteral("shussei"), {}, {{QStringLiteral("allergy"), allergy}}),
            *load.catalog);
    EXPECT_EQ(r.answers.value(u"allergy"),
        QJsonValue(QJsonObject{{QStringLiteral("m3"), QStringLiteral("卵・乳")},
            {QStringLiteral("m1"), QStringLiteral("なし")}}));
    EXPECT_EQ(r.keysUsed, QStringList{QStringLiteral("allergy")});
    EXPECT_EQ(r.notes,
        (QStringList{QStringLiteral("answers.allergy.by_person[2]: 高橋 結衣 (2026-11-18) is given "
                                    "more than once; the last answer is used"),
            QStringLiteral("answers.allergy.by_person[3]: 鈴木 一郎 (1990-01-01) is not in the "
                           "household (no one member has this name and birth date)")}));
}

TEST_F(PerMemberCatalog, ThePerMemberShapeMustFitTheKey)
{
    const preentry::ResolvedPreEntry r = resolved(
        entryWith(QStringLiteral("shussei"), {},
            {{QStringLiteral("allergy"), QStringLiteral("卵")},
                {QStringLiteral("phone"),
                    byPerson({{person("高橋 彩", "1996-06-06"), QStringLiteral("09012345678")}})}}),
        *load.catalog);
    EXPECT_TRUE(r.answers.isEmpty());
    ASSERT_EQ(r.notes.size(), 2) << notes(r).toStdString();
    EXPECT_TRUE(r.notes.at(0).startsWith(
        u"answers.allergy: asked once per person: expected {\"by_person\""));
    EXPECT_TRUE(r.notes.at(1).startsWith(u"answers.phone: asked once for the household"));
}

TEST_F(PerMemberCatalog, AMyNumberFieldUnderAnyKeyIsRefused)
{
    const auto r = preentry::resolvePreEntry(entryWith(QStringLiteral("shussei"), {},
                                                 {{QStringLiteral("kojin_no"),
                                                     byPerson({{person("高橋 結衣", "2026-11-18"),
                                                         QStringLiteral("at the counter")}})}}),
        *load.catalog, takahashiHousehold());
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.startsWith(
        u"answers.kojin_no: the catalog asks a 個人番号 (My Number) there"))
        << r.error().message.toStdString();
}
