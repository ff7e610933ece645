// The grammar of the date forms clerks type, over the tokens of datelexer.
// Syntax is checked here; whether the date exists (month 13, 平成32年, the
// era's first day) is JapaneseDate::fromParts' job, so every way of building
// a date gives the same reasons.
#include "text/datelexer.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <initializer_list>

namespace madoguchi::text {
namespace {

// Longer numbers cannot be a date part and would overflow an int.
constexpr qsizetype kMaxDigits = 9;

class Parser {
public:
    Parser(QStringView input, const QList<DateToken>& tokens)
        : m_input(input.toString())
        , m_t(tokens)
    { }

    Result<DateParts> parse()
    {
        if (matches({DateTokenKind::Unknown})
            || matches({DateTokenKind::YearMark, DateTokenKind::MonthMark, DateTokenKind::DayMark,
                DateTokenKind::Unknown}))
            return DateParts{};

        DateParts parts;
        if (at(DateTokenKind::Era))
            parts.era = m_t.at(m_i++).era;
        if (!at(DateTokenKind::Number))
            return notADate();
        const DateToken& first = m_t.at(m_i++);
        if (atEnd())
            return compact(first, parts);
        if (at(DateTokenKind::Number))
            return Error{QCoreApplication::translate(
                "JapaneseDate", "'%1': separate the numbers with . / - or 年月日")
                             .arg(m_input)};
        if (at(DateTokenKind::Approx)) { // S40頃, 1965頃
            ++m_i;
            return finish(yearOnly(first, parts, DatePrecision::ApproximateYear));
        }
        if (at(DateTokenKind::Separator))
            return separated(first, parts);
        if (at(DateTokenKind::YearMark)) {
            ++m_i;
            return kanji(first, parts);
        }
        return notADate();
    }

private:
    bool atEnd() const { return m_i >= m_t.size(); }
    bool at(DateTokenKind kind) const { return !atEnd() && m_t.at(m_i).kind == kind; }

    // Whether the remaining tokens are exactly `kinds`; consumes them if so.
    bool matches(std::initializer_list<DateTokenKind> kinds)
    {
        if (m_t.size() - m_i != qsizetype(kinds.size()))
            return false;
        qsizetype j = m_i;
        for (DateTokenKind kind : kinds) {
            if (m_t.at(j++).kind != kind)
                return false;
        }
        m_i = m_t.size();
        return true;
    }

    Error notADate() const
    {
        return Error{QCoreApplication::translate("JapaneseDate",
            "'%1' is not a date form Madoguchi reads; write for example 昭和50年4月1日, "
            "S50.4.1, 3500401, 1975-04-01, 昭和40年頃 or 不詳")
                         .arg(m_input)};
    }

    // Anything left over is an error; 頃 gets its own reason.
    Result<DateParts> finish(Result<DateParts> parts) const
    {
        if (!parts || atEnd())
            return parts;
        if (at(DateTokenKind::Approx))
            return Error{QCoreApplication::translate(
                "JapaneseDate", "'%1': only a whole year can be approximate (頃)")
                             .arg(m_input)};
        return notADate();
    }

    Result<int> yearValue(const DateToken& t, bool hasEra) const
    {
        if (t.text.size() > kMaxDigits)
            return Error{QCoreApplication::translate(
                "JapaneseDate", "'%1': the number %2 has too many digits")
                             .arg(m_input, t.text)};
        // Two-digit Gregorian years are what the era is for: 50 could be 1950 or 2050.
        if (!hasEra && t.text.size() != 4)
            return Error{QCoreApplication::translate("JapaneseDate",
                "'%1': a year without an era needs four digits (1975); "
                "or give the era (S50, 昭和50年)")
                             .arg(m_input)};
        return t.text.toInt();
    }

    Result<DateParts> yearOnly(const DateToken& t, DateParts parts, DatePrecision precision) const
    {
        const Result<int> year = yearValue(t, parts.era.has_value());
        if (!year)
            return year.error();
        parts.year = year.value();
        parts.precision = precision;
        return parts;
    }

    // A month or day has at most two digits (04, 4).
    Result<int> smallValue(const DateToken& t, bool isMonth) const
    {
        if (t.text.size() <= 2)
            return t.text.toInt();
        return Error{isMonth
                ? QCoreApplication::translate("JapaneseDate", "'%1': %2 is not a month")
                      .arg(m_input, t.text)
                : QCoreApplication::translate("JapaneseDate", "'%1': %2 is not a day")
                      .arg(m_input, t.text)};
    }

    Result<DateParts> withMonthAndDay(
        DateParts parts, const DateToken* month, const DateToken* day) const
    {
        if (month) {
            const Result<int> m = smallValue(*month, true);
            if (!m)
                return m.error();
            parts.month = m.value();
        }
        if (day) {
            const Result<int> d = smallValue(*day, false);
            if (!d)
                return d.error();
            parts.day = d.value();
        }
        return parts;
    }

