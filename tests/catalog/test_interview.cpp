// The merged interview (docs/forms.md): each question once (per member
// where the answer is about the member), in a stable order, answers that
// fill every form asking them, reveal fields and change the checklist,
// refused answers, and the same result every time.
#include "catalog/formsjson.h"
#include "prefilltest.h"
#include "text/checkdigits.h"

using namespace madoguchi;
using namespace Qt::StringLiterals;
using namespace madoguchi::prefilltest;
using catalog::Provenance;

TEST(Interview, EventQuestionsComeFirstThenWhereTheFirstFormNeedsIt)
{
    const FormsCatalog c;
    const catalog::Forms forms = filled(c.get(), household());
    EXPECT_EQ(questionIds(forms),
        (QStringList{u"event.planned_move_out_date"_s, u"event.from_prefecture_code"_s,
            u"event.inkan_touroku"_s, u"phone"_s, u"has_car"_s, u"my_number@m1"_s,
            u"b.kanyu/note@m1"_s, u"my_number@m3"_s, u"b.kanyu/note@m3"_s, u"my_number@m2"_s}));
    const catalog::Question* moveOut = question(forms, u"event.planned_move_out_date"_s);
    EXPECT_TRUE(moveOut->event);
    EXPECT_EQ(moveOut->field->labels.ja, u"転出予定日"_s) << "the event's question";
    EXPECT_EQ(fills(forms, *moveOut), QStringList{u"a.todoke.moved_out"_s});
    EXPECT_TRUE(moveOut->required) << "a.todoke requires it";
    EXPECT_FALSE(question(forms, u"event.inkan_touroku"_s)->required);
    EXPECT_TRUE(question(forms, u"event.inkan_touroku"_s)->fills.isEmpty());
}

TEST(Interview, AnAskOnceKeyOfSeveralFormsIsAskedOnceAndFillsThemAll)
{
    const FormsCatalog c;
    catalog::Forms forms = filled(c.get(), household());
    const catalog::Question* phone = question(forms, u"phone"_s);
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(fills(forms, *phone),
        (QStringList{u"a.todoke.phone"_s, u"b.kanyu@m1.phone"_s, u"b.kanyu@m3.phone"_s,
            u"c.nenkin@m1.phone"_s, u"c.nenkin@m2.phone"_s}));
    EXPECT_EQ(phone->field->labels.ja, u"電話番号"_s) << "the first form's label";
    EXPECT_TRUE(phone->required);
    EXPECT_TRUE(phone->member.isEmpty());
    EXPECT_EQ(questionIds(forms).count(u"phone"_s), 1);

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"phone"_s, u"0312345678"_s}}));
    for (const auto& [procedure, member] :
        {std::pair{u"a.todoke"_s, QString()}, {u"b.kanyu"_s, u"m1"_s}, {u"b.kanyu"_s, u"m3"_s},
            {u"c.nenkin"_s, u"m1"_s}, {u"c.nenkin"_s, u"m2"_s}}) {
        const auto* f = field(forms, procedure, member, u"phone"_s);
        EXPECT_EQ(f->value, QJsonValue(u"0312345678"_s)) << procedure.toStdString();
        EXPECT_EQ(f->provenance, Provenance::ClerkEntry);
        EXPECT_TRUE(f->valid);
        EXPECT_FALSE(f->missing);
    }
    EXPECT_EQ(question(forms, u"phone"_s), nullptr);
    EXPECT_EQ(forms.context[u"answers"_s][u"phone"_s], QJsonValue(u"0312345678"_s))
        << "rules see it at answers.phone";
}

