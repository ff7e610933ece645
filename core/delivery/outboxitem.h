#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

namespace madoguchi::delivery {

// Where an application is on its way to its back-end (docs/delivery.md).
// Held: a branch's application whose resident's register records changed at
// the hall since the branch read them; it waits for a supervisor's
// reconcile decision (docs/branch.md, "Reconciliation") and no relay claims it.
enum class OutboxState {
    Queued,
    Sending,
    Delivered,
    RetryWait,
    Rejected,
    Cancelled,
    Handled,
    Held
};

// queued | sending | delivered | retry-wait | rejected | cancelled | handled | held
QString stateName(OutboxState state);
std::optional<OutboxState> stateFromName(QStringView name);

// An application to put in the outbox.
struct NewApplication {
    QString id; // UUID and Idempotency-Key; empty: one is made
    QString visitRef;
    QString system; // the catalog's back-end system id
    QString procedureId;
    int procedureVersion = 1;
    QJsonObject envelope; // docs/backend-api.md; sent_at is set at each send
};

// One outbox row.
struct OutboxItem {
    QString id;
    QString visitRef;
    QString system;
    QString procedureId;
    int procedureVersion = 1;
    QByteArray envelope; // compact JSON as stored
    OutboxState state = OutboxState::Queued;
    int attempts = 0; // sends started
    QDateTime nextAttemptAt;
    QString leaseOwner;
    QDateTime leaseUntil;
    QString lastError;
    QString receipt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deliveredAt;
};

// ISO 8601 UTC with milliseconds: how the outbox stores times (they compare
// as text).
QString outboxTime(const QDateTime& at);
QDateTime outboxTimeFromText(const QString& text);

} // namespace madoguchi::delivery
