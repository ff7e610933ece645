// base64url without padding as JWS uses it (RFC 7515 §2): the vectors of
// RFC 4648, every length, and every way a text can fail to be strict.
#include "certificate/base64url.h"

#include <gtest/gtest.h>

using madoguchi::certificate::base64UrlDecode;
using madoguchi::certificate::base64UrlEncode;

TEST(Base64Url, EncodesTheRfc4648VectorsWithoutPadding)
{
    EXPECT_EQ(base64UrlEncode(""), QByteArray());
    EXPECT_EQ(base64UrlEncode("f"), QByteArray("Zg"));
    EXPECT_EQ(base64UrlEncode("fo"), QByteArray("Zm8"));
    EXPECT_EQ(base64UrlEncode("foo"), QByteArray("Zm9v"));
    EXPECT_EQ(base64UrlEncode("foob"), QByteArray("Zm9vYg"));
    EXPECT_EQ(base64UrlEncode("fooba"), QByteArray("Zm9vYmE"));
    EXPECT_EQ(base64UrlEncode("foobar"), QByteArray("Zm9vYmFy"));
    // The URL-safe alphabet: - and _ where base64 has + and /.
    EXPECT_EQ(base64UrlEncode(QByteArray::fromHex("fbff")), QByteArray("-_8"));
}

TEST(Base64Url, DecodesWhatItEncodesAtEveryLength)
{
    QByteArray bytes;
    for (int length = 0; length < 70; ++length) {
        const auto decoded = base64UrlDecode(base64UrlEncode(bytes));
        ASSERT_TRUE(decoded) << length;
        EXPECT_EQ(*decoded, bytes) << length;
        bytes.append(char(length * 37 + 11));
    }
    EXPECT_EQ(base64UrlDecode("-_8"), QByteArray::fromHex("fbff"));
}

TEST(Base64Url, RefusesPadding)
{
    EXPECT_FALSE(base64UrlDecode("Zg=="));
    EXPECT_FALSE(base64UrlDecode("Zm8="));
    EXPECT_FALSE(base64UrlDecode("Zm9v===="));
}

TEST(Base64Url, RefusesCharactersOutsideTheAlphabet)
{
    EXPECT_FALSE(base64UrlDecode("+_8")); // the standard alphabet's +
    EXPECT_FALSE(base64UrlDecode("-/8")); // and /
    EXPECT_FALSE(base64UrlDecode(" Zm9v"));
    EXPECT_FALSE(base64UrlDecode("Zm9v\n"));
    EXPECT_FALSE(base64UrlDecode("Zm.9v"));
    EXPECT_FALSE(base64UrlDecode("Zm9\xc3\xa9"));
}

TEST(Base64Url, RefusesALengthThatLeavesOneCharacterOver)
{
    EXPECT_FALSE(base64UrlDecode("Zm9vY"));
    EXPECT_FALSE(base64UrlDecode("Z"));
}

TEST(Base64Url, RefusesASecondSpellingOfTheSameBytes)
{
    // "Zh" sets bits after the one byte "f" that "Zg" carries.
    EXPECT_EQ(base64UrlDecode("Zg"), QByteArray("f"));
    EXPECT_FALSE(base64UrlDecode("Zh"));
    EXPECT_FALSE(base64UrlDecode("Zm9"));
    EXPECT_EQ(base64UrlDecode("Zm8"), QByteArray("fo"));
}
