#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/checklist.h"
#include "common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Pre-fill (docs/forms.md, "Pre-fill and the interview"): the form of one
// checklist item filled from the rules context and the clerk's answers,
// each value with where it came from, whether it is shown, valid and
// missing. interview.h merges the fields left open into one interview;
// interviewanswers.h runs the whole: answers, checklist, forms, interview.
namespace madoguchi::catalog {

// Where a field's value came from.
enum class Provenance {
    None, // no value
    Register, // bind to today, household.* or member.* (the register, the context input)
    EventAnswer, // bind to event.*, or an answer to a life-event question
    ClerkEntry, // the clerk's answer in the interview, or answers.* of the context
    Default, // bind to params.*: the catalog's city parameter
    Evidence, // bind to evidence.* or a member's evidence.*: a verified certificate
              // from another institution
};

// "none", "register", "event_answer", "clerk_entry", "default", "evidence".
QString provenanceName(Provenance provenance);

// The certificate type a bind path reads, the <type> of evidence.<type>.<claim>
// (the visit's one certificate of that type) or of a member's
// evidence.<type>.<claim> (member.…, household.head_member.…: the
// certificate about that member); empty for any other path.
QString boundCertificate(const QString& bind);

// The interview question that fills a field its bind leaves empty:
//   bind answers.K      → K (as ask_once K);
//   ask_once K          → K;
//   bind event.X…       → the bind path (a question about the life event);
//   another bind path   → the path (per member for member.*), so a register
//                         value that is missing is asked once for all forms;
//   neither             → "<procedure id>/<field id>" (per member in a member
//                         procedure: each member's form is its own).
struct FieldQuestion {
    QString key;
    bool perMember = false;
    // The key is event.<…>: answering it changes the life event.
    bool event = false;
};

FieldQuestion fieldQuestion(
    const Catalog& catalog, const Procedure& procedure, const FormField& field);

struct FilledField {
    const FormField* field = nullptr;
    FieldQuestion question;
    // Undefined: no value. Null: the clerk answered "nothing" (skipped).
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    Provenance provenance = Provenance::None;
    // The value came from the field's bind (the interview does not ask it).
    bool prefilled = false;
    // The clerk answered the field's question (null included).
    bool answered = false;
    // visible_when holds (always true without one).
    bool visible = true;
    // The value has the field's type and passes its validation (true when
    // hidden or empty: an empty field is `missing` or simply empty).
    bool valid = true;
    // Shown, required and without a value.
    bool missing = false;
    // Why the value is not valid: the validation message (placeholders
    // filled, `value` included) or what the field's type expects.
    LocalizedText message;

    // Shown, not pre-filled, and without an acceptable answer yet.
    bool open() const { return visible && !prefilled && (!answered || !valid || missing); }
};

struct FilledForm {
    const Procedure* procedure = nullptr;
    // The member's id; empty for a household procedure.
    QString member;
    QList<FilledField> fields;

    // Every shown field valid and none missing: ready to print.
    bool complete() const;
};

// Fills the form of `item`. `data` is ruleData() of the item's member (or
// the household) over the context with the valid answers merged;
// `answers` are the interview's answers as given ({key: value}, a per-member
// key as {member id: value}). A field's value is its bind's value when
// that is not empty (absent, null or ""), else its question's answer from
// `answers`, else for an ask_once key the context's answers.<key>.
// Answers are checked against the field's type (dates read 和暦 too and
// become YYYY-MM-DD, a My Number keeps its digits); visible_when and
// validation are evaluated only where the field has them. Fails when a
// rule cannot be evaluated, naming the procedure, field and member.
Result<FilledForm> prefillForm(const Catalog& catalog, const ChecklistItem& item,
    const QJsonObject& data, const QJsonObject& answers);

// Whether a value counts as no value: undefined, null or "".
bool isEmptyValue(const QJsonValue& value);

} // namespace madoguchi::catalog
