#include "security/auditlog.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <map>

namespace madoguchi::security {
namespace {

// pg_advisory_xact_lock key for audit writers: "AUDT" in ASCII.
constexpr qint64 kAuditLockKey = 0x41554454;

const QString kColumns = QStringLiteral(
    "seq, at, operator, role, office, terminal, action, person_id, visit_id, purpose, "
    "my_number_shown, outcome, detail, prev_hash, hash");

QVariant optionalId(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and an
// empty field is stored as ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

std::optional<qint64> idFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.operatorId = q.value(2).toString();
    e.role = q.value(3).toString();
    e.office = q.value(4).toString();
    e.terminal = q.value(5).toString();
    e.action = q.value(6).toString();
    e.personId = idFrom(q.value(7));
    e.visitId = idFrom(q.value(8));
    e.purpose = q.value(9).toString();
    e.myNumberShown = q.value(10).toInt() != 0;
    e.outcome = q.value(11).toString();
    e.detail = q.value(12).toString();
    e.prevHash = q.value(13).toString();
    e.hash = q.value(14).toString();
    return e;
}

QDateTime local(const QDateTime& at)
{
    return at.toTimeZone(japanTime());
}

} // namespace

AuditLog::AuditLog(storage::DatabaseLocation location)
    : m_location(std::move(location))
{ }

AuditLog::AuditLog(const storage::Database& business)
    : m_location(business.location())
{ }

AuditLog::~AuditLog() = default;

Status AuditLog::ensureOpen()
{
    if (m_db)
        return {};
    auto db = storage::Database::open(m_location, {.create = false, .migrate = false});
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return {};
}

Result<AuditEntry> AuditLog::record(AuditEntry entry)
{
    if (Status open = ensureOpen(); !open)
        return open.error();
    storage::Transaction transaction(m_db->sql());
    if (!transaction.begun())
        return transaction.begun().error();
    auto appended = appendAuditEntry(*m_db, std::move(entry));
    if (!appended)
        return appended.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return appended;
}

Result<AuditEntry> appendAuditEntry(storage::Database& database, AuditEntry entry)
{
    QSqlDatabase& db = database.sql();
    const QString doing = QCoreApplication::translate("AuditLog", "recording an audit entry");
    if (database.engine() == storage::Engine::PostgreSql) {
        if (auto locked = storage::exec(
                db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kAuditLockKey}, doing);
            !locked)
            return locked.error();
    }
    auto last = storage::exec(
        db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {}, doing);
    if (!last)
        return last.error();
    entry.seq = 1;
    entry.prevHash = QString::fromLatin1(kGenesisHash);
    if (last->next()) {
        entry.seq = last->value(0).toLongLong() + 1;
        entry.prevHash = last->value(1).toString();
    }
    last->finish();
    entry.at = entry.at.toUTC();
    entry.hash = entry.computeHash();
    auto inserted = storage::exec(db,
        QStringLiteral("INSERT INTO audit_log (") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.seq, auditTimestamp(entry.at), text(entry.operatorId), text(entry.role),
            text(entry.office), text(entry.terminal), text(entry.action),
            optionalId(entry.personId), optionalId(entry.visitId), text(entry.purpose),
            entry.myNumberShown ? 1 : 0, text(entry.outcome), text(entry.detail), entry.prevHash,
            entry.hash},
        doing);
    if (!inserted)
        return inserted.error();
    return entry;
}

Result<VerifyReport> verifyAuditChain(QSqlDatabase& db)
{
    const QString doing = QCoreApplication::translate("AuditLog", "reading the audit chain");
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq")))
        return storage::sqlError(doing, rows);
    VerifyReport report;
    QString previous = QString::fromLatin1(kGenesisHash);
    qint64 expected = 1;
    while (rows.next()) {
        const AuditEntry entry = entryFrom(rows);
        ++report.entries;
        auto broken = [&](qint64 seq, const char* reason, const QString& message) {
            report.intact = false;
            report.brokenSeq = seq;
            report.reason = QString::fromLatin1(reason);
            report.message = message;
        };
        if (entry.seq != expected) {
            broken(expected, "missing",
                QCoreApplication::translate("AuditLog",
                    "entry %1 is missing: the chain goes on at entry %2 (a row was deleted)")
                    .arg(expected)
                    .arg(entry.seq));
            break;
        }
        if (entry.computeHash() != entry.hash
            || rows.value(1).toString() != auditTimestamp(entry.at)) {
            broken(entry.seq, "hash",
                QCoreApplication::translate(
                    "AuditLog", "entry %1 was changed: its content does not give its hash")
                    .arg(entry.seq));
            break;
        }
        if (entry.prevHash != previous) {
            auto linked = storage::exec(db,
                QStringLiteral("SELECT seq FROM audit_log WHERE hash = ? ORDER BY seq LIMIT 1"),
                {entry.prevHash}, doing);
            if (!linked)
                return linked.error();
            if (linked->next() && linked->value(0).toLongLong() > entry.seq) {
                broken(entry.seq, "order",
                    QCoreApplication::translate(
                        "AuditLog", "entry %1 is out of order: it was written after entry %2")
                        .arg(entry.seq)
                        .arg(linked->value(0).toLongLong()));
            } else {
                broken(entry.seq, "link",
                    QCoreApplication::translate("AuditLog",
                        "entry %1 does not follow entry %2: an entry before it was changed or "
                        "removed")
                        .arg(entry.seq)
                        .arg(entry.seq - 1));
            }
            break;
        }
        previous = entry.hash;
        ++expected;
    }
    if (rows.lastError().isValid())
        return storage::sqlError(doing, rows);
    report.headHash = report.intact ? previous : QString();
    return report;
}

