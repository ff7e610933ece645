#include "delivery/backoff.h"

#include <algorithm>
#include <cmath>

namespace madoguchi::delivery {

std::chrono::milliseconds retryDelay(int attempt, const BackoffPolicy& policy, quint32 random)
{
    const double cap = double(policy.cap.count());
    // 2^(attempt-1), without overflowing for a row retried for weeks.
    const int doublings = std::clamp(attempt - 1, 0, 40);
    const double base = std::min(cap, double(policy.first.count()) * std::ldexp(1.0, doublings));
    const double unit = double(random) / 4294967295.0; // 0 … 1
    const double spread = base * policy.jitter * (2.0 * unit - 1.0);
    return std::chrono::milliseconds(qint64(std::clamp(base + spread, 0.0, cap)));
}

} // namespace madoguchi::delivery
