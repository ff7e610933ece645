#pragma once

#include "demo/demowriter.h"
#include "demo/household.h"
#include "demo/namedata.h"
#include "demo/random.h"

#include <QDate>
#include <cstdint>
#include <vector>

namespace madoguchi::demo {

// Picks the DV等支援措置 of the demo city: about one resident in 2,000 (at
// least one from 1,000 residents on), spread evenly over the register —
// each at the first household that reaches the next target position, the
// first woman of 18–64 there without a spouse at home (else any adult),
// with her children under 18 protected alongside. Levels error and alert,
// some provisional (the gap between request and start), each for one year,
// so some are within the month before expiry. Exact counts, and no second
// pass over a million people.
class SupportMeasurePlanner {
public:
    SupportMeasurePlanner(const NameData& data, QDate asOf, std::int64_t residents);

    // Rows for the household whose members get ids firstPersonId, … and
    // occupy positions firstPosition, … (0-based) in the register.
    std::vector<SupportMeasureRow> visit(
        Random& r, const Household& h, std::int64_t firstPersonId, std::int64_t firstPosition);

    std::int64_t victims() const { return m_victims; }

private:
    std::int64_t target(std::int64_t k) const;

    const NameData& m_data;
    QDate m_asOf;
    std::int64_t m_residents;
    std::int64_t m_count;
    std::int64_t m_next = 0; // index of the next target
    std::int64_t m_victims = 0;
};

} // namespace madoguchi::demo
