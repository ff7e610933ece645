#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QHash>
#include <QSet>
#include <QString>

// The paths of the rules context (resources/catalog/context-schema.json, the
// contract with the context builder): what a rule may read with `var`, a
// form field may `bind` and a text may show as a {placeholder}.
namespace madoguchi::catalog {

// What a rule or a field can see besides the fixed paths.
struct PathScope {
    // event.<id>: the questions of the life events in play.
    QHash<QString, FieldType> questions;
    // params.<id>
    QSet<QString> parameters;
    // answers.<key>: the ask_once keys of all forms asked once per household,
    // and those asked per member (readable only where `member` is).
    QSet<QString> answerKeys;
    QSet<QString> memberAnswerKeys;
    // evidence.<type>.<claim>: the certificate types and their claims.
    QHash<QString, QHash<QString, FieldType>> evidence;
    // False in a household procedure: there `member` is null.
    bool member = true;
    // True in a field's validation rule: `value` is the field's value.
    bool value = false;
};

struct PathInfo {
    // The schema's type: "date", "string", "integer", "boolean", "id", "ids",
    // "member", "members", "object" or "any".
    QString type;
};

class ContextSchema {
public:
    // Reads the schema; the built-in one is ":/catalog/context-schema.json".
    static Result<ContextSchema> load(const QString& fileName);
    static const ContextSchema& builtIn();

    // The path's type, or an Error saying why the path does not exist.
    Result<PathInfo> resolve(const QString& path, const PathScope& scope) const;
    const QHash<QString, QString>& types() const { return m_types; }

private:
    // path → type, and for "x.*" paths: x → source.
    QHash<QString, QString> m_types;
    QHash<QString, QString> m_wildcardSources;
};

// The schema type a field's value has: date for date and era-date, boolean
// for checkbox, integer for number, id / ids for member / members, else string.
QString fieldValueType(FieldType type);

} // namespace madoguchi::catalog
