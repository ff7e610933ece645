// The 続柄 vocabulary and the standard member order (memberorder.h):
// table-driven, with the odd inputs an import file or a hand edit brings.
#include "registry/memberorder.h"
#include "support/qtprinters.h"

#include <QList>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi::registry;

struct RankCase {
    const char16_t* relationship;
    int rank;
};

TEST(MemberOrder, EveryWordOfTheVocabularyHasItsRank)
{
    const RankCase cases[] = {
        {u"世帯主", rank::Head},
        {u"夫", rank::Spouse},
        {u"妻", rank::Spouse},
        {u"夫（未届）", rank::Spouse},
        {u"妻（未届）", rank::Spouse},
        {u"子", rank::Child},
        {u"妻の子", rank::SpouseChild},
        {u"夫の子", rank::SpouseChild},
        {u"子の夫", rank::ChildSpouse},
        {u"子の妻", rank::ChildSpouse},
        {u"子の妻（未届）", rank::ChildSpouse},
        {u"子の子", rank::Grandchild},
        {u"子の子の子", rank::OtherDescendant},
        {u"子の子の妻", rank::OtherDescendant},
        {u"子の子の子の子", rank::OtherDescendant},
        {u"父", rank::Parent},
        {u"母", rank::Parent},
        {u"父の妻", rank::ParentSpouse},
        {u"母の夫", rank::ParentSpouse},
        {u"妻の父", rank::SpouseParent},
        {u"夫の母", rank::SpouseParent},
        {u"父の父", rank::Grandparent},
        {u"母の母", rank::Grandparent},
        {u"兄", rank::Sibling},
        {u"姉", rank::Sibling},
        {u"弟", rank::Sibling},
        {u"妹", rank::Sibling},
        {u"兄の妻", rank::SiblingFamily},
        {u"妹の子", rank::SiblingFamily},
        {u"姉の子の子", rank::SiblingFamily},
        {u"妻の兄", rank::OtherRelative},
        {u"父の兄の子", rank::OtherRelative},
        {u"子の父", rank::OtherRelative},
        {u"縁故者", rank::Enkosha},
        {u"同居人", rank::Dokyonin},
    };
    for (const RankCase& c : cases) {
        const QString text = QString::fromUtf16(c.relationship);
        EXPECT_EQ(relationshipRank(text), c.rank) << text.toStdString();
        EXPECT_TRUE(isKnownRelationship(text)) << text.toStdString();
    }
}

TEST(MemberOrder, OddInputsAreUnknownAndRankLast)
{
    const char16_t* const cases[] = {
        u"",
        u" ",
        u"孫", // the register writes 子の子
        u"妻(未届)", // ASCII parentheses: import normalises, the register does not
        u"妻（未届",
        u"（未届）",
        u"未届",
        u" 妻",
        u"妻 ",
        u"妻　", // 全角 space
        u"子の",
        u"の子",
        u"子のの子",
        u"子の子の子の子の子", // five links
        u"子の子の子の子の妻", // five links
        u"妻（未届）の子", // 未届 only ends a chain
        u"夫の妻", // the person themself
        u"妻の夫",
        u"妻の妻",
        u"世帯主の子",
        u"子の縁故者",
        u"同居人の子",
        u"世帯主 ",
        u"ｺ", // half-width katakana, not a kin term
        u"長男", // 戸籍 words are not 住民票 続柄
        u"SON",
    };
    for (const char16_t* c : cases) {
        const QString text = QString::fromUtf16(c);
        EXPECT_FALSE(isKnownRelationship(text)) << text.toStdString();
        EXPECT_EQ(relationshipRank(text), rank::Unknown) << text.toStdString();
    }
}

TEST(MemberOrder, RanksFollowTheDomainOrder)
{
    // COUNTER-DOMAIN §3: head, spouse, children, other relatives, 縁故者, 同居人.
    const QList<int> order = {rank::Head, rank::Spouse, rank::Child, rank::SpouseChild,
        rank::ChildSpouse, rank::Grandchild, rank::OtherDescendant, rank::Parent,
        rank::ParentSpouse, rank::SpouseParent, rank::Grandparent, rank::Sibling,
        rank::SiblingFamily, rank::OtherRelative, rank::Enkosha, rank::Dokyonin, rank::Unknown};
    EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
    EXPECT_EQ(std::adjacent_find(order.begin(), order.end()), order.end());
}

