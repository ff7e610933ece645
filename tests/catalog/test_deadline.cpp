// Counting deadlines (COUNTER-DOMAIN §2): the day of the event as day 1
// (戸籍法 §43) or not (民法 §140), the 児童手当 15-day rule, months and
// years, several limits and conditional ones.
#include "catalog/deadline.h"
#include "catalogtest.h"

using namespace madoguchi;
using namespace madoguchi::catalog;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

DeadlineLimit limit(int amount, DeadlineUnit unit, bool firstDayCounts,
    QStringList from = {QStringLiteral("event.date")})
{
    return DeadlineLimit{amount, unit, std::move(from), firstDayCounts, QJsonValue()};
}

QJsonObject data(const QJsonObject& event)
{
    return {{QStringLiteral("event"), event}, {QStringLiteral("params"), QJsonObject()}};
}

} // namespace

TEST(Deadline, TheExamplesOfTheCounterDomain)
{
    // 出生届: a birth on 11-10 is registered by 11-23 (14 days, the birth day is day 1).
    EXPECT_EQ(lastDay(d("2025-11-10"), limit(14, DeadlineUnit::Days, true)), d("2025-11-23"));
    // 死亡届: a death learned of on 11-20, by 11-26 (7 days).
    EXPECT_EQ(lastDay(d("2025-11-20"), limit(7, DeadlineUnit::Days, true)), d("2025-11-26"));
    // 転入届: moving in on 11-20 gives 14 days to 12-04 (the first day is not counted).
    EXPECT_EQ(lastDay(d("2025-11-20"), limit(14, DeadlineUnit::Days, false)), d("2025-12-04"));
    // 児童手当: a move-out planned for 11-15: day 1 = 11-16, the last day 11-30.
    EXPECT_EQ(lastDay(d("2025-11-15"), limit(15, DeadlineUnit::Days, false)), d("2025-11-30"));
}

TEST(Deadline, MonthsAndYearsEndTheDayBeforeTheCorrespondingDay)
{
    // 民法 §143: from 11-20 (not counted), day 1 is 11-21: 3 months end on 02-20.
    EXPECT_EQ(lastDay(d("2025-11-20"), limit(3, DeadlineUnit::Months, false)), d("2026-02-20"));
    // The birth day counted: 09-01 + 3 months ends on 11-30.
    EXPECT_EQ(lastDay(d("2025-09-01"), limit(3, DeadlineUnit::Months, true)), d("2025-11-30"));
    // No corresponding day (31 February): the last day of that month.
    EXPECT_EQ(lastDay(d("2025-01-30"), limit(1, DeadlineUnit::Months, false)), d("2025-02-28"));
    EXPECT_EQ(lastDay(d("2024-01-31"), limit(1, DeadlineUnit::Months, true)), d("2024-02-29"));
    // Years, across a leap day, and the year's turn.
    EXPECT_EQ(lastDay(d("2025-11-22"), limit(2, DeadlineUnit::Years, false)), d("2027-11-22"));
    EXPECT_EQ(lastDay(d("2024-02-28"), limit(1, DeadlineUnit::Years, false)), d("2025-02-28"));
    EXPECT_EQ(lastDay(d("2025-12-25"), limit(14, DeadlineUnit::Days, false)), d("2026-01-08"));
}

TEST(Deadline, TheFirstDateFieldThatIsSetCounts)
{
    Deadline deadline{{limit(7, DeadlineUnit::Days, true,
                          {QStringLiteral("event.learned_date"), QStringLiteral("event.date")})},
        {}};
    auto r = deadlineFor(deadline, data({{QStringLiteral("date"), QStringLiteral("2025-11-18")}}));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value(), d("2025-11-24"));
    r = deadlineFor(deadline,
        data({{QStringLiteral("date"), QStringLiteral("2025-11-18")},
            {QStringLiteral("learned_date"), QStringLiteral("2025-11-20")}}));
    EXPECT_EQ(r.value(), d("2025-11-26"));
    // Neither set: no deadline.
    r = deadlineFor(deadline, data({}));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), std::nullopt);
    // Set but not a date: an error naming the field.
    r = deadlineFor(
        deadline, data({{QStringLiteral("learned_date"), QStringLiteral("2025-02-30")}}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
        QStringLiteral(
            "the deadline counts from event.learned_date, which is not a date YYYY-MM-DD: "
            "\"2025-02-30\""));
}

TEST(Deadline, TheEarliestLimitThatCountsWins)
{
    // マイナンバーカード 継続利用: 14 days from moving in, and 30 days from the planned move-out.
    Deadline deadline{
        {limit(14, DeadlineUnit::Days, false),
            limit(30, DeadlineUnit::Days, false, {QStringLiteral("event.planned_move_out_date")})},
        {}};
    const auto late = deadlineFor(deadline,
        data({{QStringLiteral("date"), QStringLiteral("2025-11-20")},
            {QStringLiteral("planned_move_out_date"), QStringLiteral("2025-10-25")}}));
    EXPECT_EQ(late.value(), d("2025-11-24"));
    const auto early = deadlineFor(deadline,
        data({{QStringLiteral("date"), QStringLiteral("2025-11-20")},
            {QStringLiteral("planned_move_out_date"), QStringLiteral("2025-11-15")}}));
    EXPECT_EQ(early.value(), d("2025-12-04"));

    // A birth abroad: 3 months instead of 14 days.
    DeadlineLimit home = limit(14, DeadlineUnit::Days, true);
    home.when = QJsonObject{{QStringLiteral("!"),
        QJsonObject{{QStringLiteral("var"), QStringLiteral("event.born_abroad")}}}};
    DeadlineLimit abroad = limit(3, DeadlineUnit::Months, true);
    abroad.when = QJsonObject{{QStringLiteral("var"), QStringLiteral("event.born_abroad")}};
    const Deadline birth{{home, abroad}, {}};
    EXPECT_EQ(
        deadlineFor(birth, data({{QStringLiteral("date"), QStringLiteral("2025-09-01")}})).value(),
        d("2025-09-14"));
    EXPECT_EQ(deadlineFor(birth,
                  data({{QStringLiteral("date"), QStringLiteral("2025-09-01")},
                      {QStringLiteral("born_abroad"), true}}))
                  .value(),
        d("2025-11-30"));
}
