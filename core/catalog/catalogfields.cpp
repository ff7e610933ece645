#include "catalog/catalogfields.h"

#include "catalog/catalogfiles.h"
#include "catalog/catalogrules.h"

#include <QCoreApplication>
#include <QSet>

namespace madoguchi::catalog {
namespace {

const QList<std::pair<FieldType, QString>>& typeNames()
{
    static const QList<std::pair<FieldType, QString>> names{
        {FieldType::Text, QStringLiteral("text")},
        {FieldType::Kana, QStringLiteral("kana")},
        {FieldType::Date, QStringLiteral("date")},
        {FieldType::EraDate, QStringLiteral("era-date")},
        {FieldType::Select, QStringLiteral("select")},
        {FieldType::Checkbox, QStringLiteral("checkbox")},
        {FieldType::Number, QStringLiteral("number")},
        {FieldType::Address, QStringLiteral("address")},
        {FieldType::Phone, QStringLiteral("phone")},
        {FieldType::MyNumber, QStringLiteral("my-number")},
        {FieldType::Member, QStringLiteral("member")},
        {FieldType::Members, QStringLiteral("members")},
    };
    return names;
}

QList<SelectOption> readOptions(ObjectReader& r, Problems& problems)
{
    QList<SelectOption> options;
    QSet<QString> seen;
    const QJsonArray array = r.array(QStringLiteral("options"), Need::Required);
    if (r.has(QStringLiteral("options")) && array.isEmpty())
        problems.add(r.at(QStringLiteral("options")),
            QCoreApplication::translate("Catalog", "a select field needs at least one option"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Place place = r.at(QStringLiteral("options")) / i;
        ObjectReader o(array.at(i), place, QStringLiteral("option"), problems);
        const auto value = o.string(QStringLiteral("value"), Need::Required);
        const auto labels = o.text(QStringLiteral("labels"), Need::Required);
        if (value && seen.contains(*value))
            problems.add(place / QStringLiteral("value"),
                QCoreApplication::translate("Catalog", "duplicate option value \"%1\"")
                    .arg(*value));
        if (value && labels) {
            seen.insert(*value);
            options.append({*value, *labels});
        }
    }
    return options;
}

// Always a field, so indexes keep matching the file; a field with problems
// is partly empty and the catalog is refused anyway.
FormField readField(
    const QJsonValue& value, const Place& place, FieldOwner owner, Problems& problems)
{
    ObjectReader r(value, place,
        owner == FieldOwner::Form ? QStringLiteral("field") : QStringLiteral("question"), problems);
    FormField f;
    if (!r.isObject())
        return f;
    f.id = r.id(QStringLiteral("id"), IdKind::Word, Need::Required).value_or(QString());
    f.labels = r.text(QStringLiteral("labels"), Need::Required).value_or(LocalizedText{});
    QStringList allowed;
    for (const auto& [type, name] : typeNames())
        if (owner == FieldOwner::Event || (type != FieldType::Member && type != FieldType::Members))
            allowed.append(name);
    if (const auto type = r.oneOf(QStringLiteral("type"), allowed, Need::Required))
        for (const auto& [t, name] : typeNames())
            if (name == *type)
                f.type = t;
    f.required = r.boolean(QStringLiteral("required"), Need::Optional).value_or(false);
    if (owner == FieldOwner::Form) {
        f.bind = r.string(QStringLiteral("bind"), Need::Optional).value_or(QString());
        f.perMember = r.boolean(QStringLiteral("per_member"), Need::Optional).value_or(false);
        f.askOnce
            = r.id(QStringLiteral("ask_once"), IdKind::Word, Need::Optional).value_or(QString());
    }
    if (f.type == FieldType::Select)
        f.options = readOptions(r, problems);
    else if (r.has(QStringLiteral("options")))
        problems.add(r.at(QStringLiteral("options")),
            QCoreApplication::translate("Catalog", "only a select field has options"));
    f.validation = readRule(r, QStringLiteral("validation"));
    f.visibleWhen = readRule(r, QStringLiteral("visible_when"));
    const Need needMessage = r.has(QStringLiteral("validation")) ? Need::Required : Need::Optional;
    f.validationMessage
        = r.text(QStringLiteral("validation_message"), needMessage).value_or(LocalizedText{});
    if (!r.has(QStringLiteral("validation")) && r.has(QStringLiteral("validation_message")))
        problems.add(r.at(QStringLiteral("validation_message")),
            QCoreApplication::translate(
                "Catalog", "a validation_message without a validation rule"));
    return f;
}

} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto& [t, name] : typeNames())
        if (t == type)
            return name;
    return QString();
}

QJsonValue readRule(ObjectReader& reader, const QString& key)
{
    if (!reader.has(key))
        return QJsonValue();
    const QJsonValue rule = reader.value(key);
    if (rule.isNull())
        reader.problems().add(reader.at(key),
            QCoreApplication::translate("Catalog", "a rule cannot be null (leave the key out)"));
    return rule;
}

QList<FormField> readFields(
    const QJsonArray& array, const Place& place, FieldOwner owner, Problems& problems)
{
    QList<FormField> fields;
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        fields.append(readField(array.at(i), place / i, owner, problems));
        ids.append(fields.constLast().id);
    }
    reportDuplicateIds(ids, place, problems);
    return fields;
}

void checkFields(const QList<FormField>& fields, const Place& place, const ContextSchema& schema,
    const PathScope& scope, Problems& problems)
{
    PathScope withValue = scope;
    withValue.value = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FormField& f = fields.at(i);
        const Place at = place / i;
        if (!f.bind.isEmpty())
            checkPath(f.bind, at / QStringLiteral("bind"), schema, scope, problems);
        if (!f.validation.isNull())
            checkRule(f.validation, at / QStringLiteral("validation"), schema, withValue, problems);
        if (!f.visibleWhen.isNull())
            checkRule(f.visibleWhen, at / QStringLiteral("visible_when"), schema, scope, problems);
        if (!f.validationMessage.isEmpty())
            checkText(f.validationMessage, at / QStringLiteral("validation_message"), schema,
                withValue, problems);
    }
}

} // namespace madoguchi::catalog