struct Member {
    QString relationship;
    QString birth;
    QString atena;
};

QStringList sortedAtenas(QList<Member> members)
{
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
        return memberPrecedes(
            {a.relationship, a.birth, a.atena}, {b.relationship, b.birth, b.atena});
    });
    QStringList atenas;
    for (const Member& m : members)
        atenas << m.atena;
    return atenas;
}

TEST(MemberOrder, AHouseholdSortsHeadSpouseChildrenByBirthThenOthers)
{
    const QList<Member> shuffled = {
        {QStringLiteral("同居人"), QStringLiteral("1990-01-01"), QStringLiteral("m")},
        {QStringLiteral("子"), QStringLiteral("2010-06-01"), QStringLiteral("e")},
        {QStringLiteral("母"), QStringLiteral("1945-03-03"), QStringLiteral("j")},
        {QStringLiteral("子の子"), QStringLiteral("2024-01-01"), QStringLiteral("h")},
        {QStringLiteral("縁故者"), QStringLiteral("1980-01-01"), QStringLiteral("l")},
        {QStringLiteral("子"), QStringLiteral("2005-04-01"), QStringLiteral("c")},
        {QStringLiteral("妻"), QStringLiteral("1978-02-02"), QStringLiteral("b")},
        {QStringLiteral("子の妻"), QStringLiteral("2004-01-01"), QStringLiteral("g")},
        {QStringLiteral("妹"), QStringLiteral("1982-01-01"), QStringLiteral("k")},
        {QStringLiteral("世帯主"), QStringLiteral("1975-04-01"), QStringLiteral("a")},
        {QStringLiteral("子"), QStringLiteral("2008"), QStringLiteral("d")}, // 月日不詳
        {QStringLiteral("父"), QStringLiteral("1944-01-01"), QStringLiteral("i")},
        {QStringLiteral("子"), QStringLiteral("XXXX-XX-XX"), QStringLiteral("f")}, // 年月日不詳
        {QStringLiteral("甥"), QStringLiteral("2000-01-01"), QStringLiteral("n")}, // unknown: last
    };
    EXPECT_EQ(sortedAtenas(shuffled),
        QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
            QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g"),
            QStringLiteral("h"), QStringLiteral("i"), QStringLiteral("j"), QStringLiteral("k"),
            QStringLiteral("l"), QStringLiteral("m"), QStringLiteral("n")}));
}

TEST(MemberOrder, TiesGoByBirthDateThenAtenaNumber)
{
    const QList<Member> twins = {
        {QStringLiteral("子"), QStringLiteral("2010-06-01"), QStringLiteral("00000000035")},
        {QStringLiteral("子"), QStringLiteral("2010-06-01"), QStringLiteral("00000000019")},
        {QStringLiteral("子"), QStringLiteral("2009-12-31"), QStringLiteral("00000000043")},
    };
    EXPECT_EQ(sortedAtenas(twins),
        QStringList({QStringLiteral("00000000043"), QStringLiteral("00000000019"),
            QStringLiteral("00000000035")}));
    // The same rank across spellings: 妻 and 妻（未届） both rank as spouse.
    const QList<Member> spouses = {
        {QStringLiteral("妻（未届）"), QStringLiteral("1970-01-01"), QStringLiteral("x")},
        {QStringLiteral("夫"), QStringLiteral("1960-01-01"), QStringLiteral("y")},
    };
    EXPECT_EQ(sortedAtenas(spouses), QStringList({QStringLiteral("y"), QStringLiteral("x")}));
}

TEST(MemberOrder, PrecedesIsAStrictWeakOrder)
{
    const MemberOrderKey a{u"子", u"2000-01-01", u"1"};
    EXPECT_FALSE(memberPrecedes(a, a));
    const MemberOrderKey b{u"子", u"2000-01-01", u"2"};
    EXPECT_TRUE(memberPrecedes(a, b));
    EXPECT_FALSE(memberPrecedes(b, a));
}

} // namespace
