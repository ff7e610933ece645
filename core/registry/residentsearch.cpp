#include "registry/residentsearch.h"

#include "registry/formeraddressindex.h"
#include "registry/searchcombined.h"
#include "registry/searchdetails.h"
#include "registry/searchkeys.h"
#include "registry/searchmatching.h"
#include "registry/searchquery.h"
#include "registry/searchstatements.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "text/folding.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace madoguchi::registry {
namespace {

// A birth-date term narrows to a few dozen people; more is not a birth date.
constexpr int kMaxBornOn = 5'000;
// Rows a person can contribute to one key probe (whole names and given
// names, spelling and folded, current and former): fetch this many per
// result still needed, so duplicates never starve the limit.
constexpr int kRowsPerPerson = 6;

bool familyEquals(const Candidate& c, const QString& spelling)
{
    for (const QString& name : c.currentNames) {
        const QStringList parts = text::splitName(name);
        if (parts.size() > 1 && spellingKey(parts.first()) == spelling)
            return true;
    }
    return false;
}

} // namespace

QString matchKeyword(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Identifier:
        return QStringLiteral("identifier");
    case MatchKind::Exact:
        return QStringLiteral("exact");
    case MatchKind::Prefix:
        return QStringLiteral("prefix");
    case MatchKind::Folded:
        return QStringLiteral("folded");
    case MatchKind::FormerName:
        return QStringLiteral("former_name");
    case MatchKind::BirthDate:
        return QStringLiteral("birth_date");
    case MatchKind::Address:
        return QStringLiteral("address");
    case MatchKind::FormerAddress:
        return QStringLiteral("former_address");
    }
    return {};
}

