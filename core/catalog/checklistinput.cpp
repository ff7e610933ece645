#include "catalog/checklistinput.h"

#include "catalog/contextderivation.h"
#include "catalog/rulescontext.h"
#include "catalog/rulescontextfields.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace madoguchi::catalog {
namespace {

// Whether `value` is an answer a question of `type` can give; nothing when
// it is, else what was expected.
std::optional<QString> checkAnswer(
    const FormField& q, const QJsonValue& value, const QStringList& memberIds)
{
    const QString got = rules::js::describe(value);
    switch (q.type) {
    case FieldType::Date:
    case FieldType::EraDate:
        if (isoDay(value).isValid())
            return std::nullopt;
        return QCoreApplication::translate("Checklist", "expected a date YYYY-MM-DD, got %1")
            .arg(got);
    case FieldType::Checkbox:
        if (value.isBool())
            return std::nullopt;
        return QCoreApplication::translate("Checklist", "expected true or false, got %1").arg(got);
    case FieldType::Number:
        if (value.isDouble())
            return std::nullopt;
        return QCoreApplication::translate("Checklist", "expected a number, got %1").arg(got);
    case FieldType::Member:
        if (value.isString() && memberIds.contains(value.toString()))
            return std::nullopt;
        return QCoreApplication::translate("Checklist", "expected the id of a member, got %1")
            .arg(got);
    case FieldType::Members:
        if (value.isArray() && std::ranges::all_of(value.toArray(), [&](const QJsonValue& v) {
                return v.isString() && memberIds.contains(v.toString());
            }))
            return std::nullopt;
        return QCoreApplication::translate("Checklist", "expected a list of member ids, got %1")
            .arg(got);
    case FieldType::Select: {
        QStringList values;
        for (const SelectOption& o : q.options)
            values.append(o.value);
        if (value.isString() && values.contains(value.toString()))
            return std::nullopt;
        return QCoreApplication::translate("Checklist", "expected one of %1, got %2")
            .arg(values.join(QStringLiteral(", ")), got);
    }
    default:
        if (value.isString())
            return std::nullopt;
        return QCoreApplication::translate("Checklist", "expected a string, got %1").arg(got);
    }
}

} // namespace

QStringList eventQuestionIds(const Catalog& catalog)
{
    QStringList ids;
    for (const LifeEvent& e : catalog.events)
        for (const FormField& q : e.questions)
            if (!ids.contains(q.id))
                ids.append(q.id);
    return ids;
}

Result<QJsonObject> prepareContext(
    const Catalog& catalog, const QJsonValue& input, const QString& origin)
{
    auto checked = checkContext(catalog, input, origin);
    if (!checked)
        return checked.error();
    return deriveContext(std::move(checked).value());
}

Result<QJsonObject> checkContext(
    const Catalog& catalog, const QJsonValue& input, const QString& origin)
{
    auto read = readRulesContext(input, origin, {eventQuestionIds(catalog)});
    if (!read)
        return read.error();
    const QJsonObject& context = read.value();
    const QJsonObject event = context.value(QLatin1String("event")).toObject();
    const QString type = event.value(QLatin1String("type")).toString();
    const LifeEvent* lifeEvent = catalog.event(type);
    QStringList problems;
    const auto problem = [&](const QString& pointer, const QString& message) {
        problems.append(QStringLiteral("%1: %2: %3").arg(origin, pointer, message));
    };
    if (!lifeEvent) {
        problem(QStringLiteral("/event/type"),
            QCoreApplication::translate("Checklist", "the catalog has no life event \"%1\"")
                .arg(type));
        return Error{problems.join(QLatin1Char('\n'))};
    }
    QStringList memberIds;
    for (const QJsonValue& m : context.value(QLatin1String("household"))
                                   .toObject()
                                   .value(QLatin1String("members"))
                                   .toArray())
        memberIds.append(m.toObject().value(QLatin1String("id")).toString());
    for (const FormField& q : lifeEvent->questions) {
        const QString pointer = QStringLiteral("/event/") + q.id;
        if (!event.contains(q.id)) {
            if (q.required)
                problem(pointer,
                    QCoreApplication::translate("Checklist", "missing (a required question of %1)")
                        .arg(type));
            continue;
        }
        if (const auto wrong = checkAnswer(q, event.value(q.id), memberIds))
            problem(pointer, *wrong);
    }
    for (auto it = event.constBegin(); it != event.constEnd(); ++it) {
        if (findField(eventFields(), it.key()))
            continue;
        const auto& questions = lifeEvent->questions;
        if (std::ranges::none_of(questions, [&](const FormField& q) { return q.id == it.key(); }))
            problem(QStringLiteral("/event/") + pointerStep(it.key()),
                QCoreApplication::translate("Checklist", "\"%1\" is not a question of %2")
                    .arg(it.key(), type));
    }
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    return context;
}

} // namespace madoguchi::catalog