TEST(Interview, APerMemberKeyIsAskedOncePerMember)
{
    const FormsCatalog c;
    catalog::Forms forms = filled(c.get(), household());
    EXPECT_EQ(fills(forms, *question(forms, u"my_number"_s, u"m1"_s)),
        (QStringList{u"b.kanyu@m1.my_number"_s, u"c.nenkin@m1.my_number"_s}));
    EXPECT_EQ(fills(forms, *question(forms, u"my_number"_s, u"m2"_s)),
        QStringList{u"c.nenkin@m2.my_number"_s});
    EXPECT_EQ(fills(forms, *question(forms, u"my_number"_s, u"m3"_s)),
        QStringList{u"b.kanyu@m3.my_number"_s});

    const QString body = u"12345678901"_s;
    const QString number = body + QString::number(text::myNumberCheckDigit(body));
    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"my_number"_s, QJsonObject{{u"m1"_s, number}}}}));
    EXPECT_EQ(field(forms, u"b.kanyu"_s, u"m1"_s, u"my_number"_s)->value, QJsonValue(number));
    EXPECT_EQ(field(forms, u"c.nenkin"_s, u"m1"_s, u"my_number"_s)->value, QJsonValue(number));
    EXPECT_TRUE(field(forms, u"b.kanyu"_s, u"m3"_s, u"my_number"_s)->value.isUndefined());
    EXPECT_EQ(question(forms, u"my_number"_s, u"m1"_s), nullptr);
    EXPECT_NE(question(forms, u"my_number"_s, u"m2"_s), nullptr);

    // A later answer for another member keeps the first.
    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"my_number"_s, QJsonObject{{u"m2"_s, number}}}}));
    EXPECT_EQ(forms.answers[u"my_number"_s].toObject().keys(), (QStringList{u"m1"_s, u"m2"_s}));
    EXPECT_EQ(field(forms, u"b.kanyu"_s, u"m1"_s, u"my_number"_s)->value, QJsonValue(number));
    EXPECT_EQ(question(forms, u"my_number"_s, u"m2"_s), nullptr);
}

TEST(Interview, AnAnswerCanRevealAField)
{
    const FormsCatalog c;
    catalog::Forms forms = filled(c.get(), household());
    EXPECT_FALSE(field(forms, u"a.todoke"_s, {}, u"car_number"_s)->visible);
    EXPECT_EQ(question(forms, u"car_number"_s), nullptr);

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"has_car"_s, true}}));
    const auto* car = field(forms, u"a.todoke"_s, {}, u"car_number"_s);
    EXPECT_TRUE(car->visible);
    EXPECT_TRUE(car->missing);
    const QStringList ids = questionIds(forms);
    EXPECT_EQ(ids.mid(3, 2), (QStringList{u"phone"_s, u"car_number"_s}))
        << "in field order, has_car being answered";

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"has_car"_s, false}}));
    EXPECT_FALSE(field(forms, u"a.todoke"_s, {}, u"car_number"_s)->visible);
    EXPECT_EQ(question(forms, u"car_number"_s), nullptr);
}

TEST(Interview, AnAnswerTheChecklistReadsChangesIt)
{
    const FormsCatalog c;
    catalog::Forms forms = filled(c.get(), household());
    EXPECT_EQ(form(forms, u"f.shako"_s), nullptr);

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"has_car"_s, true}}));
    ASSERT_TRUE(forms.checklistReads.has_value());
    EXPECT_EQ(forms.checklistReads->keys, QSet<QString>{u"has_car"_s});
    EXPECT_FALSE(forms.checklistReads->all);
    ASSERT_NE(form(forms, u"f.shako"_s), nullptr);
    EXPECT_EQ(fills(forms, *question(forms, u"car_number"_s)),
        (QStringList{u"a.todoke.car_number"_s, u"f.shako.car_number"_s}));

    // An answer the checklist does not read keeps it; the forms follow.
    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"car_number"_s, u"品川 300 あ 12-34"_s}}));
    ASSERT_NE(form(forms, u"f.shako"_s), nullptr);
    EXPECT_EQ(
        field(forms, u"f.shako"_s, {}, u"car_number"_s)->value, QJsonValue(u"品川 300 あ 12-34"_s));
    EXPECT_EQ(forms.checklist.applies.size(), forms.forms.size());

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"has_car"_s, false}}));
    EXPECT_EQ(form(forms, u"f.shako"_s), nullptr);
    EXPECT_EQ(forms.checklist.applies.size(), forms.forms.size());
}

TEST(Interview, TheAnswersTheChecklistReadsAreFoundInRulesAndTexts)
{
    // A reason that shows an answer, and a document rule that reads them all.
    const FormsCatalog c({{u"procedures/g.text.json"_s, R"json({
      "id": "g.text", "version": 1, "names": {"ja": "確認", "en": "Check"},
      "events": ["tennyu"], "scope": "household",
      "reason": {"ja": "車両 {answers.car_number}", "en": "Car {answers.car_number}"},
      "system": "juki",
      "form": {"fields": []}})json"},
        {u"procedures/h.all.json"_s, R"json({
      "id": "h.all", "version": 1, "names": {"ja": "全部", "en": "All"},
      "events": ["tennyu"], "scope": "household",
      "reason": {"ja": "全部", "en": "All"},
      "documents": [{"when": {"var": "answers"}, "ja": "書類", "en": "Paper"}],
      "system": "juki",
      "form": {"fields": []}})json"}});
    const catalog::AnswersRead read = catalog::answersReadByChecklist(c.get(), u"tennyu"_s);
    EXPECT_EQ(read.keys, (QSet<QString>{u"has_car"_s, u"car_number"_s}));
    EXPECT_TRUE(read.all);

    // Every answer then builds the checklist again: the reason follows the answer.
    catalog::Forms forms = filled(c.get(), household());
    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"car_number"_s, u"品川 1"_s}}));
    const auto text = std::ranges::find_if(forms.checklist.applies,
        [](const catalog::ChecklistItem& i) { return i.procedure->id == u"g.text"_s; });
    ASSERT_NE(text, forms.checklist.applies.end());
    EXPECT_EQ(text->reason.ja, u"車両 品川 1"_s);
}

