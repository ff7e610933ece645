#include "preentry/preentryresolution.h"

#include "catalog/interviewanswers.h"
#include "catalog/prefillvalues.h"
#include "catalog/rulescontextfields.h"
#include "certificate/subjectmatch.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <optional>

namespace madoguchi::preentry {
namespace {

using catalog::FieldType;
using catalog::FormField;

const QLatin1String kByPerson("by_person");
const QLatin1String kValue("value");

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Kana:
        return QStringLiteral("kana");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::EraDate:
        return QStringLiteral("era-date");
    case FieldType::Select:
        return QStringLiteral("select");
    case FieldType::Checkbox:
        return QStringLiteral("checkbox");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Address:
        return QStringLiteral("address");
    case FieldType::Phone:
        return QStringLiteral("phone");
    case FieldType::MyNumber:
        return QStringLiteral("my-number");
    case FieldType::Member:
        return QStringLiteral("member");
    case FieldType::Members:
        return QStringLiteral("members");
    }
    return QString();
}

Error myNumberField(const QString& path)
{
    return Error{QCoreApplication::translate("PreEntry",
        "%1: the catalog asks a 個人番号 (My Number) there; a pre-entry code must never carry "
        "one (a QR code is easily photographed). The resident should make the code again "
        "without it")
                     .arg(path)};
}

// The first field asked with the ask_once key (the loader checked that all
// have one type).
const FormField* askOnceField(const catalog::Catalog& catalog, const QString& key)
{
    for (const catalog::Procedure& p : catalog.procedures)
        for (const FormField& f : p.fields)
            if (f.askOnce == key)
                return &f;
    return nullptr;
}

struct Resolver {
    const catalog::Catalog& catalog;
    const catalog::LifeEvent& event;
    const QList<certificate::SubjectCandidate>& household;
    const bool householdKnown;
    QStringList memberIds;
    QStringList eventKeys; // the ask_once keys the event's forms ask
    ResolvedPreEntry out;

    void note(const QString& path, const QString& message)
    {
        out.notes << path + QStringLiteral(": ") + message;
    }

    // The member `person` is, or nothing after a note.
    std::optional<QString> member(const QString& path, const PersonRef& person)
    {
        const QString id = certificate::matchSubject(person.name, person.birthDate, household);
        if (!id.isEmpty())
            return id;
        note(path,
            QCoreApplication::translate("PreEntry",
                "%1 is not in the household (no one member has this name and birth date)")
                .arg(personText(person)));
        return std::nullopt;
    }

    const certificate::SubjectCandidate* candidate(const QString& id) const
    {
        const auto it = std::ranges::find(household, id, &certificate::SubjectCandidate::member);
        return it == household.end() ? nullptr : &*it;
    }

    std::optional<QJsonValue> oneMember(const QString& path, const QJsonValue& value)
    {
        const std::optional<PersonRef> person = personReference(value);
        if (!person) {
            note(path,
                QCoreApplication::translate("PreEntry",
                    "expected a person {\"person\": {\"name\", \"birth_date\"}}, got %1")
                    .arg(rules::js::describe(value)));
            return std::nullopt;
        }
        if (!householdKnown) {
            out.persons << path + QStringLiteral(": ") + personText(*person);
            return value;
        }
        const auto id = member(path, *person);
        return id ? std::optional(QJsonValue(*id)) : std::nullopt;
    }

    std::optional<QJsonValue> someMembers(const QString& path, const QJsonValue& value)
    {
        if (!value.isArray()) {
            note(path,
                QCoreApplication::translate(
                    "PreEntry", "expected a list of persons [{\"person\": {…}}, …], got %1")
                    .arg(rules::js::describe(value)));
            return std::nullopt;
        }
        const QJsonArray given = value.toArray();
        QJsonArray ids;
        for (qsizetype i = 0; i < given.size(); ++i) {
            const auto one = oneMember(QStringLiteral("%1[%2]").arg(path).arg(i), given.at(i));
            if (one && !ids.contains(*one))
                ids.append(*one);
        }
        if (!given.isEmpty() && ids.isEmpty())
            return std::nullopt; // nobody found: "none" would be a different answer
        return ids;
    }

