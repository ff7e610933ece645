#include "preentry/preentryformat.h"

#include "catalog/rulescontextanswers.h"
#include "rules/jsonvalues.h"
#include "text/checkdigits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>
#include <initializer_list>

namespace madoguchi::preentry {
namespace {

const QLatin1String kFormat("format");
const QLatin1String kVersion("version");
const QLatin1String kCreated("created");
const QLatin1String kEvent("event");
const QLatin1String kType("type");
const QLatin1String kDate("date");
const QLatin1String kAnswers("answers");
const QLatin1String kApplicant("applicant");
const QLatin1String kPerson("person");
const QLatin1String kName("name");
const QLatin1String kBirthDate("birth_date");
const QLatin1String kByPerson("by_person");
const QLatin1String kValue("value");

QString at(const QString& path, const QString& message)
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

Error errorAt(const QString& path, const QString& message)
{
    return Error{at(path, message)};
}

QString joined(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Only `keys` may be in `object`: a field the reader does not know would be
// data the resident gave and the desk silently dropped.
Status onlyKeys(
    const QJsonObject& object, const QString& path, std::initializer_list<QLatin1String> keys)
{
    QStringList known;
    for (QLatin1String k : keys)
        known << QString(k);
    for (const QString& key : object.keys())
        if (!known.contains(key))
            return errorAt(path,
                QCoreApplication::translate("PreEntry", "unknown field \"%1\" (expected: %2)")
                    .arg(key, known.join(QStringLiteral(", "))));
    return {};
}

Result<QDate> readDay(const QString& path, const QJsonValue& value)
{
    if (!value.isString())
        return errorAt(path,
            QCoreApplication::translate("PreEntry", "expected a date YYYY-MM-DD, got %1")
                .arg(rules::js::describe(value)));
    const Result<QDate> day = catalog::parseExactDay(value.toString());
    if (!day)
        return errorAt(path, day.error().message);
    return day;
}

Result<QString> readText(const QString& path, const QJsonValue& value)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return errorAt(path,
            QCoreApplication::translate("PreEntry", "expected a text that is not empty, got %1")
                .arg(rules::js::describe(value)));
    return value.toString();
}

// {"name", "birth_date"}: the inside of a person reference, or the applicant.
Result<PersonRef> readPerson(const QString& path, const QJsonValue& value)
{
    if (!value.isObject())
        return errorAt(path,
            QCoreApplication::translate(
                "PreEntry", "expected a person {\"name\": …, \"birth_date\": …}, got %1")
                .arg(rules::js::describe(value)));
    const QJsonObject object = value.toObject();
    if (Status keys = onlyKeys(object, path, {kName, kBirthDate}); !keys)
        return keys.error();
    if (!object.contains(kBirthDate))
        return errorAt(joined(path, kBirthDate),
            QCoreApplication::translate("PreEntry",
                "missing: a person is found at the desk by name and birth date together"));
    const Result<QString> name = readText(joined(path, kName), object.value(kName));
    if (!name)
        return name.error();
    const Result<QDate> birth = readDay(joined(path, kBirthDate), object.value(kBirthDate));
    if (!birth)
        return birth.error();
    return PersonRef{name.value(), birth.value()};
}

Status checkPersonReference(const QString& path, const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (Status keys = onlyKeys(object, path, {kPerson}); !keys)
        return keys;
    const Result<PersonRef> person = readPerson(joined(path, kPerson), object.value(kPerson));
    if (!person)
        return person.error();
    return {};
}

Status checkValue(const QString& path, const QJsonValue& value, bool byPersonAllowed);

Status checkByPerson(const QString& path, const QJsonValue& value)
{
    if (!value.isArray())
        return errorAt(path,
            QCoreApplication::translate(
                "PreEntry", "expected a list [{\"person\": …, \"value\": …}, …], got %1")
                .arg(rules::js::describe(value)));
    const QJsonArray entries = value.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entryPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            return errorAt(entryPath,
                QCoreApplication::translate(
                    "PreEntry", "expected {\"person\": …, \"value\": …}, got %1")
                    .arg(rules::js::describe(entry)));
        const QJsonObject object = entry.toObject();
        if (Status keys = onlyKeys(object, entryPath, {kPerson, kValue}); !keys)
            return keys;
        if (!object.contains(kValue))
            return errorAt(joined(entryPath, kValue),
                QCoreApplication::translate("PreEntry", "missing: the answer for this person"));
        const Result<PersonRef> person
            = readPerson(joined(entryPath, kPerson), object.value(kPerson));
        if (!person)
            return person.error();
        if (Status v = checkValue(joined(entryPath, kValue), object.value(kValue), false); !v)
            return v;
    }
    return {};
}

// A value is a string, number, true/false, null, a person reference or a
// list of them; in the top-level answers also {"by_person": […]}.
Status checkValue(const QString& path, const QJsonValue& value, bool byPersonAllowed)
{
    if (looksLikeMyNumber(value))
        return errorAt(path,
            QCoreApplication::translate("PreEntry",
                "the value has the 12 digits of a 個人番号 (My Number); a pre-entry code must "
                "never carry one (a QR code is easily photographed): leave it out, the clerk "
                "asks for it at the counter"));
    if (value.isNull() || value.isBool() || value.isDouble() || value.isString())
        return {};
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!items.at(i).isObject() || !items.at(i).toObject().contains(kPerson))
                return errorAt(itemPath,
                    QCoreApplication::translate(
                        "PreEntry", "a list holds person references {\"person\": {…}} only, got %1")
                        .arg(rules::js::describe(items.at(i))));
            if (Status p = checkPersonReference(itemPath, items.at(i)); !p)
                return p;
        }
        return {};
    }
    const QJsonObject object = value.toObject();
    if (object.contains(kPerson))
        return checkPersonReference(path, value);
    if (byPersonAllowed && object.contains(kByPerson)) {
        if (Status keys = onlyKeys(object, path, {kByPerson}); !keys)
            return keys;
        return checkByPerson(joined(path, kByPerson), object.value(kByPerson));
    }
    return errorAt(path,
        byPersonAllowed
            ? QCoreApplication::translate("PreEntry",
                "expected a text, number, true/false, null, a person reference {\"person\": "
                "{…}}, a list of them or {\"by_person\": […]}, got %1")
                  .arg(rules::js::describe(value))
            : QCoreApplication::translate("PreEntry",
                "expected a text, number, true/false, null, a person reference {\"person\": "
                "{…}} or a list of them, got %1")
                  .arg(rules::js::describe(value)));
}