    // One run of digits: 1975, S50, S500401, 3500401, 19750401.
    Result<DateParts> compact(const DateToken& t, DateParts parts) const
    {
        const QString& d = t.text;
        if (parts.era && d.size() <= 3)
            return yearOnly(t, parts, DatePrecision::Year);
        if (!parts.era && d.size() == 4)
            return yearOnly(t, parts, DatePrecision::Year);
        parts.precision = DatePrecision::Day;
        if (parts.era && d.size() == 6) { // S500401
            parts.year = d.left(2).toInt();
            parts.month = d.mid(2, 2).toInt();
            parts.day = d.mid(4, 2).toInt();
            return parts;
        }
        if (!parts.era && d.size() == 7) { // EYYMMDD
            parts.era = eraFromCode(d.left(1).toInt());
            if (!parts.era)
                return Error{QCoreApplication::translate("JapaneseDate",
                    "'%1': the era digit %2 does not exist "
                    "(1 明治, 2 大正, 3 昭和, 4 平成, 5 令和)")
                                 .arg(m_input, d.left(1))};
            parts.year = d.mid(1, 2).toInt();
            parts.month = d.mid(3, 2).toInt();
            parts.day = d.mid(5, 2).toInt();
            return parts;
        }
        if (!parts.era && d.size() == 8) { // YYYYMMDD
            parts.year = d.left(4).toInt();
            parts.month = d.mid(4, 2).toInt();
            parts.day = d.mid(6, 2).toInt();
            return parts;
        }
        if (!parts.era && d.size() == 6)
            return Error{QCoreApplication::translate("JapaneseDate",
                "'%1': six digits do not say the era; write S500401, 3500401 or 19750401")
                             .arg(m_input)};
        return notADate();
    }

    // S50.4.1, S50/04/01, 1975-04-01, 1975-04, S40.04上旬.
    Result<DateParts> separated(const DateToken& first, DateParts parts)
    {
        QList<const DateToken*> numbers{&first};
        const QString separator = m_t.at(m_i).text;
        while (at(DateTokenKind::Separator) && numbers.size() < 3) {
            if (m_t.at(m_i).text != separator)
                return Error{QCoreApplication::translate(
                    "JapaneseDate", "'%1': mixed separators %2 and %3; use one of . / - throughout")
                                 .arg(m_input, separator, m_t.at(m_i).text)};
            ++m_i;
            if (!at(DateTokenKind::Number))
                return notADate();
            numbers.append(&m_t.at(m_i++));
        }
        Result<DateParts> result = yearOnly(first, parts, DatePrecision::Day);
        if (!result)
            return result;
        if (numbers.size() == 2) {
            result.value().precision = DatePrecision::Month;
            if (at(DateTokenKind::TenDays))
                result.value().precision = m_t.at(m_i++).tenDays;
        }
        return finish(withMonthAndDay(result.value(), numbers.value(1), numbers.value(2)));
    }

    // After 年: 昭和40年, 昭和40年頃, 昭和40年4月, 昭和40年4月上旬, 昭和40年4月1日,
    // with 月日不詳 / 日不詳 / 不詳 allowed where parts are unknown.
    Result<DateParts> kanji(const DateToken& yearToken, DateParts parts)
    {
        if (at(DateTokenKind::Approx)) {
            ++m_i;
            return finish(yearOnly(yearToken, parts, DatePrecision::ApproximateYear));
        }
        if (atEnd() || matches({DateTokenKind::Unknown})
            || matches({DateTokenKind::MonthMark, DateTokenKind::DayMark, DateTokenKind::Unknown}))
            return yearOnly(yearToken, parts, DatePrecision::Year);
        if (!at(DateTokenKind::Number))
            return notADate();
        const DateToken& month = m_t.at(m_i++);
        if (!at(DateTokenKind::MonthMark))
            return notADate();
        ++m_i;

        Result<DateParts> result = yearOnly(yearToken, parts, DatePrecision::Month);
        if (!result)
            return result;
        const DateToken* day = nullptr;
        if (at(DateTokenKind::TenDays)) {
            result.value().precision = m_t.at(m_i++).tenDays;
        } else if (matches({DateTokenKind::Unknown})
            || matches({DateTokenKind::DayMark, DateTokenKind::Unknown})) {
            // 昭和40年4月日不詳: the month is what we know.
        } else if (at(DateTokenKind::Number)) {
            day = &m_t.at(m_i++);
            if (!at(DateTokenKind::DayMark))
                return notADate();
            ++m_i;
            result.value().precision = DatePrecision::Day;
        }
        return finish(withMonthAndDay(result.value(), &month, day));
    }

    QString m_input;
    const QList<DateToken>& m_t;
    qsizetype m_i = 0;
};

} // namespace

Result<JapaneseDate> parseJapaneseDate(QStringView raw)
{
    const QStringView input = raw.trimmed();
    if (input.isEmpty())
        return Error{QCoreApplication::translate("JapaneseDate",
            "no date given; write for example 昭和50年4月1日, S50.4.1, 3500401, "
            "1975-04-01, or 不詳")};
    const Result<QList<DateToken>> tokens = tokenizeDate(input);
    if (!tokens)
        return tokens.error();
    const Result<DateParts> parts = Parser(input, tokens.value()).parse();
    if (!parts)
        return parts.error();
    return JapaneseDate::fromParts(parts.value());
}

} // namespace madoguchi::text