Result<QList<AuditEntry>> queryAudit(QSqlDatabase& db, const AuditFilter& filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.operatorId.isEmpty()) {
        where << QStringLiteral("operator = ?");
        values << filter.operatorId;
    }
    if (filter.personId) {
        where << QStringLiteral("person_id = ?");
        values << *filter.personId;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << auditTimestamp(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << auditTimestamp(filter.to);
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq");
    auto rows = storage::exec(
        db, sql, values, QCoreApplication::translate("AuditLog", "querying the audit log"));
    if (!rows)
        return rows.error();
    QList<AuditEntry> entries;
    while (rows->next())
        entries << entryFrom(rows.value());
    return entries;
}

QTimeZone japanTime()
{
    return QTimeZone(9 * 3600);
}

QList<AuditEntry> lateNightEntries(const QList<AuditEntry>& entries)
{
    QList<AuditEntry> found;
    for (const AuditEntry& e : entries) {
        const int hour = local(e.at).time().hour();
        if (hour >= 22 || hour < 6)
            found << e;
    }
    return found;
}

bool isClosedDay(const QDate& date)
{
    if (date.dayOfWeek() >= 6)
        return true;
    if ((date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3))
        return true;
    // 国民の祝日 and their substitute days (振替休日, 国民の休日), 2025-2027,
    // from the Cabinet Office's published list.
    static const QList<QDate> holidays = {
        {2025, 1, 1},
        {2025, 1, 13},
        {2025, 2, 11},
        {2025, 2, 23},
        {2025, 2, 24},
        {2025, 3, 20},
        {2025, 4, 29},
        {2025, 5, 3},
        {2025, 5, 4},
        {2025, 5, 5},
        {2025, 5, 6},
        {2025, 7, 21},
        {2025, 8, 11},
        {2025, 9, 15},
        {2025, 9, 23},
        {2025, 10, 13},
        {2025, 11, 3},
        {2025, 11, 23},
        {2025, 11, 24},
        {2026, 1, 1},
        {2026, 1, 12},
        {2026, 2, 11},
        {2026, 2, 23},
        {2026, 3, 20},
        {2026, 4, 29},
        {2026, 5, 3},
        {2026, 5, 4},
        {2026, 5, 5},
        {2026, 5, 6},
        {2026, 7, 20},
        {2026, 8, 11},
        {2026, 9, 21},
        {2026, 9, 22},
        {2026, 9, 23},
        {2026, 10, 12},
        {2026, 11, 3},
        {2026, 11, 23},
        {2027, 1, 1},
        {2027, 1, 11},
        {2027, 2, 11},
        {2027, 2, 23},
        {2027, 3, 21},
        {2027, 3, 22},
        {2027, 4, 29},
        {2027, 5, 3},
        {2027, 5, 4},
        {2027, 5, 5},
        {2027, 7, 19},
        {2027, 8, 11},
        {2027, 9, 20},
        {2027, 9, 23},
        {2027, 10, 11},
        {2027, 11, 3},
        {2027, 11, 23},
    };
    return holidays.contains(date);
}

QList<AuditEntry> holidayEntries(const QList<AuditEntry>& entries)
{
    QList<AuditEntry> found;
    for (const AuditEntry& e : entries)
        if (isClosedDay(local(e.at).date()))
            found << e;
    return found;
}

QList<AuditEntry> failedLoginEntries(const QList<AuditEntry>& entries)
{
    QList<AuditEntry> found;
    for (const AuditEntry& e : entries)
        if (e.action == QLatin1String(AuditAction::Login)
            && e.outcome != QLatin1String(AuditOutcome::Ok))
            found << e;
    return found;
}

QList<MassSearch> massSearches(const QList<AuditEntry>& entries, int threshold)
{
    std::map<std::pair<QString, QDateTime>, int> counts;
    for (const AuditEntry& e : entries) {
        if (e.action != QLatin1String(AuditAction::Search))
            continue;
        QDateTime hour = local(e.at);
        hour.setTime(QTime(hour.time().hour(), 0));
        ++counts[{e.operatorId, hour}];
    }
    QList<MassSearch> found;
    for (const auto& [key, count] : counts)
        if (count > threshold)
            found << MassSearch{key.first, key.second, count};
    return found;
}

} // namespace madoguchi::security
