#pragma once

#include "common/result.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <optional>

namespace madoguchi::registry {

// The encodings an extract may come in (docs/import-format.md): UTF-8, with
// or without a byte-order mark, and CP932 (Windows-31J, Microsoft's
// Shift_JIS with the NEC and IBM extensions such as 髙 and ①), which many
// municipal systems still write.
enum class TextEncoding { Utf8, Cp932 };

// "utf-8" / "cp932" (also "utf8", "windows-31j", "shift_jis", "sjis"), or
// nullopt for a name we do not read.
std::optional<TextEncoding> encodingFromName(const QString& name);
QString encodingName(TextEncoding encoding);
// The name Qt's converter (ICU underneath on Debian) knows the encoding by.
const char* converterName(TextEncoding encoding);

// Reads the whole file once: valid UTF-8 (with or without BOM) is UTF-8,
// anything else is taken for CP932. Pure ASCII is UTF-8, which reads the
// same. An unreadable file is an error.
Result<TextEncoding> detectEncoding(const QString& path);

// A text file decoded in chunks, so a large extract never sits in memory
// whole. The decoder keeps its state between chunks (a character split
// across two reads is decoded once both halves are in), and a leading UTF-8
// BOM is dropped.
class TextSource {
public:
    Status open(const QString& path, TextEncoding encoding);
    // The next chunk, or false at the end or on an error (see error()).
    bool read(QString& chunk);
    // Why reading stopped early: an I/O error or bytes that are not valid
    // in the encoding; empty after a clean end.
    const std::optional<Error>& error() const { return m_error; }
    // Bytes read so far and in all, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

private:
    QFile m_file;
    QStringDecoder m_decoder;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::optional<Error> m_error;
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
};

} // namespace madoguchi::registry
