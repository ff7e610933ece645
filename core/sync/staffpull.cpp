#include "sync/staffpull.h"

#include "security/auditentry.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace madoguchi::sync {
namespace {

struct Verifier {
    QVariantList values; // id, role, office, password_hash, disabled, locked_until,
                         // created_at, updated_at, version
};

Error staffFailed(const QString& office, const Error& why)
{
    return Error{
        QCoreApplication::translate("StaffPull", "copying the verifiers of the staff of %1: %2")
            .arg(office, why.message)};
}

Result<QList<Verifier>> readVerifiers(
    storage::Database& hall, const QString& office, const QDateTime& from, const QDateTime& to)
{
    // Successful logins at this office in the window, as the hall's audit
    // chain has them (times are stored as UTC text with milliseconds, so
    // they compare as text).
    auto rows = storage::exec(hall.sql(),
        QStringLiteral(
            "SELECT id, role, office, password_hash, disabled, locked_until, created_at, "
            "updated_at, version FROM staff WHERE id IN (SELECT operator FROM audit_log "
            "WHERE action = ? AND outcome = ? AND office = ? AND at >= ? AND at <= ?) "
            "ORDER BY id"),
        {QLatin1String(security::AuditAction::Login), QLatin1String(security::AuditOutcome::Ok),
            office, security::auditTimestamp(from), security::auditTimestamp(to)},
        QCoreApplication::translate("StaffPull", "reading the hall's staff and logins"));
    if (!rows)
        return rows.error();
    QList<Verifier> verifiers;
    while (rows->next()) {
        Verifier v;
        for (int i = 0; i < 9; ++i) {
            const QVariant value = rows->value(i);
            v.values.append(value.isNull() ? QVariant() : value);
        }
        verifiers.append(std::move(v));
    }
    return verifiers;
}

} // namespace

Result<int> pullStaffVerifiers(storage::Database& hall, storage::Database& replica,
    const QString& office, const QDateTime& now, int days)
{
    if (office.trimmed().isEmpty())
        return Error{QCoreApplication::translate(
            "StaffPull", "the branch's office is not set: whose staff may log in offline?")};
    if (days < 1)
        return staffFailed(office,
            Error{QCoreApplication::translate("StaffPull",
                "the window must be at least one day, "
                "not %1")
                      .arg(days)});
    auto verifiers = readVerifiers(hall, office.trimmed(), now.addDays(-days), now);
    if (!verifiers)
        return staffFailed(office, verifiers.error());

    QSqlDatabase& db = replica.sql();
    storage::Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return staffFailed(office, s.error());
    // The hall's account replaces the replica's, except the branch's own
    // count of wrong passwords; a lock-out at the hall that lasts longer
    // than the branch's own is kept.
    QSqlQuery upsert(db);
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO staff (id, role, office, password_hash, disabled, locked_until, "
            "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET role = excluded.role, office = excluded.office, "
            "password_hash = excluded.password_hash, disabled = excluded.disabled, "
            "locked_until = CASE WHEN excluded.locked_until IS NOT NULL AND "
            "(staff.locked_until IS NULL OR excluded.locked_until > staff.locked_until) "
            "THEN excluded.locked_until ELSE staff.locked_until END, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at, "
            "version = excluded.version")))
        return staffFailed(office,
            storage::sqlError(
                QCoreApplication::translate("StaffPull", "preparing the staff copy"), upsert));
    QSet<QString> kept;
    for (const Verifier& v : std::as_const(verifiers.value())) {
        for (int i = 0; i < v.values.size(); ++i)
            upsert.bindValue(i, v.values.at(i));
        if (!upsert.exec())
            return staffFailed(office,
                storage::sqlError(QCoreApplication::translate("StaffPull", "copying account '%1'")
                                      .arg(v.values.at(0).toString()),
                    upsert));
        kept.insert(v.values.at(0).toString());
    }
    // Accounts that no longer logged in here within the window cannot log
    // in offline any more.
    auto present = storage::exec(db, QStringLiteral("SELECT id FROM staff"), {},
        QCoreApplication::translate("StaffPull", "reading the replica's staff"));
    if (!present)
        return staffFailed(office, present.error());
    QStringList stale;
    while (present->next())
        if (!kept.contains(present->value(0).toString()))
            stale << present->value(0).toString();
    present->finish();
    for (const QString& id : std::as_const(stale))
        if (auto removed = storage::exec(db, QStringLiteral("DELETE FROM staff WHERE id = ?"), {id},
                QCoreApplication::translate("StaffPull", "removing account '%1' from the replica")
                    .arg(id));
            !removed)
            return staffFailed(office, removed.error());
    if (Status s = transaction.commit(); !s)
        return staffFailed(office, s.error());
    return int(kept.size());
}

} // namespace madoguchi::sync
