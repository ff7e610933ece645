#pragma once

#include "common/result.h"
#include "security/auditentry.h"
#include "storage/databaselocation.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>
#include <memory>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::security {

// Appends entries to the audit chain (docs/security.md, "The audit chain").
//
// It writes on a connection of its own to the same database, opened at the
// first record() and reused, in a transaction of its own: a rollback of the
// caller's business transaction cannot take an entry away. Writers are
// serialised so that concurrent desks still form one chain: BEGIN IMMEDIATE
// on SQLite, a transaction-scoped advisory lock on PostgreSQL.
//
// SQLite allows one writer per file: record() cannot run while the same
// thread holds an open write transaction on the business connection (it
// would wait for the busy timeout and fail). Record before the business
// transaction's first write, or after it ends.
class AuditLog {
public:
    explicit AuditLog(storage::DatabaseLocation location);
    explicit AuditLog(const storage::Database& business);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Appends `entry` (seq, prev_hash and hash are computed here) and
    // returns it as stored.
    Result<AuditEntry> record(AuditEntry entry);

private:
    Status ensureOpen();

    storage::DatabaseLocation m_location;
    std::unique_ptr<storage::Database> m_db;
};

// The append itself, inside the caller's open write transaction on
// `database` (AuditLog::record wraps it in a transaction of its own): a
// branch's push (sync/branchpush.h) writes each of the branch's entries
// with the row that says it was imported, so the two commit together. On
// PostgreSQL it takes the writers' advisory lock until that transaction
// ends.
Result<AuditEntry> appendAuditEntry(storage::Database& database, AuditEntry entry);

// The result of walking the chain.
struct VerifyReport {
    qint64 entries = 0; // rows read
    bool intact = true;
    qint64 brokenSeq = 0; // the first broken entry when !intact
    QString reason; // "hash", "link", "missing" or "order"
    QString message; // a sentence naming the entry and what is wrong
    QString headHash; // hash of the last entry (compare with a copy kept elsewhere)
};

// Walks audit_log in seq order and names the first broken entry: a row
// whose content does not give its hash ("hash"), a seq number missing
// ("missing": a deleted row), a row whose prev_hash names a later entry
// ("order": rows moved), or one whose prev_hash names no entry before it
// ("link": the entry before it was changed or removed and renumbered). A
// removal of the last entries is only visible against a head hash kept
// elsewhere.
Result<VerifyReport> verifyAuditChain(QSqlDatabase& db);

struct AuditFilter {
    QString operatorId;
    std::optional<qint64> personId;
    QString action;
    QDateTime from; // inclusive
    QDateTime to; // exclusive
};

// Entries matching every given filter, in seq order.
Result<QList<AuditEntry>> queryAudit(QSqlDatabase& db, const AuditFilter& filter);

// The review queries of COUNTER-DOMAIN §6, over entries from queryAudit.
// Times are judged in Japan time (UTC+9, no daylight saving).
QTimeZone japanTime();
// 22:00 to 06:00 local time.
QList<AuditEntry> lateNightEntries(const QList<AuditEntry>& entries);
// Saturdays, Sundays, Japanese public holidays 2025-2027 and the city
// hall's year-end closure (29 December to 3 January).
QList<AuditEntry> holidayEntries(const QList<AuditEntry>& entries);
bool isClosedDay(const QDate& date);
// Failed and denied logins.
QList<AuditEntry> failedLoginEntries(const QList<AuditEntry>& entries);

struct MassSearch {
    QString operatorId;
    QDateTime hourStart; // Japan time
    int searches = 0;
};
// Operators with more than `threshold` searches within one clock hour.
QList<MassSearch> massSearches(const QList<AuditEntry>& entries, int threshold);

} // namespace madoguchi::security
