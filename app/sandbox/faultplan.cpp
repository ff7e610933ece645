#include "faultplan.h"

namespace madoguchi::sandbox {

FaultPlan::FaultPlan(double failRate, double dropAfterCommit, std::optional<quint64> seed)
    : m_failRate(failRate)
    , m_dropAfterCommit(dropAfterCommit)
    , m_random(seed ? *seed : std::random_device{}())
{ }

bool FaultPlan::nextFails()
{
    return draw(m_failRate);
}

bool FaultPlan::nextDropsReply()
{
    return draw(m_dropAfterCommit);
}

bool FaultPlan::draw(double rate)
{
    if (rate <= 0.0)
        return false;
    if (rate >= 1.0)
        return true;
    // 53 random bits as a number in [0, 1): the same on every platform,
    // unlike std::uniform_real_distribution.
    const double value = static_cast<double>(m_random() >> 11) * 0x1.0p-53;
    return value < rate;
}

} // namespace madoguchi::sandbox
