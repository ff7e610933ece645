#pragma once

#include <QtGlobal>
#include <optional>
#include <random>

namespace madoguchi::sandbox {

// Decides which requests meet an injected fault. With a seed the choices
// repeat from run to run for the same sequence of requests; a rate of 0
// never fires and a rate of 1 always does.
class FaultPlan {
public:
    FaultPlan(double failRate, double dropAfterCommit, std::optional<quint64> seed);

    // Drawn once per POST, before anything is read: answer 503, store nothing.
    bool nextFails();
    // Drawn once per newly stored application: close without an answer.
    bool nextDropsReply();

private:
    bool draw(double rate);

    double m_failRate;
    double m_dropAfterCommit;
    std::mt19937_64 m_random;
};

} // namespace madoguchi::sandbox
