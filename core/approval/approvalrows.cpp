#include "approval/approvalrows.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::approval {
namespace {

const QString kColumns = QStringLiteral(
    "id, kind, state, requested_at, requested_by, atena_no, visit_ref, details, reason, "
    "decided_at, decided_by, comment, version");

// A null QString would be bound as SQL NULL: an absent text is NULL on
// purpose, an empty one ''.
QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QDateTime timeFromText(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

StoredRequest fromRow(const QSqlQuery& row)
{
    StoredRequest stored;
    ApprovalRequest& r = stored.request;
    r.id = row.value(0).toLongLong();
    // The CHECK constraints keep kind and state among the names.
    r.kind
        = approvalKindFromName(row.value(1).toString()).value_or(ApprovalKind::ChecklistOverride);
    r.state = approvalStateFromName(row.value(2).toString()).value_or(ApprovalState::Pending);
    r.requestedAt = timeFromText(row.value(3));
    r.requestedBy = row.value(4).toString();
    r.atenaNo = row.value(5).toString();
    r.visitRef = row.value(6).toString();
    r.details = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).object();
    r.reason = row.value(8).toString();
    r.decidedAt = timeFromText(row.value(9));
    r.decidedBy = row.value(10).toString();
    r.comment = row.value(11).toString();
    stored.version = row.value(12).toInt();
    return stored;
}

} // namespace

QString approvalTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Result<qint64> insertRequest(storage::Database& db, const ApprovalRequest& request)
{
    auto inserted = storage::exec(db.sql(),
        QStringLiteral("INSERT INTO approval_requests (kind, state, requested_at, requested_by, "
                       "atena_no, visit_ref, details, reason, version) "
                       "VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        {approvalKindName(request.kind), approvalTime(request.requestedAt), request.requestedBy,
            request.atenaNo, textOrNull(request.visitRef),
            QString::fromUtf8(QJsonDocument(request.details).toJson(QJsonDocument::Compact)),
            request.reason},
        QCoreApplication::translate("Approvals", "storing the request about %1")
            .arg(request.atenaNo));
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error{
            QCoreApplication::translate("Approvals", "storing the request about %1 gave no id")
                .arg(request.atenaNo)};
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    return id;
}

Result<std::optional<StoredRequest>> readRequest(storage::Database& db, qint64 id)
{
    auto found = storage::exec(db.sql(),
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM approval_requests WHERE id = ?"),
        {id}, QCoreApplication::translate("Approvals", "reading request #%1").arg(id));
    if (!found)
        return found.error();
    if (!found->next())
        return std::optional<StoredRequest>();
    return std::optional<StoredRequest>(fromRow(found.value()));
}

Result<QList<ApprovalRequest>> readRequests(storage::Database& db, const ApprovalFilter& filter)
{
    QStringList where;
    QVariantList values;
    if (filter.state) {
        where << QStringLiteral("state = ?");
        values << approvalStateName(*filter.state);
    }
    if (filter.kind) {
        where << QStringLiteral("kind = ?");
        values << approvalKindName(*filter.kind);
    }
    if (!filter.atenaNo.isEmpty()) {
        where << QStringLiteral("atena_no = ?");
        values << filter.atenaNo;
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM approval_requests");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY requested_at DESC, id DESC");
    auto rows = storage::exec(
        db.sql(), sql, values, QCoreApplication::translate("Approvals", "listing the requests"));
    if (!rows)
        return rows.error();
    QList<ApprovalRequest> list;
    while (rows->next())
        list << fromRow(rows.value()).request;
    return list;
}

Result<bool> storeDecision(storage::Database& db, qint64 id, int version, ApprovalState state,
    const QDateTime& at, const QString& staff, const QString& comment)
{
    auto updated = storage::exec(db.sql(),
        QStringLiteral("UPDATE approval_requests SET state = ?, decided_at = ?, decided_by = ?, "
                       "comment = ?, version = version + 1 "
                       "WHERE id = ? AND state = 'pending' AND version = ?"),
        {approvalStateName(state), approvalTime(at), staff, textOrNull(comment), id, version},
        QCoreApplication::translate("Approvals", "deciding request #%1").arg(id));
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

} // namespace madoguchi::approval