// {key: value} of the event's questions or of the ask_once keys.
Status checkAnswers(const QString& path, const QJsonValue& value, bool byPersonAllowed)
{
    if (!value.isObject())
        return errorAt(path,
            QCoreApplication::translate("PreEntry", "expected an object {key: answer}, got %1")
                .arg(rules::js::describe(value)));
    const QJsonObject answers = value.toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString keyPath = joined(path, it.key());
        if (isMyNumberKey(it.key()))
            return errorAt(keyPath,
                QCoreApplication::translate("PreEntry",
                    "a pre-entry code must never carry a 個人番号 (My Number): a QR code is "
                    "easily photographed. Leave it out; the clerk asks for it at the counter"));
        if (it.key().trimmed().isEmpty())
            return errorAt(path, QCoreApplication::translate("PreEntry", "an empty key"));
        if (Status v = checkValue(keyPath, it.value(), byPersonAllowed); !v)
            return v;
    }
    return {};
}

Result<QDateTime> readCreated(const QJsonValue& value)
{
    // An offset is required: a time without one means another moment on
    // every computer that reads it.
    static const QRegularExpression form(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$)"));
    const QDateTime created = value.isString() && form.match(value.toString()).hasMatch()
        ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
        : QDateTime();
    if (!created.isValid())
        return errorAt(QString(kCreated),
            QCoreApplication::translate("PreEntry",
                "expected a date and time with its offset, as 2026-11-20T09:00:00+09:00, got %1")
                .arg(rules::js::describe(value)));
    return created;
}

Result<int> readVersion(const QJsonObject& json)
{
    const QJsonValue version = json.value(kVersion);
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number != std::floor(number))
        return errorAt(QString(kVersion),
            QCoreApplication::translate("PreEntry", "expected a whole number from 1, got %1")
                .arg(rules::js::describe(version)));
    if (number > kFormatVersion)
        return errorAt(QString(kVersion),
            QCoreApplication::translate("PreEntry",
                "version %1 is newer than this desk reads (%2): update Madoguchi, or make the "
                "code in version %2")
                .arg(number)
                .arg(kFormatVersion));
    return int(number);
}

