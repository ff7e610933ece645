#include "queue/dayexport.h"

#include "queue/dayreads.h"
#include "queue/ticketrows.h"
#include "queue/ticketstore.h"
#include "registry/csvwriter.h"
#include "security/accesscontrol.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>

// The day's CSV export (docs/queue.md, "The day's export"): the right is
// checked, the day read in one snapshot, the export recorded, and only then
// are the two files written, each to a temporary name and renamed.
namespace madoguchi::queue {
namespace {

using dayreads::japanText;

// Excel reads a CSV without a BOM in the system's code page (Shift_JIS on a
// Japanese Windows) and garbles it.
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QString secondsText(qint64 seconds)
{
    return seconds < 0 ? QString() : QString::number(seconds);
}

Status checkDirectory(const QString& directory)
{
    if (directory.trimmed().isEmpty())
        return Error{QCoreApplication::translate("DayExport", "give the folder to export to")};
    const QFileInfo info(directory);
    if (!info.exists())
        return Error{QCoreApplication::translate("DayExport", "the folder %1 does not exist")
                         .arg(QDir::toNativeSeparators(directory))};
    if (!info.isDir())
        return Error{QCoreApplication::translate("DayExport", "%1 is not a folder")
                         .arg(QDir::toNativeSeparators(directory))};
    if (!info.isWritable())
        return Error{QCoreApplication::translate("DayExport", "the folder %1 is not writable")
                         .arg(QDir::toNativeSeparators(directory))};
    return {};
}

// The delivery states in the outbox machine's order, for the summary.
int stateOrder(const QString& state)
{
    static const QStringList order{QStringLiteral("queued"), QStringLiteral("sending"),
        QStringLiteral("delivered"), QStringLiteral("retry-wait"), QStringLiteral("rejected"),
        QStringLiteral("cancelled"), QStringLiteral("handled"), QStringLiteral("held")};
    const qsizetype i = order.indexOf(state);
    return i < 0 ? int(order.size()) : int(i);
}

struct DayRows {
    QString tickets; // the CSV text, header included
    QString visits;
    int ticketCount = 0;
    int visitCount = 0;
};

Result<int> readTickets(QSqlDatabase& sql, const QDate& day, QString& csv)
{
    csv = registry::csvRecord({QStringLiteral("number"), QStringLiteral("purpose"),
        QStringLiteral("priority"), QStringLiteral("state"), QStringLiteral("issued_at"),
        QStringLiteral("called_at"), QStringLiteral("serving_at"), QStringLiteral("finished_at"),
        QStringLiteral("counter"), QStringLiteral("staff"), QStringLiteral("visit_ref"),
        QStringLiteral("wait_seconds"), QStringLiteral("handling_seconds")});
    auto rows = storage::exec(sql,
        QStringLiteral("SELECT ") + rows::kColumns
            + QStringLiteral(" FROM tickets WHERE day = ? ORDER BY issued_at, id"),
        {rows::dayText(day)},
        QCoreApplication::translate("DayExport", "reading the tickets of %1")
            .arg(rows::dayText(day)));
    if (!rows)
        return rows.error();
    int count = 0;
    while (rows->next()) {
        const Ticket t = rows::readTicket(rows.value());
        csv += registry::csvRecord({t.number, t.purpose, className(t.priority),
            ticketStateName(t.state), japanText(t.issuedAt), japanText(t.calledAt),
            japanText(t.servingAt), japanText(t.finishedAt), t.counter, t.staff, t.visitRef,
            secondsText(dayreads::secondsBetween(t.issuedAt, t.calledAt)),
            secondsText(dayreads::secondsBetween(t.servingAt, t.finishedAt))});
        ++count;
    }
    return count;
}

Result<int> readVisits(QSqlDatabase& sql, const QDate& day, QString& csv)
{
    const dayreads::DayBounds bounds = dayreads::japanDay(day);
    const QString dayText = rows::dayText(day);
    QHash<QString, int> applications;
    auto counted = storage::exec(sql,
        QStringLiteral("SELECT a.visit_ref, COUNT(*) FROM applications a "
                       "JOIN visits v ON v.ref = a.visit_ref "
                       "WHERE v.submitted_at >= ? AND v.submitted_at < ? GROUP BY a.visit_ref"),
        {bounds.from, bounds.to},
        QCoreApplication::translate("DayExport", "counting the applications of %1").arg(dayText));
    if (!counted)
        return counted.error();
    while (counted->next())
        applications.insert(counted->value(0).toString(), counted->value(1).toInt());
    QHash<QString, QList<std::pair<QString, int>>> deliveries;
    auto states = storage::exec(sql,
        QStringLiteral("SELECT o.visit_ref, o.state, COUNT(*) FROM outbox o "
                       "JOIN visits v ON v.ref = o.visit_ref "
                       "WHERE v.submitted_at >= ? AND v.submitted_at < ? "
                       "GROUP BY o.visit_ref, o.state"),
        {bounds.from, bounds.to},
        QCoreApplication::translate("DayExport", "reading the deliveries of %1").arg(dayText));
    if (!states)
        return states.error();
    while (states->next())
        deliveries[states->value(0).toString()]
            << std::pair{states->value(1).toString(), states->value(2).toInt()};

    csv = registry::csvRecord({QStringLiteral("ref"), QStringLiteral("atena_no"),
        QStringLiteral("event_type"), QStringLiteral("event_date"), QStringLiteral("staff"),
        QStringLiteral("office"), QStringLiteral("terminal"), QStringLiteral("submitted_at"),
        QStringLiteral("applications"), QStringLiteral("deliveries")});
    auto visits = storage::exec(sql,
        QStringLiteral("SELECT ref, atena_no, event_type, event_date, staff, office, terminal, "
                       "submitted_at FROM visits WHERE submitted_at >= ? AND submitted_at < ? "
                       "ORDER BY submitted_at, ref"),
        {bounds.from, bounds.to},
        QCoreApplication::translate("DayExport", "reading the visits of %1").arg(dayText));
    if (!visits)
        return visits.error();
    int count = 0;
    while (visits->next()) {
        const QString ref = visits->value(0).toString();
        auto delivered = deliveries.value(ref);
        std::sort(delivered.begin(), delivered.end(),
            [](const auto& a, const auto& b) { return stateOrder(a.first) < stateOrder(b.first); });
        QStringList summary;
        for (const auto& [state, n] : delivered)
            summary << QStringLiteral("%1 %2").arg(state).arg(n);
        csv += registry::csvRecord({ref, visits->value(1).toString(), visits->value(2).toString(),
            visits->value(3).toString(), visits->value(4).toString(), visits->value(5).toString(),
            visits->value(6).toString(), japanText(rows::timeFromText(visits->value(7).toString())),
            QString::number(applications.value(ref)), summary.join(QStringLiteral("; "))});
        ++count;
    }
    return count;
}

Result<DayRows> readDay(storage::Database& db, const QDate& day)
{
    auto snapshot = dayreads::beginSnapshot(db);
    if (!snapshot)
        return snapshot.error();
    DayRows read;
    auto tickets = readTickets(db.sql(), day, read.tickets);
    if (!tickets)
        return tickets.error();
    read.ticketCount = tickets.value();
    auto visits = readVisits(db.sql(), day, read.visits);
    if (!visits)
        return visits.error();
    read.visitCount = visits.value();
    // Read only; ended before the audit entry, which SQLite would make wait.
    snapshot.value()->rollback();
    return read;
}

// Opens `path` and writes `csv` with its BOM; the file appears at commit.
Status writeTemporary(QSaveFile& file, const QString& csv)
{
    const QString path = QDir::toNativeSeparators(file.fileName());
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("DayExport", "cannot write %1: %2")
                         .arg(path, file.errorString())};
    const QByteArray bytes = kBom + csv.toUtf8();
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{
            QCoreApplication::translate("DayExport", "cannot write %1: %2").arg(path, why)};
    }
    return {};
}

