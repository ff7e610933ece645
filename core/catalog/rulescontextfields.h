#pragma once

// The fields of the rules context's input form (docs/rules-context.md,
// resources/catalog/context-schema.json) and the check of one value: shared
// by the reader of a context and by the answers that change one.
#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace madoguchi::catalog {

enum class FieldKind {
    Date, // "YYYY-MM-DD", a valid day
    DateOrNull, // a date, or null when not known to the day
    Text, // any string, "" included
    NonEmptyText,
    Boolean,
    Sex, // ISO 5218: 0, 1, 2, 9
    Choice, // one of FieldSpec::choices
    PrefectureCode, // "01" … "47"
    MemberId, // a member id (letters, digits, _ and -)
    MemberIds, // an array of member ids
    Object, // any JSON object
    Members, // an array (its elements are checked as members)
};

struct FieldSpec {
    QString name;
    FieldKind kind;
    bool required;
    QStringList choices; // FieldKind::Choice only
};

// The input keys of each level, in the order the documentation lists them.
const QList<FieldSpec>& topLevelFields(); // today, event, household, answers
const QList<FieldSpec>& eventFields();
const QList<FieldSpec>& householdFields();
const QList<FieldSpec>& memberFields();

// The keys the engine derives (or the checklist adds) at each level, which
// an input form must not carry.
const QStringList& derivedTopLevelKeys(); // member, params
const QStringList& derivedHouseholdKeys();
const QStringList& derivedMemberKeys();

// The life events a context can describe: tennyu, tenshutsu, tenkyo,
// shussei, shibou, konin.
const QStringList& eventTypes();

const FieldSpec* findField(const QList<FieldSpec>& fields, const QString& name);

// Whether `value` fits `spec`: nothing when it does, else what was
// expected and what came ("expected a date YYYY-MM-DD, got \"1980-02-30\"").
std::optional<QString> checkValue(const FieldSpec& spec, const QJsonValue& value);

// The exact day an ISO string "YYYY-MM-DD" names; invalid otherwise.
QDate isoDay(const QJsonValue& value);

// The known key closest to a misspelt one (at most two edits away), for
// "did you mean …"; empty when none is that close.
QString closestKey(const QString& key, const QStringList& known);

} // namespace madoguchi::catalog
