#include "catalog/prefill.h"

#include "catalog/placeholders.h"
#include "catalog/prefillvalues.h"
#include "rules/jsonlogic.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>

namespace madoguchi::catalog {
namespace {

QStringView firstSegment(const QString& path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    return dot < 0 ? QStringView(path) : QStringView(path).left(dot);
}

// Where a bind path enters certificate claims: the index of its
// "evidence" segment, at the top (evidence.…) or directly below a member
// object (member.evidence.…, household.head_member.evidence.…,
// household.subject_member.evidence.…, household.members.N.evidence.…);
// -1 for any other path.
qsizetype evidenceSegment(const QStringList& s)
{
    const auto isEvidence = [&](qsizetype i) { return s.value(i) == QLatin1String("evidence"); };
    if (isEvidence(0))
        return 0;
    if (s.value(0) == QLatin1String("member"))
        return isEvidence(1) ? 1 : -1;
    if (s.value(0) != QLatin1String("household"))
        return -1;
    if (s.value(1) == QLatin1String("head_member") || s.value(1) == QLatin1String("subject_member"))
        return isEvidence(2) ? 2 : -1;
    bool index = false;
    s.value(2).toUInt(&index);
    return s.value(1) == QLatin1String("members") && index && isEvidence(3) ? 3 : -1;
}

// Who fills a bind path: the context's top-level key says it.
Provenance bindProvenance(const QString& bind)
{
    const QStringView root = firstSegment(bind);
    if (root == QLatin1String("event"))
        return Provenance::EventAnswer;
    if (root == QLatin1String("answers"))
        return Provenance::ClerkEntry;
    if (root == QLatin1String("params"))
        return Provenance::Default;
    if (evidenceSegment(bind.split(QLatin1Char('.'))) >= 0)
        return Provenance::Evidence;
    return Provenance::Register; // today, household, member
}

// The interview's answer to `question` for `member` (undefined: none).
QJsonValue givenAnswer(
    const QJsonObject& answers, const FieldQuestion& question, const QString& member)
{
    const auto it = answers.constFind(question.key);
    if (it == answers.constEnd())
        return QJsonValue(QJsonValue::Undefined);
    if (!question.perMember)
        return it.value();
    return it.value().toObject().value(member);
}

struct Place {
    const Procedure& procedure;
    const QString& member;

    Error fail(qsizetype field, const char* key, const QString& message) const
    {
        // The evaluator names the place in the rule first: "/and/1: …".
        QString inner;
        QString text = message;
        if (message.startsWith(QLatin1Char('/'))) {
            const qsizetype colon = message.indexOf(QStringLiteral(": "));
            inner = message.left(colon);
            text = message.mid(colon + 2);
            if (inner == QLatin1String("/"))
                inner.clear();
        }
        const QString place = procedure.file
            + QStringLiteral(": /form/fields/%1/%2").arg(field).arg(QLatin1String(key)) + inner;
        return Error{member.isEmpty()
                ? QCoreApplication::translate("Forms", "%1: %2 (household)").arg(place, text)
                : QCoreApplication::translate("Forms", "%1: %2 (member %3)")
                      .arg(place, text, member)};
    }
};

} // namespace

QString provenanceName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Register:
        return QStringLiteral("register");
    case Provenance::EventAnswer:
        return QStringLiteral("event_answer");
    case Provenance::ClerkEntry:
        return QStringLiteral("clerk_entry");
    case Provenance::Default:
        return QStringLiteral("default");
    case Provenance::Evidence:
        return QStringLiteral("evidence");
    case Provenance::None:
        break;
    }
    return QStringLiteral("none");
}

QString boundCertificate(const QString& bind)
{
    const QStringList segments = bind.split(QLatin1Char('.'));
    const qsizetype at = evidenceSegment(segments);
    return at < 0 ? QString() : segments.value(at + 1);
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull()
        || (value.isString() && value.toString().isEmpty());
}

FieldQuestion fieldQuestion(
    const Catalog& catalog, const Procedure& procedure, const FormField& field)
{
    const bool memberForm = procedure.scope == Scope::Member;
    const QStringView root = firstSegment(field.bind);
    if (root == QLatin1String("answers")) {
        const QString key
            = QStringView(field.bind).mid(root.size() + 1).split(u'.').first().toString();
        return {key, memberForm && catalog.answerKeys.value(key), false};
    }
    if (!field.askOnce.isEmpty())
        return {field.askOnce, memberForm && field.perMember, false};
    if (root == QLatin1String("event"))
        return {field.bind, false, true};
    if (!field.bind.isEmpty())
        return {field.bind, memberForm && root == QLatin1String("member"), false};
    return {procedure.id + QLatin1Char('/') + field.id, memberForm, false};
}

bool FilledForm::complete() const
{
    return std::ranges::all_of(
        fields, [](const FilledField& f) { return !f.visible || (f.valid && !f.missing); });
}

Result<FilledForm> prefillForm(const Catalog& catalog, const ChecklistItem& item,
    const QJsonObject& data, const QJsonObject& answers)
{
    const Procedure& procedure = *item.procedure;
    const Place place{procedure, item.member};
    FilledForm form{&procedure, item.member, {}};
    form.fields.reserve(procedure.fields.size());
    for (qsizetype i = 0; i < procedure.fields.size(); ++i) {
        const FormField& f = procedure.fields.at(i);
        FilledField filled;
        filled.field = &f;
        filled.question = fieldQuestion(catalog, procedure, f);
        if (!f.visibleWhen.isNull()) {
            const auto shown = rules::evaluate(f.visibleWhen, data);
            if (!shown)
                return place.fail(i, "visible_when", shown.error().message);
            filled.visible = rules::js::truthy(shown.value());
        }
        if (!f.bind.isEmpty()) {
            QJsonValue bound = valueAtPath(data, f.bind);
            if (!isEmptyValue(bound)) {
                filled.value = std::move(bound);
                filled.provenance = bindProvenance(f.bind);
                filled.prefilled = true;
            }
        }
        if (!filled.prefilled) {
            QJsonValue given = givenAnswer(answers, filled.question, item.member);
            if (given.isUndefined() && catalog.answerKeys.contains(filled.question.key))
                given = data.value(QLatin1String("answers")).toObject().value(filled.question.key);
            if (!given.isUndefined()) {
                filled.answered = true;
                filled.provenance
                    = filled.question.event ? Provenance::EventAnswer : Provenance::ClerkEntry;
                filled.value = given;
                if (!isEmptyValue(given)) {
                    const auto checked = checkFieldAnswer(f, given, {});
                    if (checked) {
                        filled.value = checked.value();
                    } else {
                        filled.valid = false;
                        filled.message = {checked.error().message, checked.error().message};
                    }
                }
            }
        }
        if (!filled.visible) {
            filled.valid = true;
            filled.message = {};
        } else {
            filled.missing = f.required && isEmptyValue(filled.value);
            if (filled.valid && !f.validation.isNull() && !isEmptyValue(filled.value)) {
                QJsonObject withValue = data;
                withValue.insert(QLatin1String("value"), filled.value);
                const auto ok = rules::evaluate(f.validation, withValue);
                if (!ok)
                    return place.fail(i, "validation", ok.error().message);
                if (!rules::js::truthy(ok.value())) {
                    filled.valid = false;
                    filled.message = fillPlaceholders(f.validationMessage, withValue);
                }
            }
        }
        form.fields.append(std::move(filled));
    }
    return form;
}

} // namespace madoguchi::catalog
