#include "preentry/preentrycode.h"

#include "preentry/base45.h"
#include "preentry/zlibstream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace madoguchi::preentry {
namespace {

// The code as it was made from what a scanner typed or a clerk pasted:
// NFKC turns full-width forms (an input method left on) into ASCII,
// trimming drops the scanner's Enter (a Base45 text never ends with a
// space: its last character is worth at most 32), and upper case undoes
// Caps Lock (Base45 has no lower case, so nothing valid changes).
QString normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
}

Error unreadable(const QString& why)
{
    return Error{
        QCoreApplication::translate("PreEntry", "the pre-entry code cannot be read: %1").arg(why)};
}

} // namespace

Result<QString> encodePreEntry(const PreEntry& entry)
{
    const QJsonObject json = preentryJson(entry);
    if (const Result<PreEntry> checked = readPreEntry(json); !checked)
        return checked.error();
    const QByteArray utf8 = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (utf8.size() > kMaxJsonBytes)
        return Error{QCoreApplication::translate(
            "PreEntry", "the pre-entry's JSON has %1 bytes, more than the %2 a code may hold")
                         .arg(utf8.size())
                         .arg(kMaxJsonBytes)};
    const Result<QByteArray> compressed = zlibCompress(utf8);
    if (!compressed)
        return compressed.error();
    const QString code = QLatin1String(kCodePrefix) + base45Encode(compressed.value());
    if (code.size() > kMaxCodeLength)
        return Error{QCoreApplication::translate("PreEntry",
            "the code would have %1 characters, more than the %2 a pre-entry code may have "
            "(a QR code of version 25 at error correction M): its JSON is %3 bytes, %4 "
            "compressed. Leave out answers the clerk can ask at the counter")
                         .arg(code.size())
                         .arg(kMaxCodeLength)
                         .arg(utf8.size())
                         .arg(compressed->size())};
    return code;
}

Result<PreEntry> decodePreEntry(const QString& text)
{
    const QString code = normalized(text);
    if (code.isEmpty())
        return Error{QCoreApplication::translate("PreEntry", "the pre-entry code is empty")};
    static const QRegularExpression prefix(QStringLiteral("^MDP([0-9]+):"));
    const QRegularExpressionMatch match = prefix.match(code);
    const QLatin1String expected(kCodePrefix);
    if (!match.hasMatch()) {
        if (code.startsWith(expected.chopped(1)) && code.size() > expected.size() - 1)
            return Error{QCoreApplication::translate("PreEntry",
                "not a pre-entry code: the 5th character should be ':' but is '%1'. A scanner "
                "set to another keyboard layout than the computer's types symbols wrong; set "
                "both to the same layout")
                             .arg(code.at(expected.size() - 1))};
        return Error{QCoreApplication::translate(
            "PreEntry", "not a pre-entry code: it must begin with %1 (it begins with \"%2\")")
                         .arg(expected, code.left(8))};
    }
    if (match.captured(0) != expected)
        return Error{QCoreApplication::translate("PreEntry",
            "a pre-entry code of format version %1 (%2); this desk reads version %3 (%4): "
            "update Madoguchi")
                         .arg(match.captured(1), match.captured(0))
                         .arg(kFormatVersion)
                         .arg(expected)};
    if (code.size() > kMaxCodeLength)
        return Error{QCoreApplication::translate(
            "PreEntry", "the code has %1 characters; a pre-entry code has at most %2")
                         .arg(code.size())
                         .arg(kMaxCodeLength)};

    const Result<QByteArray> compressed
        = base45Decode(QStringView(code).mid(expected.size()), expected.size() + 1);
    if (!compressed)
        return unreadable(compressed.error().message);
    const Result<QByteArray> utf8 = zlibDecompress(compressed.value(), kMaxJsonBytes);
    if (!utf8)
        return unreadable(utf8.error().message);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(utf8.value());
    Q_UNUSED(decoded) // only whether it decodes matters; QJsonDocument reads the bytes
    if (decoder.hasError())
        return unreadable(QCoreApplication::translate("PreEntry", "its data is not UTF-8 text"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8.value(), &error);
    if (error.error != QJsonParseError::NoError)
        return unreadable(
            QCoreApplication::translate("PreEntry", "its data is not JSON (at byte %1: %2)")
                .arg(error.offset)
                .arg(error.errorString()));
    if (!document.isObject())
        return unreadable(
            QCoreApplication::translate("PreEntry", "its data is JSON but not an object"));
    return readPreEntry(document.object());
}

bool looksLikePreEntry(const QString& text)
{
    const QString code = normalized(text);
    return code.size() > 3 && code.startsWith(QLatin1String("MDP")) && code.at(3).isDigit();
}

} // namespace madoguchi::preentry
