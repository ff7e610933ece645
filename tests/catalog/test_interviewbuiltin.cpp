// The merged interview over the built-in catalog: a 6-member household for
// each life event, answered question by question until every form is
// complete.
#include "prefilltest.h"
#include "text/checkdigits.h"

#include <QSet>

using namespace madoguchi;
using namespace Qt::StringLiterals;
using namespace madoguchi::prefilltest;

namespace {

QJsonObject sixMembers(const catalog::LifeEvent& e)
{
    const QJsonObject none{{u"insurance"_s, u"none"_s}};
    QJsonArray members{member(u"m1"_s, u"1980-05-10"_s, u"世帯主"_s, {{u"dog_owner"_s, true}}),
        member(u"m2"_s, u"1982-08-21"_s, u"妻"_s),
        member(u"m3"_s, u"2008-06-01"_s, u"子"_s, {{u"nenkin_category"_s, u"none"_s}}),
        member(u"m4"_s, u"2011-09-15"_s, u"子"_s, {{u"nenkin_category"_s, u"none"_s}}),
        member(u"m5"_s, e.id == u"shussei"_s ? u"2025-11-20"_s : u"2017-03-03"_s, u"子"_s,
            {{u"nenkin_category"_s, u"none"_s}}),
        member(u"m6"_s, u"1948-01-20"_s, u"母"_s,
            {{u"insurance"_s, u"kouki"_s}, {u"kaigo"_s, u"certified"_s},
                {u"nenkin_category"_s, u"recipient"_s}, {u"disability_certificate"_s, true}})};
    QJsonObject event{{u"type"_s, e.id}, {u"date"_s, u"2025-11-20"_s}};
    if (e.id == u"shussei"_s)
        event[u"subject"_s] = u"m5"_s;
    if (e.id == u"shibou"_s)
        event[u"subject"_s] = u"m6"_s;
    if (e.id == u"konin"_s)
        event[u"address_change"_s] = u"none"_s;
    return {{u"today"_s, u"2025-11-20"_s}, {u"event"_s, event},
        {u"household"_s,
            QJsonObject{{u"head"_s, u"m1"_s}, {u"address"_s, u"東京都みどり野市中央1-2-3"_s},
                {u"members"_s, members}}}};
}

// An answer that any field of the question's type takes.
QJsonValue answerFor(const catalog::Question& q)
{
    const QString body = u"12345678901"_s;
    if (q.key == u"event.from_prefecture_code"_s)
        return u"13"_s; // its validation wants two digits
    switch (q.field->type) {
    case catalog::FieldType::Date:
    case catalog::FieldType::EraDate:
        return u"2025-11-21"_s;
    case catalog::FieldType::Checkbox:
        return false;
    case catalog::FieldType::Number:
        return 1;
    case catalog::FieldType::Select:
        return q.field->options.constFirst().value;
    case catalog::FieldType::Member:
        return u"m1"_s;
    case catalog::FieldType::Members:
        return QJsonArray{u"m1"_s};
    case catalog::FieldType::MyNumber:
        return QString(body + QString::number(text::myNumberCheckDigit(body)));
    case catalog::FieldType::Phone:
        return u"0312345678"_s;
    default:
        return u"回答"_s;
    }
}

} // namespace

TEST(InterviewBuiltIn, EveryLifeEventIsAnsweredToTheEnd)
{
    const catalog::CatalogLoad load
        = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    ASSERT_TRUE(load.ok());
    const catalog::Catalog& c = *load.catalog;
    for (const catalog::LifeEvent& e : c.events) {
        SCOPED_TRACE(e.id.toStdString());
        catalog::Forms forms = filled(c, sixMembers(e));
        ASSERT_FALSE(forms.forms.isEmpty());
        ASSERT_EQ(forms.forms.size(), forms.checklist.applies.size());
        for (qsizetype i = 0; i < forms.forms.size(); ++i)
            EXPECT_EQ(forms.forms.at(i).fields.size(),
                forms.checklist.applies.at(i).procedure->fields.size());

        // Each key once (per member for those asked per member).
        QSet<QString> seen;
        for (const catalog::Question& q : forms.interview) {
            const QString id = q.key + u'@' + q.member;
            EXPECT_FALSE(seen.contains(id)) << id.toStdString();
            seen.insert(id);
        }

        for (int round = 0; round < 10 && !forms.interview.isEmpty(); ++round) {
            QJsonObject answers;
            for (const catalog::Question& q : forms.interview) {
                if (q.member.isEmpty()) {
                    answers.insert(q.key, answerFor(q));
                } else {
                    QJsonObject byMember = answers.value(q.key).toObject();
                    byMember.insert(q.member, answerFor(q));
                    answers.insert(q.key, byMember);
                }
            }
            ASSERT_TRUE(catalog::applyAnswers(forms, answers));
        }
        EXPECT_TRUE(forms.interview.isEmpty()) << questionIds(forms).join(u", "_s).toStdString();
        EXPECT_TRUE(forms.problems.isEmpty());
        EXPECT_TRUE(forms.done());
    }
}
