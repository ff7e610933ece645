// 和暦 dates: every accepted form and every rejected form with its reason.
// Tables first, so a new case is a line. Values, formatting, the storage
// string and age are in test_datevalues.cpp.
#include "datetestsupport.h"
#include "text/dateformat.h"

using namespace madoguchi::text;
using madoguchi::text::datetest::parsed;
using madoguchi::text::datetest::str;

namespace {

// --- Accepted inputs: what they mean (storage string) and how they read. ---

struct Accepted {
    const char16_t* input;
    const char16_t* storage;
    const char16_t* wareki;
    DatePrecision precision;
};

void PrintTo(const Accepted& c, std::ostream* os)
{
    *os << QString::fromUtf16(c.input).toStdString();
}

const Accepted kAccepted[] = {
    // One exact day, every way a clerk types it.
    {u"昭和50年4月1日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"昭和５０年４月１日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"昭和五十年四月一日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"昭50.4.1", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"S50.4.1", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"S50/04/01", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"s50-4-1", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"Ｓ５０．４．１", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"ｓ５０－０４－０１", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"Ｓ５０／４／１", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"S５0.4.１", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day}, // mixed widths
    {u"S50・4・1", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"S50ー4ー1", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day}, // IME long-vowel dash
    {u"S50年4月1日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"S500401", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"3500401", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"３５００４０１", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"1975-04-01", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"1975/4/1", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"1975.04.01", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"1975年4月1日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"一九七五年四月一日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"千九百七十五年四月一日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"19750401", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"  昭和50年4月1日  ", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"\u3000S50.4.1\u3000", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"昭和 50年 4月 1日", u"1975-04-01", u"昭和50年4月1日", DatePrecision::Day},
    {u"昭和五十年十二月三十一日", u"1975-12-31", u"昭和50年12月31日", DatePrecision::Day},
    // 元年 and year 1.
    {u"令和元年5月1日", u"2019-05-01", u"令和元年5月1日", DatePrecision::Day},
    {u"令和1年5月1日", u"2019-05-01", u"令和元年5月1日", DatePrecision::Day},
    {u"R1.5.1", u"2019-05-01", u"令和元年5月1日", DatePrecision::Day},
    {u"r01.05.01", u"2019-05-01", u"令和元年5月1日", DatePrecision::Day},
    {u"5010501", u"2019-05-01", u"令和元年5月1日", DatePrecision::Day},
    {u"平成元年1月8日", u"1989-01-08", u"平成元年1月8日", DatePrecision::Day},
    // The last and first days of eras.
    {u"昭和64年1月7日", u"1989-01-07", u"昭和64年1月7日", DatePrecision::Day},
    {u"H31.4.30", u"2019-04-30", u"平成31年4月30日", DatePrecision::Day},
    {u"明治6年1月1日", u"1873-01-01", u"明治6年1月1日", DatePrecision::Day},
    {u"令和981年12月31日", u"2999-12-31", u"令和981年12月31日", DatePrecision::Day}, // the last day
    {u"1873-01-01", u"1873-01-01", u"明治6年1月1日", DatePrecision::Day},
    {u"M45.7.29", u"1912-07-29", u"明治45年7月29日", DatePrecision::Day},
    // The two days with two era names keep the name written.
    {u"明治45年7月30日", u"1912-07-30@M", u"明治45年7月30日", DatePrecision::Day},
    {u"大正元年7月30日", u"1912-07-30", u"大正元年7月30日", DatePrecision::Day},
    {u"1912-07-30", u"1912-07-30", u"大正元年7月30日", DatePrecision::Day},
    {u"大正15年12月25日", u"1926-12-25@T", u"大正15年12月25日", DatePrecision::Day},
    {u"昭和元年12月25日", u"1926-12-25", u"昭和元年12月25日", DatePrecision::Day},
    {u"1926-12-25", u"1926-12-25", u"昭和元年12月25日", DatePrecision::Day},
    {u"2151225", u"1926-12-25@T", u"大正15年12月25日", DatePrecision::Day},
    // Leap days.
    {u"令和2年2月29日", u"2020-02-29", u"令和2年2月29日", DatePrecision::Day},
    {u"4120229", u"2000-02-29", u"平成12年2月29日", DatePrecision::Day},
    // Partial dates.
    {u"年月日不詳", u"XXXX-XX-XX", u"年月日不詳", DatePrecision::Unknown},
    {u"不詳", u"XXXX-XX-XX", u"年月日不詳", DatePrecision::Unknown},
    {u" 不明 ", u"XXXX-XX-XX", u"年月日不詳", DatePrecision::Unknown},
    {u"昭和40年頃", u"1965~", u"昭和40年頃", DatePrecision::ApproximateYear},
    {u"昭和40年ごろ", u"1965~", u"昭和40年頃", DatePrecision::ApproximateYear},
    {u"S40頃", u"1965~", u"昭和40年頃", DatePrecision::ApproximateYear},
    {u"1965年頃", u"1965~", u"昭和40年頃", DatePrecision::ApproximateYear},
    {u"昭和40年", u"1965", u"昭和40年", DatePrecision::Year},
    {u"昭和40年月日不詳", u"1965", u"昭和40年", DatePrecision::Year},
    {u"昭和40年不詳", u"1965", u"昭和40年", DatePrecision::Year},
    {u"S40", u"1965", u"昭和40年", DatePrecision::Year},
    {u"1965", u"1965", u"昭和40年", DatePrecision::Year},
    {u"1965年", u"1965", u"昭和40年", DatePrecision::Year},
    {u"昭和40年4月", u"1965-04", u"昭和40年4月", DatePrecision::Month},
    {u"昭和40年4月日不詳", u"1965-04", u"昭和40年4月", DatePrecision::Month},
    {u"S40.4", u"1965-04", u"昭和40年4月", DatePrecision::Month},
    {u"1965-04", u"1965-04", u"昭和40年4月", DatePrecision::Month},
    {u"1965年4月", u"1965-04", u"昭和40年4月", DatePrecision::Month},
    {u"昭和40年4月上旬", u"1965-04-01/1965-04-10", u"昭和40年4月上旬", DatePrecision::EarlyMonth},
    {u"昭和40年4月初旬", u"1965-04-01/1965-04-10", u"昭和40年4月上旬", DatePrecision::EarlyMonth},
    {u"昭和40年4月中旬", u"1965-04-11/1965-04-20", u"昭和40年4月中旬", DatePrecision::MidMonth},
    {u"昭和40年4月下旬", u"1965-04-21/1965-04-30", u"昭和40年4月下旬", DatePrecision::LateMonth},
    {u"S40.04上旬", u"1965-04-01/1965-04-10", u"昭和40年4月上旬", DatePrecision::EarlyMonth},
    {u"令和2年2月下旬", u"2020-02-21/2020-02-29", u"令和2年2月下旬", DatePrecision::LateMonth},
    // Partial dates in a year or month two eras share keep the era written.
    {u"昭和64年", u"1989@S", u"昭和64年", DatePrecision::Year},
    {u"平成元年", u"1989@H", u"平成元年", DatePrecision::Year},
    {u"1989", u"1989", u"平成元年", DatePrecision::Year},
    {u"平成31年", u"2019@H", u"平成31年", DatePrecision::Year},
    {u"令和元年", u"2019@R", u"令和元年", DatePrecision::Year},
    {u"昭和64年頃", u"1989~@S", u"昭和64年頃", DatePrecision::ApproximateYear},
    {u"明治45年", u"1912@M", u"明治45年", DatePrecision::Year},
    {u"昭和64年1月", u"1989-01@S", u"昭和64年1月", DatePrecision::Month},
    {u"昭和64年1月上旬", u"1989-01-01/1989-01-10@S", u"昭和64年1月上旬", DatePrecision::EarlyMonth},
    {u"平成31年4月", u"2019-04", u"平成31年4月", DatePrecision::Month},
    {u"令和元年5月", u"2019-05", u"令和元年5月", DatePrecision::Month},
    {u"大正15年12月下旬", u"1926-12-21/1926-12-31@T", u"大正15年12月下旬",
        DatePrecision::LateMonth},
};

class AcceptedDate : public ::testing::TestWithParam<Accepted> { };

TEST_P(AcceptedDate, ParsesToStorageAndWareki)
{
    const Accepted& c = GetParam();
    const auto r = parseJapaneseDate(str(c.input));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->toStorageString(), str(c.storage));
    EXPECT_EQ(formatWareki(r.value()), str(c.wareki));
    EXPECT_EQ(r->precision(), c.precision);
}

TEST_P(AcceptedDate, StorageStringRoundTrips)
{
    const JapaneseDate date = parsed(GetParam().input);
    const auto back = JapaneseDate::fromStorageString(date.toStorageString());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), date);
}

