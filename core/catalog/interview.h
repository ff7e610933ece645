#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/prefill.h"
#include "common/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The merged interview (docs/forms.md): the questions that the pre-fill
// left open in any of the chosen forms, each asked once.
namespace madoguchi::catalog {

// A field of a form: forms[form].fields[field].
struct FieldRef {
    qsizetype form = 0;
    qsizetype field = 0;
    bool operator==(const FieldRef&) const = default;
};

struct Question {
    // The answer's key (prefill.h, FieldQuestion): an ask_once key, a path
    // (event.<id>, member.birth_date …) or "<procedure id>/<field id>".
    QString key;
    // For a question asked per member: whose; empty otherwise.
    QString member;
    // What is asked (labels, type, options): the life event's question, or
    // the first field that needs the answer.
    const FormField* field = nullptr;
    bool required = false;
    // About the life event: the answer goes to event.<id> and can change
    // the checklist.
    bool event = false;
    // The shown fields the answer fills, in form order.
    QList<FieldRef> fills;
    // Why the answer given is refused (the first refused field's message,
    // or the event question's); empty when none is.
    LocalizedText message;
};

// The interview for `forms`: first the life event's questions not yet
// answered (in the order events.json lists them; `eventProblems` holds
// refused answers by key "event.<id>"), then the other questions about the
// event, then the rest, each placed where the first form (in checklist
// order) and field (in form order) needs it. A question is a key, or a
// key and a member for one asked per member; it is in the interview when
// one of the fields it fills is open (FilledField::open). `householdData`
// is ruleData() for the household (the event's questions are evaluated
// and read there); `answers` are the interview's answers as given. Fails
// when a question's visible_when cannot be evaluated.
Result<QList<Question>> buildInterview(const LifeEvent& event, const QJsonObject& householdData,
    const QJsonObject& answers, const QList<FilledForm>& forms,
    const QHash<QString, LocalizedText>& eventProblems);

} // namespace madoguchi::catalog
