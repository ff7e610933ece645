#pragma once

// Answers that adjust a rules context's input form before it is read: the
// clerk's `PATH=VALUE` lines (docs/rules-context.md, "Answers").
#include "catalog/rulescontext.h"
#include "common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace madoguchi::catalog {

// Applies each answer `PATH=VALUE` in order to `input`. PATH is
//   event.FIELD   an event field (planned_move_out_date, from_prefecture_code,
//                 subject, surname_change) or a question in options.eventQuestions;
//   answers.KEY   a key of the top-level "answers" object;
//   ID.FIELD      an input field of the member with that id (m2.koumuin).
// VALUE is JSON when it reads as JSON, else the text itself; a field that
// holds text takes the text as written (nenkin_category=1 is "1"), a date
// field reads 和暦 too (R8.11.15 → "2026-11-15"), and member ids may be
// listed with commas (m2,m3). Every bad answer is reported, one per line,
// naming it; `input` is left unchanged then.
Status applyAnswers(
    QJsonObject& input, const QStringList& answers, const ContextReadOptions& options = {});

// An exact day written as ISO 8601 or any way core/text reads dates
// (R8.11.15, 令和8年11月15日, 4081115); an error for anything else,
// a partial date included.
Result<QDate> parseExactDay(const QString& text);

struct FieldSpec;
// A value for a context field of `spec`: a date (ISO or 和暦) becomes ISO,
// the type and value set are checked, member ids must be among `memberIds`.
Result<QJsonValue> checkFieldValue(
    const FieldSpec& spec, QJsonValue value, const QStringList& memberIds);

} // namespace madoguchi::catalog
