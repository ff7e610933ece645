#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>

// Placeholders in catalog texts: "{member.name_kanji} is {member.age}"
// shows values of the rules context. "{path:n}" groups the digits of a
// number (50,000); "{{" and "}}" are literal braces. A value that is absent
// or null shows as nothing.
namespace madoguchi::catalog {

struct Placeholder {
    QString path;
    QString format; // "" or "n"
};

// The placeholders of `text`, or an Error for an unclosed brace, an empty
// or malformed path or an unknown format.
Result<QList<Placeholder>> placeholdersIn(const QString& text);

QString fillPlaceholders(const QString& text, const QJsonObject& data);
LocalizedText fillPlaceholders(const LocalizedText& text, const QJsonObject& data);

// The value at a dotted path, as `var` reads it (object keys, array
// indexes, "length"); undefined when a step is missing.
QJsonValue valueAtPath(const QJsonObject& data, const QString& path);

} // namespace madoguchi::catalog
