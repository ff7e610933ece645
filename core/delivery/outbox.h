#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "delivery/outboxitem.h"

#include <QList>
#include <chrono>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::delivery {

// The outbox table (migration 0008, docs/delivery.md). Every write is a
// prepared statement; every change of a claimed row names its owner, so a
// relay whose lease was taken over cannot overwrite the new owner's result.
class Outbox {
public:
    explicit Outbox(storage::Database& db, const Clock& clock = Clock::system());

    // Adds the applications as queued, due now, in one transaction of its
    // own; returns their ids.
    Result<QStringList> enqueue(const QList<NewApplication>& applications);
    // The same inside the caller's open transaction (a visit and its
    // applications are written together).
    Result<QStringList> enqueueInTransaction(const QList<NewApplication>& applications);

    // Claims up to `max` due items for `owner` until now + `lease`: queued
    // and retry-wait rows whose time has come, and sending rows whose lease
    // has expired (their relay died). Each claim counts an attempt.
    // SQLite: one writer at a time (BEGIN IMMEDIATE); PostgreSQL: FOR
    // UPDATE SKIP LOCKED, so relays never claim the same row.
    Result<QList<OutboxItem>> claim(
        const QString& owner, int max, std::chrono::milliseconds lease);

    // The end of a send. False when `owner` no longer holds the row (its
    // lease expired and another relay took it): nothing is changed then.
    Result<bool> markDelivered(const QString& id, const QString& owner, const QString& receipt,
        const QByteArray& receiptBody);
    Result<bool> markRetry(const QString& id, const QString& owner, const QString& error,
        std::chrono::milliseconds delay);
    Result<bool> markRejected(const QString& id, const QString& owner, const QString& error);

    // Every row of a visit, or every row in `state`, oldest first.
    Result<QList<OutboxItem>> ofVisit(const QString& visitRef);
    Result<QList<OutboxItem>> inState(OutboxState state, int limit = 1000);
    Result<std::optional<OutboxItem>> find(const QString& id);

private:
    Result<bool> finish(const QString& id, const QString& owner, const QString& setClause,
        QVariantList values);
    Result<QList<OutboxItem>> select(const QString& where, const QVariantList& values);

    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace madoguchi::delivery
