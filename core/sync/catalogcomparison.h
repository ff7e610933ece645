#pragma once

#include "sync/syncstate.h"

#include <QString>
#include <QStringList>

namespace madoguchi::catalog {
struct Catalog;
}

namespace madoguchi::sync {

// This PC's catalog against the one the hall published, as of the last
// pull (docs/branch.md, "The catalog"). A branch that builds checklists
// from an older catalog than the hall's leaves out a procedure (漏れ)
// without anyone seeing it; this says so, and which.
struct CatalogComparison {
    enum class Outcome {
        Same,
        Differs,
        Unknown, // the hall published none (or the replica was never pulled)
    };
    Outcome outcome = Outcome::Unknown;
    QString hallFingerprint;
    QString localFingerprint;
    QStringList missing; // id@version the hall has and this PC lacks
    QStringList extra; // id@version this PC has and the hall does not

    bool differs() const { return outcome == Outcome::Differs; }
    // "catalog differs from the hall's: missing jidouteate.nintei@3; update
    // this PC's catalog", naming at most `listed` procedures per list (and
    // how many more). Empty unless it differs.
    QString warning(int listed = 3) const;
    // Every missing and extra procedure, one sentence each, for a tooltip.
    QStringList details() const;
};

CatalogComparison compareCatalog(const SyncState& state, const catalog::Catalog& local);

} // namespace madoguchi::sync
