#include "catalog/interviewanswers.h"

#include "catalog/checklist.h"
#include "catalog/contextderivation.h"
#include "catalog/placeholders.h"
#include "catalog/prefill.h"
#include "catalog/prefillvalues.h"
#include "catalog/rulescontextanswers.h"
#include "catalog/rulescontextfields.h"
#include "rules/jsonlogic.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace madoguchi::catalog {
namespace {

const QLatin1String kEventPrefix("event.");

LocalizedText both(const QString& message)
{
    return {message, message};
}

struct Merger {
    const Catalog& catalog;
    const QJsonObject& derived;
    const LifeEvent& event;
    QStringList memberIds;
    MergedAnswers merged;
    QJsonObject eventObject;
    QJsonObject contextAnswers;
    bool eventChanged = false;
    bool answersChanged = false;
    std::optional<QHash<QString, bool>> known;

    void problem(const QString& key, const QString& member, const QString& message)
    {
        merged.problems.append({key, member, QString(), QString(), both(message)});
    }

    const QHash<QString, bool>& knownKeys()
    {
        if (!known)
            known = answerKeysOf(catalog, event.id);
        return *known;
    }

    void unknownKey(const QString& key)
    {
        QStringList candidates = knownKeys().keys();
        candidates.sort(); // the same suggestion every time
        const QString near = closestKey(key, candidates);
        problem(key, QString(),
            near.isEmpty()
                ? QCoreApplication::translate("Forms", "no question of %1 has the key \"%2\"")
                      .arg(event.id, key)
                : QCoreApplication::translate(
                    "Forms", "no question of %1 has the key \"%2\"; did you mean \"%3\"?")
                      .arg(event.id, key, near));
    }

    // A per-member answer is {member id: value}; the members it names that
    // exist, or nothing when its shape is wrong.
    std::optional<QJsonObject> byMember(const QString& key, const QJsonValue& value)
    {
        if (!value.isObject()) {
            problem(key, QString(),
                QCoreApplication::translate(
                    "Forms", "asked per member: expected an object {member id: answer}, got %1")
                    .arg(rules::js::describe(value)));
            return std::nullopt;
        }
        QJsonObject answers = value.toObject();
        for (const QString& member : answers.keys()) {
            if (memberIds.contains(member))
                continue;
            problem(key, member,
                QCoreApplication::translate("Forms", "no member %1 (members: %2)")
                    .arg(member, memberIds.join(QStringLiteral(", "))));
            answers.remove(member);
        }
        return answers;
    }

    Status eventAnswer(const QString& key, const QJsonValue& value)
    {
        const QString id = key.mid(kEventPrefix.size());
        if (id == QLatin1String("type") || id == QLatin1String("date")) {
            problem(key, QString(),
                QCoreApplication::translate(
                    "Forms", "%1 is the event itself and cannot be answered")
                    .arg(key));
            return {};
        }
        const auto question = std::ranges::find(event.questions, id, &FormField::id);
        const FormField* q = question == event.questions.end() ? nullptr : &*question;
        const FieldSpec* spec = findField(eventFields(), id);
        if (!q && !spec) {
            // A field may bind a question of another event of its procedure:
            // the answer fills that field only.
            if (!knownKeys().contains(key))
                unknownKey(key);
            return {};
        }
        if (value.isNull())
            return {};
        Result<QJsonValue> checked
            = q ? checkFieldAnswer(*q, value, memberIds) : checkFieldValue(*spec, value, memberIds);
        if (checked && q && !q->validation.isNull()) {
            QJsonObject data = ruleData(catalog, derived, QString());
            data.insert(QLatin1String("value"), checked.value());
            const auto ok = rules::evaluate(q->validation, data);
            if (!ok)
                return Error{QCoreApplication::translate(
                    "Forms", "events.json: question %1 of %2: validation: %3")
                                 .arg(q->id, event.id, ok.error().message)};
            if (!rules::js::truthy(ok.value())) {
                const LocalizedText message = fillPlaceholders(q->validationMessage, data);
                merged.eventProblems.insert(key, message);
                merged.problems.append({key, QString(), QString(), QString(), message});
                return {};
            }
        }
        // A question that is also a field of the event is held to both.
        if (checked && q && spec)
            checked = checkFieldValue(*spec, checked.value(), memberIds);
        if (!checked) {
            merged.eventProblems.insert(key, both(checked.error().message));
            problem(key, QString(), checked.error().message);
            return {};
        }
        if (eventObject.value(id) != checked.value()) {
            eventObject.insert(id, checked.value());
            eventChanged = true;
        }
        return {};
    }

