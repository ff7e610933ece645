#include "catalog/catalogfiles.h"

#include "catalog/catalogcontextschema.h"
#include "catalog/catalogfields.h"
#include "catalog/catalogreader.h"

#include <QCoreApplication>
#include <QHash>

namespace madoguchi::catalog {

void reportDuplicateIds(const QStringList& ids, const Place& base, Problems& problems)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i).isEmpty())
            continue;
        if (first.contains(ids.at(i)))
            problems.add(base / i / QStringLiteral("id"),
                QCoreApplication::translate("Catalog", "duplicate id \"%1\" (also at %2)")
                    .arg(ids.at(i), (base / first.value(ids.at(i))).shown()));
        else
            first.insert(ids.at(i), i);
    }
}

QList<System> readSystems(const QJsonObject& root, const QString& file, Problems& problems)
{
    ObjectReader r(root, Place{file, QString()}, QStringLiteral("systemsFile"), problems);
    const QJsonArray array = r.array(QStringLiteral("systems"), Need::Required);
    QList<System> systems;
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ObjectReader s(
            array.at(i), r.at(QStringLiteral("systems")) / i, QStringLiteral("system"), problems);
        System system;
        system.id = s.id(QStringLiteral("id"), IdKind::Word, Need::Required).value_or(QString());
        system.names = s.text(QStringLiteral("names"), Need::Required).value_or(LocalizedText{});
        system.connector
            = s.string(QStringLiteral("connector"), Need::Required).value_or(QString());
        ids.append(system.id);
        systems.append(system);
    }
    reportDuplicateIds(ids, r.at(QStringLiteral("systems")), problems);
    return systems;
}

QList<LifeEvent> readEvents(const QJsonObject& root, const QString& file,
    const QSet<QString>& parameters, Problems& problems)
{
    ObjectReader r(root, Place{file, QString()}, QStringLiteral("eventsFile"), problems);
    const QJsonArray array = r.array(QStringLiteral("events"), Need::Required);
    const ContextSchema& schema = ContextSchema::builtIn();
    QList<LifeEvent> events;
    QStringList ids;
    // A question id is one path, event.<id>: one type in every event.
    QHash<QString, std::pair<FieldType, QString>> questionTypes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Place place = r.at(QStringLiteral("events")) / i;
        ObjectReader e(array.at(i), place, QStringLiteral("event"), problems);
        LifeEvent event;
        event.id = e.id(QStringLiteral("id"), IdKind::Word, Need::Required).value_or(QString());
        event.names = e.text(QStringLiteral("names"), Need::Required).value_or(LocalizedText{});
        event.dateLabel
            = e.text(QStringLiteral("date_label"), Need::Required).value_or(LocalizedText{});
        event.questions = readFields(e.array(QStringLiteral("questions"), Need::Optional),
            place / QStringLiteral("questions"), FieldOwner::Event, problems);
        for (qsizetype q = 0; q < event.questions.size(); ++q) {
            const FormField& question = event.questions.at(q);
            const Place at = place / QStringLiteral("questions") / q / QStringLiteral("id");
            if (question.id == QLatin1String("type") || question.id == QLatin1String("date")) {
                problems.add(at,
                    QCoreApplication::translate("Catalog",
                        "event.type and event.date are given with every event, not asked"));
                continue;
            }
            const auto seen = questionTypes.constFind(question.id);
            if (seen != questionTypes.constEnd() && seen->first != question.type)
                problems.add(place / QStringLiteral("questions") / q / QStringLiteral("type"),
                    QCoreApplication::translate("Catalog",
                        "the question \"%1\" is a %2 question at %3; one id has one type in "
                        "every event")
                        .arg(question.id, fieldTypeName(seen->first), seen->second));
            else if (seen == questionTypes.constEnd())
                questionTypes.insert(question.id,
                    {question.type, (place / QStringLiteral("questions") / q).shown()});
            // A question may fill a field the context schema names (event.subject):
            // then its answer must have that field's type.
            const QString fixed = schema.types().value(QStringLiteral("event.") + question.id);
            if (!fixed.isEmpty() && fixed != fieldValueType(question.type))
                problems.add(place / QStringLiteral("questions") / q / QStringLiteral("type"),
                    QCoreApplication::translate("Catalog",
                        "event.%1 holds a value of type %2 in the rules context; a %3 question "
                        "gives %4")
                        .arg(question.id, fixed, fieldTypeName(question.type),
                            fieldValueType(question.type)));
        }
        PathScope scope;
        scope.member = false;
        scope.parameters = parameters;
        for (const FormField& q : event.questions)
            scope.questions.insert(q.id, q.type);
        checkFields(event.questions, place / QStringLiteral("questions"), schema, scope, problems);
        ids.append(event.id);
        events.append(event);
    }
    reportDuplicateIds(ids, r.at(QStringLiteral("events")), problems);
    return events;
}

QList<Parameter> readParameters(const QJsonObject& root, const QString& file, Problems& problems)
{
    ObjectReader r(root, Place{file, QString()}, QStringLiteral("parametersFile"), problems);
    const QJsonArray array = r.array(QStringLiteral("parameters"), Need::Required);
    QList<Parameter> parameters;
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Place place = r.at(QStringLiteral("parameters")) / i;
        ObjectReader p(array.at(i), place, QStringLiteral("parameter"), problems);
        Parameter parameter;
        parameter.id = p.id(QStringLiteral("id"), IdKind::Word, Need::Required).value_or(QString());
        parameter.names = p.text(QStringLiteral("names"), Need::Required).value_or(LocalizedText{});
        if (p.require(QStringLiteral("value"), Need::Required)) {
            parameter.value = p.value(QStringLiteral("value"));
            if (parameter.value.isNull())
                problems.add(place / QStringLiteral("value"),
                    QCoreApplication::translate("Catalog", "a parameter's value cannot be null"));
        }
        ids.append(parameter.id);
        parameters.append(parameter);
    }
    reportDuplicateIds(ids, r.at(QStringLiteral("parameters")), problems);
    return parameters;
}

} // namespace madoguchi::catalog
