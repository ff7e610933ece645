#include "catalog/rulescontext.h"

#include "catalog/rulescontextfields.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace madoguchi::catalog {
namespace {

class Reader {
public:
    explicit Reader(QString origin)
        : m_origin(std::move(origin))
    { }

    void problem(const QString& pointer, const QString& message)
    {
        m_problems << QStringLiteral("%1: %2: %3").arg(m_origin, pointer, message);
    }
    const QStringList& problems() const { return m_problems; }

    // The keys of `object`: each known one has a valid value, the required
    // ones are there, and nothing else is (but `extra`).
    void checkKeys(const QJsonObject& object, const QString& pointer,
        const QList<FieldSpec>& fields, const QStringList& derived, const QStringList& extra = {})
    {
        for (const FieldSpec& field : fields) {
            const QString at = pointer + QLatin1Char('/') + field.name;
            if (!object.contains(field.name)) {
                if (field.required)
                    problem(at, QCoreApplication::translate("Context", "missing (required)"));
            } else if (const auto wrong = checkValue(field, object.value(field.name))) {
                problem(at, *wrong);
            }
        }
        QStringList known;
        for (const FieldSpec& field : fields)
            known << field.name;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (known.contains(key) || extra.contains(key))
                continue;
            const QString at = pointer + QLatin1Char('/') + pointerStep(key);
            if (key == QLatin1String("params") && pointer.isEmpty()) {
                problem(at,
                    QCoreApplication::translate("Context",
                        "\"params\" are the catalog's city parameters; an input cannot set them"));
            } else if (derived.contains(key)) {
                problem(at,
                    QCoreApplication::translate(
                        "Context", "\"%1\" is derived by the engine; an input cannot set it")
                        .arg(key));
            } else if (const QString near = closestKey(key, known); !near.isEmpty()) {
                problem(at,
                    QCoreApplication::translate(
                        "Context", "unknown key \"%1\"; did you mean \"%2\"?")
                        .arg(key, near));
            } else {
                problem(at, QCoreApplication::translate("Context", "unknown key \"%1\"").arg(key));
            }
        }
    }

    // An id that must name a member.
    void checkReference(const QJsonValue& id, const QString& pointer, const QStringList& ids)
    {
        if (id.isString() && !ids.contains(id.toString()))
            problem(pointer,
                QCoreApplication::translate("Context", "no member has the id %1")
                    .arg(rules::js::describe(id)));
    }

private:
    QString m_origin;
    QStringList m_problems;
};

// Checks the members one by one and returns their ids.
QStringList checkMembers(Reader& reader, const QJsonValue& members)
{
    const QString pointer = QStringLiteral("/household/members");
    QStringList ids;
    if (!members.isArray())
        return ids; // reported with the household's keys
    const QJsonArray list = members.toArray();
    if (list.isEmpty())
        reader.problem(
            pointer, QCoreApplication::translate("Context", "expected at least one member"));
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = pointer + QLatin1Char('/') + QString::number(i);
        if (!list.at(i).isObject()) {
            reader.problem(at,
                QCoreApplication::translate("Context", "expected an object (a member), got %1")
                    .arg(rules::js::describe(list.at(i))));
            continue;
        }
        const QJsonObject member = list.at(i).toObject();
        reader.checkKeys(member, at, memberFields(), derivedMemberKeys());
        const QJsonValue id = member.value(QStringLiteral("id"));
        if (!id.isString() || id.toString().isEmpty())
            continue;
        if (const auto seen = first.constFind(id.toString()); seen != first.constEnd()) {
            reader.problem(at + QStringLiteral("/id"),
                QCoreApplication::translate(
                    "Context", "duplicate member id %1 (also /household/members/%2/id)")
                    .arg(rules::js::describe(id), QString::number(*seen)));
            continue;
        }
        first.insert(id.toString(), i);
        ids << id.toString();
    }
    return ids;
}

void checkEventReferences(Reader& reader, const QJsonObject& event, const QStringList& ids)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    if (event.contains(QStringLiteral("subject"))) {
        reader.checkReference(
            event.value(QStringLiteral("subject")), QStringLiteral("/event/subject"), ids);
    } else if (type == QLatin1String("shussei")) {
        reader.problem(QStringLiteral("/event/subject"),
            QCoreApplication::translate(
                "Context", "missing (required for shussei: the newborn's member id)"));
    } else if (type == QLatin1String("shibou")) {
        reader.problem(QStringLiteral("/event/subject"),
            QCoreApplication::translate(
                "Context", "missing (required for shibou: the deceased's member id)"));
    }
    const QJsonValue surnames = event.value(QStringLiteral("surname_change"));
    if (!surnames.isArray())
        return;
    QStringList seen;
    const QJsonArray list = surnames.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/event/surname_change/") + QString::number(i);
        reader.checkReference(list.at(i), at, ids);
        if (seen.contains(list.at(i).toString()))
            reader.problem(at,
                QCoreApplication::translate("Context", "%1 is listed twice")
                    .arg(rules::js::describe(list.at(i))));
        seen << list.at(i).toString();
    }
}

} // namespace

QString pointerStep(const QString& key)
{
    QString step = key;
    step.replace(QLatin1Char('~'), QLatin1String("~0"));
    step.replace(QLatin1Char('/'), QLatin1String("~1"));
    return step;
}

Result<QJsonObject> readRulesContext(
    const QJsonValue& input, const QString& origin, const ContextReadOptions& options)
{
    Reader reader(origin);
    if (!input.isObject()) {
        reader.problem(QStringLiteral("/"),
            QCoreApplication::translate("Context", "expected an object, got %1")
                .arg(rules::js::describe(input)));
        return Error{reader.problems().join(QLatin1Char('\n'))};
    }
    const QJsonObject context = input.toObject();
    reader.checkKeys(context, QString(), topLevelFields(), derivedTopLevelKeys());

    const QJsonObject event = context.value(QStringLiteral("event")).toObject();
    if (context.value(QStringLiteral("event")).isObject())
        reader.checkKeys(
            event, QStringLiteral("/event"), eventFields(), {}, options.eventQuestions);

    const QJsonObject household = context.value(QStringLiteral("household")).toObject();
    QStringList ids;
    if (context.value(QStringLiteral("household")).isObject()) {
        reader.checkKeys(
            household, QStringLiteral("/household"), householdFields(), derivedHouseholdKeys());
        ids = checkMembers(reader, household.value(QStringLiteral("members")));
        if (household.value(QStringLiteral("members")).isArray())
            reader.checkReference(
                household.value(QStringLiteral("head")), QStringLiteral("/household/head"), ids);
    }
    if (household.value(QStringLiteral("members")).isArray())
        checkEventReferences(reader, event, ids);

    if (!reader.problems().isEmpty())
        return Error{reader.problems().join(QLatin1Char('\n'))};
    return context;
}

} // namespace madoguchi::catalog
