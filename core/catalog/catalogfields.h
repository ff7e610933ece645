#pragma once

#include "catalog/catalogcontextschema.h"
#include "catalog/catalogmodel.h"
#include "catalog/catalogreader.h"

// Form fields and event questions: their shape. Paths and rules are checked
// later against the whole catalog (catalogcrosscheck.h).
namespace madoguchi::catalog {

enum class FieldOwner { Form, Event };

// Reads an array of fields (form fields or event questions), reporting
// duplicate ids. Every element gives a field (partly empty after a
// problem), so field i is at place/i.
QList<FormField> readFields(
    const QJsonArray& array, const Place& place, FieldOwner owner, Problems& problems);

// Checks the fields read from place/0, place/1 …: bind paths, validation
// (which also sees `value`) and visible_when rules, and the placeholders of
// validation messages.
void checkFields(const QList<FormField>& fields, const Place& place, const ContextSchema& schema,
    const PathScope& scope, Problems& problems);

// A rule value: reported when null (leave the key out instead). The
// structure is checked later; absent reads as null.
QJsonValue readRule(ObjectReader& reader, const QString& key);

QString fieldTypeName(FieldType type);

} // namespace madoguchi::catalog
