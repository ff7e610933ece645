#pragma once

#include "demo/household.h"
#include "demo/namedata.h"
#include "demo/random.h"

#include <QDate>

namespace madoguchi::demo {

// Gives every member of a planned household a name: family names by real
// frequency (variant characters included), one per family line, given
// names by sex and birth generation, maiden names of those who took their
// spouse's name (former names and, for a few, 旧氏), the ex-husband's name
// of divorced mothers who went back to their own, and for foreign residents
// the alphabet name, the written name (kanji or katakana) and sometimes a
// 通称. Names are 「姓 名」 with one ASCII space, readings in katakana.
class PersonNamer {
public:
    PersonNamer(const NameData& data, QDate asOf);

    void name(Random& r, Household& h) const;

private:
    const NameData& m_data;
    QDate m_asOf;
};

} // namespace madoguchi::demo
