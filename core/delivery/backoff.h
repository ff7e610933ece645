#pragma once

#include <QtGlobal>
#include <chrono>

namespace madoguchi::delivery {

// How long an item waits before its next attempt (docs/delivery.md,
// "Retries"): exponential from `first`, capped at `cap`, spread by ±jitter
// so that items that failed together do not come back together.
struct BackoffPolicy {
    std::chrono::milliseconds first{2000};
    std::chrono::milliseconds cap{std::chrono::hours(1)};
    double jitter = 0.2; // share of the delay, either way
};

// The wait after the `attempt`th failed send (1 = the first). `random` is
// a uniform 32-bit number (the caller's generator; tests give fixed ones).
std::chrono::milliseconds retryDelay(int attempt, const BackoffPolicy& policy, quint32 random);

} // namespace madoguchi::delivery
