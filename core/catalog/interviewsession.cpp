#include "catalog/interviewsession.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace madoguchi::catalog {
namespace {

QString eventType(const QJsonObject& context)
{
    return context.value(QLatin1String("event")).toObject().value(QLatin1String("type")).toString();
}

// Whether the checklist of `before` holds for `after`: the same event, and
// the same values of the answers the checklist reads.
bool sameChecklist(const QJsonObject& before, const QJsonObject& after, const AnswersRead& reads)
{
    if (before.value(QLatin1String("event")) != after.value(QLatin1String("event")))
        return false;
    const QJsonObject a = before.value(QLatin1String("answers")).toObject();
    const QJsonObject b = after.value(QLatin1String("answers")).toObject();
    if (reads.all)
        return a == b;
    return std::ranges::all_of(
        reads.keys, [&](const QString& key) { return a.value(key) == b.value(key); });
}

// A refused answer about the event is refused on the fields it would
// fill, and reported once, for its key; other refused answers are reported
// per field.
void reportRefused(FilledForm& form, const QHash<QString, LocalizedText>& eventProblems,
    QList<AnswerProblem>& problems)
{
    for (FilledField& field : form.fields) {
        const auto refused = eventProblems.constFind(field.question.key);
        if (refused != eventProblems.constEnd()) {
            if (field.visible && !field.prefilled) {
                field.valid = false;
                field.message = *refused;
            }
            continue;
        }
        if (field.visible && field.answered && !field.valid)
            problems.append({field.question.key, field.question.perMember ? form.member : QString(),
                form.procedure->id, field.field->id, field.message});
    }
}

// Fills `f` from its derived context and answers; the checklist of
// `previous` is kept when it still holds.
Status fill(Forms& f, const Forms* previous)
{
    const Catalog& catalog = *f.catalog;
    auto merged = mergeAnswers(catalog, f.derived, f.answers);
    if (!merged)
        return merged.error();
    Result<Checklist> checklist = previous && f.checklistReads
            && sameChecklist(previous->context, merged->context, *f.checklistReads)
        ? Result<Checklist>(previous->checklist)
        : buildChecklist(catalog, merged->context);
    if (!checklist)
        return checklist.error();

    // The rule data of the household and of each member, made once.
    const QJsonObject household = ruleData(catalog, merged->context, QString());
    QHash<QString, QJsonObject> memberData;
    QList<FilledForm> forms;
    forms.reserve(checklist->applies.size() + f.additions.size());
    QList<AnswerProblem> problems = std::move(merged->problems);
    QList<const ChecklistItem*> items;
    for (const ChecklistItem& item : checklist->applies)
        items << &item;
    for (const ChecklistItem& item : f.additions)
        items << &item;
    for (const ChecklistItem* itemPointer : items) {
        const ChecklistItem& item = *itemPointer;
        const QJsonObject* data = &household;
        if (!item.member.isEmpty()) {
            auto it = memberData.find(item.member);
            if (it == memberData.end())
                it = memberData.insert(
                    item.member, ruleData(catalog, merged->context, item.member));
            data = &*it;
        }
        auto form = prefillForm(catalog, item, *data, f.answers);
        if (!form)
            return form.error();
        reportRefused(form.value(), merged->eventProblems, problems);
        forms.append(std::move(form.value()));
    }
    auto interview = buildInterview(*catalog.event(eventType(merged->context)), household,
        f.answers, forms, merged->eventProblems);
    if (!interview)
        return interview.error();

    f.context = std::move(merged->context);
    f.checklist = std::move(checklist.value());
    f.forms = std::move(forms);
    f.interview = std::move(interview.value());
    f.problems = std::move(problems);
    return {};
}

} // namespace

bool Forms::done() const
{
    return interview.isEmpty() && std::ranges::all_of(forms, &FilledForm::complete);
}

Result<Forms> fillForms(const Catalog& catalog, const QJsonObject& derived,
    const QJsonObject& answers, const QList<ChecklistItem>& additions)
{
    Forms f;
    f.catalog = &catalog;
    f.derived = derived;
    f.answers = answers;
    f.additions = additions;
    if (const Status s = fill(f, nullptr); !s)
        return s.error();
    return f;
}

