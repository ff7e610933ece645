#include "catalog/formsjson.h"

#include "catalog/catalogfields.h"

#include <QJsonArray>

namespace madoguchi::catalog {
namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject fieldJson(const FilledField& f, const QString& language)
{
    const FormField& field = *f.field;
    return QJsonObject{{QLatin1String("id"), field.id},
        {QLatin1String("label"), field.labels.in(language)},
        {QLatin1String("type"), fieldTypeName(field.type)},
        {QLatin1String("value"), f.value.isUndefined() ? QJsonValue(QJsonValue::Null) : f.value},
        {QLatin1String("provenance"), provenanceName(f.provenance)},
        {QLatin1String("visible"), f.visible}, {QLatin1String("valid"), f.valid},
        {QLatin1String("required"), field.required}, {QLatin1String("missing"), f.missing},
        {QLatin1String("message"), orNull(f.message.in(language))}};
}

QJsonObject formJson(const FilledForm& form, const QString& language)
{
    QJsonArray fields;
    for (const FilledField& f : form.fields)
        fields.append(fieldJson(f, language));
    return QJsonObject{{QLatin1String("procedure"), form.procedure->id},
        {QLatin1String("version"), form.procedure->version},
        {QLatin1String("name"), form.procedure->names.in(language)},
        {QLatin1String("member"), orNull(form.member)},
        {QLatin1String("complete"), form.complete()}, {QLatin1String("fields"), fields}};
}

// The household's members in order: id and name.
using Members = QList<std::pair<QString, QString>>;

QJsonObject questionJson(
    const Question& q, const Forms& forms, const Members& members, const QString& language)
{
    QJsonArray options;
    for (const SelectOption& o : q.field->options)
        options.append(QJsonObject{
            {QLatin1String("value"), o.value}, {QLatin1String("label"), o.labels.in(language)}});
    // A question about members chooses among the household's.
    if (q.field->type == FieldType::Member || q.field->type == FieldType::Members)
        for (const auto& [id, name] : members)
            options.append(
                QJsonObject{{QLatin1String("value"), id}, {QLatin1String("label"), name}});
    QString memberName;
    for (const auto& [id, name] : members)
        if (id == q.member)
            memberName = name;
    QJsonArray fills;
    for (const FieldRef& ref : q.fills) {
        const FilledForm& form = forms.forms.at(ref.form);
        fills.append(QJsonObject{{QLatin1String("procedure"), form.procedure->id},
            {QLatin1String("member"), orNull(form.member)},
            {QLatin1String("field"), form.fields.at(ref.field).field->id}});
    }
    return QJsonObject{{QLatin1String("key"), q.key},
        {QLatin1String("label"), q.field->labels.in(language)},
        {QLatin1String("type"), fieldTypeName(q.field->type)},
        {QLatin1String("required"), q.required}, {QLatin1String("member"), orNull(q.member)},
        {QLatin1String("member_name"), orNull(memberName)}, {QLatin1String("event"), q.event},
        {QLatin1String("options"), options}, {QLatin1String("fills"), fills},
        {QLatin1String("message"), orNull(q.message.in(language))}};
}

QJsonObject problemJson(const AnswerProblem& p, const QString& language)
{
    return QJsonObject{{QLatin1String("key"), p.key}, {QLatin1String("member"), orNull(p.member)},
        {QLatin1String("procedure"), orNull(p.procedure)},
        {QLatin1String("field"), orNull(p.field)},
        {QLatin1String("message"), p.message.in(language)}};
}

} // namespace

QJsonObject formsJson(const Forms& forms, const QString& language)
{
    Members members;
    for (const QJsonValue& m : forms.context.value(QLatin1String("household"))
                                   .toObject()
                                   .value(QLatin1String("members"))
                                   .toArray())
        members.append({m.toObject().value(QLatin1String("id")).toString(),
            m.toObject().value(QLatin1String("name_kanji")).toString()});
    QJsonArray formList, interview, problems;
    for (const FilledForm& form : forms.forms)
        formList.append(formJson(form, language));
    for (const Question& q : forms.interview)
        interview.append(questionJson(q, forms, members, language));
    for (const AnswerProblem& p : forms.problems)
        problems.append(problemJson(p, language));
    return QJsonObject{{QLatin1String("forms"), formList}, {QLatin1String("interview"), interview},
        {QLatin1String("problems"), problems}};
}

Result<QJsonObject> formsJson(const Catalog& catalog, const QJsonObject& derived,
    const QJsonObject& answers, const QString& language)
{
    const auto forms = fillForms(catalog, derived, answers);
    if (!forms)
        return forms.error();
    return formsJson(forms.value(), language);
}

} // namespace madoguchi::catalog
