#include "visit/visitreference.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace madoguchi::visit {

namespace {

// The database's branch code, or empty at the hall.
Result<QString> branchCode(storage::Database& db)
{
    auto found = storage::exec(db.sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
        {QString::fromLatin1(sync::kBranchCodeKey)},
        QCoreApplication::translate("VisitReference", "reading the branch code"));
    if (!found)
        return found.error();
    const QString code = found->next() ? found->value(0).toString() : QString();
    found->finish();
    // A code that is not one would make references nobody can parse (or
    // collide with another branch's): refuse rather than number with it.
    if (!code.isEmpty() && !isValidBranchCode(code))
        return Error{QCoreApplication::translate("VisitReference",
            "the branch code \"%1\" in this database is not valid (a capital letter, then up to "
            "7 capital letters and digits); visits cannot be numbered until it is corrected")
                         .arg(code)};
    return code;
}

} // namespace

bool isValidBranchCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{0,7}$"));
    return pattern.match(code).hasMatch();
}

std::optional<VisitReference> parseVisitReference(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^V([0-9]{8})-(?:([A-Z][A-Z0-9]{0,7})-)?([0-9]{6,})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    VisitReference ref;
    ref.day = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    ref.branch = match.captured(2);
    ref.serial = match.captured(3).toLongLong();
    if (!ref.day.isValid() || ref.serial <= 0)
        return std::nullopt;
    return ref;
}

Result<QString> allocateVisitReference(storage::Database& db, QDate day)
{
    const QString key = day.toString(QStringLiteral("yyyyMMdd"));
    auto branch = branchCode(db);
    if (!branch)
        return branch.error();
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
        return Error{
            QCoreApplication::translate("VisitReference", "numbering the visit gave no number")};
    const qint64 serial = next->value(0).toLongLong();
    next->finish();
    if (Status s = transaction.commit(); !s)
        return s.error();
    const QString number = QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
    if (branch->isEmpty())
        return QStringLiteral("V%1-%2").arg(key, number);
    return QStringLiteral("V%1-%2-%3").arg(key, branch.value(), number);
}

} // namespace madoguchi::visit
