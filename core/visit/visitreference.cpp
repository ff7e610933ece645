#include "visit/visitreference.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madoguchi::visit {

Result<QString> allocateVisitReference(storage::Database& db, QDate day)
{
    const QString key = day.toString(QStringLiteral("yyyyMMdd"));
    storage::Transaction transaction(db.sql());
    if (Status s = transaction.begun(); !s)
        return s.error();
    // One statement on both engines; concurrent counters on PostgreSQL wait
    // for the row lock and each gets its own number.
    auto next = storage::exec(db.sql(),
        QStringLiteral("INSERT INTO visit_serials (day, last) VALUES (?, 1) ON CONFLICT (day) DO "
                       "UPDATE SET last = visit_serials.last + 1 RETURNING last"),
        {key}, QCoreApplication::translate("VisitReference", "numbering the visit"));
    if (!next)
        return next.error();
    if (!next->next())
        return Error{QCoreApplication::translate("VisitReference", "numbering the visit gave no number")};
    const qint64 serial = next->value(0).toLongLong();
    next->finish();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return QStringLiteral("V%1-%2").arg(key).arg(serial, 6, 10, QLatin1Char('0'));
}

} // namespace madoguchi::visit
