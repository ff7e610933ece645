#include "sync/pushvisit.h"

#include "approval/approvalrows.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

// Column kinds of a copied row: 'T' text, 'I' integer. A row read on one
// engine is bound on the other, so every value is given its column's type
// (a NULL included: the PostgreSQL driver needs to know what it binds).
const QString kVisitColumns = QStringLiteral("ref, person_id, atena_no, event_type, event_date, "
                                             "staff, role, office, terminal, answers, decisions, "
                                             "submitted_at, read_versions");
const char kVisitKinds[] = "TITTTTTTTTTTT";
constexpr int kReadVersionsColumn = 12;
const QString kApplicationColumns
    = QStringLiteral("id, visit_ref, position, procedure_id, procedure_version, system, "
                     "member_id, member_atena_no, deadline, documents, form");
const char kApplicationKinds[] = "TTITITTTTTT";
const QString kOutboxColumns = QStringLiteral(
    "id, visit_ref, system, procedure_id, procedure_version, envelope, created_at");
const char kOutboxKinds[] = "TTTTITT";
// The override requests the submission made for a supervisor (docs/
// approvals.md); the hall numbers them anew.
const QString kOverrideColumns
    = QStringLiteral("kind, state, requested_at, requested_by, atena_no, visit_ref, details, "
                     "reason, decided_at, decided_by, comment, version");
const char kOverrideKinds[] = "TTTTTTTTTTTI";

// What the visit recorded besides its forms (0015_visit_records.sql): the
// documents, scans, evidence and consents, copied as they are ('B' a
// blob). In insertion order: a document names its attachment.
struct RecordTable {
    const char* table;
    const char* columns;
    const char* kinds;
    const char* order;
};
constexpr RecordTable kRecordTables[] = {
    {"visit_attachments",
        "id, visit_ref, application_id, file_name, media_type, sha256, size, content", "TTTTTTIB",
        "id"},
    {"visit_documents",
        "visit_ref, application_id, position, names, status, bring_by, certificate_digest, "
        "attachment_id",
        "TTITTTTT", "application_id, position"},
    {"visit_evidence", "visit_ref, position, source, names, issuer, digest, member, fields",
        "TITTTTTT", "position"},
    {"visit_consents",
        "visit_ref, position, source, source_names, purpose, systems, granted, staff, at",
        "TITTTTITT", "position"},
};

QVariant typed(const QVariant& value, char kind)
{
    if (kind == 'B')
        return value.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                              : QVariant(value.toByteArray());
    if (kind == 'I')
        return value.isNull() ? QVariant(QMetaType::fromType<qint64>())
                              : QVariant(value.toLongLong());
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value.toString());
}

Result<QList<QVariantList>> readRows(storage::Database& db, const QString& sql,
    const QVariantList& values, const char* kinds, const QString& doing)
{
    auto rows = storage::exec(db.sql(), sql, values, doing);
    if (!rows)
        return rows.error();
    QList<QVariantList> result;
    const int columns = int(qstrlen(kinds));
    while (rows->next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << typed(rows->value(i), kinds[i]);
        result << row;
    }
    return result;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

Status insertRows(storage::Database& db, const QString& table, const QString& columns,
    const char* kinds, const QList<QVariantList>& rows, const QString& doing)
{
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns, placeholders(int(qstrlen(kinds))));
    for (const QVariantList& row : rows)
        if (auto inserted = storage::exec(db.sql(), sql, row, doing); !inserted)
            return inserted.error();
    return {};
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<bool> exists(
    storage::Database& db, const QString& sql, const QVariantList& values, const QString& doing)
{
    auto found = storage::exec(db.sql(), sql, values, doing);
    if (!found)
        return found.error();
    const bool there = found->next();
    found->finish();
    return there;
}

// The hall's id of the visit's resident: the same id when the replica's
// register came from the hall (it did), found by 宛名番号 otherwise.
Result<std::optional<qint64>> hallPerson(storage::Database& hall, const BranchVisit& visit)
{
    const QString doing
        = QCoreApplication::translate("BranchPush", "finding the resident of visit %1 at the hall")
              .arg(visit.ref);
    auto byId = storage::exec(hall.sql(),
        QStringLiteral("SELECT id FROM persons WHERE id = ? AND atena_no = ?"),
        {visit.personId, visit.atenaNo}, doing);
    if (!byId)
        return byId.error();
    if (byId->next())
        return std::optional<qint64>(byId->value(0).toLongLong());
    byId->finish();
    auto byAtena = storage::exec(hall.sql(),
        QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {visit.atenaNo}, doing);
    if (!byAtena)
        return byAtena.error();
    if (byAtena->next())
        return std::optional<qint64>(byAtena->value(0).toLongLong());
    return std::optional<qint64>();
}

// One pending reconcile request for the visit, in the visit's hall
// transaction. Requested in the name of the clerk who made the visit: the
// four-eyes rule then keeps them from deciding it themselves.
Status requestReconcile(storage::Database& hall, const BranchVisit& visit,
    const QString& branchCode, const QJsonArray& changes, const QString& now)
{
    approval::ApprovalRequest request;
    request.kind = approval::ApprovalKind::Reconcile;
    request.requestedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    request.requestedBy = visit.visitRow[5].toString(); // staff
    request.atenaNo = visit.atenaNo;
    request.visitRef = visit.ref;
    request.details = QJsonObject{{QStringLiteral("visit"), visit.ref},
        {QStringLiteral("branch"), branchCode}, {QStringLiteral("changes"), changes}};
    request.reason = QCoreApplication::translate("BranchPush",
        "branch %1 made this visit offline; the hall's register changed since the branch read "
        "it (%n record(s)): check the applications still fit before they are sent",
        nullptr, int(changes.size()))
                         .arg(branchCode);
    auto inserted = approval::insertRequest(hall, request);
    return inserted ? Status{} : Status{inserted.error()};
}

} // namespace

