#include "catalog/prefillvalues.h"

#include "catalog/rulescontextanswers.h"
#include "rules/jsonvalues.h"
#include "text/checkdigits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace madoguchi::catalog {

Result<QJsonValue> checkFieldAnswer(
    const FormField& field, const QJsonValue& value, const QStringList& memberIds)
{
    const QString got = rules::js::describe(value);
    switch (field.type) {
    case FieldType::Date:
    case FieldType::EraDate: {
        if (!value.isString())
            return Error{QCoreApplication::translate("Forms", "expected a date YYYY-MM-DD, got %1")
                             .arg(got)};
        const Result<QDate> day = parseExactDay(value.toString());
        if (!day)
            return day.error();
        return QJsonValue(day->toString(Qt::ISODate));
    }
    case FieldType::Checkbox:
        if (value.isBool())
            return value;
        return Error{
            QCoreApplication::translate("Forms", "expected true or false, got %1").arg(got)};
    case FieldType::Number:
        if (value.isDouble())
            return value;
        return Error{QCoreApplication::translate("Forms", "expected a number, got %1").arg(got)};
    case FieldType::Member:
        if (value.isString() && memberIds.contains(value.toString()))
            return value;
        return Error{
            QCoreApplication::translate("Forms", "expected the id of a member (%1), got %2")
                .arg(memberIds.join(QStringLiteral(", ")), got)};
    case FieldType::Members:
        if (value.isArray() && std::ranges::all_of(value.toArray(), [&](const QJsonValue& v) {
                return v.isString() && memberIds.contains(v.toString());
            }))
            return value;
        return Error{
            QCoreApplication::translate("Forms", "expected a list of member ids (%1), got %2")
                .arg(memberIds.join(QStringLiteral(", ")), got)};
    case FieldType::Select: {
        QStringList values;
        for (const SelectOption& o : field.options) {
            if (value.isString() && o.value == value.toString())
                return value;
            values.append(o.value);
        }
        return Error{QCoreApplication::translate("Forms", "expected one of %1, got %2")
                         .arg(values.join(QStringLiteral(", ")), got)};
    }
    case FieldType::MyNumber: {
        if (!value.isString())
            return Error{
                QCoreApplication::translate("Forms", "expected a My Number (12 digits), got %1")
                    .arg(got)};
        const Result<QString> digits = text::validateMyNumber(value.toString());
        if (!digits)
            return digits.error();
        return QJsonValue(digits.value());
    }
    case FieldType::Text:
    case FieldType::Kana:
    case FieldType::Address:
    case FieldType::Phone:
        break;
    }
    if (value.isString())
        return value;
    return Error{QCoreApplication::translate("Forms", "expected a string, got %1").arg(got)};
}

} // namespace madoguchi::catalog
