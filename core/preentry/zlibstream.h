#pragma once

#include "common/result.h"

#include <QByteArray>

// zlib (RFC 1950: a deflate stream with a header and an Adler-32 check)
// for pre-entry codes: the smallest output, and a decompression that
// refuses what is corrupt, cut short, followed by anything, or larger than
// the caller allows (a small code can inflate to megabytes).
namespace madoguchi::preentry {

// compress2() at level 9.
Result<QByteArray> zlibCompress(const QByteArray& data);

// The data `compressed` holds: exactly one zlib stream, nothing after it,
// at most `maxSize` bytes once decompressed.
Result<QByteArray> zlibDecompress(const QByteArray& compressed, qsizetype maxSize);

} // namespace madoguchi::preentry
