#include "preentry/base45.h"

#include <QCoreApplication>
#include <array>

namespace madoguchi::preentry {
namespace {

constexpr int kBase = 45;

// The value of each ASCII character, -1 for those Base45 does not use.
constexpr std::array<int, 128> valueTable()
{
    std::array<int, 128> table{};
    table.fill(-1);
    for (int i = 0; i < kBase; ++i)
        table[static_cast<unsigned char>(kBase45Alphabet[i])] = i;
    return table;
}

constexpr std::array<int, 128> kValues = valueTable();

int valueOf(QChar c)
{
    return c.unicode() < kValues.size() ? kValues[c.unicode()] : -1;
}

// "'x'" for a visible character, "U+3000" for the others.
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString base45Encode(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size() / 2 * 3 + 2);
    const auto put = [&](unsigned value) { text.append(QLatin1Char(kBase45Alphabet[value])); };
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        unsigned n = static_cast<unsigned char>(bytes[i]) * 256u
            + static_cast<unsigned char>(bytes[i + 1]);
        put(n % kBase);
        n /= kBase;
        put(n % kBase);
        put(n / kBase);
    }
    if (i < bytes.size()) {
        const unsigned n = static_cast<unsigned char>(bytes[i]);
        put(n % kBase);
        put(n / kBase);
    }
    return text;
}

Result<QByteArray> base45Decode(QStringView text, qsizetype firstPosition)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (valueOf(text[i]) < 0)
            return Error{QCoreApplication::translate("PreEntry",
                "character %1 at position %2 is not one of the 45 characters of Base45 "
                "(0-9, A-Z, space and $ % * + - . / :)")
                             .arg(shown(text[i]))
                             .arg(firstPosition + i)};
    if (text.size() % 3 == 1)
        return Error{QCoreApplication::translate("PreEntry",
            "the Base45 text has %1 characters, so its last group has only one (the code is "
            "cut short or has a character too many)")
                         .arg(text.size())};
    QByteArray bytes;
    bytes.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const QStringView group = text.mid(i, 3);
        if (group.size() == 3) {
            const unsigned n = unsigned(valueOf(group[0])) + unsigned(valueOf(group[1])) * kBase
                + unsigned(valueOf(group[2])) * kBase * kBase;
            if (n > 0xFFFF)
                return Error{QCoreApplication::translate("PreEntry",
                    "the Base45 group \"%1\" at position %2 is worth %3, more than 65535")
                                 .arg(group.toString())
                                 .arg(firstPosition + i)
                                 .arg(n)};
            bytes.append(char(n >> 8));
            bytes.append(char(n & 0xFF));
        } else {
            const unsigned n = unsigned(valueOf(group[0])) + unsigned(valueOf(group[1])) * kBase;
            if (n > 0xFF)
                return Error{QCoreApplication::translate("PreEntry",
                    "the last Base45 group \"%1\" at position %2 is worth %3, more than 255")
                                 .arg(group.toString())
                                 .arg(firstPosition + i)
                                 .arg(n)};
            bytes.append(char(n));
        }
    }
    return bytes;
}

} // namespace madoguchi::preentry
