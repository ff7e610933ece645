#include "text/datelexer.h"

#include <QCoreApplication>
#include <optional>

namespace madoguchi::text {
namespace {

// Full-width ASCII (０-９, Ｓ, ．, ／, －) to ASCII, the ideographic space to a
// space, and every dash an IME can produce to '-', so the grammar sees one
// spelling. '・' is a separator some clerks use for '.'.
QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    switch (u) {
    case 0x3000:
    case u'\t':
        return QLatin1Char(' ');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0x30FC:
    case 0xFF70:
        return QLatin1Char('-');
    case 0x30FB:
    case 0xFF65:
        return QLatin1Char('.');
    default:
        return c;
    }
}

int kanjiDigit(QChar c)
{
    static constexpr char16_t digits[] = u"〇一二三四五六七八九";
    for (int i = 0; i < 10; ++i) {
        if (c == QChar(digits[i]))
            return i;
    }
    return c == QChar(u'零') ? 0 : -1;
}

int kanjiUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

bool isKanjiNumeral(QChar c)
{
    return kanjiDigit(c) >= 0 || kanjiUnit(c) > 0;
}

// 五十 → 50, 三十一 → 31, 千九百七十五 → 1975, and place-value 一九七五 → 1975.
// nullopt for runs that are not one number (二三十, 十十).
std::optional<QString> foldKanjiNumber(QStringView run)
{
    bool hasUnit = false;
    for (QChar c : run)
        hasUnit = hasUnit || kanjiUnit(c) > 0;
    if (!hasUnit) {
        QString digits;
        for (QChar c : run)
            digits += QChar(char16_t(u'0' + kanjiDigit(c)));
        return digits;
    }
    int total = 0;
    int pending = -1; // a digit waiting for its unit
    int lastUnit = 10000;
    for (QChar c : run) {
        const int unit = kanjiUnit(c);
        if (unit == 0) {
            if (pending != -1)
                return std::nullopt;
            pending = kanjiDigit(c);
            continue;
        }
        if (unit >= lastUnit || pending == 0)
            return std::nullopt;
        total += (pending == -1 ? 1 : pending) * unit;
        lastUnit = unit;
        pending = -1;
    }
    if (pending == 0)
        return std::nullopt;
    return QString::number(total + (pending == -1 ? 0 : pending));
}

// One whole character for messages, even outside the BMP.
QString characterAt(QStringView s, qsizetype i)
{
    const qsizetype n = s.at(i).isHighSurrogate() && i + 1 < s.size() ? 2 : 1;
    return s.mid(i, n).toString();
}

} // namespace

Result<QList<DateToken>> tokenizeDate(QStringView input)
{
    QString s;
    s.reserve(input.size());
    for (QChar c : input)
        s += foldChar(c);

    QList<DateToken> tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto push = [&](DateTokenKind kind, qsizetype length, QString text = QString()) {
        DateToken t;
        t.kind = kind;
        t.text = std::move(text);
        tokens.append(std::move(t));
        i += length;
    };
    auto unexpected = [&](qsizetype at) {
        return Error{QCoreApplication::translate("JapaneseDate", "'%1': unexpected '%2'")
                         .arg(input.toString(), characterAt(s, at))};
    };

    while (i < n) {
        const QChar c = s.at(i);
        const QStringView rest = QStringView(s).mid(i);
        if (c == QLatin1Char(' ')) { // spaces only separate tokens
            ++i;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            qsizetype j = i;
            while (j < n && s.at(j) >= QLatin1Char('0') && s.at(j) <= QLatin1Char('9'))
                ++j;
            push(DateTokenKind::Number, j - i, s.mid(i, j - i));
        } else if (isKanjiNumeral(c)) {
            qsizetype j = i;
            while (j < n && isKanjiNumeral(s.at(j)))
                ++j;
            const auto number = foldKanjiNumber(QStringView(s).mid(i, j - i));
            if (!number)
                return Error{
                    QCoreApplication::translate("JapaneseDate", "'%1': '%2' is not a number")
                        .arg(input.toString(), s.mid(i, j - i))};
            push(DateTokenKind::Number, j - i, *number);
        } else if (c == QChar(u'元')) {
            // 元年 is year 1; 元 alone means nothing in a date.
            if (!QStringView(s).mid(i + 1).trimmed().startsWith(QChar(u'年')))
                return unexpected(i);
            push(DateTokenKind::Number, 1, QStringLiteral("1"));
        } else if (auto era = eraFromName(rest.left(2))) {
            push(DateTokenKind::Era, 2);
            tokens.last().era = *era;
        } else if (auto abbreviated = eraFromName(rest.left(1))) {
            push(DateTokenKind::Era, 1);
            tokens.last().era = *abbreviated;
        } else if (c.isLetter() && c.unicode() < 0x80) {
            const auto letter = eraFromLetter(c);
            if (!letter)
                return unexpected(i);
            push(DateTokenKind::Era, 1);
            tokens.last().era = *letter;
        } else if (c == QChar(u'年')) {
            push(DateTokenKind::YearMark, 1);
        } else if (c == QChar(u'月')) {
            push(DateTokenKind::MonthMark, 1);
        } else if (c == QChar(u'日')) {
            push(DateTokenKind::DayMark, 1);
        } else if (rest.size() >= 2 && rest.at(1) == QChar(u'旬')
            && QStringView(u"上初中下").contains(c)) {
            push(DateTokenKind::TenDays, 2);
            tokens.last().tenDays = c == QChar(u'中') ? DatePrecision::MidMonth
                : c == QChar(u'下')                   ? DatePrecision::LateMonth
                                                      : DatePrecision::EarlyMonth;
        } else if (c == QChar(u'頃')) {
            push(DateTokenKind::Approx, 1);
        } else if (rest.startsWith(QStringView(u"ごろ")) || rest.startsWith(QStringView(u"ころ"))) {
            push(DateTokenKind::Approx, 2);
        } else if (rest.startsWith(QStringView(u"不詳")) || rest.startsWith(QStringView(u"不明"))) {
            push(DateTokenKind::Unknown, 2);
        } else if (c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('-')) {
            push(DateTokenKind::Separator, 1, QString(c));
        } else {
            return unexpected(i);
        }
    }
    return tokens;
}

} // namespace madoguchi::text
