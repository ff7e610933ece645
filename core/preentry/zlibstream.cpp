#include "preentry/zlibstream.h"

#include <QCoreApplication>
#include <zlib.h>

namespace madoguchi::preentry {

Result<QByteArray> zlibCompress(const QByteArray& data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
        reinterpret_cast<const Bytef*>(data.constData()), uLong(data.size()), Z_BEST_COMPRESSION);
    if (rc != Z_OK)
        return Error{QCoreApplication::translate("PreEntry", "zlib could not compress: %1")
                         .arg(QString::fromLatin1(zError(rc)))};
    out.truncate(qsizetype(size));
    return out;
}

Result<QByteArray> zlibDecompress(const QByteArray& compressed, qsizetype maxSize)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return Error{QCoreApplication::translate("PreEntry", "zlib could not start")};
    // One byte more than allowed: filling it is how "too large" shows.
    QByteArray out(maxSize + 1, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = inflate(&stream, Z_FINISH);
    const QString message
        = stream.msg ? QString::fromLatin1(stream.msg) : QString::fromLatin1(zError(rc));
    const uInt left = stream.avail_in;
    const uLong produced = stream.total_out;
    const uInt room = stream.avail_out;
    inflateEnd(&stream);

    if (rc == Z_STREAM_END && produced <= uLong(maxSize)) {
        if (left > 0)
            return Error{QCoreApplication::translate("PreEntry",
                "%1 byte(s) follow the end of the compressed data (something was added to the "
                "code)")
                             .arg(left)};
        out.truncate(qsizetype(produced));
        return out;
    }
    if (room == 0 || produced > uLong(maxSize))
        return Error{QCoreApplication::translate("PreEntry",
            "the data decompresses to more than %1 bytes; a pre-entry is never that large")
                         .arg(maxSize)};
    if (rc == Z_DATA_ERROR)
        return Error{QCoreApplication::translate("PreEntry",
            "the compressed data is corrupt (zlib: %1): a character of the code was changed, "
            "left out or added")
                         .arg(message)};
    if (rc == Z_BUF_ERROR || rc == Z_OK)
        return Error{QCoreApplication::translate(
            "PreEntry", "the compressed data ends too early: the code is cut short")};
    return Error{
        QCoreApplication::translate("PreEntry", "zlib could not decompress: %1").arg(message)};
}

} // namespace madoguchi::preentry
