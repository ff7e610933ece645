// The JSON of the forms and the interview (docs/forms.md, "JSON"): its
// keys, values and labels in either language.
#include "catalog/formsjson.h"
#include "prefilltest.h"

using namespace madoguchi;
using namespace Qt::StringLiterals;
using namespace madoguchi::prefilltest;

TEST(FormsJson, HasTheDocumentedShape)
{
    const FormsCatalog c;
    const auto json = catalog::formsJson(c.get(), derived(c.get(), household()),
        {{u"phone"_s, u"123"_s}, {u"my_number"_s, QJsonObject{{u"m2"_s, u"x"_s}}}}, u"en"_s);
    ASSERT_TRUE(json.ok());
    const QJsonObject& o = json.value();
    EXPECT_EQ(o.keys(), (QStringList{u"forms"_s, u"interview"_s, u"problems"_s}));

    const QJsonObject todoke = o[u"forms"_s][0].toObject();
    EXPECT_EQ(todoke,
        (QJsonObject{{u"procedure"_s, u"a.todoke"_s}, {u"version"_s, 1},
            {u"name"_s, u"Moving-in notification"_s}, {u"member"_s, QJsonValue::Null},
            {u"complete"_s, false}, {u"fields"_s, todoke[u"fields"_s]}}));
    EXPECT_EQ(todoke[u"fields"_s][0].toObject(),
        (QJsonObject{{u"id"_s, u"address"_s}, {u"label"_s, u"Address"_s}, {u"type"_s, u"address"_s},
            {u"value"_s, u"みどり野市中央1-1"_s}, {u"provenance"_s, u"register"_s},
            {u"visible"_s, true}, {u"valid"_s, true}, {u"required"_s, true}, {u"missing"_s, false},
            {u"message"_s, QJsonValue::Null}}));
    EXPECT_EQ(todoke[u"fields"_s][4].toObject()[u"message"_s], QJsonValue(u"123 is too short"_s));
    EXPECT_EQ(todoke[u"fields"_s][4].toObject()[u"provenance"_s], QJsonValue(u"clerk_entry"_s));
    EXPECT_EQ(todoke[u"fields"_s][6].toObject()[u"value"_s], QJsonValue(QJsonValue::Null));
    EXPECT_EQ(todoke[u"fields"_s][6].toObject()[u"provenance"_s], QJsonValue(u"none"_s));

    QJsonObject m2;
    for (const QJsonValue& q : o[u"interview"_s].toArray())
        if (q[u"key"_s] == QJsonValue(u"my_number"_s) && q[u"member"_s] == QJsonValue(u"m2"_s))
            m2 = q.toObject();
    ASSERT_FALSE(m2.isEmpty());
    const QJsonObject expected{{u"key"_s, u"my_number"_s}, {u"label"_s, u"My Number"_s},
        {u"type"_s, u"my-number"_s}, {u"required"_s, true}, {u"member"_s, u"m2"_s},
        {u"member_name"_s, u"山田 m2"_s}, {u"event"_s, false}, {u"options"_s, QJsonArray{}},
        {u"fills"_s,
            QJsonArray{QJsonObject{{u"procedure"_s, u"c.nenkin"_s}, {u"member"_s, u"m2"_s},
                {u"field"_s, u"my_number"_s}}}},
        {u"message"_s, m2[u"message"_s]}};
    EXPECT_EQ(m2, expected);
    EXPECT_TRUE(m2[u"message"_s].isString());

    const QJsonObject problem = o[u"problems"_s][0].toObject();
    EXPECT_EQ(problem.keys(),
        (QStringList{u"field"_s, u"key"_s, u"member"_s, u"message"_s, u"procedure"_s}));

    const auto ja = catalog::formsJson(c.get(), derived(c.get(), household()), {}, u"ja"_s);
    EXPECT_EQ(ja.value()[u"forms"_s][0][u"fields"_s][0][u"label"_s], QJsonValue(u"住所"_s));
    EXPECT_EQ(ja.value()[u"interview"_s][0][u"label"_s], QJsonValue(u"転出予定日"_s));

    const QJsonObject inkan = ja.value()[u"interview"_s][2].toObject();
    EXPECT_EQ(inkan[u"key"_s], QJsonValue(u"event.inkan_touroku"_s));
    EXPECT_EQ(inkan[u"event"_s], QJsonValue(true));
    EXPECT_EQ(inkan[u"options"_s],
        (QJsonArray{QJsonObject{{u"value"_s, u"m1"_s}, {u"label"_s, u"山田 m1"_s}},
            QJsonObject{{u"value"_s, u"m2"_s}, {u"label"_s, u"山田 m2"_s}},
            QJsonObject{{u"value"_s, u"m3"_s}, {u"label"_s, u"山田 m3"_s}}}))
        << "a members question chooses among the household";
}
