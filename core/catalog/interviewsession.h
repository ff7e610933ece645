#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/checklist.h"
#include "catalog/interview.h"
#include "catalog/interviewanswers.h"
#include "catalog/interviewreads.h"
#include "catalog/prefill.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <optional>

// The forms of a visit and their merged interview (docs/forms.md): what the
// desk keeps while the clerk asks, and what `checklist --forms` prints.
namespace madoguchi::catalog {

struct Forms {
    // The catalog the forms come from; it must outlive them (the checklist
    // and the forms point into it).
    const Catalog* catalog = nullptr;
    // The derived context as given (deriveContext(), prepareContext()).
    QJsonObject derived;
    // The interview's answers so far: {key: value}, a per-member key as
    // {member id: value} (interview.h, Question::key).
    QJsonObject answers;
    // `derived` with the valid answers merged (interviewanswers.h).
    QJsonObject context;
    // The checklist on `context`: answers about the event can change it.
    Checklist checklist;
    // Procedures the clerk adds that the rules did not select
    // (addedProcedure()); their forms follow the checklist's in `forms` and
    // the interview asks what they leave open like any other.
    QList<ChecklistItem> additions;
    // One per checklist.applies item, in its order, then one per addition.
    QList<FilledForm> forms;
    // The questions left, in the order to ask them.
    QList<Question> interview;
    // Every refused answer: per key (interviewanswers.h), then per field
    // in form order.
    QList<AnswerProblem> problems;
    // The answers the checklist reads (found by the first applyAnswers()):
    // it builds the checklist again only when the event or one of these changes.
    std::optional<AnswersRead> checklistReads;

    // No question left and every form complete.
    bool done() const;
};

// The checklist of `derived` (a context as prepareContext() returns it),
// every applicable form pre-filled, and the interview of what is left.
// `answers` as in Forms::answers. Fails as buildChecklist() does, or when a
// form's rule cannot be evaluated.
Result<Forms> fillForms(const Catalog& catalog, const QJsonObject& derived,
    const QJsonObject& answers = {}, const QList<ChecklistItem>& additions = {});

// Takes back the answer to `key` (for `member` only when given, for a
// question asked per member), so that the question is asked again: the
// clerk changes an answer deliberately. On failure `forms` is unchanged.
Status forgetAnswer(Forms& forms, const QString& key, const QString& member = {});

// Replaces the clerk's additions and fills everything again. On failure
// `forms` is unchanged.
Status setAdditions(Forms& forms, const QList<ChecklistItem>& additions);

// The checklist item of a procedure the clerk adds: `key` is "procedure"
// or "procedure/member" (a member procedure names the member, a household
// one does not), `reason` why (not blank). Refused for an unknown
// procedure, none in force on the event's date, an unknown member, or one
// already in the checklist or added.
Result<ChecklistItem> addedProcedure(
    const Catalog& catalog, const Forms& forms, const QString& key, const QString& reason);

// Adds `answers` to those given so far (a key answered again is replaced;
// for a per-member key, member by member) and fills everything again: an
// answer fills every field that asks its key, can reveal or hide fields,
// and an answer about the life event (or one a checklist rule reads) can
// change the checklist. On failure `forms` is unchanged.
Status applyAnswers(Forms& forms, const QJsonObject& answers);

} // namespace madoguchi::catalog
