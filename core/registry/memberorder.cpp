#include "registry/memberorder.h"

#include <QList>

namespace madoguchi::registry {
namespace {

// One link of a の-chain, with the 未届 forms folded into their spouse.
enum class Link { Child, Spouse, Parent, Sibling };

constexpr int kMaxLinks = 4;

// The link a word names, or nothing. `last` admits the 未届 forms, which
// the register writes only at the end of a chain (子の妻（未届）).
bool readLink(QStringView word, bool last, Link* link)
{
    if (word == u"子") {
        *link = Link::Child;
    } else if (word == u"夫" || word == u"妻") {
        *link = Link::Spouse;
    } else if (last && (word == u"夫（未届）" || word == u"妻（未届）")) {
        *link = Link::Spouse;
    } else if (word == u"父" || word == u"母") {
        *link = Link::Parent;
    } else if (word == u"兄" || word == u"姉" || word == u"弟" || word == u"妹") {
        *link = Link::Sibling;
    } else {
        return false;
    }
    return true;
}

// The links of a chain, or an empty list when it is not one.
QList<Link> readChain(QStringView relationship)
{
    const QList<QStringView> words = relationship.split(u'の');
    if (words.size() > kMaxLinks)
        return {};
    QList<Link> links;
    for (qsizetype i = 0; i < words.size(); ++i) {
        Link link;
        if (!readLink(words[i], i + 1 == words.size(), &link))
            return {};
        // 夫の妻 or 妻の夫 is the person themself; 妻の妻 no one the register names.
        if (link == Link::Spouse && !links.isEmpty() && links.last() == Link::Spouse)
            return {};
        links.append(link);
    }
    return links;
}

int singleLinkRank(Link link)
{
    switch (link) {
    case Link::Child:
        return rank::Child;
    case Link::Spouse:
        return rank::Spouse;
    case Link::Parent:
        return rank::Parent;
    case Link::Sibling:
        return rank::Sibling;
    }
    return rank::OtherRelative;
}

// 子の子…, optionally ending in a spouse: a descendant of the head or the
// spouse of one.
int descendantRank(const QList<Link>& links)
{
    for (qsizetype i = 1; i + 1 < links.size(); ++i)
        if (links[i] != Link::Child)
            return rank::OtherRelative;
    const Link last = links.last();
    if (last != Link::Child && last != Link::Spouse)
        return rank::OtherRelative;
    if (links.size() == 2)
        return last == Link::Child ? rank::Grandchild : rank::ChildSpouse;
    return rank::OtherDescendant;
}

int chainRank(const QList<Link>& links)
{
    if (links.size() == 1)
        return singleLinkRank(links.first());
    const Link second = links[1];
    switch (links.first()) {
    case Link::Child:
        return descendantRank(links);
    case Link::Spouse:
        if (links.size() == 2 && second == Link::Child)
            return rank::SpouseChild;
        if (links.size() == 2 && second == Link::Parent)
            return rank::SpouseParent;
        return rank::OtherRelative;
    case Link::Parent:
        if (links.size() == 2 && second == Link::Parent)
            return rank::Grandparent;
        if (links.size() == 2 && second == Link::Spouse)
            return rank::ParentSpouse;
        return rank::OtherRelative;
    case Link::Sibling:
        return rank::SiblingFamily;
    }
    return rank::OtherRelative;
}

} // namespace

bool isKnownRelationship(QStringView relationship)
{
    return relationshipRank(relationship) != rank::Unknown;
}

int relationshipRank(QStringView relationship)
{
    if (relationship == u"世帯主")
        return rank::Head;
    if (relationship == u"縁故者")
        return rank::Enkosha;
    if (relationship == u"同居人")
        return rank::Dokyonin;
    const QList<Link> links = readChain(relationship);
    return links.isEmpty() ? rank::Unknown : chainRank(links);
}

bool memberPrecedes(const MemberOrderKey& a, const MemberOrderKey& b)
{
    const int rankA = relationshipRank(a.relationship);
    const int rankB = relationshipRank(b.relationship);
    if (rankA != rankB)
        return rankA < rankB;
    if (const int byBirth = a.birthDate.compare(b.birthDate); byBirth != 0)
        return byBirth < 0;
    return a.atenaNo.compare(b.atenaNo) < 0;
}

} // namespace madoguchi::registry
