#include "text/postalcodes.h"

#include <QByteArray>
#include <QFile>
#include <algorithm>
#include <utility>
#include <vector>

namespace madoguchi::text {
namespace {

constexpr char kDirectory[] = ":/text/postalcodes.txt";

// Lines "5300001 /大阪府大阪市北区梅田/" (SKK's format: candidates between
// slashes, an annotation after ';'); ";;" starts a comment. Kept as the
// file's UTF-8 bytes (5.5 MB) with a sorted index of (code, line start),
// 1 MB: a hash of QStrings took 30 MB. Read once, at the first address
// field (about 40 ms in a debug build).
struct Directory {
    QByteArray text;
    std::vector<std::pair<quint32, qsizetype>> lines; // sorted by code
};

Directory readDirectory()
{
    Directory directory;
    QFile file(QString::fromLatin1(kDirectory));
    if (!file.open(QIODevice::ReadOnly))
        return directory;
    directory.text = file.readAll();
    const QByteArray& text = directory.text;
    directory.lines.reserve(125'000);
    for (qsizetype at = 0; at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        if (end - at > 9 && text.at(at) != ';' && text.at(at + 7) == ' ') {
            bool ok = false;
            const quint32 code = QByteArrayView(text).sliced(at, 7).toUInt(&ok);
            if (ok)
                directory.lines.emplace_back(code, at + 8);
        }
        at = end + 1;
    }
    std::sort(directory.lines.begin(), directory.lines.end());
    return directory;
}

const Directory& directory()
{
    static const Directory codes = readDirectory(); // thread-safe, once
    return codes;
}

} // namespace

std::optional<QString> postalCodeDigits(QStringView input)
{
    QString digits;
    int hyphens = 0;
    qsizetype hyphenAt = -1;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == u'〒' && digits.isEmpty() && hyphens == 0)
            continue;
        if (c.isSpace() && digits.isEmpty())
            continue;
        if (c == u'-' || c == u'－' || c == u'‐' || c == u'ー') {
            ++hyphens;
            hyphenAt = digits.size();
            continue;
        }
        const int value = c.digitValue(); // full-width digits too
        if (value < 0 || c.unicode() > 0xFF19)
            return std::nullopt;
        digits += QChar(u'0' + value);
    }
    if (digits.size() != 7 || hyphens > 1 || (hyphens == 1 && hyphenAt != 3))
        return std::nullopt;
    return digits;
}

QStringList addressesOfPostalCode(const QString& digits)
{
    bool ok = false;
    const quint32 code = digits.toUInt(&ok);
    if (!ok || digits.size() != 7)
        return {};
    const Directory& d = directory();
    const auto found = std::lower_bound(d.lines.begin(), d.lines.end(),
        std::pair<quint32, qsizetype>(code, 0));
    if (found == d.lines.end() || found->first != code)
        return {};
    qsizetype end = d.text.indexOf('\n', found->second);
    if (end < 0)
        end = d.text.size();
    const QString candidates
        = QString::fromUtf8(QByteArrayView(d.text).sliced(found->second, end - found->second));
    QStringList addresses;
    for (const QString& candidate : candidates.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString address = candidate.section(QLatin1Char(';'), 0, 0).trimmed();
        if (!address.isEmpty())
            addresses << address;
    }
    return addresses;
}

bool hasPostalCodeDirectory()
{
    return !directory().lines.empty();
}

} // namespace madoguchi::text
