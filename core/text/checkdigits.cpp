#include "text/checkdigits.h"

#include <QCoreApplication>

namespace madoguchi::text {
namespace {

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

// Σ digit × weight, the weight of the n-th digit from the right being
// weightFromRight(n), n = 1, 2, …
template <typename Weight> int weightedSum(QStringView body, Weight weightFromRight)
{
    int sum = 0;
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i)
        sum = (sum + digitAt(body, n - 1 - i) * weightFromRight(int(i + 1))) % 11;
    return sum;
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case 0x3000: // spaces between groups: 1234 5678 9018
    case u'-':
    case 0x2010:
    case 0x2011:
    case 0x2212:
    case 0xFF0D:
    case 0x30FC:
    case 0xFF70:
        return true;
    default:
        return false;
    }
}

} // namespace

int mod11CheckDigit(QStringView body)
{
    if (!allAsciiDigits(body))
        return -1;
    const int r = weightedSum(body, [](int n) { return 2 + (n - 1) % 6; });
    // The rule is on r, not on 11 − r: r = 0 and r = 1 both give 0, and
    // r = 10 gives 1. Testing 11 − r ≤ 1 instead is a known bug (see tests).
    return r <= 1 ? 0 : 11 - r;
}

QString appendMod11CheckDigit(QStringView body)
{
    const int check = mod11CheckDigit(body);
    return check < 0 ? QString() : body.toString() + QChar(char16_t(u'0' + check));
}

int myNumberCheckDigit(QStringView body)
{
    if (body.size() != kMyNumberLength - 1)
        return -1;
    // Q(n) = n + 1 for n ≤ 6 and n − 5 for n ≥ 7: written out as the law does,
    // although it equals the 2–7 cycle of mod11CheckDigit.
    if (!allAsciiDigits(body))
        return -1;
    const int r = weightedSum(body, [](int n) { return n <= 6 ? n + 1 : n - 5; });
    return r <= 1 ? 0 : 11 - r;
}

int localGovernmentCodeCheckDigit(QStringView body)
{
    if (body.size() != kLocalGovernmentCodeLength - 1 || !allAsciiDigits(body))
        return -1;
    const int r = weightedSum(body, [](int n) { return n + 1; }); // 6,5,4,3,2 from the left
    return (11 - r) % 10;
}

Result<QString> identifierDigits(QStringView input)
{
    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error{QCoreApplication::translate("CheckDigits", "nothing given")};
    QString digits;
    digits.reserve(trimmed.size());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
        else if (c >= QChar(u'０') && c <= QChar(u'９'))
            digits += QChar(char16_t(c.unicode() - u'０' + u'0'));
        else if (!isSeparator(c)) {
            const qsizetype n = c.isHighSurrogate() && i + 1 < trimmed.size() ? 2 : 1;
            return Error{QCoreApplication::translate("CheckDigits", "'%1': '%2' is not a digit")
                             .arg(trimmed.toString(), trimmed.mid(i, n).toString())};
        }
    }
    if (digits.isEmpty())
        return Error{QCoreApplication::translate("CheckDigits", "'%1' has no digits")
                         .arg(trimmed.toString())};
    return digits;
}

int identifierLength(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::MyNumber:
        return kMyNumberLength;
    case IdentifierKind::AtenaNumber:
        return kAtenaNumberLength;
    case IdentifierKind::SetaiNumber:
        return kSetaiNumberLength;
    case IdentifierKind::LocalGovernmentCode:
        return kLocalGovernmentCodeLength;
    }
    return 0;
}

QString identifierName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::MyNumber:
        return QCoreApplication::translate("CheckDigits", "My Number (個人番号)");
    case IdentifierKind::AtenaNumber:
        return QCoreApplication::translate("CheckDigits", "address number (宛名番号)");
    case IdentifierKind::SetaiNumber:
        return QCoreApplication::translate("CheckDigits", "household number (世帯番号)");
    case IdentifierKind::LocalGovernmentCode:
        return QCoreApplication::translate(
            "CheckDigits", "local government code (全国地方公共団体コード)");
    }
    return QString();
}

Result<QString> validateIdentifier(IdentifierKind kind, QStringView input)
{
    const Result<QString> folded = identifierDigits(input);
    if (!folded)
        return Error{QStringLiteral("%1: %2").arg(identifierName(kind), folded.error().message)};
    const QString& digits = folded.value();
    const int length = identifierLength(kind);
    if (digits.size() != length)
        return Error{
            QCoreApplication::translate("CheckDigits", "'%1': %2 has %3 digits, this has %4")
                .arg(input.trimmed().toString(), identifierName(kind))
                .arg(length)
                .arg(digits.size())};

    const QStringView body = QStringView(digits).chopped(1);
    int expected = -1;
    switch (kind) {
    case IdentifierKind::MyNumber:
        expected = myNumberCheckDigit(body);
        break;
    case IdentifierKind::AtenaNumber:
    case IdentifierKind::SetaiNumber:
        expected = mod11CheckDigit(body);
        break;
    case IdentifierKind::LocalGovernmentCode: {
        // The first two digits are the prefecture, 01 (北海道) to 47 (沖縄県).
        const int prefecture = digits.left(2).toInt();
        if (prefecture < 1 || prefecture > 47)
            return Error{QCoreApplication::translate(
                "CheckDigits", "'%1': %2 is not a prefecture code (01–47)")
                             .arg(input.trimmed().toString(), digits.left(2))};
        expected = localGovernmentCodeCheckDigit(body);
        break;
    }
    }
    const int actual = digitAt(digits, digits.size() - 1);
    if (actual != expected)
        return Error{QCoreApplication::translate(
            "CheckDigits", "'%1': wrong check digit: expected %3, got %4 (%2)")
                         .arg(input.trimmed().toString(), identifierName(kind))
                         .arg(expected)
                         .arg(actual)};
    return digits;
}

Result<QString> validateMyNumber(QStringView input)
{
    return validateIdentifier(IdentifierKind::MyNumber, input);
}

Result<QString> validateAtenaNumber(QStringView input)
{
    return validateIdentifier(IdentifierKind::AtenaNumber, input);
}

Result<QString> validateSetaiNumber(QStringView input)
{
    return validateIdentifier(IdentifierKind::SetaiNumber, input);
}

Result<QString> validateLocalGovernmentCode(QStringView input)
{
    return validateIdentifier(IdentifierKind::LocalGovernmentCode, input);
}

} // namespace madoguchi::text
