#include "catalog/interview.h"

#include "rules/jsonlogic.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>

namespace madoguchi::catalog {
namespace {

// The questions in the order they were first needed, found by key and member.
class Questions {
public:
    Question& at(const QString& key, const QString& member, bool* created)
    {
        const QString id = member.isEmpty() ? key : key + QLatin1Char('\n') + member;
        const auto it = m_index.constFind(id);
        *created = it == m_index.constEnd();
        if (!*created)
            return m_list[*it];
        m_index.insert(id, m_list.size());
        m_list.append(Question{key, member, nullptr, false, false, {}, {}});
        return m_list.last();
    }
    QList<Question>& list() { return m_list; }

private:
    QHash<QString, qsizetype> m_index;
    QList<Question> m_list;
};

} // namespace

Result<QList<Question>> buildInterview(const LifeEvent& event, const QJsonObject& householdData,
    const QJsonObject& answers, const QList<FilledForm>& forms,
    const QHash<QString, LocalizedText>& eventProblems)
{
    Questions questions;
    // The life event's own questions first, in their order, open or not
    // (a form may still need one); `open` says which are unanswered.
    QList<bool> eventOpen;
    const QJsonObject eventData = householdData.value(QLatin1String("event")).toObject();
    for (qsizetype i = 0; i < event.questions.size(); ++i) {
        const FormField& q = event.questions.at(i);
        bool visible = true;
        if (!q.visibleWhen.isNull()) {
            const auto shown = rules::evaluate(q.visibleWhen, householdData);
            if (!shown)
                return Error{QCoreApplication::translate(
                    "Forms", "events.json: question %1 of %2: visible_when: %3")
                                 .arg(q.id, event.id, shown.error().message)};
            visible = rules::js::truthy(shown.value());
        }
        const QString key = QStringLiteral("event.") + q.id;
        const QJsonValue value = eventData.value(q.id);
        const bool answered = !value.isUndefined() || answers.contains(key);
        const LocalizedText problem = eventProblems.value(key);
        bool created = false;
        Question& question = questions.at(key, QString(), &created); // always created
        question.field = &q;
        question.required = q.required;
        question.event = true;
        question.message = problem;
        eventOpen.append(
            visible && (!answered || !problem.isEmpty() || (q.required && isEmptyValue(value))));
    }
    const qsizetype eventCount = questions.list().size();

    for (qsizetype f = 0; f < forms.size(); ++f) {
        const FilledForm& form = forms.at(f);
        for (qsizetype i = 0; i < form.fields.size(); ++i) {
            const FilledField& field = form.fields.at(i);
            if (!field.open())
                continue;
            bool created = false;
            Question& question = questions.at(
                field.question.key, field.question.perMember ? form.member : QString(), &created);
            if (created) {
                question.field = field.field;
                question.event = field.question.event;
            }
            question.required = question.required || field.field->required;
            if (question.message.isEmpty() && !field.valid)
                question.message = field.message;
            question.fills.append({f, i});
        }
    }

    // Event questions (the life event's, then those only forms ask), then the rest.
    QList<Question> ordered;
    QList<Question>& all = questions.list();
    for (qsizetype i = 0; i < eventCount; ++i)
        if (eventOpen.at(i) || !all.at(i).fills.isEmpty())
            ordered.append(std::move(all[i]));
    for (qsizetype i = eventCount; i < all.size(); ++i)
        if (all.at(i).event)
            ordered.append(std::move(all[i]));
    for (qsizetype i = eventCount; i < all.size(); ++i)
        if (!all.at(i).event)
            ordered.append(std::move(all[i]));
    return ordered;
}

} // namespace madoguchi::catalog
