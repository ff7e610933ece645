#include "preentry/qrcode.h"

#include "preentry/base45.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>

namespace madoguchi::preentry {
namespace {

struct QrCodeFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
struct QrInputFree {
    void operator()(QRinput* input) const { QRinput_free(input); }
};

QRcode* encodeAlphanumeric(const QByteArray& ascii)
{
    // QRcode_encodeString() would split the text into segments of its
    // own choosing; a single alphanumeric segment is what capacities in
    // docs/preentry.md count.
    std::unique_ptr<QRinput, QrInputFree> input(QRinput_new2(0, QR_ECLEVEL_M));
    if (!input)
        return nullptr;
    if (QRinput_append(input.get(), QR_MODE_AN, int(ascii.size()),
            reinterpret_cast<const unsigned char*>(ascii.constData()))
        != 0)
        return nullptr;
    return QRcode_encodeInput(input.get());
}

} // namespace

bool isQrAlphanumeric(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() >= 128 || !QLatin1String(kBase45Alphabet).contains(c))
            return false;
    return true;
}

Result<QrMatrix> makeQrCode(const QString& text)
{
    if (text.isEmpty())
        return Error{QCoreApplication::translate("PreEntry", "a QR code of nothing")};
    const bool alphanumeric = isQrAlphanumeric(text);
    const QByteArray bytes = text.toUtf8();
    errno = 0;
    std::unique_ptr<QRcode, QrCodeFree> code(alphanumeric
            ? encodeAlphanumeric(bytes)
            : QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return Error{QCoreApplication::translate("PreEntry",
                "%1 characters do not fit a QR code at error correction M (at most 3391 in "
                "alphanumeric mode, version 40)")
                             .arg(text.size())};
        return Error{QCoreApplication::translate("PreEntry", "libqrencode failed: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }
    QrMatrix matrix;
    matrix.version = code->version;
    matrix.size = code->width;
    matrix.alphanumeric = alphanumeric;
    const qsizetype count = qsizetype(code->width) * code->width;
    matrix.modules.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        matrix.modules.append((code->data[i] & 1) != 0); // bit 0: dark
    return matrix;
}

QString QrMatrix::toSvg(int moduleSize) const
{
    const int side = size + 2 * kQuietZone;
    QString path;
    // One rectangle per run of dark modules in a row keeps the file small.
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < size && dark(x + run, y))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z")
                        .arg(x + kQuietZone)
                        .arg(y + kQuietZone)
                        .arg(run);
            x += run;
        }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                          "width=\"%1\" height=\"%1\" viewBox=\"0 0 %2 %2\" "
                          "shape-rendering=\"crispEdges\">\n"
                          "<rect width=\"%2\" height=\"%2\" fill=\"#ffffff\"/>\n"
                          "<path fill=\"#000000\" d=\"%3\"/>\n"
                          "</svg>\n")
        .arg(side * moduleSize)
        .arg(side)
        .arg(path);
}

QString QrMatrix::toTerminal() const
{
    // White foreground draws the light modules, the black background is
    // the dark ones: ▀ is a light upper and dark lower module, and so on.
    const QString colours = QStringLiteral("\x1b[97;40m");
    const QString reset = QStringLiteral("\x1b[0m");
    const int side = size + 2 * kQuietZone;
    const auto light = [this](int x, int y) {
        x -= kQuietZone;
        y -= kQuietZone;
        return x < 0 || y < 0 || x >= size || y >= size || !dark(x, y);
    };
    QString out;
    for (int y = 0; y < side; y += 2) {
        out += colours;
        for (int x = 0; x < side; ++x) {
            const bool upper = light(x, y);
            const bool lower = y + 1 >= side || light(x, y + 1); // below: more quiet zone
            out += upper && lower ? QStringLiteral("█")
                : upper           ? QStringLiteral("▀")
                : lower           ? QStringLiteral("▄")
                                  : QStringLiteral(" ");
        }
        out += reset + QLatin1Char('\n');
    }
    return out;
}

} // namespace madoguchi::preentry
