#pragma once

#include <QList>

namespace madoguchi::cli {

// Nearest rank: the smallest value with at least p (0 … 1) of the values at
// or below it; 0 for none. What every `bench` command reports.
double percentile(QList<double> values, double p);

} // namespace madoguchi::cli
