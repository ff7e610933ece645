#pragma once

#include "catalog/catalogcontextschema.h"
#include "catalog/catalogproblem.h"

#include <QJsonValue>

namespace madoguchi::catalog {

// Checks a JsonLogic rule of the catalog at `place`: its structure as
// rules::validate() sees it, then every literal `var` path against the
// rules context (paths inside map, filter, all, none, some and reduce
// bodies read the element and are not checked). Problems name the place
// inside the rule: "/applies_when/and/1/var: …".
void checkRule(const QJsonValue& rule, const Place& place, const ContextSchema& schema,
    const PathScope& scope, Problems& problems);

// Checks one path (a bind, a placeholder, a deadline's date field).
// Returns the path's type, or nothing after reporting the problem.
std::optional<PathInfo> checkPath(const QString& path, const Place& place,
    const ContextSchema& schema, const PathScope& scope, Problems& problems);

// Checks the {placeholders} of both languages of a text (at place/ja and
// place/en): well formed, and each a path of the rules context.
void checkText(const LocalizedText& text, const Place& place, const ContextSchema& schema,
    const PathScope& scope, Problems& problems);

} // namespace madoguchi::catalog
