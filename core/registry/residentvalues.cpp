#include "registry/residentvalues.h"

#include "text/japanesedate.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

bool isFullWidthKatakana(char16_t c)
{
    // ァ … ヺ, ・, ー, ヽ ヾ
    return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FB || c == 0x30FC || c == 0x30FD || c == 0x30FE;
}

bool isStoredKana(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c == u' ') {
            if (i == 0 || i + 1 == s.size() || s[i - 1] == u' ')
                return false;
            continue;
        }
        if (!isFullWidthKatakana(c))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

Result<QString> storageDate(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (Result<text::JapaneseDate> stored = text::JapaneseDate::fromStorageString(trimmed))
        return stored.value().toStorageString();
    Result<text::JapaneseDate> parsed = text::parseJapaneseDate(trimmed);
    if (!parsed)
        return parsed.error();
    return parsed.value().toStorageString();
}

QString normalizeName(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

Result<QString> normalizeKana(QStringView text)
{
    // The common case, already stored form, costs one scan.
    if (isStoredKana(text))
        return text.toString();
    // NFKC turns ｶﾞ into ガ and full-width spaces into ASCII ones.
    QString kana = normalizeName(text.toString().normalized(QString::NormalizationForm_KC));
    for (QChar& c : kana)
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096) // hiragana → katakana
            c = QChar(char16_t(c.unicode() + 0x60));
    for (QChar c : std::as_const(kana))
        if (c != QLatin1Char(' ') && !isFullWidthKatakana(c.unicode()))
            return Error{
                QCoreApplication::translate("ResidentImport", "'%1' is not katakana (found '%2')")
                    .arg(text.toString(), QString(c))};
    if (kana.isEmpty())
        return Error{QCoreApplication::translate("ResidentImport", "required")};
    return kana;
}

Result<QString> fixedDigits(QStringView text, int length)
{
    QString digits;
    for (QChar c : text.trimmed()) {
        if (c == QLatin1Char('-'))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Error{
                QCoreApplication::translate("ResidentImport", "'%1' is not a number of %2 digits")
                    .arg(text.toString())
                    .arg(length)};
        digits.append(c);
    }
    if (digits.size() != length)
        return Error{
            QCoreApplication::translate("ResidentImport", "'%1' is not a number of %2 digits")
                .arg(text.toString())
                .arg(length)};
    return digits;
}

} // namespace madoguchi::registry