TEST(Interview, AnAnswerAboutTheEventCanChangeTheChecklist)
{
    const FormsCatalog c;
    catalog::Forms forms = filled(c.get(), household());
    EXPECT_EQ(form(forms, u"d.inkan"_s, u"m2"_s), nullptr);

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"event.inkan_touroku"_s, QJsonArray{u"m2"_s}}}));
    ASSERT_NE(form(forms, u"d.inkan"_s, u"m2"_s), nullptr);
    EXPECT_EQ(forms.checklist.applies.size(), forms.forms.size());
    EXPECT_EQ(question(forms, u"event.inkan_touroku"_s), nullptr);
    const catalog::Question* seal = question(forms, u"d.inkan/seal"_s, u"m2"_s);
    ASSERT_NE(seal, nullptr);
    EXPECT_EQ(seal->field->options.size(), 2);
    EXPECT_EQ(questionIds(forms).indexOf(u"d.inkan/seal@m2"_s), 4)
        << "d.inkan comes after a.todoke in the checklist (juki, then by id)";

    ASSERT_TRUE(
        catalog::applyAnswers(forms, {{u"d.inkan/seal"_s, QJsonObject{{u"m2"_s, u"hanko"_s}}}}));
    EXPECT_EQ(question(forms, u"d.inkan/seal"_s, u"m2"_s)->message.en,
        u"expected one of jitsuin, other, got \"hanko\""_s);
    ASSERT_TRUE(
        catalog::applyAnswers(forms, {{u"d.inkan/seal"_s, QJsonObject{{u"m2"_s, u"jitsuin"_s}}}}));
    EXPECT_EQ(question(forms, u"d.inkan/seal"_s, u"m2"_s), nullptr);
    EXPECT_EQ(field(forms, u"d.inkan"_s, u"m2"_s, u"seal"_s)->value, QJsonValue(u"jitsuin"_s));
}

TEST(Interview, ARefusedEventAnswerStaysOutOfTheContext)
{
    const FormsCatalog c;
    catalog::Forms forms
        = filled(c.get(), household(), {{u"event.from_prefecture_code"_s, u"1"_s}});
    EXPECT_FALSE(forms.context[u"event"_s].toObject().contains(u"from_prefecture_code"_s));
    const catalog::Question* q = question(forms, u"event.from_prefecture_code"_s);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->message.ja, u"2桁で入力（1）"_s) << "the validation message, {value} filled";
    ASSERT_EQ(forms.problems.size(), 1) << "reported once, for its key";
    EXPECT_EQ(forms.problems.at(0).key, u"event.from_prefecture_code"_s);

    // Two characters pass the question's validation, but not the context's check.
    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"event.from_prefecture_code"_s, u"99"_s}}));
    EXPECT_TRUE(question(forms, u"event.from_prefecture_code"_s)
                    ->message.en.startsWith(u"expected a prefecture code"_s))
        << question(forms, u"event.from_prefecture_code"_s)->message.en.toStdString();

    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"event.from_prefecture_code"_s, u"13"_s}}));
    EXPECT_EQ(question(forms, u"event.from_prefecture_code"_s), nullptr);
    EXPECT_TRUE(forms.problems.isEmpty());
    EXPECT_EQ(forms.context[u"event"_s][u"from_prefecture_code"_s], QJsonValue(u"13"_s));
}

