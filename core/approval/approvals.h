#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
struct AuditEntry;
} // namespace madoguchi::security

// What a supervisor approves or denies (issue #8, docs/approvals.md):
// a clerk's checklist overrides, requests to lift a 支援措置 block for a
// while, and provisional corrections of the register (仮登録 → 審査・決裁 →
// 本登録). A request is stored pending; a supervisor (right: approve) other
// than the requester decides it with a comment; an approval takes effect in
// the same transaction as the decision. Every request and decision is
// recorded in the audit chain before it is stored (action 'approval').
namespace madoguchi::approval {

struct StoredRequest;

enum class ApprovalKind {
    ChecklistOverride, // a procedure left out or added at a visit
    SupportUnlock, // lift a 支援措置 block for some minutes
    RegisterCorrection, // correct fields of a person's register record
    // A branch's visit whose register records the hall changed since the
    // branch read them (docs/branch.md, "Reconciliation"): its applications wait,
    // outbox state 'held', until approved (sent as made) or denied
    // (cancelled). Made by the push, never by a clerk.
    Reconcile,
};
enum class ApprovalState { Pending, Approved, Denied };

// "override", "unlock", "correction", "reconcile".
QString approvalKindName(ApprovalKind kind);
std::optional<ApprovalKind> approvalKindFromName(QStringView name);
// "pending", "approved", "denied".
QString approvalStateName(ApprovalState state);
std::optional<ApprovalState> approvalStateFromName(QStringView name);

struct ApprovalRequest {
    qint64 id = 0;
    ApprovalKind kind = ApprovalKind::ChecklistOverride;
    ApprovalState state = ApprovalState::Pending;
    QDateTime requestedAt;
    QString requestedBy; // staff id
    QString atenaNo; // the resident concerned
    QString visitRef; // overrides: the visit; otherwise empty
    // What is asked, by kind:
    //   override:   {"procedure", "member", "decision": "left-out" | "added", "title"}
    //   unlock:     {"scope": "address" | "print" | "copies", "minutes"}
    //   correction: {"changes": {FIELD: {"from", "to"}}}
    //   reconcile:  {"visit", "branch", "changes": [{"entity", "id", "atena_no", "name",
    //               "change", "branch_version", "hall_version", "what": [text]}]}
    //               (sync/pushreconcile.h)
    QJsonObject details;
    QString reason; // the requester's
    QDateTime decidedAt; // invalid while pending
    QString decidedBy;
    QString comment; // the decider's
};

struct ApprovalFilter {
    std::optional<ApprovalState> state;
    std::optional<ApprovalKind> kind;
    QString atenaNo;
};

class Approvals {
public:
    Approvals(storage::Database& db, security::AccessControl& access);

    // Fields a correction may change: name_kanji, name_kana, birth_date,
    // sex, kyuuji, kyuuji_kana, tsusho, tsusho_kana, alphabet_name.
    static QStringList correctableFields();

    // Right: open-profile. A request to lift `scope` ("address", "print",
    // "copies") for the resident for 1 … kMaxUnlockMinutes minutes; the
    // unlock starts when it is approved.
    Result<ApprovalRequest> requestUnlock(
        const QString& atenaNo, const QString& scope, int minutes, const QString& reason);
    // Right: open-profile. A provisional correction (仮登録): field → new
    // value, each checked as the importer checks it; the register is not
    // changed until it is approved.
    Result<ApprovalRequest> requestCorrection(
        const QString& atenaNo, const QMap<QString, QString>& changes, const QString& reason);

    // Right: approve. Requests in `filter`, newest first.
    Result<QList<ApprovalRequest>> list(const ApprovalFilter& filter = {});
    Result<std::optional<ApprovalRequest>> find(qint64 id);

    // Right: approve; a pending request of someone else; a comment (required
    // to deny). Approving an unlock lifts the block from now; approving a
    // correction writes it to the register (本登録: version and change
    // sequence bumped, search keys rebuilt) unless the record changed since
    // the request, which fails and leaves the request pending. Approving a
    // reconcile queues the visit's held applications (due now); denying it
    // cancels them with the comment as their close reason.
    Result<ApprovalRequest> approve(qint64 id, const QString& comment);
    Result<ApprovalRequest> deny(qint64 id, const QString& comment);

private:
    Result<ApprovalRequest> submit(security::AuditEntry entry, ApprovalRequest request);
    Result<ApprovalRequest> decide(qint64 id, const QString& comment, ApprovalState to);
    Status applyDecision(
        const StoredRequest& stored, ApprovalState to, const QDateTime& at, const QString& comment);
    Status applyUnlock(const ApprovalRequest& request, const QDateTime& at);
    Status releaseHeld(const ApprovalRequest& request, ApprovalState to, const QDateTime& at,
        const QString& comment);

    storage::Database& m_db;
    security::AccessControl& m_access;
};

// Called by visit::submitVisit inside its transaction: one pending
// override request per procedure the clerk left out or added, so a
// supervisor reviews each. `decisions` is the visit's decisions JSON.
Status recordOverrides(storage::Database& db, const QString& visitRef, const QString& atenaNo,
    const QString& staff, const QJsonObject& decisions, const QDateTime& at);

} // namespace madoguchi::approval
