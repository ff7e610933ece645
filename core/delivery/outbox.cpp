#include "delivery/outbox.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace madoguchi::delivery {
namespace {

const QString kColumns = QStringLiteral(
    "id, visit_ref, system, procedure_id, procedure_version, envelope, state, attempts, "
    "next_attempt_at, lease_owner, lease_until, last_error, receipt, created_at, updated_at, "
    "delivered_at");

// Due: waiting and its time has come, or sending with an expired lease.
const QString kDue = QStringLiteral(
    "((state IN ('queued', 'retry-wait') AND next_attempt_at <= ?) "
    "OR (state = 'sending' AND lease_until < ?))");

QString doing()
{
    return QCoreApplication::translate("Outbox", "updating the outbox");
}

OutboxItem readItem(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toString();
    item.visitRef = q.value(1).toString();
    item.system = q.value(2).toString();
    item.procedureId = q.value(3).toString();
    item.procedureVersion = q.value(4).toInt();
    item.envelope = q.value(5).toString().toUtf8();
    // Fail safe: a state this build does not know is treated as in flight,
    // never as delivered.
    item.state = stateFromName(q.value(6).toString()).value_or(OutboxState::Sending);
    item.attempts = q.value(7).toInt();
    item.nextAttemptAt = outboxTimeFromText(q.value(8).toString());
    item.leaseOwner = q.value(9).toString();
    item.leaseUntil = outboxTimeFromText(q.value(10).toString());
    item.lastError = q.value(11).toString();
    item.receipt = q.value(12).toString();
    item.createdAt = outboxTimeFromText(q.value(13).toString());
    item.updatedAt = outboxTimeFromText(q.value(14).toString());
    item.deliveredAt = outboxTimeFromText(q.value(15).toString());
    return item;
}

} // namespace

Outbox::Outbox(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QStringList> Outbox::enqueue(const QList<NewApplication>& applications)
{
    storage::Transaction transaction(m_db.sql());
    if (Status s = transaction.begun(); !s)
        return s.error();
    auto ids = enqueueInTransaction(applications);
    if (!ids)
        return ids;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return ids;
}

Result<QStringList> Outbox::enqueueInTransaction(const QList<NewApplication>& applications)
{
    QSqlDatabase& db = m_db.sql();
    const QString now = outboxTime(m_clock.now());
    QStringList ids;
    for (const NewApplication& a : applications) {
        const QString id
            = a.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : a.id;
        auto inserted = storage::exec(db,
            QStringLiteral("INSERT INTO outbox (id, visit_ref, system, procedure_id, "
                           "procedure_version, envelope, state, attempts, next_attempt_at, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)"),
            {id, a.visitRef, a.system, a.procedureId, a.procedureVersion,
                QString::fromUtf8(QJsonDocument(a.envelope).toJson(QJsonDocument::Compact)), now,
                now, now},
            QCoreApplication::translate("Outbox", "queueing application %1").arg(id));
        if (!inserted)
            return inserted.error();
        ids << id;
    }
    return ids;
}

Result<QList<OutboxItem>> Outbox::claim(
    const QString& owner, int max, std::chrono::milliseconds lease)
{
    QSqlDatabase& db = m_db.sql();
    const QDateTime nowAt = m_clock.now();
    const QString now = outboxTime(nowAt);
    const QString until = outboxTime(nowAt.addMSecs(lease.count()));
    storage::Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s.error();
    QStringList ids;
    if (m_db.engine() == storage::Engine::PostgreSql) {
        auto claimed = storage::exec(db,
            QStringLiteral("UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, "
                           "attempts = attempts + 1, updated_at = ? WHERE id IN (SELECT id FROM "
                           "outbox WHERE ")
                + kDue
                + QStringLiteral(" ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) "
                                 "RETURNING id"),
            {owner, until, now, now, now, max}, doing());
        if (!claimed)
            return claimed.error();
        while (claimed->next())
            ids << claimed->value(0).toString();
    } else {
        auto due = storage::exec(db,
            QStringLiteral("SELECT id FROM outbox WHERE ") + kDue
                + QStringLiteral(" ORDER BY next_attempt_at, id LIMIT ?"),
            {now, now, max}, doing());
        if (!due)
            return due.error();
        while (due->next())
            ids << due->value(0).toString();
        due->finish();
        for (const QString& id : std::as_const(ids)) {
            auto taken = storage::exec(db,
                QStringLiteral("UPDATE outbox SET state = 'sending', lease_owner = ?, "
                               "lease_until = ?, attempts = attempts + 1, updated_at = ? "
                               "WHERE id = ?"),
                {owner, until, now, id}, doing());
            if (!taken)
                return taken.error();
        }
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (ids.isEmpty())
        return QList<OutboxItem>{};
    QStringList marks;
    QVariantList values;
    for (const QString& id : std::as_const(ids)) {
        marks << QStringLiteral("?");
        values << id;
    }
    values << owner;
    return select(QStringLiteral("id IN (") + marks.join(QLatin1Char(','))
            + QStringLiteral(") AND lease_owner = ? ORDER BY next_attempt_at, id"),
        values);
}

Result<bool> Outbox::finish(
    const QString& id, const QString& owner, const QString& setClause, QVariantList values)
{
    values << outboxTime(m_clock.now()) << id << owner;
    auto updated = storage::exec(m_db.sql(),
        QStringLiteral("UPDATE outbox SET ") + setClause
            + QStringLiteral(", lease_owner = NULL, lease_until = NULL, updated_at = ? "
                             "WHERE id = ? AND lease_owner = ? AND state = 'sending'"),
        values, doing());
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

Result<bool> Outbox::markDelivered(
    const QString& id, const QString& owner, const QString& receipt, const QByteArray& receiptBody)
{
    return finish(id, owner,
        QStringLiteral("state = 'delivered', receipt = ?, receipt_body = ?, last_error = NULL, "
                       "delivered_at = ?"),
        {receipt, QString::fromUtf8(receiptBody), outboxTime(m_clock.now())});
}

Result<bool> Outbox::markRetry(const QString& id, const QString& owner, const QString& error,
    std::chrono::milliseconds delay)
{
    return finish(id, owner, QStringLiteral("state = 'retry-wait', last_error = ?, next_attempt_at = ?"),
        {error, outboxTime(m_clock.now().addMSecs(delay.count()))});
}

Result<bool> Outbox::markRejected(const QString& id, const QString& owner, const QString& error)
{
    return finish(id, owner, QStringLiteral("state = 'rejected', last_error = ?"), {error});
}

Result<QList<OutboxItem>> Outbox::select(const QString& where, const QVariantList& values)
{
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE ") + where,
        values, QCoreApplication::translate("Outbox", "reading the outbox"));
    if (!rows)
        return rows.error();
    QList<OutboxItem> items;
    while (rows->next())
        items << readItem(rows.value());
    return items;
}

Result<QList<OutboxItem>> Outbox::ofVisit(const QString& visitRef)
{
    return select(QStringLiteral("visit_ref = ? ORDER BY created_at, id"), {visitRef});
}

Result<QList<OutboxItem>> Outbox::inState(OutboxState state, int limit)
{
    return select(QStringLiteral("state = ? ORDER BY created_at, id LIMIT ?"),
        {stateName(state), limit});
}

Result<std::optional<OutboxItem>> Outbox::find(const QString& id)
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(found->first());
}

} // namespace madoguchi::delivery
