#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "registry/supportmeasurestatus.h"

#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <optional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::security {
class AuditLog;
}

namespace madoguchi::registry {

// Who is searching: recorded in access_log and the audit chain for 個人番号
// lookups.
struct SearchActor {
    QString operatorId;
    QString terminal;
    QString office;
    QString role;
};

// How a result matched, in ranking order (docs/search.md).
enum class MatchKind {
    Identifier, // 宛名番号, 世帯番号, 住民票コード, 在留カード番号 or 個人番号, exactly
    Exact, // the query is the spelling of the name, of its family or given name
    Prefix, // a spelling of the name starts with the query
    Folded, // only the folded keys match (voiced marks, small kana, 異体字 …)
    FormerName, // only a former name (name_history, 旧氏) matches
    BirthDate, // the query was a birth date alone
    Address, // the household address or 方書 contains the fragment
    FormerAddress, // only a former address (address_history) contains it
};
// exact | prefix | folded | former_name | birth_date | identifier | address |
// former_address
QString matchKeyword(MatchKind kind);

struct SearchResult {
    qint64 personId = 0;
    QString atenaNo;
    QString setaiNo;
    QString nameKanji;
    QString nameKana;
    QString birthDate; // ISO when exact, else the storage string
    std::optional<int> age; // on the clock's today; none for a partial date
    QString address;
    QString katagaki;
    QString headName; // 世帯主's name_kanji
    MatchKind match = MatchKind::Exact;
    // The strongest support measure in force today (provisional included).
    SupportLevel supportMeasure = SupportLevel::None;
    // address and katagaki were emptied because a support measure of someone
    // in the household blocks showing it (RegisterAccess).
    bool addressWithheld = false;
};

inline constexpr int kDefaultSearchLimit = 20;
inline constexpr int kMaxSearchLimit = 1000;

class SearchStatements;

// The one search box (docs/search.md). Reads the index of searchindex.h;
// residents only (removed persons, 除票, are not found). Keep one instance
// per connection: its statements are prepared once.
class ResidentSearch {
public:
    explicit ResidentSearch(storage::Database& database, const Clock& clock = Clock::system());
    ~ResidentSearch();
    ResidentSearch(const ResidentSearch&) = delete;
    ResidentSearch& operator=(const ResidentSearch&) = delete;

    // Ranked by match kind, then name_kana, then atena_no; at most `limit`
    // (1 … kMaxSearchLimit). An empty or unusable query gives an empty list.
    Result<QList<SearchResult>> search(
        const QString& query, const SearchActor& actor, int limit = kDefaultSearchLimit);

private:
    Status noteFormerAddresses(
        std::map<qint64, MatchKind>& found, const QString& fragment, int limit);

    storage::Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<SearchStatements> m_statements;
    // 個人番号 lookups are also recorded in the audit chain (docs/security.md).
    std::unique_ptr<security::AuditLog> m_audit;
};

} // namespace madoguchi::registry