    // The first field asked with the ask_once key (all have one type).
    const FormField* askOnceField(const QString& key) const
    {
        for (const Procedure& p : catalog.procedures)
            for (const FormField& f : p.fields)
                if (f.askOnce == key)
                    return &f;
        return nullptr;
    }

    // The answer as the context keeps it, or nothing when its type is wrong
    // (its fields say why).
    std::optional<QJsonValue> contextValue(const FormField* field, const QJsonValue& value) const
    {
        if (isEmptyValue(value) || !field)
            return value;
        const auto checked = checkFieldAnswer(*field, value, memberIds);
        return checked ? std::optional(checked.value()) : std::nullopt;
    }

    void askOnceAnswer(const QString& key, const QJsonValue& value)
    {
        const FormField* field = askOnceField(key);
        answersChanged = true;
        if (!catalog.answerKeys.value(key) || value.isNull()) {
            const auto kept = contextValue(field, value);
            if (kept)
                contextAnswers.insert(key, *kept);
            else
                contextAnswers.remove(key);
            return;
        }
        const auto given = byMember(key, value);
        if (!given)
            return;
        QJsonObject members = contextAnswers.value(key).toObject();
        for (auto it = given->constBegin(); it != given->constEnd(); ++it) {
            const auto kept = contextValue(field, it.value());
            if (kept)
                members.insert(it.key(), *kept);
            else
                members.remove(it.key());
        }
        contextAnswers.insert(key, members);
    }
};

} // namespace

QHash<QString, bool> answerKeysOf(const Catalog& catalog, const QString& eventId)
{
    QHash<QString, bool> keys;
    for (const Procedure* p : catalog.proceduresOf(eventId))
        for (const FormField& f : p->fields) {
            const FieldQuestion q = fieldQuestion(catalog, *p, f);
            keys.insert(q.key, q.perMember);
        }
    if (const LifeEvent* event = catalog.event(eventId))
        for (const FormField& q : event->questions)
            keys.insert(kEventPrefix + q.id, false);
    for (const FieldSpec& spec : eventFields())
        if (spec.name != QLatin1String("type") && spec.name != QLatin1String("date"))
            keys.insert(kEventPrefix + spec.name, false);
    return keys;
}

Result<MergedAnswers> mergeAnswers(
    const Catalog& catalog, const QJsonObject& derived, const QJsonObject& answers)
{
    const QJsonObject event = derived.value(QLatin1String("event")).toObject();
    const QString type = event.value(QLatin1String("type")).toString();
    const LifeEvent* lifeEvent = catalog.event(type);
    if (!lifeEvent)
        return Error{
            QCoreApplication::translate("Forms", "the catalog has no life event \"%1\"").arg(type)};
    Merger m{catalog, derived, *lifeEvent, {}, {}, event,
        derived.value(QLatin1String("answers")).toObject(), false, false, std::nullopt};
    for (const QJsonValue& member : derived.value(QLatin1String("household"))
                                        .toObject()
                                        .value(QLatin1String("members"))
                                        .toArray())
        m.memberIds.append(member.toObject().value(QLatin1String("id")).toString());

    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QString& key = it.key();
        if (key.startsWith(kEventPrefix)) {
            if (const Status s = m.eventAnswer(key, it.value()); !s)
                return s.error();
        } else if (catalog.answerKeys.contains(key)) {
            m.askOnceAnswer(key, it.value());
        } else if (!m.knownKeys().contains(key)) {
            m.unknownKey(key);
        } else if (m.knownKeys().value(key) && !it.value().isNull()) {
            m.byMember(key, it.value());
        }
    }

    m.merged.context = derived;
    if (m.answersChanged)
        m.merged.context.insert(QLatin1String("answers"), m.contextAnswers);
    if (m.eventChanged) {
        m.merged.context.insert(QLatin1String("event"), m.eventObject);
        m.merged.context = deriveContext(m.merged.context);
    }
    return std::move(m.merged);
}

} // namespace madoguchi::catalog
