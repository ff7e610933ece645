// The QR code of a pre-entry code: its version, the capacities
// docs/preentry.md gives (alphanumeric mode, level M), and renderings that
// give back the very modules of the symbol.
#include "preentry/qrcode.h"
#include "preentrytestsupport.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace madoguchi;
using namespace madoguchi::preentrytest;

namespace {

// ISO/IEC 18004:2015 Table 7, alphanumeric mode, error correction level M,
// versions 1 … 40 (the table in docs/preentry.md).
constexpr int kCapacityM[40] = {20, 38, 61, 90, 122, 154, 178, 221, 262, 311, 366, 419, 483, 528,
    600, 656, 734, 816, 909, 970, 1035, 1134, 1248, 1326, 1451, 1542, 1637, 1732, 1839, 1994, 2113,
    2238, 2369, 2506, 2632, 2780, 2894, 3054, 3220, 3391};

preentry::QrMatrix qrOf(const QString& text)
{
    const auto qr = preentry::makeQrCode(text);
    EXPECT_TRUE(qr) << qr.error().message.toStdString();
    return qr ? qr.value() : preentry::QrMatrix{};
}

// The modules an SVG of toSvg() draws, read back from its path.
QList<bool> modulesOfSvg(const QString& svg, int* side)
{
    QXmlStreamReader xml(svg);
    QString d;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            *side = xml.attributes().value(QLatin1String("viewBox")).split(u' ').at(2).toInt();
        if (xml.name() == QLatin1String("path"))
            d = xml.attributes().value(QLatin1String("d")).toString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    QList<bool> modules(qsizetype(*side) * *side, false);
    static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-\\3z"));
    qsizetype covered = 0;
    for (auto it = run.globalMatch(d); it.hasNext();) {
        const auto m = it.next();
        covered += m.capturedLength();
        const int x = m.captured(1).toInt(), y = m.captured(2).toInt(), n = m.captured(3).toInt();
        for (int i = 0; i < n; ++i)
            modules[qsizetype(y) * *side + x + i] = true;
    }
    EXPECT_EQ(covered, d.size()) << "the path is runs only";
    return modules;
}

} // namespace

TEST(QrCode, ThePreEntryCodeIsOneAlphanumericSegmentAtASmallVersion)
{
    const auto code = preentry::encodePreEntry(demoEntry());
    ASSERT_TRUE(code);
    const preentry::QrMatrix qr = qrOf(code.value());
    EXPECT_TRUE(qr.alphanumeric);
    EXPECT_GE(qr.version, 1);
    EXPECT_LE(qr.version, 25);
    EXPECT_EQ(qr.size, 17 + 4 * qr.version);
    EXPECT_EQ(qr.modules.size(), qr.size * qr.size);
    // The smallest version that holds it.
    EXPECT_LE(code->size(), kCapacityM[qr.version - 1]);
    if (qr.version > 1) {
        EXPECT_GT(code->size(), kCapacityM[qr.version - 2]);
    }
    std::cout << "[ demo ] " << code->size() << " characters, QR version " << qr.version << "\n";
}

TEST(QrCode, CapacitiesAtLevelMAreTheStandardsAndTheLimitIsVersion25)
{
    for (int version = 1; version <= 40; ++version) {
        const int capacity = kCapacityM[version - 1];
        EXPECT_EQ(qrOf(QString(capacity, QLatin1Char('A'))).version, version) << capacity;
        if (version < 40) {
            EXPECT_EQ(qrOf(QString(capacity + 1, QLatin1Char('A'))).version, version + 1)
                << capacity + 1;
        }
    }
    EXPECT_EQ(preentry::kMaxCodeLength, kCapacityM[24]);
    const auto tooLong = preentry::makeQrCode(QString(3392, QLatin1Char('A')));
    ASSERT_FALSE(tooLong);
    EXPECT_TRUE(tooLong.error().message.startsWith(u"3392 characters do not fit a QR code"));
}

