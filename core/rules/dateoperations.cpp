// Madoguchi's date operations on ISO dates "YYYY-MM-DD" (docs/rules.md):
// age_on, add_days, days_between and the comparisons date<, date<=, date>,
// date>=. An operand that is not a valid date fails with its place in the
// rule; none of them turns a bad date into null.
#include "rules/jsonvalues.h"
#include "rules/operations.h"
#include "text/age.h"

#include <QCoreApplication>
#include <QDate>
#include <cmath>
#include <optional>

namespace madoguchi::rules::detail {
namespace {

// The span of the years 1–9999: the most add_days can move a date.
constexpr double kMaxDays = 3'652'059;

std::optional<QDate> isoDate(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    // The number in text[from, from + count), or -1 if a character is no digit.
    const auto number = [&text](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    if (!date.isValid() || date.year() < 1)
        return std::nullopt;
    return date;
}

QString notADate(const QJsonValue& value, const Path& place)
{
    return QCoreApplication::translate("JsonLogic", "%1: expected a date YYYY-MM-DD, got %2")
        .arg(place.toString(), js::describe(value));
}

// Every argument is a date.
QString checkDates(const QJsonValue& value, qsizetype, const Path& place)
{
    return isoDate(value) ? QString() : notADate(value, place);
}

// add_days: a date, then a whole number of days.
QString checkDateAndDays(const QJsonValue& value, qsizetype i, const Path& place)
{
    if (i == 0)
        return checkDates(value, i, place);
    const double days = value.isDouble() ? value.toDouble() : NAN;
    if (std::isfinite(days) && std::trunc(days) == days && std::abs(days) <= kMaxDays)
        return {};
    return QCoreApplication::translate("JsonLogic", "%1: expected a whole number of days, got %2")
        .arg(place.toString(), js::describe(value));
}

QDate dateAt(std::span<const QJsonValue> args, size_t i)
{
    return *isoDate(args[i]); // checked before the call
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Completed years on the second date (text/age.h: a 29 February birthday
// counts from 1 March in common years).
bool ageOn(const Call& call, std::span<const QJsonValue> args, QJsonValue& out)
{
    const QDate birth = dateAt(args, 0);
    const QDate on = dateAt(args, 1);
    const auto age = text::ageOn(birth, on);
    if (!age) {
        return call.fail(
            QCoreApplication::translate("JsonLogic", "%1: the day %2 is before the birth date %3")
                .arg(call.path.toString(), iso(on), iso(birth)));
    }
    out = *age;
    return true;
}

bool addDays(const Call& call, std::span<const QJsonValue> args, QJsonValue& out)
{
    const QDate from = dateAt(args, 0);
    const qint64 days = qint64(args[1].toDouble());
    const QDate to = from.addDays(days);
    if (!to.isValid() || to.year() < 1 || to.year() > 9999) {
        return call.fail(QCoreApplication::translate(
            "JsonLogic", "%1: add_days(%2, %3) is outside the years 1 to 9999")
                             .arg(call.path.toString(), iso(from), QString::number(days)));
    }
    out = iso(to);
    return true;
}

// The second date minus the first, in days.
bool daysBetween(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    out = double(dateAt(args, 0).daysTo(dateAt(args, 1)));
    return true;
}

bool before(QDate a, QDate b)
{
    return a < b;
}
bool beforeOrSame(QDate a, QDate b)
{
    return a <= b;
}
bool after(QDate a, QDate b)
{
    return a > b;
}
bool afterOrSame(QDate a, QDate b)
{
    return a >= b;
}

// a OP b, or with a third date a OP b OP c (date< and date<= only).
template <bool (*Compare)(QDate, QDate)>
bool compareDates(const Call&, std::span<const QJsonValue> args, QJsonValue& out)
{
    bool result = Compare(dateAt(args, 0), dateAt(args, 1));
    if (args.size() > 2)
        result = result && Compare(dateAt(args, 1), dateAt(args, 2));
    out = result;
    return true;
}

Operation dateOperation(EagerFunction f, int min, int max, ArgumentCheck check = checkDates)
{
    return Operation{.eager = f,
        .minArguments = min,
        .maxArguments = max,
        .evaluationMinimum = min,
        .strictArity = true,
        .check = check};
}

} // namespace

void addDateOperations(OperationTable& table)
{
    table.insert(QStringLiteral("age_on"), dateOperation(ageOn, 2, 2));
    table.insert(QStringLiteral("add_days"), dateOperation(addDays, 2, 2, checkDateAndDays));
    table.insert(QStringLiteral("days_between"), dateOperation(daysBetween, 2, 2));
    table.insert(QStringLiteral("date<"), dateOperation(compareDates<before>, 2, 3));
    table.insert(QStringLiteral("date<="), dateOperation(compareDates<beforeOrSame>, 2, 3));
    table.insert(QStringLiteral("date>"), dateOperation(compareDates<after>, 2, 2));
    table.insert(QStringLiteral("date>="), dateOperation(compareDates<afterOrSame>, 2, 2));
}

} // namespace madoguchi::rules::detail
