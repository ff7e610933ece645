#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QJsonObject>
#include <optional>

// Counting deadlines (民法 §140–143, 戸籍法 §43; docs/catalog.md):
//  - first_day_counts (戸籍法 届出): the day of the event is day 1, so a birth
//    on 11-10 with 14 days ends on 11-23;
//  - otherwise (住民基本台帳法 and most others, and the 児童手当 15-day rule
//    "from the day after"): day 1 is the next day, so moving in on 11-20
//    with 14 days ends on 12-04, a move-out planned for 11-15 with 15 days
//    on 11-30.
// Months and years end on the day before the day that corresponds to day 1,
// or on the last day of the month when there is no such day (民法 §143).
// Holidays do not move the date.
namespace madoguchi::catalog {

QDate lastDay(QDate from, const DeadlineLimit& limit);

// The earliest last day of the deadline's limits that count in `data` (the
// rules context: `when` truthy or absent) and whose date field is set;
// nullopt when there is none. Fails when a field holds something that is
// not a date, or a `when` cannot be evaluated.
Result<std::optional<QDate>> deadlineFor(const Deadline& deadline, const QJsonObject& data);

} // namespace madoguchi::catalog