    // A person given for a text field (the notifier): the member's name as
    // the register writes it (what the desk's list of names puts there),
    // else the name as given.
    QJsonValue personAsText(const QString& path, FieldType type, const PersonRef& person)
    {
        if (!householdKnown) {
            out.persons << path + QStringLiteral(": ") + personText(person);
            return person.name;
        }
        const QString id = certificate::matchSubject(person.name, person.birthDate, household);
        if (const certificate::SubjectCandidate* c = candidate(id)) {
            if (type == FieldType::Kana && !c->nameKana.isEmpty())
                return c->nameKana;
            return c->nameKanji;
        }
        return person.name;
    }

    // `value` as the field or question keeps it, or nothing after a note.
    std::optional<QJsonValue> converted(
        const QString& path, const FormField& field, const QJsonValue& value)
    {
        if (field.type == FieldType::Member)
            return oneMember(path, value);
        if (field.type == FieldType::Members)
            return someMembers(path, value);
        if (const std::optional<PersonRef> person = personReference(value)) {
            if (field.type == FieldType::Text || field.type == FieldType::Kana)
                return personAsText(path, field.type, *person);
            note(path,
                QCoreApplication::translate(
                    "PreEntry", "a person is not an answer to a question of type %1")
                    .arg(typeName(field.type)));
            return std::nullopt;
        }
        if (value.isArray()) {
            note(path,
                QCoreApplication::translate(
                    "PreEntry", "a list of persons is not an answer to a question of type %1")
                    .arg(typeName(field.type)));
            return std::nullopt;
        }
        const Result<QJsonValue> checked = catalog::checkFieldAnswer(field, value, memberIds);
        if (!checked) {
            note(path, checked.error().message);
            return std::nullopt;
        }
        return checked.value();
    }

    void eventAnswer(const QString& id, const QJsonValue& value)
    {
        const QString path = QStringLiteral("event.answers.") + id;
        const auto question = std::ranges::find(event.questions, id, &FormField::id);
        if (question == event.questions.end()) {
            if (id == QLatin1String("type") || id == QLatin1String("date")) {
                note(path,
                    QCoreApplication::translate(
                        "PreEntry", "the event's %1 is given as event.%1, not as an answer")
                        .arg(id));
                return;
            }
            QStringList ids;
            for (const FormField& q : event.questions)
                ids << q.id;
            const QString near = catalog::closestKey(id, ids);
            note(path,
                near.isEmpty()
                    ? QCoreApplication::translate("PreEntry", "%1 has no question \"%2\"")
                          .arg(event.names.ja, id)
                    : QCoreApplication::translate(
                        "PreEntry", "%1 has no question \"%2\"; did you mean \"%3\"?")
                          .arg(event.names.ja, id, near));
            return;
        }
        if (value.isNull())
            return; // no answer
        const auto v = converted(path, *question, value);
        if (!v)
            return;
        out.eventAnswers.insert(id, *v);
        out.keysUsed << QStringLiteral("event.") + id;
    }

    bool knownKey(const QString& path, const QString& key)
    {
        if (key.startsWith(QLatin1String("event."))) {
            note(path,
                QCoreApplication::translate(
                    "PreEntry", "a question about the life event goes in event.answers (as \"%1\")")
                    .arg(key.mid(6)));
            return false;
        }
        if (!catalog.answerKeys.contains(key)) {
            QString near = catalog::closestKey(key, eventKeys);
            if (near.isEmpty()) {
                QStringList all = catalog.answerKeys.keys();
                all.sort();
                near = catalog::closestKey(key, all);
            }
            note(path,
                near.isEmpty()
                    ? QCoreApplication::translate("PreEntry", "no form asks the key \"%1\"")
                          .arg(key)
                    : QCoreApplication::translate(
                        "PreEntry", "no form asks the key \"%1\"; did you mean \"%2\"?")
                          .arg(key, near));
            return false;
        }
        if (!eventKeys.contains(key)) {
            note(path,
                QCoreApplication::translate("PreEntry", "no form of %1 asks \"%2\"")
                    .arg(event.names.ja, key));
            return false;
        }
        return true;
    }