TEST(Interview, ARefusedEventAnswerIsRefusedOnItsFields)
{
    const FormsCatalog c;
    const catalog::Forms forms
        = filled(c.get(), household(), {{u"event.planned_move_out_date"_s, u"R8.11"_s}});
    const auto* movedOut = field(forms, u"a.todoke"_s, {}, u"moved_out"_s);
    EXPECT_EQ(movedOut->value, QJsonValue(u"R8.11"_s)) << "shown as given";
    EXPECT_EQ(movedOut->provenance, Provenance::EventAnswer);
    EXPECT_FALSE(movedOut->valid);
    EXPECT_TRUE(movedOut->message.en.startsWith(u"expected an exact day"_s))
        << movedOut->message.en.toStdString();
    const catalog::Question* q = question(forms, u"event.planned_move_out_date"_s);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->message, movedOut->message);
    EXPECT_EQ(fills(forms, *q), QStringList{u"a.todoke.moved_out"_s});
    ASSERT_EQ(forms.problems.size(), 1);
    EXPECT_TRUE(forms.problems.at(0).procedure.isEmpty()) << "reported for the key";
}

TEST(Interview, ARuleThatCannotBeEvaluatedFailsAndChangesNothing)
{
    // A catalog mistake: a date operation on a text answer.
    const FormsCatalog c({{u"procedures/i.broken.json"_s, R"json({
      "id": "i.broken", "version": 1, "names": {"ja": "壊れた", "en": "Broken"},
      "events": ["tennyu"], "scope": "household",
      "reason": {"ja": "壊れた", "en": "Broken"},
      "system": "juki",
      "form": {"fields": [
        {"id": "since", "labels": {"ja": "開始日", "en": "Since"}, "type": "text", "ask_once": "since",
         "validation": {"date<": [{"var": "value"}, "2030-01-01"]},
         "validation_message": {"ja": "2030年より前", "en": "Before 2030"}}]}})json"}});
    catalog::Forms forms = filled(c.get(), household(), {{u"since"_s, u"2020-01-01"_s}});
    EXPECT_TRUE(field(forms, u"i.broken"_s, {}, u"since"_s)->valid);

    const Status s = catalog::applyAnswers(forms, {{u"since"_s, u"soon"_s}});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.startsWith(
        u"procedures/i.broken.json: /form/fields/0/validation/date</0: "_s))
        << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.endsWith(u"(household)"_s)) << s.error().message.toStdString();
    EXPECT_EQ(forms.answers[u"since"_s], QJsonValue(u"2020-01-01"_s)) << "unchanged";
    EXPECT_EQ(field(forms, u"i.broken"_s, {}, u"since"_s)->value, QJsonValue(u"2020-01-01"_s));
}

TEST(Interview, AnswersThatFitNoQuestionAreReported)
{
    const FormsCatalog c;
    const catalog::Forms forms = filled(c.get(), household(),
        {{u"phon"_s, u"0312345678"_s}, {u"my_number"_s, u"123456789018"_s},
            {u"b.kanyu/note"_s, QJsonObject{{u"m9"_s, u"x"_s}}}, {u"event.type"_s, u"shibou"_s}});
    QStringList lines;
    for (const catalog::AnswerProblem& p : forms.problems)
        lines.append(
            p.key + (p.member.isEmpty() ? QString() : u'@' + p.member) + u": "_s + p.message.en);
    EXPECT_EQ(lines,
        (QStringList{u"b.kanyu/note@m9: no member m9 (members: m1, m2, m3)"_s,
            u"event.type: event.type is the event itself and cannot be answered"_s,
            u"my_number: asked per member: expected an object {member id: answer}, got \"123456789018\""_s,
            u"phon: no question of tennyu has the key \"phon\"; did you mean \"phone\"?"_s}));
    EXPECT_EQ(forms.context[u"event"_s][u"type"_s], QJsonValue(u"tennyu"_s));
}

TEST(Interview, TheSameAnswersGiveTheSameResult)
{
    const FormsCatalog c;
    const QJsonObject answers{{u"phone"_s, u"0312345678"_s}, {u"has_car"_s, true},
        {u"event.inkan_touroku"_s, QJsonArray{u"m1"_s, u"m3"_s}}};
    const auto first = catalog::formsJson(c.get(), derived(c.get(), household()), answers, u"ja"_s);
    const auto second
        = catalog::formsJson(c.get(), derived(c.get(), household()), answers, u"ja"_s);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first.value(), second.value());

    // One answer at a time ends where all at once does.
    catalog::Forms stepwise = filled(c.get(), household());
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        ASSERT_TRUE(catalog::applyAnswers(stepwise, {{it.key(), it.value()}}));
    EXPECT_EQ(catalog::formsJson(stepwise, u"ja"_s), first.value());
}
