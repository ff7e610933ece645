#include "demo/household.h"

namespace madoguchi::demo {

QString relationText(Relation relation)
{
    // The register's fixed vocabulary; stored as is, never translated.
    switch (relation) {
    case Relation::Head:
        return QStringLiteral("世帯主");
    case Relation::Husband:
        return QStringLiteral("夫");
    case Relation::Wife:
        return QStringLiteral("妻");
    case Relation::WifeUnregistered:
        return QStringLiteral("妻（未届）");
    case Relation::Child:
        return QStringLiteral("子");
    case Relation::ChildsWife:
        return QStringLiteral("子の妻");
    case Relation::Grandchild:
        return QStringLiteral("子の子");
    case Relation::Father:
        return QStringLiteral("父");
    case Relation::Mother:
        return QStringLiteral("母");
    case Relation::OlderBrother:
        return QStringLiteral("兄");
    case Relation::OlderSister:
        return QStringLiteral("姉");
    case Relation::YoungerBrother:
        return QStringLiteral("弟");
    case Relation::YoungerSister:
        return QStringLiteral("妹");
    case Relation::Kin:
        return QStringLiteral("縁故者");
    case Relation::Lodger:
        return QStringLiteral("同居人");
    }
    return QStringLiteral("同居人");
}

void truncateHousehold(Household& household, int count)
{
    if (count >= int(household.members.size()))
        return;
    household.members.resize(std::size_t(count));
    for (Member& m : household.members) {
        if (m.spouse >= count)
            m.spouse = -1;
        if (m.mother >= count)
            m.mother = -1;
        if (m.father >= count)
            m.father = -1;
    }
}

} // namespace madoguchi::demo
