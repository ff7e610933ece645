#pragma once

#include <QString>
#include <QStringView>

namespace madoguchi::registry {

// The 続柄 vocabulary and the standard order of a household's members
// (COUNTER-DOMAIN §3, docs/profile.md).
//
// A known 続柄 is, written exactly (full-width parentheses, no spaces):
//   - 世帯主, 縁故者 or 同居人, alone;
//   - a chain of one to four links joined by の, each link one of
//     子 夫 妻 父 母 兄 姉 弟 妹 (子, 妻, 子の妻, 父の母, 子の子の子の子);
//     the last link may be 夫（未届） or 妻（未届） (内縁: 妻（未届）, 子の夫（未届）).
//   A spouse of a spouse (夫の妻, 妻の妻 …) names no one else and is refused.
// Everything else is unknown: 孫 (the register writes 子の子), 妻(未届) with
// ASCII parentheses, surrounding spaces, five links, an empty link.
bool isKnownRelationship(QStringView relationship);

// The rank of a 続柄 in the standard member order: members are listed by
// rank, then by birth date, then by 宛名番号. Ranks are spaced so that a new
// class can be slotted in without renumbering; docs/profile.md has the table.
namespace rank {
inline constexpr int Head = 0; // 世帯主
inline constexpr int Spouse = 10; // 夫, 妻, 夫（未届）, 妻（未届）
inline constexpr int Child = 20; // 子
inline constexpr int SpouseChild = 25; // 妻の子, 夫の子 (the head's stepchild)
inline constexpr int ChildSpouse = 30; // 子の夫, 子の妻 (and their 未届 forms)
inline constexpr int Grandchild = 35; // 子の子
inline constexpr int OtherDescendant = 40; // 子の子の子, 子の子の妻, … (any longer 子… chain)
inline constexpr int Parent = 50; // 父, 母
inline constexpr int ParentSpouse = 52; // 父の妻, 母の夫 (step-parent)
inline constexpr int SpouseParent = 55; // 妻の父, 夫の母 … (parent-in-law)
inline constexpr int Grandparent = 60; // 父の父, 母の母 …
inline constexpr int Sibling = 65; // 兄, 姉, 弟, 妹 (order among them by birth date)
inline constexpr int SiblingFamily = 70; // 兄の妻, 妹の子 … (chains from a sibling)
inline constexpr int OtherRelative = 80; // any other known chain (妻の兄, 父の兄の子 …)
inline constexpr int Enkosha = 90; // 縁故者
inline constexpr int Dokyonin = 95; // 同居人
inline constexpr int Unknown = 100; // not in the vocabulary: listed last, never dropped
} // namespace rank

// One of the rank:: values above; rank::Unknown when !isKnownRelationship().
int relationshipRank(QStringView relationship);

// What the order needs to know about a member.
struct MemberOrderKey {
    QStringView relationship;
    // The storage form of the birth date (core/text/japanesedate.h): its
    // plain string order is chronological, and 年月日不詳 (XXXX-XX-XX) comes
    // after every known date.
    QStringView birthDate;
    QStringView atenaNo;
};

// Strict weak order: true when `a` is listed before `b`.
bool memberPrecedes(const MemberOrderKey& a, const MemberOrderKey& b);

} // namespace madoguchi::registry