    void answer(const QString& key, const QJsonValue& value)
    {
        const QString path = QStringLiteral("answers.") + key;
        if (!knownKey(path, key) || value.isNull())
            return;
        const FormField* field = askOnceField(catalog, key);
        const bool perMember = catalog.answerKeys.value(key);
        const bool byPerson = value.isObject() && value.toObject().contains(kByPerson);
        if (perMember != byPerson) {
            note(path,
                perMember ? QCoreApplication::translate("PreEntry",
                    "asked once per person: expected {\"by_person\": [{\"person\": "
                    "{…}, \"value\": …}, …]}")
                          : QCoreApplication::translate("PreEntry",
                              "asked once for the household: expected the answer itself, "
                              "not by_person"));
            return;
        }
        if (!perMember) {
            if (const auto v = converted(path, *field, value)) {
                out.answers.insert(key, *v);
                out.keysUsed << key;
            }
            return;
        }
        const QJsonArray entries = value.toObject().value(kByPerson).toArray();
        QJsonObject byMember;
        QJsonArray kept; // without a household: the entries as given, well typed
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString entryPath = QStringLiteral("%1.by_person[%2]").arg(path).arg(i);
            const QJsonObject entry = entries.at(i).toObject();
            const std::optional<PersonRef> person = personReference(entry);
            const auto v
                = converted(entryPath + QStringLiteral(".value"), *field, entry.value(kValue));
            if (!person || !v)
                continue;
            if (!householdKnown) {
                out.persons << entryPath + QStringLiteral(": ") + personText(*person);
                kept.append(entry);
                continue;
            }
            const auto id = member(entryPath, *person);
            if (!id)
                continue;
            if (byMember.contains(*id))
                note(entryPath,
                    QCoreApplication::translate(
                        "PreEntry", "%1 is given more than once; the last answer is used")
                        .arg(personText(*person)));
            byMember.insert(*id, *v);
        }
        if (householdKnown ? byMember.isEmpty() : kept.isEmpty())
            return;
        out.answers.insert(key,
            householdKnown ? QJsonValue(byMember) : QJsonValue(QJsonObject{{kByPerson, kept}}));
        out.keysUsed << key;
    }

    void applicant(const std::optional<PersonRef>& person)
    {
        if (!person)
            return;
        const QString path = QStringLiteral("applicant");
        if (!householdKnown) {
            out.persons << path + QStringLiteral(": ") + personText(*person);
            return;
        }
        if (const auto id = member(path, *person))
            out.applicantMember = *id;
    }
};

Result<ResolvedPreEntry> resolve(const PreEntry& entry, const catalog::Catalog& catalog,
    const QList<certificate::SubjectCandidate>& household, bool householdKnown)
{
    const catalog::LifeEvent* event = catalog.event(entry.eventType);
    if (!event) {
        QStringList ids;
        for (const catalog::LifeEvent& e : catalog.events)
            ids << e.id;
        return Error{QCoreApplication::translate(
            "PreEntry", "event.type: the catalog has no life event \"%1\" (it has %2)")
                         .arg(entry.eventType, ids.join(QStringLiteral(", ")))};
    }
    // A 個人番号 under a key the format cannot tell (a city's own name for
    // it) is refused here, where the catalog says what the field is.
    for (const FormField& q : event->questions)
        if (q.type == FieldType::MyNumber && entry.eventAnswers.contains(q.id))
            return myNumberField(QStringLiteral("event.answers.") + q.id);
    for (const QString& key : entry.answers.keys())
        if (const FormField* f = askOnceField(catalog, key); f && f->type == FieldType::MyNumber)
            return myNumberField(QStringLiteral("answers.") + key);

    Resolver r{catalog, *event, household, householdKnown, {}, {}, {}};
    for (const certificate::SubjectCandidate& c : household)
        r.memberIds << c.member;
    const QHash<QString, bool> keys = catalog::answerKeysOf(catalog, event->id);
    for (auto it = keys.begin(); it != keys.end(); ++it)
        if (catalog.answerKeys.contains(it.key()))
            r.eventKeys << it.key();
    r.eventKeys.sort(); // the same suggestion every time
    r.out.eventType = entry.eventType;
    r.out.eventDate = entry.eventDate;
    for (auto it = entry.eventAnswers.begin(); it != entry.eventAnswers.end(); ++it)
        r.eventAnswer(it.key(), it.value());
    for (auto it = entry.answers.begin(); it != entry.answers.end(); ++it)
        r.answer(it.key(), it.value());
    r.applicant(entry.applicant);
    return r.out;
}

} // namespace

Result<ResolvedPreEntry> resolvePreEntry(const PreEntry& entry, const catalog::Catalog& catalog,
    const QList<certificate::SubjectCandidate>& household)
{
    return resolve(entry, catalog, household, true);
}

Result<ResolvedPreEntry> checkPreEntry(const PreEntry& entry, const catalog::Catalog& catalog)
{
    return resolve(entry, catalog, {}, false);
}

} // namespace madoguchi::preentry
