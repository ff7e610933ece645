// Pre-fill (docs/forms.md): values from the register, the event and the
// catalog with their provenance, answers checked against the field's type
// and validation, visibility and missing required fields.
#include "prefilltest.h"
#include "text/checkdigits.h"

using namespace madoguchi;
using namespace Qt::StringLiterals;
using namespace madoguchi::prefilltest;
using catalog::Provenance;

namespace {

QString myNumber(const QString& body)
{
    return body + QString::number(text::myNumberCheckDigit(body));
}

} // namespace

TEST(Prefill, BindsFillFromTheRegisterTheEventAndTheCatalog)
{
    const FormsCatalog c;
    const catalog::Forms forms = filled(c.get(), household());

    const auto* address = field(forms, u"a.todoke"_s, {}, u"address"_s);
    ASSERT_NE(address, nullptr);
    EXPECT_EQ(address->value, QJsonValue(u"みどり野市中央1-1"_s));
    EXPECT_EQ(address->provenance, Provenance::Register);
    EXPECT_TRUE(address->prefilled);
    EXPECT_TRUE(address->valid);
    EXPECT_FALSE(address->missing);

    const auto* head = field(forms, u"a.todoke"_s, {}, u"head"_s);
    EXPECT_EQ(head->value, QJsonValue(u"山田 m1"_s));
    EXPECT_EQ(head->provenance, Provenance::Register);

    const auto* movedOn = field(forms, u"a.todoke"_s, {}, u"moved_on"_s);
    EXPECT_EQ(movedOn->value, QJsonValue(u"2026-11-20"_s));
    EXPECT_EQ(movedOn->provenance, Provenance::EventAnswer);

    const auto* fee = field(forms, u"e.fee"_s, {}, u"fee"_s);
    EXPECT_EQ(fee->value, QJsonValue(300));
    EXPECT_EQ(fee->provenance, Provenance::Default);
    EXPECT_EQ(catalog::provenanceName(fee->provenance), u"default"_s);
}

TEST(Prefill, MemberPathsReadTheMemberOfTheForm)
{
    const FormsCatalog c;
    const catalog::Forms forms = filled(c.get(), household());
    EXPECT_EQ(field(forms, u"b.kanyu"_s, u"m1"_s, u"name"_s)->value, QJsonValue(u"山田 m1"_s));
    EXPECT_EQ(field(forms, u"b.kanyu"_s, u"m3"_s, u"name"_s)->value, QJsonValue(u"山田 m3"_s));
    EXPECT_EQ(
        field(forms, u"b.kanyu"_s, u"m3"_s, u"birth_date"_s)->value, QJsonValue(u"2015-06-01"_s));
    EXPECT_EQ(field(forms, u"c.nenkin"_s, u"m2"_s, u"name"_s)->value, QJsonValue(u"山田 m2"_s));
    EXPECT_EQ(form(forms, u"b.kanyu"_s, u"m2"_s), nullptr) << "m2 is not in 国保";
}

TEST(Prefill, AFieldNothingFillsIsOpen)
{
    const FormsCatalog c;
    const catalog::Forms forms = filled(c.get(), household());
    const auto* phone = field(forms, u"a.todoke"_s, {}, u"phone"_s);
    EXPECT_TRUE(phone->value.isUndefined());
    EXPECT_EQ(phone->provenance, Provenance::None);
    EXPECT_TRUE(phone->missing);
    EXPECT_TRUE(phone->valid);
    EXPECT_TRUE(phone->open());
    EXPECT_FALSE(form(forms, u"a.todoke"_s)->complete());
    EXPECT_TRUE(form(forms, u"e.fee"_s)->complete());
}

TEST(Prefill, AnEmptyRegisterValueIsAskedOnceForEveryFormThatBindsIt)
{
    const FormsCatalog c;
    QJsonObject input = household();
    QJsonObject h = input[u"household"_s].toObject();
    h.remove(u"address"_s);
    input[u"household"_s] = h;

    catalog::Forms forms = filled(c.get(), input);
    const auto* q = question(forms, u"household.address"_s);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(fills(forms, *q), (QStringList{u"a.todoke.address"_s, u"e.fee.address"_s}));
    EXPECT_TRUE(q->required) << "a.todoke requires it";
    EXPECT_TRUE(field(forms, u"a.todoke"_s, {}, u"address"_s)->missing);
    EXPECT_FALSE(field(forms, u"e.fee"_s, {}, u"address"_s)->missing) << "optional there";

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"household.address"_s, u"北町2-3"_s}}));
    for (const QString& procedure : {u"a.todoke"_s, u"e.fee"_s}) {
        const auto* address = field(forms, procedure, {}, u"address"_s);
        EXPECT_EQ(address->value, QJsonValue(u"北町2-3"_s)) << procedure.toStdString();
        EXPECT_EQ(address->provenance, Provenance::ClerkEntry);
    }
    EXPECT_EQ(question(forms, u"household.address"_s), nullptr);
}