TEST_P(AcceptedDate, LongAndShortFormsParseBack)
{
    const JapaneseDate date = parsed(GetParam().input);
    // A Gregorian year or month that two eras share has no exact 和暦 name:
    // 1989 shows as 平成元年, which reads back as the narrower 1989-01-08…12-31,
    // the part of the period that lies in the era shown.
    const bool sharedPeriod
        = !date.writtenEra() && date.earliest() && eraOn(*date.earliest()) != date.displayEra();
    for (const QString& text :
        {formatWareki(date), formatWareki(date, UnknownParts::Mark), formatWarekiShort(date)}) {
        const auto back = parseJapaneseDate(text);
        ASSERT_TRUE(back.ok()) << text.toStdString() << ": " << back.error().message.toStdString();
        if (sharedPeriod) {
            ASSERT_TRUE(date.displayEra().has_value());
            EXPECT_EQ(back.value().earliest(), eraFirstDay(*date.displayEra()))
                << text.toStdString();
            EXPECT_EQ(back.value().latest(), date.latest()) << text.toStdString();
            EXPECT_EQ(back.value().precision(), date.precision()) << text.toStdString();
        } else {
            EXPECT_EQ(back.value(), date) << text.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Table, AcceptedDate, ::testing::ValuesIn(kAccepted));

// --- Rejected inputs, each with the reason the message must give. ---------

struct Rejected {
    const char16_t* input;
    const char16_t* reason; // a substring of the message
};

void PrintTo(const Rejected& c, std::ostream* os)
{
    *os << QString::fromUtf16(c.input).toStdString();
}

const Rejected kRejected[] = {
    {u"", u"no date given"},
    {u"   ", u"no date given"},
    {u"\u3000", u"no date given"},
    {u"abc", u"unexpected 'a'"},
    {u"昭和50年4月1日X", u"unexpected 'X'"},
    {u"中", u"unexpected '中'"},
    {u"🍣", u"unexpected '🍣'"},
    {u"元", u"unexpected '元'"},
    {u"昭和", u"is not a date form"},
    {u"S", u"is not a date form"},
    {u"年", u"is not a date form"},
    {u"S50.4.1.2", u"is not a date form"},
    {u"S50-4-1-", u"is not a date form"},
    {u"1975-04-01/1975-04-10", u"is not a date form"},
    {u"1975-04/01", u"mixed separators - and /"},
    {u"12345678901234567890", u"is not a date form"},
    {u"1975 4 1", u"separate the numbers"},
    {u"S50.4/1", u"mixed separators . and /"},
    {u"昭和五十十年", u"'五十十' is not a number"},
    {u"昭和40年4月頃", u"only a whole year can be approximate"},
    {u"昭和40年4月1日頃", u"only a whole year can be approximate"},
    {u"昭和99999999999年", u"has too many digits"},
    {u"S50.004.01", u"004 is not a month"},
    {u"S50.4.001", u"001 is not a day"},
    // Days that do not exist.
    {u"令和2年2月30日", u"令和2年2月30日: 2020-02 has only 29 days"},
    {u"2019-02-29", u"2019年2月29日: 2019-02 has only 28 days"},
    {u"1900-02-29", u"1900-02 has only 28 days"},
    {u"平成31年4月31日", u"2019-04 has only 30 days"},
    {u"S50.13.1", u"there is no month 13"},
    {u"1975-00-01", u"there is no month 0"},
    {u"3501301", u"there is no month 13"},
    {u"S50.4.0", u"there is no day 0"},
    {u"3500400", u"there is no day 0"},
    {u"S50.4.32", u"1975-04 has only 30 days"},
    // Era boundaries.
    {u"平成32年", u"平成32年 does not exist: 平成 ended in 平成31年 (2019-04-30)"},
    {u"平成33年4月1日", u"平成33年4月1日 does not exist: 平成 ended in 平成31年"},
    {u"令和1年4月30日", u"令和1年4月30日 is before 令和 began (2019-05-01)"},
    {u"令和元年4月", u"is before 令和 began (2019-05-01)"},
    {u"昭和64年1月8日", u"昭和64年1月8日 is after 昭和 ended (1989-01-07)"},
    {u"昭和64年1月中旬", u"is after 昭和 ended (1989-01-07)"},
    {u"昭和65年", u"昭和 ended in 昭和64年 (1989-01-07)"},
    {u"平成31年5月1日", u"平成31年5月1日 is after 平成 ended (2019-04-30)"},
    {u"大正元年7月29日", u"is before 大正 began (1912-07-30)"},
    {u"明治45年7月31日", u"is after 明治 ended (1912-07-30)"},
    {u"昭和元年12月24日", u"is before 昭和 began (1926-12-25)"},
    {u"大正15年12月26日", u"is after 大正 ended (1926-12-25)"},
    {u"平成元年1月7日", u"is before 平成 began (1989-01-08)"},
    {u"昭和0年", u"昭和0年 does not exist: an era starts with year 1"},
    {u"S00.1.1", u"does not exist: an era starts with year 1"},
    // Before the Gregorian calendar, and out of range.
    {u"1872-12-31", u"is before 1873-01-01"},
    {u"明治5年12月2日", u"lunisolar"},
    {u"明治元年10月23日", u"lunisolar"},
    {u"1800", u"is before 1873-01-01"},
    {u"0000-01-01", u"is before 1873-01-01"},
    {u"令和9999年", u"out of range"},
    {u"令和982年", u"the last supported year is 2999"},
    {u"3000-01-01", u"out of range"},
    {u"令和999999999年", u"out of range"},
    {u"R999999999", u"is not a date form"},
    // Era digits and digit counts.
    {u"6500401", u"the era digit 6 does not exist"},
    {u"0500401", u"the era digit 0 does not exist"},
    {u"500401", u"six digits do not say the era"},
    {u"75年4月1日", u"needs four digits"},
    {u"50.4.1", u"needs four digits"},
    {u"19750", u"is not a date form"},
    {u"10000-01-01", u"needs four digits"},
    {u"S5004", u"is not a date form"},
};

class RejectedDate : public ::testing::TestWithParam<Rejected> { };

TEST_P(RejectedDate, SaysWhy)
{
    const Rejected& c = GetParam();
    const auto r = parseJapaneseDate(str(c.input));
    ASSERT_FALSE(r.ok()) << "parsed as " << r->toStorageString().toStdString();
    EXPECT_TRUE(r.error().message.contains(str(c.reason)))
        << "message: " << r.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Table, RejectedDate, ::testing::ValuesIn(kRejected));

// --- Random token soup: whatever is accepted must be a consistent value. ---

TEST(ParseDate, RandomInputsAreRejectedOrConsistent)
{
    const char16_t* pieces[] = {u"昭和", u"平成", u"令和", u"明治", u"大正", u"S", u"h", u"Ｒ",
        u"元", u"年", u"月", u"日", u"上旬", u"下旬", u"頃", u"不詳", u".", u"/", u"-", u"－", u" ",
        u"0", u"1", u"2", u"3", u"4", u"5", u"9", u"12", u"31", u"64", u"1989", u"１", u"十", u"五",
        u"百", u"〇", u"x", u"~", u"@"};
    const int count = int(std::size(pieces));
    quint32 x = 2024;
    int accepted = 0;
    for (int i = 0; i < 30000; ++i) {
        QString input;
        x = x * 1664525u + 1013904223u;
        for (int n = int(x >> 29) + 1; n > 0; --n) { // 1–8 pieces
            x = x * 1664525u + 1013904223u;
            input += QString::fromUtf16(pieces[(x >> 16) % quint32(count)]);
        }
        const auto r = parseJapaneseDate(input);
        if (!r) {
            ASSERT_FALSE(r.error().message.isEmpty()) << input.toStdString();
            continue;
        }
        ++accepted;
        const auto stored = JapaneseDate::fromStorageString(r->toStorageString());
        ASSERT_TRUE(stored.ok()) << input.toStdString();
        ASSERT_EQ(stored.value(), r.value()) << input.toStdString();
        const auto back = parseJapaneseDate(formatWarekiShort(r.value()));
        ASSERT_TRUE(back.ok()) << input.toStdString();
    }
    EXPECT_GT(accepted, 100); // the soup does make dates
}

// The desk's form of a day: both calendars, the ISO form alone before the eras.
TEST(FormatDay, BothCalendarsOrTheIsoFormAlone)
{
    EXPECT_EQ(formatDay(QDate(2026, 11, 8)), QStringLiteral("令和8年11月8日 (2026-11-08)"));
    EXPECT_EQ(formatDay(QDate(2019, 5, 1)), QStringLiteral("令和元年5月1日 (2019-05-01)"));
    EXPECT_EQ(formatDay(QDate(1850, 1, 2)), QStringLiteral("1850-01-02"));
    EXPECT_TRUE(formatDay(QDate()).isEmpty());
}

} // namespace