Status checkEvent(const QJsonValue& value, PreEntry& entry)
{
    const QString path(kEvent);
    if (!value.isObject())
        return errorAt(path,
            QCoreApplication::translate(
                "PreEntry", "expected {\"type\": …, \"date\": …, \"answers\": {…}}, got %1")
                .arg(rules::js::describe(value)));
    const QJsonObject event = value.toObject();
    if (Status keys = onlyKeys(event, path, {kType, kDate, kAnswers}); !keys)
        return keys;
    for (QLatin1String required : {kType, kDate})
        if (!event.contains(required))
            return errorAt(joined(path, required),
                QCoreApplication::translate("PreEntry",
                    "missing: every pre-entry names its "
                    "life event and the event's date"));
    const Result<QString> type = readText(joined(path, kType), event.value(kType));
    if (!type)
        return type.error();
    const Result<QDate> date = readDay(joined(path, kDate), event.value(kDate));
    if (!date)
        return date.error();
    entry.eventType = type.value();
    entry.eventDate = date.value();
    if (event.contains(kAnswers)) {
        if (Status a = checkAnswers(joined(path, kAnswers), event.value(kAnswers), false); !a)
            return a;
        entry.eventAnswers = event.value(kAnswers).toObject();
    }
    return {};
}

} // namespace

Result<PreEntry> readPreEntry(const QJsonObject& json)
{
    if (json.value(kFormat) != QJsonValue(QLatin1String(kFormatName)))
        return errorAt(QString(kFormat),
            QCoreApplication::translate("PreEntry", "expected \"%1\", got %2")
                .arg(QLatin1String(kFormatName), rules::js::describe(json.value(kFormat))));
    const Result<int> version = readVersion(json);
    if (!version)
        return version.error();
    if (Status keys
        = onlyKeys(json, QString(), {kFormat, kVersion, kCreated, kEvent, kAnswers, kApplicant});
        !keys)
        return Error{
            QCoreApplication::translate("PreEntry", "the top level: %1").arg(keys.error().message)};
    PreEntry entry;
    if (json.contains(kCreated)) {
        const Result<QDateTime> created = readCreated(json.value(kCreated));
        if (!created)
            return created.error();
        entry.created = created.value();
    }
    if (!json.contains(kEvent))
        return errorAt(
            QString(kEvent), QCoreApplication::translate("PreEntry", "missing: the life event"));
    if (Status event = checkEvent(json.value(kEvent), entry); !event)
        return event.error();
    if (json.contains(kAnswers)) {
        if (Status a = checkAnswers(QString(kAnswers), json.value(kAnswers), true); !a)
            return a.error();
        entry.answers = json.value(kAnswers).toObject();
    }
    if (json.contains(kApplicant)) {
        const Result<PersonRef> applicant = readPerson(QString(kApplicant), json.value(kApplicant));
        if (!applicant)
            return applicant.error();
        entry.applicant = applicant.value();
    }
    return entry;
}

QJsonObject preentryJson(const PreEntry& entry)
{
    QJsonObject event{{kType, entry.eventType},
        {kDate,
            entry.eventDate.isValid() ? QJsonValue(entry.eventDate.toString(Qt::ISODate))
                                      : QJsonValue()}};
    if (!entry.eventAnswers.isEmpty())
        event.insert(kAnswers, entry.eventAnswers);
    QJsonObject json{
        {kFormat, QLatin1String(kFormatName)}, {kVersion, kFormatVersion}, {kEvent, event}};
    if (entry.created.isValid())
        json.insert(kCreated, entry.created.toString(Qt::ISODate));
    if (!entry.answers.isEmpty())
        json.insert(kAnswers, entry.answers);
    if (entry.applicant)
        json.insert(kApplicant,
            QJsonObject{{kName, entry.applicant->name},
                {kBirthDate, entry.applicant->birthDate.toString(Qt::ISODate)}});
    return json;
}

std::optional<PersonRef> personReference(const QJsonValue& value)
{
    if (!value.isObject() || !value.toObject().contains(kPerson))
        return std::nullopt;
    const Result<PersonRef> person = readPerson(QString(), value.toObject().value(kPerson));
    if (!person)
        return std::nullopt;
    return person.value();
}

QString personText(const PersonRef& person)
{
    return QStringLiteral("%1 (%2)").arg(person.name, person.birthDate.toString(Qt::ISODate));
}

bool isMyNumberKey(const QString& key)
{
    QString folded = key.toLower();
    folded.remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    return folded.contains(QLatin1String("mynumber"))
        || folded.contains(QLatin1String("kojinbangou"))
        || folded.contains(QStringLiteral("個人番号"));
}

bool looksLikeMyNumber(const QJsonValue& value)
{
    if (value.isString()) {
        const Result<QString> digits = text::identifierDigits(value.toString());
        return digits && digits->size() == text::kMyNumberLength;
    }
    if (value.isDouble()) {
        const double n = value.toDouble();
        return n == std::floor(n) && n >= 1e11 && n < 1e12;
    }
    return false;
}

} // namespace madoguchi::preentry
