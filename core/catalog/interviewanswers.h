#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The interview's answers merged into the rules context (docs/forms.md,
// "Answers"), so that rules see them: answers to the life event's
// questions at event.<id> (the context is derived again), answers to
// ask_once keys at answers.<key>. Other answers (a missing register value,
// a field of one form) fill only their fields (prefill.h).
namespace madoguchi::catalog {

// A refused answer: of a field (procedure and field set) or of a key.
struct AnswerProblem {
    QString key;
    // The member of a per-member answer; empty otherwise.
    QString member;
    QString procedure;
    QString field;
    LocalizedText message;
    bool operator==(const AnswerProblem&) const = default;
};

struct MergedAnswers {
    // `derived` with the answers that fit their question.
    QJsonObject context;
    // Refused answers to questions about the life event, by key "event.<id>".
    QHash<QString, LocalizedText> eventProblems;
    // Refused answers as a whole: an unknown key, a per-member answer that is
    // not {member id: value}, an unknown member, a refused event answer.
    QList<AnswerProblem> problems;
};

// Merges `answers` ({key: value}; a per-member key as {member id: value})
// into `derived` (a context as deriveContext() returns it). An event answer
// must fit its question (type, then its validation) or the event field
// (event.planned_move_out_date …); event.type and event.date cannot be
// answered. An ask_once answer of the wrong type is left out of the
// context; its fields report it. Null is "no answer" and merges nothing
// (answers.<key> becomes null). The context is derived again only when an
// event answer changes the event. Fails on an event the catalog does not
// have, or a validation rule that cannot be evaluated.
Result<MergedAnswers> mergeAnswers(
    const Catalog& catalog, const QJsonObject& derived, const QJsonObject& answers);

// Every answer key the forms of `eventId` can ask, each with whether it is
// asked per member; event question keys ("event.<id>") included.
QHash<QString, bool> answerKeysOf(const Catalog& catalog, const QString& eventId);

} // namespace madoguchi::catalog