Result<BranchVisit> readBranchVisit(storage::Database& replica, const QString& ref)
{
    const QString doing
        = QCoreApplication::translate("BranchPush", "reading visit %1 at the branch").arg(ref);
    auto visits = readRows(replica,
        QStringLiteral("SELECT ") + kVisitColumns + QStringLiteral(" FROM visits WHERE ref = ?"),
        {ref}, kVisitKinds, doing);
    if (!visits)
        return visits.error();
    if (visits->isEmpty())
        return Error{
            QCoreApplication::translate("BranchPush", "visit %1 is not at the branch").arg(ref)};
    BranchVisit visit;
    visit.ref = ref;
    visit.visitRow = visits->first();
    visit.personId = visit.visitRow[1].toLongLong();
    visit.atenaNo = visit.visitRow[2].toString();
    auto applications = readRows(replica,
        QStringLiteral("SELECT ") + kApplicationColumns
            + QStringLiteral(" FROM applications WHERE visit_ref = ? ORDER BY position, id"),
        {ref}, kApplicationKinds, doing);
    if (!applications)
        return applications.error();
    visit.applications = std::move(applications).value();
    auto outbox = readRows(replica,
        QStringLiteral("SELECT ") + kOutboxColumns
            + QStringLiteral(" FROM outbox WHERE visit_ref = ? ORDER BY created_at, id"),
        {ref}, kOutboxKinds, doing);
    if (!outbox)
        return outbox.error();
    visit.outbox = std::move(outbox).value();
    auto overrides = readRows(replica,
        QStringLiteral("SELECT ") + kOverrideColumns
            + QStringLiteral(" FROM approval_requests WHERE visit_ref = ? AND kind = 'override' "
                             "ORDER BY id"),
        {ref}, kOverrideKinds, doing);
    if (!overrides)
        return overrides.error();
    visit.overrides = std::move(overrides).value();
    for (const RecordTable& t : kRecordTables) {
        auto rows = readRows(replica,
            QStringLiteral("SELECT %1 FROM %2 WHERE visit_ref = ? ORDER BY %3")
                .arg(QLatin1String(t.columns), QLatin1String(t.table), QLatin1String(t.order)),
            {ref}, t.kinds, doing);
        if (!rows)
            return rows.error();
        visit.records << std::move(rows).value();
    }
    visit.readVersions
        = visit::ReadVersions::fromText(visit.visitRow[kReadVersionsColumn].toString());
    if (visit.readVersions) {
        // The replica is pulled after the push: its rows are still the
        // ones the visit read (reconcileChanges checks the versions).
        auto rows = readRecordRows(replica, *visit.readVersions);
        if (!rows)
            return rows.error();
        visit.branchRows = std::move(rows).value();
    }
    return visit;
}

