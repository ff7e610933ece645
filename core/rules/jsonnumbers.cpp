// Numbers as JavaScript reads and writes them: StringToNumber, parseFloat
// and Number::toString (ECMAScript 2023 §7.1.4.1.1, §19.2.4, §6.1.6.1.20).
#include "rules/jsonvalues.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace madoguchi::rules::js {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// WhiteSpace and LineTerminator of ECMAScript (U+3000 included, U+0085 not).
bool isJsSpace(char16_t c)
{
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool isDigit(QStringView text, qsizetype i)
{
    return i < text.size() && text[i] >= u'0' && text[i] <= u'9';
}

qsizetype skipDigits(QStringView text, qsizetype i)
{
    while (isDigit(text, i))
        ++i;
    return i;
}

// The value of an ASCII decimal literal already checked by scanDecimal.
double decimalValue(QStringView literal)
{
    std::string ascii;
    ascii.reserve(size_t(literal.size()));
    for (const QChar c : literal) {
        if (c != u'+')
            ascii.push_back(char(c.unicode()));
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(
        ascii.data(), ascii.data() + ascii.size(), value, std::chars_format::general);
    if (ec != std::errc::result_out_of_range)
        return value;
    // Too large or too small for a double: JavaScript gives ±Infinity or ±0.
    // The literal's digits are not all zero (zero never overflows), so the
    // magnitude decides: the position of the first significant digit.
    const bool negative = ascii.front() == '-';
    const size_t ePos = ascii.find_first_of("eE");
    const std::string mantissa = ascii.substr(0, ePos);
    long long exponent = 0;
    if (ePos != std::string::npos) {
        const char* first = ascii.data() + ePos + 1;
        const char* last = ascii.data() + ascii.size();
        const bool minus = *first == '-';
        if (*first == '-' || *first == '+')
            ++first;
        for (; first != last && exponent < 1'000'000'000; ++first)
            exponent = exponent * 10 + (*first - '0');
        if (minus)
            exponent = -exponent;
    }
    // value = 0.d1d2… × 10^magnitude, counted from the point and the first
    // significant digit (the sign, if any, shifts both alike).
    const size_t point = mantissa.find('.');
    const long long pointAt
        = point == std::string::npos ? (long long)mantissa.size() : (long long)point;
    const long long firstSignificant = (long long)mantissa.find_first_of("123456789");
    const long long magnitude
        = pointAt - firstSignificant + (firstSignificant > pointAt ? 1 : 0) + exponent;
    const double result = magnitude > 0 ? kInfinity : 0.0;
    return negative ? -result : result;
}

// StrDecimalLiteral at `from`: sign, then Infinity or digits with an
// optional fraction and exponent. Sets `end` past it; nullopt if none.
std::optional<double> scanDecimal(QStringView text, qsizetype from, qsizetype* end)
{
    qsizetype i = from;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    if (text.sliced(i).startsWith(u"Infinity")) {
        *end = i + 8;
        return text[from] == u'-' ? -kInfinity : kInfinity;
    }
    const qsizetype integerEnd = skipDigits(text, i);
    bool anyDigit = integerEnd > i;
    i = integerEnd;
    if (i < text.size() && text[i] == u'.') {
        const qsizetype fractionEnd = skipDigits(text, i + 1);
        if (anyDigit || fractionEnd > i + 1) {
            anyDigit = true;
            i = fractionEnd;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < text.size() && (text[j] == u'+' || text[j] == u'-'))
            ++j;
        if (isDigit(text, j))
            i = skipDigits(text, j);
    }
    *end = i;
    return decimalValue(text.sliced(from, i - from));
}

// 0x…, 0o…, 0b…: unsigned, every character a digit of the radix.
std::optional<double> radixInteger(QStringView text)
{
    if (text.size() < 3 || text[0] != u'0')
        return std::nullopt;
    const char16_t marker = text[1].toLower().unicode();
    const int radix = marker == u'x' ? 16 : marker == u'o' ? 8 : marker == u'b' ? 2 : 0;
    if (radix == 0)
        return std::nullopt;
    double value = 0;
    for (const QChar c : text.sliced(2)) {
        const char16_t u = c.toLower().unicode();
        const int digit = (u >= u'0' && u <= u'9') ? u - u'0'
            : (u >= u'a' && u <= u'f')             ? u - u'a' + 10
                                                   : 99;
        if (digit >= radix)
            return kNaN;
        value = value * radix + digit;
    }
    return value;
}

QStringView trimmed(QStringView text)
{
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && isJsSpace(text[first].unicode()))
        ++first;
    while (last > first && isJsSpace(text[last - 1].unicode()))
        --last;
    return text.sliced(first, last - first);
}

} // namespace

double stringToNumber(QStringView text)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty())
        return 0;
    if (const auto radix = radixInteger(s))
        return *radix;
    qsizetype end = 0;
    const auto value = scanDecimal(s, 0, &end);
    return value && end == s.size() ? *value : kNaN;
}

double parseFloat(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size() && isJsSpace(text[first].unicode()))
        ++first;
    qsizetype end = 0;
    return scanDecimal(text, first, &end).value_or(kNaN);
}

QString numberToString(double number)
{
    if (std::isnan(number))
        return QStringLiteral("NaN");
    if (number == 0)
        return QStringLiteral("0");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (number < 0)
        return QLatin1Char('-') + numberToString(-number);

    // The shortest digits that read back as the same double, and the
    // exponent n with value = 0.digits × 10^n.
    char buffer[40];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::scientific);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    const size_t ePos = text.find('e');
    QString digits;
    for (const char c : text.substr(0, ePos)) {
        if (c != '.')
            digits += QLatin1Char(c);
    }
    int exponent = 0;
    std::from_chars(text.data() + ePos + (text[ePos + 1] == '+' ? 2 : 1), text.end(), exponent);
    const qsizetype k = digits.size();
    const qsizetype n = exponent + 1;

    if (k <= n && n <= 21)
        return digits + QString(n - k, QLatin1Char('0'));
    if (0 < n && n <= 21)
        return digits.left(n) + QLatin1Char('.') + digits.mid(n);
    if (-6 < n && n <= 0)
        return QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
    const QString mantissa = k == 1 ? digits : digits.left(1) + QLatin1Char('.') + digits.mid(1);
    return mantissa + QLatin1Char('e') + (n - 1 >= 0 ? QStringLiteral("+") : QStringLiteral("-"))
        + QString::number(std::abs(n - 1));
}

} // namespace madoguchi::rules::js