TEST(QrCode, OtherTextIsEncodedToo)
{
    EXPECT_TRUE(preentry::isQrAlphanumeric(u"MDP1:%69 VD92EX0"));
    EXPECT_FALSE(preentry::isQrAlphanumeric(u"mdp1:"));
    EXPECT_FALSE(preentry::isQrAlphanumeric(u"高橋"));
    const preentry::QrMatrix qr = qrOf(QStringLiteral("高橋 結衣"));
    EXPECT_FALSE(qr.alphanumeric);
    EXPECT_EQ(qr.version, 1);
    EXPECT_FALSE(preentry::makeQrCode(QString()));
}

TEST(QrCode, TheFinderPatternIsWhereTheStandardPutsIt)
{
    const preentry::QrMatrix qr = qrOf(QStringLiteral("MDP1:BB8"));
    for (int i = 0; i < 7; ++i) {
        EXPECT_TRUE(qr.dark(i, 0) && qr.dark(0, i) && qr.dark(i, 6) && qr.dark(6, i)) << i;
        EXPECT_TRUE(qr.dark(qr.size - 1 - i, 0)) << "top right " << i;
        EXPECT_TRUE(qr.dark(0, qr.size - 1 - i)) << "bottom left " << i;
    }
    EXPECT_FALSE(qr.dark(1, 1));
    EXPECT_TRUE(qr.dark(3, 3));
    EXPECT_FALSE(qr.dark(7, 7)) << "the separator";
}

TEST(QrCode, TheSvgIsWellFormedAndDrawsTheModules)
{
    const preentry::QrMatrix qr = qrOf(QStringLiteral("MDP1:%69 VD92EX0"));
    const QString svg = qr.toSvg(5);
    EXPECT_TRUE(svg.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    const int side = qr.size + 2 * preentry::kQuietZone;
    EXPECT_TRUE(svg.contains(QStringLiteral("width=\"%1\"").arg(side * 5)));
    int svgSide = 0;
    const QList<bool> drawn = modulesOfSvg(svg, &svgSide);
    ASSERT_EQ(svgSide, side);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int qx = x - preentry::kQuietZone, qy = y - preentry::kQuietZone;
            const bool inside = qx >= 0 && qy >= 0 && qx < qr.size && qy < qr.size;
            ASSERT_EQ(drawn.at(qsizetype(y) * side + x), inside && qr.dark(qx, qy))
                << x << "," << y;
        }
}

TEST(QrCode, TheTerminalRenderingHasTwoRowsALine)
{
    const preentry::QrMatrix qr = qrOf(QStringLiteral("MDP1:QED8WEX0"));
    const int side = qr.size + 2 * preentry::kQuietZone;
    QStringList lines = qr.toTerminal().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.takeLast(), QString());
    ASSERT_EQ(lines.size(), (side + 1) / 2);
    for (int row = 0; row < lines.size(); ++row) {
        QString line = lines.at(row);
        ASSERT_TRUE(line.startsWith(u"\x1b[97;40m") && line.endsWith(u"\x1b[0m"));
        line = line.mid(8).chopped(4);
        ASSERT_EQ(line.size(), side);
        for (int x = 0; x < side; ++x) {
            // Upper and lower half: light is drawn (white), dark is not.
            const QChar c = line.at(x);
            const bool upperLight = c == QChar(0x2588) || c == QChar(0x2580);
            const bool lowerLight = c == QChar(0x2588) || c == QChar(0x2584);
            for (const auto& [y, light] :
                {std::pair{2 * row, upperLight}, {2 * row + 1, lowerLight}}) {
                const int qx = x - preentry::kQuietZone, qy = y - preentry::kQuietZone;
                const bool dark
                    = qx >= 0 && qy >= 0 && qx < qr.size && qy < qr.size && qr.dark(qx, qy);
                ASSERT_EQ(light, !dark) << x << "," << y;
            }
        }
    }
}