TEST(Prefill, AnEmptyMemberValueIsAskedForThatMember)
{
    const FormsCatalog c;
    QJsonObject input = household();
    QJsonObject h = input[u"household"_s].toObject();
    QJsonArray members = h[u"members"_s].toArray();
    QJsonObject m3 = members.at(2).toObject();
    m3[u"birth_date"_s] = QJsonValue(QJsonValue::Null); // 年月日不詳
    members[2] = m3;
    h[u"members"_s] = members;
    input[u"household"_s] = h;

    catalog::Forms forms = filled(c.get(), input);
    const auto* q = question(forms, u"member.birth_date"_s, u"m3"_s);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(fills(forms, *q), QStringList{u"b.kanyu@m3.birth_date"_s});
    EXPECT_EQ(question(forms, u"member.birth_date"_s, u"m1"_s), nullptr);

    ASSERT_TRUE(catalog::applyAnswers(
        forms, {{u"member.birth_date"_s, QJsonObject{{u"m3"_s, u"H27.6.1"_s}}}}));
    const auto* birth = field(forms, u"b.kanyu"_s, u"m3"_s, u"birth_date"_s);
    EXPECT_EQ(birth->value, QJsonValue(u"2015-06-01"_s)) << "和暦 read, kept as YYYY-MM-DD";
    EXPECT_EQ(birth->provenance, Provenance::ClerkEntry);
    EXPECT_EQ(question(forms, u"member.birth_date"_s, u"m3"_s), nullptr);
}

TEST(Prefill, AValidationFailureGivesTheMessageOnEachField)
{
    const FormsCatalog c;
    catalog::Forms forms = filled(c.get(), household(), {{u"phone"_s, u"123"_s}});

    const auto* phone = field(forms, u"a.todoke"_s, {}, u"phone"_s);
    EXPECT_EQ(phone->value, QJsonValue(u"123"_s));
    EXPECT_EQ(phone->provenance, Provenance::ClerkEntry);
    EXPECT_FALSE(phone->valid);
    EXPECT_FALSE(phone->missing);
    EXPECT_EQ(phone->message.ja, u"123は短すぎます"_s);
    EXPECT_EQ(phone->message.en, u"123 is too short"_s);
    EXPECT_TRUE(field(forms, u"c.nenkin"_s, u"m2"_s, u"phone"_s)->valid)
        << "c.nenkin has no validation for it";

    QStringList refused;
    for (const catalog::AnswerProblem& p : forms.problems)
        refused.append(p.procedure + u'@' + p.member + u'.' + p.field + u": "_s + p.message.ja);
    EXPECT_EQ(refused,
        (QStringList{u"a.todoke@.phone: 123は短すぎます"_s, u"b.kanyu@.phone: 123は短すぎます"_s,
            u"b.kanyu@.phone: 123は短すぎます"_s}));

    const auto* q = question(forms, u"phone"_s);
    ASSERT_NE(q, nullptr) << "asked again";
    EXPECT_EQ(q->message.ja, u"123は短すぎます"_s);
    EXPECT_EQ(fills(forms, *q),
        (QStringList{u"a.todoke.phone"_s, u"b.kanyu@m1.phone"_s, u"b.kanyu@m3.phone"_s}));

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"phone"_s, u"0312345678"_s}}));
    EXPECT_TRUE(forms.problems.isEmpty());
    EXPECT_EQ(question(forms, u"phone"_s), nullptr);
}

TEST(Prefill, AnswersAreCheckedAgainstTheFieldType)
{
    const FormsCatalog c;
    const QString good = myNumber(u"12345678901"_s);
    QString wrong = good;
    wrong[11] = QChar(u'0' + (good.at(11).digitValue() + 1) % 10);
    const catalog::Forms forms = filled(c.get(), household(),
        {{u"my_number"_s,
             QJsonObject{
                 {u"m1"_s, QString(good.left(4) + u' ' + good.mid(4, 4) + u' ' + good.mid(8))},
                 {u"m3"_s, wrong}}},
            {u"has_car"_s, u"yes"_s}});

    const auto* m1 = field(forms, u"b.kanyu"_s, u"m1"_s, u"my_number"_s);
    EXPECT_EQ(m1->value, QJsonValue(good)) << "the digits are kept";
    EXPECT_TRUE(m1->valid);
    const auto* m3 = field(forms, u"b.kanyu"_s, u"m3"_s, u"my_number"_s);
    EXPECT_FALSE(m3->valid);
    EXPECT_TRUE(m3->message.ja.contains(u"check digit"_s)) << m3->message.ja.toStdString();
    const auto* car = field(forms, u"a.todoke"_s, {}, u"has_car"_s);
    EXPECT_FALSE(car->valid);
    EXPECT_EQ(car->message.en, u"expected true or false, got \"yes\""_s);
    EXPECT_FALSE(forms.context[u"answers"_s].toObject().contains(u"has_car"_s))
        << "a refused answer does not reach the rules";
}

