#include "catalog/rulescontextanswers.h"

#include "catalog/rulescontextfields.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace madoguchi::catalog {
namespace {

// The answer's value as JSON, when it reads as one JSON value.
std::optional<QJsonValue> asJson(const QString& raw)
{
    QJsonParseError error{};
    // QJsonDocument reads only an object or array: wrap, and take the one element.
    const QJsonDocument document = QJsonDocument::fromJson('[' + raw.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

QJsonValue jsonOrText(const QString& raw)
{
    return asJson(raw).value_or(QJsonValue(raw));
}

bool holdsText(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Date:
    case FieldKind::DateOrNull:
    case FieldKind::Text:
    case FieldKind::NonEmptyText:
    case FieldKind::Choice:
    case FieldKind::PrefectureCode:
    case FieldKind::MemberId:
        return true;
    default:
        return false;
    }
}

QStringList memberIds(const QJsonObject& input)
{
    QStringList ids;
    for (const QJsonValue& member :
        input[QLatin1String("household")][QLatin1String("members")].toArray())
        ids << member[QLatin1String("id")].toString();
    return ids;
}

// The value an answer gives a field of `spec`.
Result<QJsonValue> fieldValue(const FieldSpec& spec, const QString& raw, const QStringList& ids)
{
    const std::optional<QJsonValue> json = asJson(raw);
    QJsonValue value = json.value_or(QJsonValue(raw));
    if (holdsText(spec.kind) && !(json && (json->isString() || json->isNull())))
        value = raw; // 13 is the prefecture code "13", 1 the nenkin category "1"
    if (spec.kind == FieldKind::MemberIds && !json) {
        QStringList list = raw.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& id : list)
            id = id.trimmed();
        value = QJsonArray::fromStringList(list);
    }
    return checkFieldValue(spec, value, ids);
}

Result<QJsonValue> knownField(const QList<FieldSpec>& fields, const QStringList& extra,
    const QString& field, const QString& raw, const QStringList& ids)
{
    if (const FieldSpec* spec = findField(fields, field))
        return fieldValue(*spec, raw, ids);
    if (extra.contains(field))
        return jsonOrText(raw);
    QStringList known = extra;
    for (const FieldSpec& spec : fields)
        known << spec.name;
    if (const QString near = closestKey(field, known); !near.isEmpty())
        return Error{
            QCoreApplication::translate("Context", "unknown field \"%1\"; did you mean \"%2\"?")
                .arg(field, near)};
    return Error{QCoreApplication::translate("Context", "unknown field \"%1\"").arg(field)};
}

// Applies one answer to `input`; the error says why it cannot be.
Status applyAnswer(QJsonObject& input, const QString& answer, const ContextReadOptions& options)
{
    const qsizetype equals = answer.indexOf(QLatin1Char('='));
    const QString path = answer.left(std::max<qsizetype>(equals, 0)).trimmed();
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QStringList ids = memberIds(input);
    if (equals < 0 || dot <= 0 || dot == path.size() - 1)
        return Error{QCoreApplication::translate("Context",
            "expected PATH=VALUE where PATH is event.FIELD, answers.KEY or a member id and its "
            "field (%1.koumuin)")
                         .arg(ids.value(0, QStringLiteral("m1")))};
    const QString scope = path.left(dot);
    const QString field = path.mid(dot + 1);
    const QString raw = answer.mid(equals + 1);

    if (scope == QLatin1String("answers")) {
        if (field.contains(QLatin1Char('.')))
            return Error{QCoreApplication::translate(
                "Context", "an answers key is one key, without dots: \"%1\"")
                             .arg(field)};
        QJsonObject answers = input[QLatin1String("answers")].toObject();
        answers[field] = jsonOrText(raw);
        input[QLatin1String("answers")] = answers;
        return {};
    }
    if (scope == QLatin1String("event")) {
        if (field == QLatin1String("type") || field == QLatin1String("date"))
            return Error{QCoreApplication::translate(
                "Context", "event.%1 is the event itself and cannot be answered")
                             .arg(field)};
        Result<QJsonValue> value
            = knownField(eventFields(), options.eventQuestions, field, raw, ids);
        if (!value)
            return value.error();
        QJsonObject event = input[QLatin1String("event")].toObject();
        event[field] = value.value();
        input[QLatin1String("event")] = event;
        return {};
    }
    const qsizetype index = ids.indexOf(scope);
    if (index < 0)
        return Error{QCoreApplication::translate("Context", "no member %1 (members: %2)")
                         .arg(scope, ids.join(QStringLiteral(", ")))};
    // Evidence comes from a verified certificate only, never from an answer.
    if (field == QLatin1String("id") || field == QLatin1String("atena_no")
        || field == QLatin1String("evidence") || derivedMemberKeys().contains(field))
        return Error{QCoreApplication::translate("Context", "%1 cannot be answered").arg(field)};
    Result<QJsonValue> value = knownField(memberFields(), {}, field, raw, ids);
    if (!value)
        return value.error();
    QJsonObject household = input[QLatin1String("household")].toObject();
    QJsonArray members = household[QLatin1String("members")].toArray();
    QJsonObject member = members.at(index).toObject();
    member[field] = value.value();
    members[index] = member;
    household[QLatin1String("members")] = members;
    input[QLatin1String("household")] = household;
    return {};
}

} // namespace

Status applyAnswers(
    QJsonObject& input, const QStringList& answers, const ContextReadOptions& options)
{
    QJsonObject changed = input;
    QStringList problems;
    for (const QString& answer : answers) {
        if (const Status applied = applyAnswer(changed, answer, options); !applied)
            problems << QCoreApplication::translate("Context", "answer \"%1\": %2")
                            .arg(answer, applied.error().message);
    }
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    input = changed;
    return {};
}

Result<QDate> parseExactDay(const QString& text)
{
    if (const QDate day = isoDay(QJsonValue(text)); day.isValid())
        return day;
    const Result<text::JapaneseDate> date = text::parseJapaneseDate(text);
    if (!date)
        return Error{QCoreApplication::translate(
            "Context", "expected a date (YYYY-MM-DD or 和暦 such as R8.11.15): %1")
                         .arg(date.error().message)};
    if (!date->isExact())
        return Error{
            QCoreApplication::translate("Context", "expected an exact day, got \"%1\" (%2)")
                .arg(text, text::precisionDescription(date->precision()))};
    return *date->exactDate();
}

Result<QJsonValue> checkFieldValue(const FieldSpec& spec, QJsonValue value, const QStringList& ids)
{
    if ((spec.kind == FieldKind::Date || spec.kind == FieldKind::DateOrNull) && value.isString()) {
        const Result<QDate> day = parseExactDay(value.toString());
        if (!day)
            return day.error();
        value = day->toString(Qt::ISODate);
    }
    if (const auto wrong = checkValue(spec, value))
        return Error{*wrong};
    if (spec.kind == FieldKind::MemberId || spec.kind == FieldKind::MemberIds) {
        const QJsonArray named = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue& id : named)
            if (!ids.contains(id.toString()))
                return Error{QCoreApplication::translate("Context", "no member %1 (members: %2)")
                                 .arg(id.toString(), ids.join(QStringLiteral(", ")))};
    }
    return value;
}

} // namespace madoguchi::catalog
