// 和暦 dates as values: formatting, partial-date accessors, the storage
// string and age. Parsing tables are in test_dates.cpp.
#include "datetestsupport.h"
#include "text/age.h"
#include "text/dateformat.h"

#include <QStringList>
#include <algorithm>

using namespace madoguchi::text;
using madoguchi::text::datetest::parsed;
using madoguchi::text::datetest::str;

namespace {

// --- Formatting. -----------------------------------------------------------

struct Formats {
    const char16_t* input;
    const char16_t* longMarked;
    const char16_t* shortForm;
    const char16_t* eraCode; // empty: none
    const char16_t* iso; // empty: none
    const char16_t* western;
};

const Formats kFormats[] = {
    {u"S50.4.1", u"昭和50年4月1日", u"S50.04.01", u"3500401", u"1975-04-01", u"1975年4月1日"},
    {u"R1.5.1", u"令和元年5月1日", u"R01.05.01", u"5010501", u"2019-05-01", u"2019年5月1日"},
    {u"明治45年7月30日", u"明治45年7月30日", u"M45.07.30", u"1450730", u"1912-07-30",
        u"1912年7月30日"},
    {u"大正元年7月30日", u"大正元年7月30日", u"T01.07.30", u"2010730", u"1912-07-30",
        u"1912年7月30日"},
    {u"昭和40年頃", u"昭和40年頃", u"S40頃", u"", u"", u"1965年頃"},
    {u"昭和40年", u"昭和40年月日不詳", u"S40", u"", u"", u"1965年"},
    {u"昭和40年4月", u"昭和40年4月日不詳", u"S40.04", u"", u"", u"1965年4月"},
    {u"昭和40年4月中旬", u"昭和40年4月中旬", u"S40.04中旬", u"", u"", u"1965年4月中旬"},
    {u"不詳", u"年月日不詳", u"不詳", u"", u"", u"年月日不詳"},
};

TEST(DateFormat, AllForms)
{
    for (const Formats& f : kFormats) {
        SCOPED_TRACE(QString::fromUtf16(f.input).toStdString());
        const JapaneseDate d = parsed(f.input);
        EXPECT_EQ(formatWareki(d, UnknownParts::Mark), str(f.longMarked));
        EXPECT_EQ(formatWarekiShort(d), str(f.shortForm));
        EXPECT_EQ(formatEraCode(d).value_or(QString()), str(f.eraCode));
        EXPECT_EQ(formatIso(d).value_or(QString()), str(f.iso));
        EXPECT_EQ(formatWestern(d), str(f.western));
    }
}

TEST(DateFormat, WesternMarksUnknownParts)
{
    EXPECT_EQ(formatWestern(parsed(u"1965-04"), UnknownParts::Mark), str(u"1965年4月日不詳"));
}

// --- The value itself. -----------------------------------------------------

TEST(JapaneseDate, DefaultIsUnknownNotAFakeDay)
{
    const JapaneseDate d;
    EXPECT_TRUE(d.isUnknown());
    EXPECT_FALSE(d.exactDate().has_value());
    EXPECT_FALSE(d.year().has_value());
    EXPECT_FALSE(d.earliest().has_value());
    EXPECT_FALSE(d.displayEra().has_value());
    EXPECT_EQ(d, JapaneseDate::unknown());
}

TEST(JapaneseDate, PartsOfPartialDates)
{
    const JapaneseDate month = parsed(u"昭和40年4月");
    EXPECT_EQ(month.year(), 1965);
    EXPECT_EQ(month.month(), 4);
    EXPECT_FALSE(month.day().has_value());
    EXPECT_FALSE(month.exactDate().has_value());
    EXPECT_EQ(parsed(u"昭和50年4月1日").exactDate(), QDate(1975, 4, 1));
    EXPECT_EQ(parsed(u"昭和40年頃").year(), 1965);
}

struct Bounds {
    const char16_t* input;
    QDate earliest, latest; // null: none
};

TEST(JapaneseDate, EarliestAndLatestClipToTheWrittenEra)
{
    const Bounds table[] = {
        {u"昭和64年", QDate(1989, 1, 1), QDate(1989, 1, 7)},
        {u"平成元年", QDate(1989, 1, 8), QDate(1989, 12, 31)},
        {u"1989", QDate(1989, 1, 1), QDate(1989, 12, 31)},
        {u"昭和64年1月上旬", QDate(1989, 1, 1), QDate(1989, 1, 7)},
        {u"令和2年2月下旬", QDate(2020, 2, 21), QDate(2020, 2, 29)},
        {u"昭和40年4月", QDate(1965, 4, 1), QDate(1965, 4, 30)},
        {u"昭和50年4月1日", QDate(1975, 4, 1), QDate(1975, 4, 1)},
        {u"昭和40年頃", QDate(), QDate()},
        {u"不詳", QDate(), QDate()},
    };
    for (const Bounds& b : table) {
        SCOPED_TRACE(QString::fromUtf16(b.input).toStdString());
        const JapaneseDate d = parsed(b.input);
        EXPECT_EQ(d.earliest().value_or(QDate()), b.earliest);
        EXPECT_EQ(d.latest().value_or(QDate()), b.latest);
    }
}

TEST(JapaneseDate, OverlapDayIsOneDayUnderTwoNames)
{
    const JapaneseDate meiji = parsed(u"明治45年7月30日");
    const JapaneseDate taisho = parsed(u"大正元年7月30日");
    EXPECT_NE(meiji, taisho); // the older name is remembered
    EXPECT_EQ(meiji.exactDate(), taisho.exactDate());
    EXPECT_EQ(meiji.writtenEra(), Era::Meiji);
    EXPECT_EQ(meiji.displayEra(), Era::Meiji);
    EXPECT_FALSE(taisho.writtenEra().has_value()); // the newer name is the usual one
    EXPECT_EQ(taisho.displayEra(), Era::Taisho);
    EXPECT_EQ(taisho, parsed(u"1912-07-30"));
    EXPECT_EQ(parsed(u"大正15年12月25日").writtenEra(), Era::Taisho);
    EXPECT_EQ(parsed(u"昭和元年12月25日"), parsed(u"1926-12-25"));
    EXPECT_FALSE(parsed(u"S50.4.1").writtenEra().has_value()); // nothing to remember
}

TEST(JapaneseDate, FromDate)
{
    EXPECT_EQ(JapaneseDate::fromDate(QDate(1975, 4, 1))->toStorageString(), str(u"1975-04-01"));
    EXPECT_FALSE(JapaneseDate::fromDate(QDate()).ok());
    EXPECT_FALSE(JapaneseDate::fromDate(QDate(1872, 12, 31)).ok());
    EXPECT_FALSE(JapaneseDate::fromDate(QDate(10000, 1, 1)).ok());
    EXPECT_FALSE(JapaneseDate::fromDate(QDate(3000, 1, 1)).ok());
    EXPECT_TRUE(JapaneseDate::fromDate(QDate(2999, 12, 31)).ok());
}

TEST(JapaneseDate, FromPartsValidatesLikeTheParser)
{
    EXPECT_FALSE(JapaneseDate::fromParts({DatePrecision::Day, Era::Heisei, 31, 5, 1}).ok());
    EXPECT_FALSE(JapaneseDate::fromParts({DatePrecision::Month, std::nullopt, 2020, 13, 0}).ok());
    EXPECT_FALSE(JapaneseDate::fromParts({DatePrecision::Year, Era::Reiwa, -5, 0, 0}).ok());
    EXPECT_FALSE(JapaneseDate::fromParts({DatePrecision::Year, Era::Reiwa, 2147483647, 0, 0}).ok());
    EXPECT_FALSE(
        JapaneseDate::fromParts({DatePrecision::Day, std::nullopt, -2147483647, 1, 1}).ok());
    EXPECT_TRUE(JapaneseDate::fromParts({DatePrecision::Unknown, std::nullopt, 0, 0, 0}).ok());
}

// --- Storage strings that are not ours. ------------------------------------

TEST(DateStorage, RejectsAnythingButTheCanonicalForm)
{
    const char16_t* bad[] = {
        u"", u" 1975-04-01", u"1975-04-01 ", u"1975-4-1", u"19750401", u"abcd", u"XXXX",
        u"xxxx-xx-xx", u"XXXX-XX-XX@S",
        u"1975-04-01@S", // the era adds nothing to this day
        u"1989@X", u"1989@s", u"1872", u"1965-13", u"1965-04-31", u"1965-04-00",
        u"1965-04-01/1965-04-11", u"1965-04-02/1965-04-10", u"1965-04-21/1965-04-31",
        u"1965-04-21/1965-05-01", u"1965~~", u"1965-04~", u"S50.4.1", u"10000",
        u"1912-07-30@H", // 平成 was not in force then
        u"1912-07-30@T", // 大正 is how that day is shown anyway
        u"1965@S", // 1965 is 昭和 only
    };
    for (const char16_t* s : bad) {
        SCOPED_TRACE(QString::fromUtf16(s).toStdString());
        EXPECT_FALSE(JapaneseDate::fromStorageString(str(s)).ok());
    }
}

TEST(DateStorage, PlainStringOrderIsByYearThenMonthThenFirstDay)
{
    QStringList stored;
    for (const char16_t* in : {u"不詳", u"平成元年", u"昭和64年", u"S40頃", u"S40.4.15",
             u"S40.4中旬", u"S40.4", u"S40", u"S39.12.31", u"S41.1.1", u"S40.5上旬", u"1989-01-07"})
        stored << parsed(in).toStorageString();
    std::sort(stored.begin(), stored.end());
    const QStringList expected{str(u"1964-12-31"), str(u"1965"), str(u"1965-04"),
        str(u"1965-04-11/1965-04-20"), str(u"1965-04-15"), str(u"1965-05-01/1965-05-10"),
        str(u"1965~"), str(u"1966-01-01"), str(u"1989-01-07"), str(u"1989@H"), str(u"1989@S"),
        str(u"XXXX-XX-XX")};
    EXPECT_EQ(stored, expected);
}

// --- Age. ------------------------------------------------------------------

struct AgeCase {
    QDate birth, on;
    int age; // -1: none
};

TEST(Age, CompletedYears)
{
    const AgeCase table[] = {
        {QDate(2000, 4, 1), QDate(2024, 3, 31), 23},
        {QDate(2000, 4, 1), QDate(2024, 4, 1), 24},
        {QDate(2000, 4, 1), QDate(2000, 4, 1), 0},
        {QDate(2000, 2, 29), QDate(2021, 2, 28), 20},
        {QDate(2000, 2, 29), QDate(2021, 3, 1), 21},
        {QDate(2000, 2, 29), QDate(2024, 2, 28), 23},
        {QDate(2000, 2, 29), QDate(2024, 2, 29), 24},
        {QDate(1975, 12, 31), QDate(2024, 12, 30), 48},
        {QDate(2000, 4, 1), QDate(2000, 3, 31), -1}, // not born yet
        {QDate(), QDate(2024, 1, 1), -1},
        {QDate(2000, 1, 1), QDate(), -1},
    };
    for (const AgeCase& c : table) {
        SCOPED_TRACE(c.birth.toString(Qt::ISODate).toStdString() + " on "
            + c.on.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(ageOn(c.birth, c.on).value_or(-1), c.age);
    }
}

TEST(Age, PartialBirthDatesGiveAnAgeOnlyWhenItIsCertain)
{
    EXPECT_EQ(ageOn(parsed(u"昭和40年4月上旬"), QDate(2024, 5, 1)), 59);
    EXPECT_FALSE(ageOn(parsed(u"昭和40年4月上旬"), QDate(2024, 4, 5)).has_value());
    EXPECT_FALSE(ageOn(parsed(u"昭和40年"), QDate(2024, 6, 1)).has_value());
    EXPECT_EQ(ageOn(parsed(u"昭和40年"), QDate(2025, 12, 31)), 60); // 1965-01-01 … 12-31 all 60
    EXPECT_FALSE(ageOn(parsed(u"昭和40年"), QDate(2026, 1, 1)).has_value());
    EXPECT_EQ(ageOn(parsed(u"昭和50年4月1日"), QDate(2025, 4, 1)), 50);
    EXPECT_FALSE(ageOn(parsed(u"昭和40年頃"), QDate(2030, 1, 1)).has_value());
    EXPECT_FALSE(ageOn(JapaneseDate(), QDate(2030, 1, 1)).has_value());
}

TEST(Age, LawReachesTheAgeTheDayBeforeTheBirthday)
{
    EXPECT_EQ(ageReachedOn(QDate(2018, 4, 1), 6), QDate(2024, 3, 31));
    EXPECT_EQ(ageReachedOn(QDate(2018, 4, 2), 6), QDate(2024, 4, 1));
    EXPECT_EQ(ageReachedOn(QDate(2000, 2, 29), 1), QDate(2001, 2, 28));
    EXPECT_EQ(ageReachedOn(QDate(2000, 2, 29), 4), QDate(2004, 2, 28));
    EXPECT_FALSE(ageReachedOn(QDate(2000, 1, 1), -1).isValid());
    EXPECT_FALSE(ageReachedOn(QDate(), 6).isValid());
}

TEST(Age, SchoolEntryCutsBetweenFirstAndSecondOfApril)
{
    EXPECT_EQ(primarySchoolEntryYear(QDate(2018, 4, 1)), 2024); // 早生まれ: a year early
    EXPECT_EQ(primarySchoolEntryYear(QDate(2018, 4, 2)), 2025);
    EXPECT_EQ(primarySchoolEntryYear(QDate(2018, 3, 31)), 2024);
    EXPECT_EQ(primarySchoolEntryYear(QDate(2017, 12, 31)), 2024);
    EXPECT_EQ(primarySchoolEntryYear(QDate(2016, 2, 29)), 2022);
}

} // namespace
