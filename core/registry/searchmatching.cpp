#include "registry/searchmatching.h"

#include "registry/searchkeys.h"

#include <algorithm>

namespace madoguchi::registry {

int ranked(const Found& found, MatchKind worst)
{
    return int(std::count_if(
        found.begin(), found.end(), [&](const auto& entry) { return entry.second <= worst; }));
}

void note(Found& found, qint64 id, MatchKind kind, int limit)
{
    if (auto it = found.find(id); it != found.end()) {
        it->second = std::min(it->second, kind);
        return;
    }
    if (ranked(found, kind) < limit)
        found.emplace(id, kind);
}

std::optional<MatchKind> matchStoredKeys(
    const QList<StoredKey>& keys, const QString& spelling, const QString& folded)
{
    std::optional<MatchKind> best;
    auto better = [&](MatchKind kind, int keyKind) {
        const MatchKind k = keyKind == FormerName ? MatchKind::FormerName : kind;
        if (!best || k < *best)
            best = k;
    };
    for (const StoredKey& k : keys) {
        if ((k.form & SpellingForm) && k.key == spelling)
            better(MatchKind::Exact, k.kind);
        else if ((k.form & SpellingForm) && k.key.startsWith(spelling))
            better(MatchKind::Prefix, k.kind);
        else if ((k.form & FoldedForm) && k.key.startsWith(folded))
            better(MatchKind::Folded, k.kind);
    }
    return best;
}

bool anyContains(const QStringList& texts, const QString& fragment)
{
    return std::any_of(
        texts.begin(), texts.end(), [&](const QString& text) { return text.contains(fragment); });
}

} // namespace madoguchi::registry
