#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

// A QR code for a pre-entry code (issue #10, docs/preentry.md, "The QR
// code"), made with libqrencode. Core stays GUI-free: the matrix, and text
// renderings of it (SVG, a terminal), no image.
namespace madoguchi::preentry {

// Light modules around the symbol that a reader needs (ISO/IEC 18004: 4).
inline constexpr int kQuietZone = 4;

struct QrMatrix {
    int version = 0; // 1 … 40
    int size = 0; // modules per side, quiet zone not included (17 + 4 × version)
    bool alphanumeric = false; // one segment in alphanumeric mode; else libqrencode's choice
    QList<bool> modules; // row by row, true = dark

    bool dark(int x, int y) const { return modules.at(qsizetype(y) * size + x); }

    // A standalone SVG document, `moduleSize` user units a module, with the
    // quiet zone: a white background and one black path.
    QString toSvg(int moduleSize = 4) const;
    // For a terminal (UTF-8 half blocks, two rows a line, quiet zone
    // included), in explicit colours (white on black) so that it scans on
    // a dark or a light terminal alike.
    QString toTerminal() const;
};

// Whether every character of `text` is one of the 45 of alphanumeric mode
// (0-9 A-Z space $ % * + - . / :).
bool isQrAlphanumeric(QStringView text);

// The QR code of `text` at error correction level M, the smallest version
// that holds it: one alphanumeric segment when the text allows (a
// pre-entry code always does), else libqrencode's mix of modes for the
// UTF-8 bytes. An Error when the text is empty or does not fit version 40.
Result<QrMatrix> makeQrCode(const QString& text);

} // namespace madoguchi::preentry