Result<VisitOutcome> writeVisitAtHall(
    storage::Database& hall, const BranchVisit& visit, const QString& branchCode)
{
    const QString doing
        = QCoreApplication::translate("BranchPush", "writing visit %1 at the hall").arg(visit.ref);
    const QString origin = QStringLiteral("visit:") + visit.ref;
    storage::Transaction transaction(hall.sql());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    // Written by an earlier push that stopped before it could mark the
    // visit at the branch: only the mark is left to do.
    auto imported = exists(
        hall, QStringLiteral("SELECT 1 FROM branch_imports WHERE origin = ?"), {origin}, doing);
    if (!imported)
        return imported.error();
    if (imported.value())
        return VisitOutcome{VisitOutcome::Kind::AlreadyAtHall, {}, 0, 0};

    VisitOutcome held{VisitOutcome::Kind::KeptAtBranch, {}, 0, 0};
    auto taken
        = exists(hall, QStringLiteral("SELECT 1 FROM visits WHERE ref = ?"), {visit.ref}, doing);
    if (!taken)
        return taken.error();
    if (taken.value()) {
        held.why = QCoreApplication::translate("BranchPush",
            "visit %1: the hall already has another visit with this reference (does another "
            "branch use the code %2?); it stays at the branch, not pushed")
                       .arg(visit.ref, branchCode);
        return held;
    }
    auto person = hallPerson(hall, visit);
    if (!person)
        return person.error();
    if (!person->has_value()) {
        held.why = QCoreApplication::translate("BranchPush",
            "visit %1: the hall's register has no resident with 宛名番号 %2 (removed at the hall "
            "since the branch's last pull?); it stays at the branch, not pushed")
                       .arg(visit.ref, visit.atenaNo);
        return held;
    }

    // What the hall changed since the branch read it, read in this
    // transaction: the hall's register as the visit is written against it.
    QJsonArray changes;
    if (visit.readVersions) {
        auto hallRows = readRecordRows(hall, *visit.readVersions);
        if (!hallRows)
            return hallRows.error();
        changes = reconcileChanges(*visit.readVersions, visit.branchRows, hallRows.value());
    }
    const bool heldForReview = !changes.isEmpty();

    QVariantList visitRow = visit.visitRow;
    visitRow[1] = *person.value();
    if (Status written
        = insertRows(hall, QStringLiteral("visits"), kVisitColumns, kVisitKinds, {visitRow}, doing);
        !written)
        return written.error();
    if (Status written = insertRows(hall, QStringLiteral("applications"), kApplicationColumns,
            kApplicationKinds, visit.applications, doing);
        !written)
        return written.error();
    if (Status written = insertRows(hall, QStringLiteral("approval_requests"), kOverrideColumns,
            kOverrideKinds, visit.overrides, doing);
        !written)
        return written.error();
    for (qsizetype i = 0; i < visit.records.size(); ++i) {
        const RecordTable& t = kRecordTables[i];
        if (Status written = insertRows(hall, QLatin1String(t.table), QLatin1String(t.columns),
                t.kinds, visit.records.at(i), doing);
            !written)
            return written.error();
    }
    // The hall's relays start afresh: queued, due now, no attempt yet. The
    // id and the envelope are the branch's, byte for byte, so a back-end
    // sees the same Idempotency-Key and body whoever sends it. Held rows
    // wait for the reconcile decision instead; no relay claims them.
    const QString now = nowText();
    const QString state = heldForReview ? QStringLiteral("held") : QStringLiteral("queued");
    for (const QVariantList& row : visit.outbox) {
        auto queued = storage::exec(hall.sql(),
            QStringLiteral("INSERT INTO outbox (") + kOutboxColumns
                + QStringLiteral(", state, attempts, next_attempt_at, updated_at) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?, ?, 0, ?, ?)"),
            row + QVariantList{state, now, now}, doing);
        if (!queued)
            return queued.error();
    }
    if (heldForReview)
        if (Status requested = requestReconcile(hall, visit, branchCode, changes, now); !requested)
            return requested.error();
    if (auto recorded = storage::exec(hall.sql(),
            QStringLiteral("INSERT INTO branch_imports (origin, kind, branch, imported_at) "
                           "VALUES (?, 'visit', ?, ?)"),
            {origin, branchCode, now}, doing);
        !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return VisitOutcome{VisitOutcome::Kind::Written, {}, int(visit.applications.size()),
        int(visit.outbox.size()), heldForReview};
}

Status markVisitPushed(storage::Database& replica, const QString& ref)
{
    const QString doing
        = QCoreApplication::translate("BranchPush", "marking visit %1 pushed at the branch")
              .arg(ref);
    const QString now = nowText();
    storage::Transaction transaction(replica.sql());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    if (auto marked = storage::exec(replica.sql(),
            QStringLiteral("UPDATE visits SET pushed_at = ? WHERE ref = ?"), {now, ref}, doing);
        !marked)
        return marked.error();
    // The hall's relays deliver these now. Closing them here means a relay
    // started against the replica by mistake finds nothing of them due.
    if (auto closed = storage::exec(replica.sql(),
            QStringLiteral("UPDATE outbox SET state = 'handled', closed_by = ?, close_reason = ?, "
                           "updated_at = ? WHERE visit_ref = ? AND state = 'queued'"),
            {QStringLiteral("branch-push"),
                QCoreApplication::translate(
                    "BranchPush", "pushed to the hall at %1; the hall's relays deliver it")
                    .arg(now),
                now, ref},
            doing);
        !closed)
        return closed.error();
    return transaction.commit();
}

} // namespace madoguchi::sync
