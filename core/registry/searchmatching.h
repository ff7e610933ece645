#pragma once

#include "registry/residentsearch.h"
#include "registry/searchstatements.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace madoguchi::registry {

// How the search (residentsearch.cpp, searchcombined.cpp) collects and
// judges candidates.

// Candidates found per person with their best match so far.
using Found = std::map<qint64, MatchKind>;

// How many candidates rank at least as high as `worst`.
int ranked(const Found& found, MatchKind worst);

// Records a match. A new person is taken only while fewer than `limit`
// rank at least as high: lookups come in their index order, so this keeps
// the first `limit` of each kind (the window docs/search.md describes) and
// loads no more rows than can be shown.
void note(Found& found, qint64 id, MatchKind kind, int limit);

// How a person's stored keys match a name typed as `spelling` / `folded`
// (the rules of the index probes, applied in memory), if at all.
std::optional<MatchKind> matchStoredKeys(
    const QList<StoredKey>& keys, const QString& spelling, const QString& folded);

// Whether one of these address texts contains the fragment.
bool anyContains(const QStringList& texts, const QString& fragment);

} // namespace madoguchi::registry
