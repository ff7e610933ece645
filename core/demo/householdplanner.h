#pragma once

#include "demo/household.h"
#include "demo/namedata.h"
#include "demo/random.h"

#include <QDate>
#include <span>

namespace madoguchi::demo {

// An age band with a weight; a draw picks a band by weight, then an age in
// it uniformly.
struct AgeBand {
    int low;
    int high;
    int weight;
};

// Decides who lives in each household: its kind (単身, 夫婦のみ, 夫婦と子,
// ひとり親と子, 三世代 …) in the shares of the 2020 census, ages and sexes,
// 続柄, spouses with a plausible age gap, children born when their parents
// were 20–45, who took whose surname at marriage, who works, and the
// foreign households (trainees' shared flats, students, families of
// engineers, permanent residents, foreign spouses of Japanese nationals).
// The shares are chosen so that the whole city's age pyramid resembles
// Japan's (about 11% under 15, 29% over 64); docs/demo-city.md lists them.
class HouseholdPlanner {
public:
    HouseholdPlanner(const NameData& data, QDate asOf);

    Household plan(Random& random) const;

private:
    // Japanese households, by kind (householdplanner.cpp). planKind takes
    // the index into kKindWeights: single, couple, couple with children,
    // single parent, three generations, siblings, with a lodger.
    void planKind(std::size_t kind, Random& r, Household& h) const;
    void planSingle(Random& r, Household& h) const;
    void planCouple(Random& r, Household& h) const;
    void planCoupleWithChildren(Random& r, Household& h) const;
    void planSingleParent(Random& r, Household& h) const;
    void planThreeGenerations(Random& r, Household& h) const;
    void planSiblings(Random& r, Household& h) const;
    void planWithLodger(Random& r, Household& h) const;
    // Foreign households (foreignhouseholds.cpp).
    void planForeign(Random& r, Household& h) const;
    void planForeignWorkers(Random& r, Household& h, int nationality, const QString& status) const;
    void planForeignFamily(Random& r, Household& h, int nationality, const QString& status) const;
    void planMixedMarriage(Random& r, Household& h, int nationality) const;
    void makeForeign(Random& r, Member& m, int nationality, const QString& status) const;

    // Building blocks.
    int drawAge(Random& r, std::span<const AgeBand> bands) const;
    QDate birthForAge(Random& r, int age) const;
    Member person(Random& r, Relation relation, int sex, int age) const;
    Member personBornOn(Relation relation, int sex, QDate birth) const;
    // Adds a married couple; returns the head's index. `wifeAge` decides
    // the ages; the husband is the head except in a few households.
    int addCouple(Random& r, Household& h, int wifeAge, bool allowUnregistered) const;
    // Adds the children of `mother` (and `father`, if any) who still live at
    // home, in birth order; returns how many.
    int addChildren(Random& r, Household& h, int mother, int father, Relation relation) const;
    void setMarriageDate(Random& r, Household& h, int wife, int husband) const;
    void assignWork(Random& r, Household& h) const;
    Work workFor(Random& r, const Member& m, bool livesAlone) const;
    void decideSeiho(Random& r, Household& h) const;
    int ageOn(QDate birth, QDate on) const;

    const NameData& m_data;
    QDate m_asOf;
};

} // namespace madoguchi::demo
