#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/catalogproblem.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

// Reading the objects of a catalog file with every check the format asks
// for: known keys only, the right types, required keys present. Each
// problem is recorded with its place and reading goes on, so one load
// reports everything.
namespace madoguchi::catalog {

enum class Need { Required, Optional };

// What an identifier may look like: procedure ids have dotted parts
// ("kokuho.kanyu"), the others are one word because they end a rules path
// (event.<question>, answers.<ask_once>, params.<id>).
// Case names may also have hyphens ("shibou-head-two-remain").
enum class IdKind { Dotted, Word, Name };

class ObjectReader {
public:
    // `kind` names the allowed keys in catalogObjectKeys(). A value that is
    // not an object is reported and reads as empty.
    ObjectReader(const QJsonValue& value, Place place, const QString& kind, Problems& problems);

    bool isObject() const { return m_isObject; }
    const Place& place() const { return m_place; }
    Place at(const QString& key) const { return m_place / key; }
    bool has(const QString& key) const { return m_object.contains(key); }
    QJsonValue value(const QString& key) const { return m_object.value(key); }
    Problems& problems() const { return m_problems; }

    std::optional<QString> string(const QString& key, Need need);
    std::optional<QString> id(const QString& key, IdKind kind, Need need);
    std::optional<QString> oneOf(const QString& key, const QStringList& values, Need need);
    std::optional<int> integer(const QString& key, int min, Need need);
    std::optional<bool> boolean(const QString& key, Need need);
    std::optional<QDate> date(const QString& key, Need need);
    std::optional<LocalizedText> text(const QString& key, Need need);
    // An array (empty when absent or not an array, which is reported).
    QJsonArray array(const QString& key, Need need);

    // Reports a required key that is absent; true when present.
    bool require(const QString& key, Need need);

private:
    QJsonObject m_object;
    Place m_place;
    Problems& m_problems;
    bool m_isObject = false;
};

// {"ja": …, "en": …}, both non-empty.
std::optional<LocalizedText> readText(
    const QJsonValue& value, const Place& place, Problems& problems);
bool isValidId(const QString& id, IdKind kind);
// A JSON type in messages: "a string", "a number", "an object" …
QString describeType(const QJsonValue& value);

// Reads `relativePath` under `dir` as a JSON object; reports a file that
// cannot be read, is not JSON (with line and column) or is not an object.
std::optional<QJsonObject> readJsonObjectFile(
    const QDir& dir, const QString& relativePath, Problems& problems);

} // namespace madoguchi::catalog
