// 郵便番号 → address (core/text/postalcodes.h), on the directory compiled
// into the build from Debian's skkdic-extra (scripts/packages.txt).
#include "text/postalcodes.h"

#include <gtest/gtest.h>

using namespace madoguchi::text;
using namespace Qt::StringLiterals;

TEST(PostalCodes, TheDirectoryIsCompiledIn)
{
    ASSERT_TRUE(hasPostalCodeDirectory())
        << "built without SKK-JISYO.zipcode: install skkdic-extra (scripts/packages.txt)";
}

TEST(PostalCodes, AreReadAsPeopleWriteThem)
{
    for (const char16_t* written : {u"5300001", u"530-0001", u"〒530-0001", u"〒5300001",
             u"５３０－０００１", u" 530-0001"})
        EXPECT_EQ(postalCodeDigits(QStringView(written)), std::optional<QString>(u"5300001"_s))
            << QString::fromUtf16(written).toStdString();
    for (const char16_t* notOne : {u"", u"530001", u"53000011", u"53-00001", u"530-00-01",
             u"5300001a", u"梅田", u"1-1-1", u"530 0001"})
        EXPECT_FALSE(postalCodeDigits(QStringView(notOne)))
            << QString::fromUtf16(notOne).toStdString();
}

TEST(PostalCodes, GiveTheirTown)
{
    EXPECT_EQ(addressesOfPostalCode(u"5300001"_s), QStringList{u"大阪府大阪市北区梅田"_s});
    EXPECT_EQ(addressesOfPostalCode(u"1000001"_s), QStringList{u"東京都千代田区千代田"_s});
    // The source is EUC-JIS-2004: kanji read back right.
    EXPECT_EQ(addressesOfPostalCode(u"0040801"_s), QStringList{u"北海道札幌市清田区里塚一条"_s});
}

TEST(PostalCodes, ACodeOfSeveralTownsGivesThemAllAndAnUnusedOneNothing)
{
    const QStringList towns = addressesOfPostalCode(u"0030022"_s);
    ASSERT_EQ(towns.size(), 2);
    EXPECT_EQ(towns.at(0), u"北海道札幌市白石区南郷通"_s);
    EXPECT_EQ(towns.at(1), u"北海道札幌市白石区南郷通南"_s);
    EXPECT_TRUE(addressesOfPostalCode(u"0000000"_s).isEmpty());
    EXPECT_TRUE(addressesOfPostalCode(u"530000"_s).isEmpty());
    EXPECT_TRUE(addressesOfPostalCode(u"abcdefg"_s).isEmpty());
}