ResidentSearch::ResidentSearch(storage::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_statements(std::make_unique<SearchStatements>(database.sql(), database.engine()))
    , m_audit(std::make_unique<security::AuditLog>(database))
{ }

ResidentSearch::~ResidentSearch() = default;

// Persons whose former address contains the fragment. The index only
// proposes them: their address_history decides (it may have changed since).
Status ResidentSearch::noteFormerAddresses(Found& found, const QString& fragment, int limit)
{
    Result<QList<qint64>> proposed = m_statements->formerAddressPersons(fragment, 2 * limit + 8);
    if (!proposed)
        return proposed.error();
    Result<QHash<qint64, QStringList>> texts
        = formerAddressTexts(m_database.sql(), proposed.value());
    if (!texts)
        return texts.error();
    for (qint64 id : proposed.value())
        if (anyContains(texts->value(id), fragment))
            note(found, id, MatchKind::FormerAddress, limit);
    return {};
}

Result<QList<SearchResult>> ResidentSearch::search(
    const QString& query, const SearchActor& actor, int limit)
{
    limit = std::clamp(limit, 1, kMaxSearchLimit);
    const SearchQuery q = interpretQuery(query);
    if (q.isEmpty())
        return QList<SearchResult>{};
    SearchStatements& sql = *m_statements;
    Found found;
    QStringList familySpellings{q.spelling}; // a prefix equal to the family name is exact
    auto noteAll = [&](const Result<QList<qint64>>& ids, MatchKind kind) -> Status {
        if (!ids)
            return ids.error();
        for (qint64 id : ids.value())
            note(found, id, kind, limit);
        return {};
    };
    auto noteHits = [&](const Result<QList<KeyHit>>& hits, MatchKind kind) -> Status {
        if (!hits)
            return hits.error();
        for (const KeyHit& h : hits.value())
            note(found, h.personId, h.kind == FormerName ? MatchKind::FormerName : kind, limit);
        return {};
    };

    if (q.identifierKind != IdentifierKind::None) {
        Result<QList<qint64>> ids = q.identifierKind == IdentifierKind::MyNumber
            ? sql.byMyNumber(q.identifier)
            : q.identifierKind == IdentifierKind::Number11 ? sql.byNumber11(q.identifier)
                                                           : sql.byResidenceCard(q.identifier);
        if (!ids)
            return ids.error();
        if (q.identifierKind == IdentifierKind::MyNumber) {
            if (Status s = logMyNumberSearch(m_database.sql(), actor, ids.value(), m_clock.now());
                !s)
                return s.error();
            if (Status s = recordMyNumberSearch(*m_audit, actor, ids.value(), m_clock.now()); !s)
                return s.error();
        }
        if (Status s = noteAll(ids, MatchKind::Identifier); !s)
            return s.error();
    } else if (q.birthDate) {
        Result<QList<qint64>> born = sql.bornOn(*q.birthDate, kMaxBornOn);
        if (!born)
            return born.error();
        if (q.folded.isEmpty()) {
            if (Status s = noteAll(born, MatchKind::BirthDate); !s)
                return s.error();
        } else {
            // Name (or address) AND birth date: the date picks the few
            // candidates, their stored keys decide.
            Result<QList<StoredKey>> keys = sql.keysOf(born.value());
            if (!keys)
                return keys.error();
            QHash<qint64, QList<StoredKey>> byPerson;
            for (const StoredKey& k : keys.value())
                byPerson[k.personId].append(k);
            for (qint64 id : born.value())
                if (auto kind = matchStoredKeys(byPerson.value(id), q.spelling, q.folded))
                    found.emplace(id, *kind);
            // No name matched: the text may be an address (checked below,
            // dropped if not), as without a date.
            if (found.empty())
                for (qint64 id : born.value())
                    found.emplace(id, MatchKind::Address);
        }
    } else {
        const int need = limit;
        if (Status s = noteHits(sql.exactKeys(q.spelling, 2 * need + 8), MatchKind::Exact); !s)
            return s.error();
        if (ranked(found, MatchKind::Exact) < need) {
            const int rows = kRowsPerPerson * (need + int(found.size()));
            if (Status s = noteHits(sql.prefixKeys(q.spelling, rows), MatchKind::Prefix); !s)
                return s.error();
        }
        if (ranked(found, MatchKind::Folded) < need) {
            const int rows = kRowsPerPerson * (need + int(found.size()));
            if (Status s = noteHits(sql.foldedKeys(q.folded, rows), MatchKind::Folded); !s)
                return s.error();
        }
        // An address fragment when the text is no name: names come first,
        // and this keeps a short kana prefix from scanning the addresses.
        if (found.empty()) {
            Result<QList<qint64>> households = sql.addressHouseholds(q.folded, need);
            if (!households)
                return households.error();
            if (Status s = noteAll(sql.membersOf(households.value()), MatchKind::Address); !s)
                return s.error();
            if (ranked(found, MatchKind::FormerAddress) < need)
                if (Status s = noteFormerAddresses(found, q.folded, need); !s)
                    return s.error();
        }
        if (found.empty() && q.words.size() > 1) {
            if (Status s = noteNameAtPlace(sql, m_database.sql(), q, found, need); !s)
                return s.error();
            familySpellings = namePartSpellings(q);
        }
    }

    QList<qint64> ids;
    for (const auto& entry : found)
        ids << entry.first;
    // Born that day, no name matched: the fragment may be a former address.
    QHash<qint64, QStringList> formerOfBorn;
    if (q.birthDate && !q.folded.isEmpty()) {
        QList<qint64> unnamed;
        for (const auto& [id, kind] : found)
            if (kind == MatchKind::Address)
                unnamed << id;
        Result<QHash<qint64, QStringList>> texts = formerAddressTexts(m_database.sql(), unnamed);
        if (!texts)
            return texts.error();
        formerOfBorn = std::move(texts.value());
    }
    Result<QHash<qint64, Candidate>> loaded = loadCandidates(m_database.sql(), ids);
    if (!loaded)
        return loaded.error();
    QList<Candidate> ranking;
    for (auto [id, kind] : found) {
        auto it = loaded->find(id);
        if (it == loaded->end())
            continue; // removed since it was indexed
        Candidate& c = it.value();
        if (kind == MatchKind::Prefix
            && std::any_of(familySpellings.begin(), familySpellings.end(),
                [&](const QString& spelling) { return familyEquals(c, spelling); }))
            kind = MatchKind::Exact;
        if (kind == MatchKind::Address && q.birthDate
            && !addressText(c.result.address, c.result.katagaki).contains(q.folded)) {
            if (!anyContains(formerOfBorn.value(id), q.folded))
                continue;
            kind = MatchKind::FormerAddress;
        }
        c.result.match = kind;
        ranking.append(std::move(c));
    }
    std::sort(ranking.begin(), ranking.end(), [](const Candidate& a, const Candidate& b) {
        const SearchResult& x = a.result;
        const SearchResult& y = b.result;
        if (x.match != y.match)
            return x.match < y.match;
        if (x.nameKana != y.nameKana)
            return x.nameKana < y.nameKana;
        return x.atenaNo < y.atenaNo;
    });
    if (ranking.size() > limit)
        ranking.resize(limit);
    QList<SearchResult> results;
    QList<qint64> households;
    for (Candidate& c : ranking) {
        results.append(std::move(c.result));
        households.append(c.householdId);
    }
    if (Status s = completeResults(m_database.sql(), results, households, m_clock.today()); !s)
        return s.error();
    return results;
}

} // namespace madoguchi::registry
