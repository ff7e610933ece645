#include "text/era.h"

namespace madoguchi::text {
namespace {

struct EraRow {
    Era era;
    const char16_t* name;
    char16_t abbreviation; // the one-kanji form: 明 大 昭 平 令
    char letter;
    int firstYear, firstMonth, firstDay;
    int lastYear, lastMonth, lastDay; // 0 for the era in force
};

// Dates are the Gregorian first and last days of each era. 明治 began on
// 1868-10-23 (明治元年9月8日 in the old calendar), but since the parser
// refuses dates before 1873 its first day only matters for this table.
constexpr std::array<EraRow, 5> kEras{{
    {Era::Meiji, u"明治", u'明', 'M', 1868, 10, 23, 1912, 7, 30},
    {Era::Taisho, u"大正", u'大', 'T', 1912, 7, 30, 1926, 12, 25},
    {Era::Showa, u"昭和", u'昭', 'S', 1926, 12, 25, 1989, 1, 7},
    {Era::Heisei, u"平成", u'平', 'H', 1989, 1, 8, 2019, 4, 30},
    {Era::Reiwa, u"令和", u'令', 'R', 2019, 5, 1, 0, 0, 0},
}};

const EraRow& row(Era era)
{
    return kEras[size_t(int(era) - 1)];
}

} // namespace

QDate firstSupportedDay()
{
    return QDate(1873, 1, 1);
}

QString eraName(Era era)
{
    return QString::fromUtf16(row(era).name);
}

QChar eraLetter(Era era)
{
    return QLatin1Char(row(era).letter);
}

int eraCode(Era era)
{
    return int(era);
}

QDate eraFirstDay(Era era)
{
    const EraRow& r = row(era);
    return QDate(r.firstYear, r.firstMonth, r.firstDay);
}

QDate eraLastDay(Era era)
{
    const EraRow& r = row(era);
    return r.lastYear == 0 ? QDate() : QDate(r.lastYear, r.lastMonth, r.lastDay);
}

std::optional<Era> eraFromName(QStringView name)
{
    for (const EraRow& r : kEras) {
        if (name == QStringView(r.name)
            || (name.size() == 1 && name.front() == QChar(r.abbreviation)))
            return r.era;
    }
    return std::nullopt;
}

std::optional<Era> eraFromLetter(QChar letter)
{
    char16_t c = letter.unicode();
    if (c >= u'Ａ' && c <= u'ｚ') // full-width Latin → ASCII
        c = char16_t(c - 0xFEE0);
    if (c >= u'a' && c <= u'z')
        c = char16_t(c - (u'a' - u'A'));
    for (const EraRow& r : kEras) {
        if (c == char16_t(r.letter))
            return r.era;
    }
    return std::nullopt;
}

std::optional<Era> eraFromCode(int code)
{
    if (code < 1 || code > int(kEras.size()))
        return std::nullopt;
    return Era(code);
}

int gregorianYear(Era era, int eraYear)
{
    return row(era).firstYear + eraYear - 1;
}

int eraYearOf(Era era, int gregorianYear)
{
    return gregorianYear - row(era).firstYear + 1;
}

bool eraCovers(Era era, QDate day)
{
    const QDate last = eraLastDay(era);
    return day >= eraFirstDay(era) && (last.isNull() || day <= last);
}

bool eraIntersects(Era era, QDate first, QDate last)
{
    const QDate eraLast = eraLastDay(era);
    return last >= eraFirstDay(era) && (eraLast.isNull() || first <= eraLast);
}

std::optional<Era> eraOn(QDate day)
{
    for (auto it = kEras.rbegin(); it != kEras.rend(); ++it) {
        if (eraCovers(it->era, day))
            return it->era;
    }
    return std::nullopt;
}

} // namespace madoguchi::text
