#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/interviewsession.h"
#include "common/result.h"

#include <QJsonObject>
#include <QString>

// The filled forms and the interview as JSON (docs/forms.md, "JSON"), as
// `madoguchi-cli checklist --forms` prints them.
namespace madoguchi::catalog {

// {"forms": [{"procedure", "version", "name", "member", "complete",
//   "fields": [{"id", "label", "type", "value", "provenance", "visible",
//   "valid", "required", "missing", "message"}]}],
//  "interview": [{"key", "label", "type", "required", "member",
//   "member_name", "event", "options": [{"value", "label"}],
//   "fills": [{"procedure", "member", "field"}], "message"}],
//  "problems": [{"key", "member", "procedure", "field", "message"}]}
// Texts in `language` ("en"; Japanese for anything else). member,
// member_name, value and message are null when there is none; provenance
// is "register", "event_answer", "clerk_entry", "default" or "none". The
// options of a member / members question are the household's members
// (value: id, label: name).
QJsonObject formsJson(const Forms& forms, const QString& language);

// fillForms() and the above in one call: the CLI's entry point.
Result<QJsonObject> formsJson(const Catalog& catalog, const QJsonObject& derived,
    const QJsonObject& answers, const QString& language);

} // namespace madoguchi::catalog
