#include "registry/textsource.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

constexpr qint64 kChunkBytes = 1 << 20;

} // namespace

std::optional<TextEncoding> encodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"cp932" || n == u"windows-31j" || n == u"shift_jis" || n == u"sjis" || n == u"ms932")
        return TextEncoding::Cp932;
    return std::nullopt;
}

QString encodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? QStringLiteral("utf-8") : QStringLiteral("cp932");
}

const char* converterName(TextEncoding encoding)
{
    // ICU's "windows-31j" is Microsoft's table (0x8160 → U+FF5E, 髙 at 0xFBFC),
    // unlike a strict JIS X 0208 Shift_JIS.
    return encoding == TextEncoding::Utf8 ? "UTF-8" : "windows-31j";
}

Result<TextEncoding> detectEncoding(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ResidentImport", "cannot read %1: %2")
                         .arg(path, file.errorString())};
    QStringDecoder utf8(QStringDecoder::Utf8);
    while (!file.atEnd()) {
        const QByteArray bytes = file.read(kChunkBytes);
        if (bytes.isEmpty() && file.error() != QFile::NoError)
            return Error{QCoreApplication::translate("ResidentImport", "cannot read %1: %2")
                             .arg(path, file.errorString())};
        // decode() is lazy: the text must be taken for the check to run.
        const QString text = utf8.decode(bytes);
        if (utf8.hasError())
            return TextEncoding::Cp932;
    }
    return TextEncoding::Utf8;
}

Status TextSource::open(const QString& path, TextEncoding encoding)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ResidentImport", "cannot read %1: %2")
                         .arg(path, m_file.errorString())};
    m_encoding = encoding;
    m_decoder = QStringDecoder(converterName(encoding));
    if (!m_decoder.isValid())
        return Error{
            QCoreApplication::translate("ResidentImport", "this build of Qt cannot decode %1")
                .arg(encodingName(encoding))};
    m_size = m_file.size();
    m_bytesRead = 0;
    m_error.reset();
    return {};
}

bool TextSource::read(QString& chunk)
{
    if (m_error)
        return false;
    const QByteArray bytes = m_file.read(kChunkBytes);
    if (bytes.isEmpty()) {
        if (m_file.error() != QFile::NoError) {
            m_error = Error{QCoreApplication::translate("ResidentImport", "cannot read %1: %2")
                                .arg(m_file.fileName(), m_file.errorString())};
            return false;
        }
        return false;
    }
    const qint64 start = m_bytesRead;
    m_bytesRead += bytes.size();
    chunk = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        m_error = Error{QCoreApplication::translate("ResidentImport",
            "the file is not valid %1 text (bytes %2 to %3); name the right one with --encoding")
                            .arg(encodingName(m_encoding))
                            .arg(start)
                            .arg(m_bytesRead)};
        return false;
    }
    return true;
}

} // namespace madoguchi::registry