TEST(Prefill, RequiredFieldsStayMissingUntilAnswered)
{
    const FormsCatalog c;
    catalog::Forms forms = filled(c.get(), household(),
        {{u"phone"_s, QJsonValue(QJsonValue::Null)},
            {u"b.kanyu/note"_s, QJsonObject{{u"m1"_s, QJsonValue(QJsonValue::Null)}}}});
    const auto* phone = field(forms, u"a.todoke"_s, {}, u"phone"_s);
    EXPECT_TRUE(phone->answered);
    EXPECT_TRUE(phone->missing) << "null is no answer to a required field";
    EXPECT_NE(question(forms, u"phone"_s), nullptr);

    const auto* note = field(forms, u"b.kanyu"_s, u"m1"_s, u"note"_s);
    EXPECT_TRUE(note->answered);
    EXPECT_FALSE(note->missing);
    EXPECT_FALSE(note->open()) << "an optional field skipped is done";
    EXPECT_EQ(question(forms, u"b.kanyu/note"_s, u"m1"_s), nullptr);
    EXPECT_NE(question(forms, u"b.kanyu/note"_s, u"m3"_s), nullptr);
}

TEST(Prefill, AnEventAnswerIsReadAsADayAndFillsTheBoundField)
{
    const FormsCatalog c;
    const catalog::Forms forms
        = filled(c.get(), household(), {{u"event.planned_move_out_date"_s, u"R8.11.15"_s}});
    const auto* movedOut = field(forms, u"a.todoke"_s, {}, u"moved_out"_s);
    EXPECT_EQ(movedOut->value, QJsonValue(u"2026-11-15"_s));
    EXPECT_EQ(movedOut->provenance, Provenance::EventAnswer);
    EXPECT_EQ(forms.context[u"event"_s][u"planned_move_out_date"_s], QJsonValue(u"2026-11-15"_s));
    EXPECT_EQ(question(forms, u"event.planned_move_out_date"_s), nullptr);
}

TEST(Prefill, TheContextsAnswersAreTheClerks)
{
    const FormsCatalog c;
    QJsonObject input = household();
    input[u"answers"_s] = QJsonObject{{u"phone"_s, u"0312345678"_s}};
    const catalog::Forms forms = filled(c.get(), input);
    const auto* phone = field(forms, u"b.kanyu"_s, u"m3"_s, u"phone"_s);
    EXPECT_EQ(phone->value, QJsonValue(u"0312345678"_s));
    EXPECT_EQ(phone->provenance, Provenance::ClerkEntry);
    EXPECT_EQ(question(forms, u"phone"_s), nullptr);
}

TEST(Prefill, AHiddenFieldIsNeitherMissingNorAsked)
{
    const FormsCatalog c;
    const catalog::Forms forms = filled(c.get(), household(), {{u"car_number"_s, u"x"_s}});
    const auto* car = field(forms, u"a.todoke"_s, {}, u"car_number"_s);
    EXPECT_FALSE(car->visible);
    EXPECT_FALSE(car->missing);
    EXPECT_TRUE(car->valid);
    EXPECT_EQ(question(forms, u"car_number"_s), nullptr);
}

// A bind reads a certificate's claims at the top (evidence.<type>.<claim>)
// or directly below a member object, and nowhere else.
TEST(Prefill, BoundCertificateIsReadOnlyWhereClaimsAre)
{
    using catalog::boundCertificate;
    EXPECT_EQ(
        boundCertificate(u"evidence.tenshutsu_shoumei.previous_address"_s), u"tenshutsu_shoumei"_s);
    EXPECT_EQ(boundCertificate(u"member.evidence.zaigaku_shoumei.school"_s), u"zaigaku_shoumei"_s);
    EXPECT_EQ(boundCertificate(u"household.head_member.evidence.zaigaku_shoumei.school"_s),
        u"zaigaku_shoumei"_s);
    EXPECT_EQ(boundCertificate(u"household.subject_member.evidence.shussei_shoumei.birthplace"_s),
        u"shussei_shoumei"_s);
    EXPECT_EQ(boundCertificate(u"household.members.2.evidence.zaigaku_shoumei.grade"_s),
        u"zaigaku_shoumei"_s);
    for (const QString& other :
        {u"member.name_kanji"_s, u"household.address"_s, u"household.evidence.x.y"_s,
            u"household.members.x.evidence.a.b"_s, u"event.evidence"_s, u"answers.evidence"_s,
            u"params.evidence.a"_s, u"member.school.evidence.a"_s})
        EXPECT_TRUE(boundCertificate(other).isEmpty()) << other.toStdString();
    EXPECT_TRUE(boundCertificate(u"member.evidence"_s).isEmpty()) << "the object, no type";
}