Status applyAnswers(Forms& forms, const QJsonObject& answers)
{
    Forms next;
    next.catalog = forms.catalog;
    next.derived = forms.derived;
    next.answers = forms.answers;
    next.additions = forms.additions;
    next.checklistReads = forms.checklistReads;
    if (!next.checklistReads)
        next.checklistReads = answersReadByChecklist(*forms.catalog, eventType(forms.derived));
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QJsonValue before = next.answers.value(it.key());
        if (before.isObject() && it.value().isObject()) {
            // Per member: the members answered now replace theirs only.
            QJsonObject members = before.toObject();
            const QJsonObject given = it.value().toObject();
            for (auto m = given.constBegin(); m != given.constEnd(); ++m)
                members.insert(m.key(), m.value());
            next.answers.insert(it.key(), members);
        } else {
            next.answers.insert(it.key(), it.value());
        }
    }
    if (const Status s = fill(next, &forms); !s)
        return s;
    forms = std::move(next);
    return {};
}

Status forgetAnswer(Forms& forms, const QString& key, const QString& member)
{
    Forms next;
    next.catalog = forms.catalog;
    next.derived = forms.derived;
    next.answers = forms.answers;
    next.additions = forms.additions;
    next.checklistReads = forms.checklistReads;
    if (member.isEmpty() || !next.answers.value(key).isObject()) {
        next.answers.remove(key);
    } else {
        QJsonObject members = next.answers.value(key).toObject();
        members.remove(member);
        if (members.isEmpty())
            next.answers.remove(key);
        else
            next.answers.insert(key, members);
    }
    if (const Status s = fill(next, &forms); !s)
        return s;
    forms = std::move(next);
    return {};
}

Status setAdditions(Forms& forms, const QList<ChecklistItem>& additions)
{
    Forms next;
    next.catalog = forms.catalog;
    next.derived = forms.derived;
    next.answers = forms.answers;
    next.additions = additions;
    next.checklistReads = forms.checklistReads;
    if (const Status s = fill(next, &forms); !s)
        return s;
    forms = std::move(next);
    return {};
}

Result<ChecklistItem> addedProcedure(
    const Catalog& catalog, const Forms& forms, const QString& key, const QString& reason)
{
    const QString procedureId = key.section(QLatin1Char('/'), 0, 0);
    const QString member = key.section(QLatin1Char('/'), 1);
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Forms", "%1 is added without a reason").arg(key)};
    const QJsonObject event = forms.context.value(QLatin1String("event")).toObject();
    const QDate day = QDate::fromString(event.value(QLatin1String("date")).toString(), Qt::ISODate);
    const Procedure* procedure = nullptr;
    for (const Procedure& p : catalog.procedures)
        if (p.id == procedureId && p.inForceOn(day))
            procedure = &p;
    if (!procedure)
        return Error{QCoreApplication::translate("Forms", "%1: no such procedure in force on %2")
                         .arg(procedureId, day.toString(Qt::ISODate))};
    bool known = false;
    for (const QJsonValue& m : forms.context.value(QLatin1String("household"))
                                   .toObject()
                                   .value(QLatin1String("members"))
                                   .toArray())
        known = known || m.toObject().value(QLatin1String("id")).toString() == member;
    if ((procedure->scope == Scope::Member) == member.isEmpty() || (!member.isEmpty() && !known))
        return Error{QCoreApplication::translate("Forms",
            "%1: name a member of the household (procedure/m2) for a member procedure, "
            "and none for a household one")
                         .arg(key)};
    const auto same = [&](const ChecklistItem& item) {
        return item.procedure->id == procedureId && item.member == member;
    };
    if (std::ranges::any_of(forms.checklist.applies, same)
        || std::ranges::any_of(forms.additions, same))
        return Error{
            QCoreApplication::translate("Forms", "%1 is already in the checklist").arg(key)};
    ChecklistItem item;
    item.procedure = procedure;
    item.member = member;
    item.reason = LocalizedText{reason, reason};
    for (const Document& d : procedure->documents)
        if (d.when.isNull())
            item.documents << d.names;
    return item;
}

} // namespace madoguchi::catalog
