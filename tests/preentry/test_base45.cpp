// Base45 (RFC 9285): the RFC's examples both ways, every byte value, and
// each way a text can fail to be Base45.
#include "preentry/base45.h"
#include "support/qtprinters.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace madoguchi::preentry;

namespace {

struct Vector {
    const char* bytes;
    const char* text;
};

// RFC 9285, sections 4.3 and 4.4.
const Vector kRfcVectors[] = {
    {"AB", "BB8"},
    {"Hello!!", "%69 VD92EX0"},
    {"base-45", "UJCLQE7W581"},
    {"ietf!", "QED8WEX0"},
};

QString decodeError(const char* text)
{
    const auto decoded = base45Decode(QString::fromLatin1(text));
    EXPECT_FALSE(decoded) << text;
    return decoded ? QString() : decoded.error().message;
}

} // namespace

TEST(Base45, EncodesTheRfcExamples)
{
    for (const Vector& v : kRfcVectors)
        EXPECT_EQ(base45Encode(QByteArray(v.bytes)), QString::fromLatin1(v.text)) << v.bytes;
}

TEST(Base45, DecodesTheRfcExamples)
{
    for (const Vector& v : kRfcVectors) {
        const auto decoded = base45Decode(QString::fromLatin1(v.text));
        ASSERT_TRUE(decoded) << v.text << ": " << decoded.error().message.toStdString();
        EXPECT_EQ(decoded.value(), QByteArray(v.bytes));
    }
}

TEST(Base45, NothingIsNothing)
{
    EXPECT_EQ(base45Encode({}), QString());
    const auto decoded = base45Decode(u"");
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded->isEmpty());
}

TEST(Base45, EveryByteValueAndLengthRoundTrips)
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    for (qsizetype length = 0; length <= all.size(); length += 1) {
        const QByteArray bytes = all.left(length);
        const QString text = base45Encode(bytes);
        EXPECT_EQ(text.size(), bytes.size() / 2 * 3 + bytes.size() % 2 * 2);
        const auto back = base45Decode(text);
        ASSERT_TRUE(back) << back.error().message.toStdString();
        EXPECT_EQ(back.value(), bytes);
    }
    // The extremes of a pair and of a single byte.
    EXPECT_EQ(base45Encode(QByteArray("\xFF\xFF", 2)), QStringLiteral("FGW"));
    EXPECT_EQ(base45Encode(QByteArray("\xFF", 1)), QStringLiteral("U5"));
}

TEST(Base45, ATextNeverEndsWithASpace)
{
    // Why a scanner's trailing white space can be trimmed (docs/preentry.md):
    // the last character is worth at most 32 ('W'), a space is 36.
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(1 + random->bounded(40), Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random->bounded(256));
        const QString text = base45Encode(bytes);
        ASSERT_NE(text.back(), QLatin1Char(' ')) << bytes.toHex().constData();
    }
}

TEST(Base45, RefusesAGroupWorthMoreThan65535)
{
    // RFC 9285 section 4.4's own example of an invalid text.
    EXPECT_TRUE(decodeError("GGW").contains(u"\"GGW\" at position 1 is worth 65536"))
        << decodeError("GGW").toStdString();
    EXPECT_EQ(decodeError("BB8:::"),
        QStringLiteral("the Base45 group \":::\" at position 4 is worth 91124, more than 65535"));
}

TEST(Base45, RefusesALastPairWorthMoreThan255)
{
    const QString message = decodeError("BB8::");
    EXPECT_TRUE(message.contains(u"last Base45 group \"::\" at position 4 is worth 2024"))
        << message.toStdString();
}

TEST(Base45, RefusesALastGroupOfOneCharacter)
{
    const QString message = decodeError("BB8B");
    EXPECT_TRUE(message.contains(u"4 characters")) << message.toStdString();
    EXPECT_TRUE(message.contains(u"cut short")) << message.toStdString();
}

TEST(Base45, RefusesCharactersOutsideTheAlphabetWithTheirPosition)
{
    EXPECT_TRUE(decodeError("bb8").contains(u"character 'b' at position 1")) << "lower case";
    EXPECT_TRUE(decodeError("BB8Q_D").contains(u"character '_' at position 5"));
    EXPECT_TRUE(decodeError("BB\t").contains(u"U+0009 at position 3"));
    const auto wide = base45Decode(QStringLiteral("BB８"));
    ASSERT_FALSE(wide);
    EXPECT_TRUE(wide.error().message.contains(u"'８' at position 3"))
        << wide.error().message.toStdString();
}

TEST(Base45, PositionsCountFromWhereTheTextStands)
{
    const auto decoded = base45Decode(u"BBx", 6);
    ASSERT_FALSE(decoded);
    EXPECT_TRUE(decoded.error().message.contains(u"position 8"))
        << decoded.error().message.toStdString();
}
