#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// The smartphone pre-entry, format v1 (issue #10, docs/preentry.md): what
// a resident prepared at home for a life event, as the JSON inside a
// pre-entry code. A phone does not know the register's member ids, so a
// value that names a person is a person reference {"person": {"name",
// "birth_date"}} that the desk resolves (preentryresolution.h).
namespace madoguchi::preentry {

inline constexpr int kFormatVersion = 1;
inline constexpr char kFormatName[] = "madoguchi-preentry";

// A person as the resident names them: matched at the desk by folded name
// (kanji or kana) and birth date.
struct PersonRef {
    QString name;
    QDate birthDate;
    bool operator==(const PersonRef&) const = default;
};

struct PreEntry {
    // When the phone made it; invalid when the code does not say.
    QDateTime created;
    QString eventType; // tennyu, shussei …
    QDate eventDate;
    // Answers to the life event's questions, {question id: value}: a
    // string, number, true/false, null, a person reference or a list of them.
    QJsonObject eventAnswers;
    // Answers to ask_once keys, {key: value}; a key asked per member takes
    // {"by_person": [{"person": {…}, "value": …}, …]}.
    QJsonObject answers;
    // Who prepared it.
    std::optional<PersonRef> applicant;
};

// The pre-entry `json` is, checked against format v1: every field known
// and of its shape, a supported version, and no 個人番号 (noMyNumber()).
// The error names the field ("event.answers.mother.person.birth_date: …").
Result<PreEntry> readPreEntry(const QJsonObject& json);

// The JSON of format v1 (what a code holds, what `preentry decode` prints).
QJsonObject preentryJson(const PreEntry& entry);

// The person a value refers to, when it is a person reference.
std::optional<PersonRef> personReference(const QJsonValue& value);
// "高橋 結衣 (2026-11-18)", for messages.
QString personText(const PersonRef& person);

// Whether a key names a 個人番号: lower-cased and without "_", "-" and
// ".", it contains "mynumber" or "kojinbangou", or it contains 個人番号.
bool isMyNumberKey(const QString& key);
// Whether a value holds 12 digits, the length of a 個人番号: a string that
// is 12 digits once spaces and hyphens between them are dropped (full-width
// digits count), or a whole number of 12 digits.
bool looksLikeMyNumber(const QJsonValue& value);

} // namespace madoguchi::preentry
