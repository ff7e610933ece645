#pragma once

#include <QStringList>

namespace madoguchi::registry {
struct ResidentProfile;
}

namespace madoguchi::cli {

// The plain-text profile of `madoguchi-cli profile`: Japanese first (the
// register's own words — names, 続柄, 和暦 — are never translated; the
// labels are), one fact per line, the 【支援措置】 mark on top when active.
QStringList profileLines(const registry::ResidentProfile& profile);

} // namespace madoguchi::cli
