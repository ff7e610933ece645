#pragma once

#include "demo/household.h"
#include "demo/random.h"

#include <QDate>

namespace madoguchi::demo {

// What the business systems (他業務照会) know about each member, consistent
// with age, work and household — the facts the checklist rules read:
//  - health insurance: 生活保護 households → seiho (they leave 国保 and 後期,
//    高齢者医療確保法 §51); 75+ → kouki (and 65–74 with a disability
//    certificate, some); employees → shaho, with their dependent spouse,
//    children and some parents; everyone else → kokuho;
//  - 介護: 65+ insured, certified with a probability rising with age and a
//    要支援/要介護 level; 40–64 only when certified (特定疾病, rare); under 40
//    none;
//  - 年金: 20–59 category 2 (employees), 3 (dependent spouse of an employee),
//    else 1; 65+ recipients; some 60–64 recipients;
//  - 児童手当: one parent (the higher earner, usually the head) of each
//    child up to the 31 March after the 18th birthday;
//  - 子ども医療証 for those children (the city's limit; not under 生活保護),
//    ひとり親医療 for some single parents, My Number card (~75%, with its
//    expiry), disability certificate (~4%, more with age), 印鑑登録.
class EntitlementRules {
public:
    explicit EntitlementRules(QDate asOf);

    void apply(Random& r, Household& h) const;

    // The last day a child counts for 児童手当 and 子ども医療: the first
    // 31 March on or after the day the child reaches 18 (age.h).
    static QDate childSupportEnds(QDate birth);
    // When a My Number card issued on `issued` expires: the 10th birthday
    // after issue (the 5th for those under 18 at issue).
    static QDate myNumberCardExpiry(QDate birth, QDate issued);

private:
    void insurance(Random& r, Household& h, Member& m) const;
    void kaigo(Random& r, Member& m) const;
    void nenkin(Random& r, const Household& h, Member& m) const;
    void children(Random& r, Household& h) const;
    void card(Random& r, Member& m) const;
    bool isChild(const Member& m) const;

    QDate m_asOf;
};

} // namespace madoguchi::demo
