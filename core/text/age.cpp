#include "text/age.h"

namespace madoguchi::text {
namespace {

// The birthday in `year`; 1 March for a 29 February birth in a common year.
QDate birthdayIn(QDate birth, int year)
{
    if (birth.month() == 2 && birth.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, birth.month(), birth.day());
}

} // namespace

std::optional<int> ageOn(QDate birth, QDate on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return std::nullopt;
    const int years = on.year() - birth.year();
    return on < birthdayIn(birth, on.year()) ? years - 1 : years;
}

std::optional<int> ageOn(const JapaneseDate& birth, QDate on)
{
    const auto first = birth.earliest();
    const auto last = birth.latest();
    if (!first || !last)
        return std::nullopt;
    // Age falls as the birth moves later, so the two ends bound every case.
    const auto oldest = ageOn(*first, on);
    const auto youngest = ageOn(*last, on);
    if (!oldest || !youngest || *oldest != *youngest)
        return std::nullopt;
    return oldest;
}

QDate ageReachedOn(QDate birth, int years)
{
    if (!birth.isValid() || years < 0)
        return QDate();
    return birthdayIn(birth, birth.year() + years).addDays(-1);
}

int primarySchoolEntryYear(QDate birth)
{
    // A school year runs 1 April – 31 March; entry is the first one that
    // begins after the day one reaches 6.
    const QDate reached = ageReachedOn(birth, 6);
    return reached < QDate(reached.year(), 4, 1) ? reached.year() : reached.year() + 1;
}

} // namespace madoguchi::text
