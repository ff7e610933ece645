#include "sync/pushaudit.h"

#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

Result<QString> metaValue(storage::Database& db, const char* key)
{
    auto found = storage::exec(db.sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
        {QString::fromLatin1(key)},
        QCoreApplication::translate("BranchPush", "reading %1 at the branch")
            .arg(QString::fromLatin1(key)));
    if (!found)
        return found.error();
    return found->next() ? found->value(0).toString() : QString();
}

std::optional<qint64> idFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Result<QList<security::AuditEntry>> readEntries(storage::Database& replica, qint64 after, int limit)
{
    auto rows = storage::exec(replica.sql(),
        QStringLiteral("SELECT seq, at, operator, role, office, terminal, action, person_id, "
                       "visit_id, purpose, my_number_shown, outcome, detail, prev_hash, hash "
                       "FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"),
        {after, limit},
        QCoreApplication::translate("BranchPush", "reading the branch's audit entries"));
    if (!rows)
        return rows.error();
    QList<security::AuditEntry> entries;
    while (rows->next()) {
        security::AuditEntry e;
        e.seq = rows->value(0).toLongLong();
        e.at = QDateTime::fromString(rows->value(1).toString(), Qt::ISODateWithMs);
        e.operatorId = rows->value(2).toString();
        e.role = rows->value(3).toString();
        e.office = rows->value(4).toString();
        e.terminal = rows->value(5).toString();
        e.action = rows->value(6).toString();
        e.personId = idFrom(rows->value(7));
        e.visitId = idFrom(rows->value(8));
        e.purpose = rows->value(9).toString();
        e.myNumberShown = rows->value(10).toInt() != 0;
        e.outcome = rows->value(11).toString();
        e.detail = rows->value(12).toString();
        e.prevHash = rows->value(13).toString();
        e.hash = rows->value(14).toString();
        entries << e;
    }
    return entries;
}

// The batch as the branch wrote it: each entry gives its own hash and links
// to the one before (`previous`: the last pushed entry's hash).
Status checkChain(const QList<security::AuditEntry>& entries, qint64 after, QString previous)
{
    qint64 expected = after + 1;
    for (const security::AuditEntry& e : entries) {
        if (e.seq != expected)
            return Error{QCoreApplication::translate("BranchPush",
                "the branch's audit entry %1 is missing (the chain goes on at %2); nothing of the "
                "chain from there is pushed — check it with `madoguchi-cli audit verify`")
                             .arg(expected)
                             .arg(e.seq)};
        if (e.computeHash() != e.hash || (!previous.isEmpty() && e.prevHash != previous))
            return Error{QCoreApplication::translate("BranchPush",
                "the branch's audit entry %1 was changed or does not follow entry %2; nothing "
                "of the chain from there is pushed — check it with `madoguchi-cli audit verify`")
                             .arg(e.seq)
                             .arg(e.seq - 1)};
        previous = e.hash;
        ++expected;
    }
    return {};
}

} // namespace

QString auditOrigin(const QString& branchCode, qint64 seq)
{
    return QStringLiteral("audit:%1:%2").arg(branchCode).arg(seq);
}

Result<int> pushAuditEntries(
    storage::Database& replica, storage::Database& hall, const QString& branchCode, int batch)
{
    auto seqText = metaValue(replica, kAuditPushedSeqKey);
    if (!seqText)
        return seqText.error();
    auto hashText = metaValue(replica, kAuditPushedHashKey);
    if (!hashText)
        return hashText.error();
    qint64 pushed = seqText->isEmpty() ? 0 : seqText->toLongLong();
    // Nothing pushed yet: the first entry links to the genesis hash.
    QString previous = pushed == 0 ? QString::fromLatin1(security::kGenesisHash) : hashText.value();
    int appended = 0;
    const QString doing = QCoreApplication::translate(
        "BranchPush", "appending branch %1's audit entries at the hall")
                              .arg(branchCode);
    for (;;) {
        auto entries = readEntries(replica, pushed, qMax(1, batch));
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            break;
        if (Status intact = checkChain(entries.value(), pushed, previous); !intact)
            return intact.error();

        storage::Transaction transaction(hall.sql());
        if (Status begun = transaction.begun(); !begun)
            return begun.error();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        int appendedHere = 0;
        for (const security::AuditEntry& branchEntry : entries.value()) {
            const QString origin = auditOrigin(branchCode, branchEntry.seq);
            auto known = storage::exec(hall.sql(),
                QStringLiteral("SELECT 1 FROM branch_imports WHERE origin = ?"), {origin}, doing);
            if (!known)
                return known.error();
            const bool there = known->next();
            known->finish();
            if (there)
                continue;
            // Everything as at the branch but its place in the chain, which
            // the hall gives; the detail says where it came from.
            security::AuditEntry copy = branchEntry;
            copy.detail += QStringLiteral(" [branch %1 #%2]").arg(branchCode).arg(branchEntry.seq);
            if (auto written = security::appendAuditEntry(hall, copy); !written)
                return written.error();
            if (auto recorded = storage::exec(hall.sql(),
                    QStringLiteral("INSERT INTO branch_imports (origin, kind, branch, imported_at) "
                                   "VALUES (?, 'audit', ?, ?)"),
                    {origin, branchCode, now}, doing);
                !recorded)
                return recorded.error();
            ++appendedHere;
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        appended += appendedHere;

        pushed = entries->last().seq;
        previous = entries->last().hash;
        storage::Transaction mark(replica.sql());
        if (Status begun = mark.begun(); !begun)
            return begun.error();
        if (Status stored = storeMeta(
                replica.sql(), QString::fromLatin1(kAuditPushedSeqKey), QString::number(pushed));
            !stored)
            return stored.error();
        if (Status stored
            = storeMeta(replica.sql(), QString::fromLatin1(kAuditPushedHashKey), previous);
            !stored)
            return stored.error();
        if (Status committed = mark.commit(); !committed)
            return committed.error();
    }
    return appended;
}

} // namespace madoguchi::sync
