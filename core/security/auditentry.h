#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace madoguchi::security {

// One entry of the audit chain (docs/security.md, "The audit chain").
// Actions are short ASCII words (AuditAction); outcomes are "ok", "denied"
// or "failed" (AuditOutcome).
struct AuditEntry {
    qint64 seq = 0; // 1..n; given by AuditLog::record
    QDateTime at; // stored in UTC with milliseconds
    QString operatorId;
    QString role;
    QString office;
    QString terminal;
    QString action;
    std::optional<qint64> personId;
    std::optional<qint64> visitId;
    QString purpose;
    bool myNumberShown = false;
    QString outcome;
    QString detail;
    QString prevHash; // hex SHA-256 of the previous entry; kGenesisHash for seq 1
    QString hash; // hex SHA-256 of this entry (computeHash)

    // The stable, documented serialisation the hash covers. Every field but
    // seq and hash, one "name=value" line each in a fixed order, after a
    // version line; values escape '\\', '\n', '\r' and '\t' with a
    // backslash; a missing id is an empty value. seq is left out on purpose:
    // an entry's place is fixed by prev_hash, so verify can tell a row that
    // moved from one that changed.
    QByteArray canonicalForm() const;
    // Lower-case hex SHA-256 of canonicalForm().
    QString computeHash() const;
};

// The previous hash of the first entry.
inline constexpr char kGenesisHash[]
    = "0000000000000000000000000000000000000000000000000000000000000000";

// The actions the application records.
namespace AuditAction {
inline constexpr char Search[] = "search";
inline constexpr char ProfileView[] = "profile-view";
inline constexpr char Reveal[] = "reveal";
inline constexpr char Print[] = "print";
inline constexpr char Submission[] = "submission";
inline constexpr char Approval[] = "approval";
inline constexpr char Login[] = "login";
inline constexpr char Unlock[] = "unlock"; // a 支援措置 block lifted for a while
inline constexpr char StaffChange[] = "staff-change"; // an account added or changed
inline constexpr char AuditRead[] = "audit-read"; // the chain queried or verified
inline constexpr char Delivery[] = "delivery"; // a supervisor's retry, cancel or handled
inline constexpr char Export[] = "export"; // the day's tickets and visits written to CSV
// A certificate from another institution checked, valid or not.
inline constexpr char CertificateVerify[] = "certificate-verify";
} // namespace AuditAction

namespace AuditOutcome {
inline constexpr char Ok[] = "ok";
inline constexpr char Denied[] = "denied";
inline constexpr char Failed[] = "failed";
} // namespace AuditOutcome

// How `at` is stored: ISO 8601 UTC with milliseconds, e.g.
// 2026-04-01T09:15:00.000Z (sorts as text in time order).
QString auditTimestamp(const QDateTime& at);

} // namespace madoguchi::security