// Both files or neither: both are written in full under temporary names
// before either is renamed; should the second rename fail, the first file
// is taken away again.
Status writeBoth(const DayExport& paths, const DayRows& rows)
{
    QSaveFile tickets(paths.ticketsPath);
    QSaveFile visits(paths.visitsPath);
    if (Status s = writeTemporary(tickets, rows.tickets); !s)
        return s;
    if (Status s = writeTemporary(visits, rows.visits); !s) {
        tickets.cancelWriting();
        tickets.commit();
        return s;
    }
    if (!tickets.commit()) {
        const QString why = tickets.errorString();
        visits.cancelWriting();
        visits.commit();
        return Error{QCoreApplication::translate("DayExport", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(paths.ticketsPath), why)};
    }
    if (!visits.commit()) {
        QFile::remove(paths.ticketsPath);
        return Error{QCoreApplication::translate("DayExport", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(paths.visitsPath), visits.errorString())};
    }
    return {};
}

} // namespace

Result<DayExport> exportDay(storage::Database& db, security::AccessControl& access,
    const QDate& day, const QString& directory)
{
    security::AuditEntry entry = access.entry(QLatin1String(security::AuditAction::Export));
    entry.detail = QStringLiteral("day %1 to %2")
                       .arg(day.isValid() ? rows::dayText(day) : QStringLiteral("?"),
                           QDir::toNativeSeparators(directory));
    if (Status allowed = access.require(security::Permission::Approve, entry); !allowed)
        return allowed.error();
    if (!day.isValid())
        return Error{QCoreApplication::translate("DayExport", "the export needs a valid day")};
    if (Status s = checkDirectory(directory); !s)
        return s.error();
    auto rows = readDay(db, day);
    if (!rows)
        return rows.error();

    const QDir dir(directory);
    DayExport result;
    result.ticketsPath
        = dir.absoluteFilePath(QStringLiteral("tickets-%1.csv").arg(rows::dayText(day)));
    result.visitsPath
        = dir.absoluteFilePath(QStringLiteral("visits-%1.csv").arg(rows::dayText(day)));
    result.tickets = rows->ticketCount;
    result.visits = rows->visitCount;

    // Recorded first: an export that cannot be recorded is not made.
    entry.detail = QStringLiteral("day %1: %2 tickets, %3 visits to %4")
                       .arg(rows::dayText(day))
                       .arg(result.tickets)
                       .arg(result.visits)
                       .arg(QDir::toNativeSeparators(dir.absolutePath()));
    if (Status recorded = access.record(entry); !recorded)
        return recorded.error();
    if (Status written = writeBoth(result, rows.value()); !written) {
        // The chain says the export did not happen after all.
        security::AuditEntry failed = access.entry(QLatin1String(security::AuditAction::Export));
        failed.outcome = QLatin1String(security::AuditOutcome::Failed);
        failed.detail = entry.detail + QStringLiteral(": ") + written.error().message;
        (void)access.record(failed);
        return written.error();
    }
    return result;
}

} // namespace madoguchi::queue
