#include "queue/dayreads.h"

#include "queue/ticketrows.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace madoguchi::queue::dayreads {

Result<std::unique_ptr<storage::Transaction>> beginSnapshot(storage::Database& db)
{
    auto transaction
        = std::make_unique<storage::Transaction>(db.sql(), storage::Transaction::Intent::Read);
    if (Status s = transaction->begun(); !s)
        return s.error();
    if (db.engine() == storage::Engine::PostgreSql) {
        auto set = storage::exec(db.sql(),
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"), {},
            QCoreApplication::translate("DayReads", "starting a consistent reading"));
        if (!set)
            return set.error();
    }
    return transaction;
}

DayBounds japanDay(const QDate& day)
{
    const QDateTime start(day, QTime(0, 0), security::japanTime());
    return {rows::timeText(start), rows::timeText(start.addDays(1))};
}

QString japanText(const QDateTime& at)
{
    return at.isValid() ? at.toTimeZone(security::japanTime()).toString(Qt::ISODate) : QString();
}

qint64 secondsBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return -1;
    return std::max<qint64>(0, from.secsTo(to));
}

} // namespace madoguchi::queue::dayreads
