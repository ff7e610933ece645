#include "sync/catalogcomparison.h"

#include "catalog/catalogfingerprint.h"

#include <QCoreApplication>
#include <QSet>

namespace madoguchi::sync {
namespace {

QStringList minus(const QStringList& a, const QStringList& b)
{
    const QSet<QString> other(b.cbegin(), b.cend());
    QStringList out;
    for (const QString& item : a)
        if (!other.contains(item))
            out << item;
    out.sort();
    return out;
}

// "a@1, b@2, c@1 and 4 more"
QString listed(const QStringList& items, int limit)
{
    if (items.size() <= limit)
        return items.join(QStringLiteral(", "));
    return QCoreApplication::translate(
        "CatalogComparison", "%1 and %n more", nullptr, int(items.size()) - limit)
        .arg(items.mid(0, limit).join(QStringLiteral(", ")));
}

} // namespace

CatalogComparison compareCatalog(const SyncState& state, const catalog::Catalog& local)
{
    CatalogComparison c;
    c.localFingerprint = catalog::catalogFingerprint(local);
    c.hallFingerprint = state.hallCatalogFingerprint;
    if (c.hallFingerprint.isEmpty())
        return c; // Unknown: nothing to compare with, which is no fault of the branch
    if (c.hallFingerprint == c.localFingerprint) {
        c.outcome = CatalogComparison::Outcome::Same;
        return c;
    }
    c.outcome = CatalogComparison::Outcome::Differs;
    const QStringList mine = catalog::catalogSummary(local);
    c.missing = minus(state.hallCatalogProcedures, mine);
    c.extra = minus(mine, state.hallCatalogProcedures);
    return c;
}

QString CatalogComparison::warning(int limit) const
{
    if (!differs())
        return {};
    QStringList what;
    if (!missing.isEmpty())
        what << QCoreApplication::translate("CatalogComparison", "missing %1")
                    .arg(listed(missing, limit));
    if (!extra.isEmpty())
        what << QCoreApplication::translate("CatalogComparison", "has %1, not at the hall")
                    .arg(listed(extra, limit));
    // Same procedures, yet another fingerprint: a system, a life event or a
    // parameter value differs.
    if (what.isEmpty())
        what << QCoreApplication::translate(
            "CatalogComparison", "its systems, life events or parameters differ");
    return QCoreApplication::translate(
        "CatalogComparison", "catalog differs from the hall's: %1; update this PC's catalog")
        .arg(what.join(QStringLiteral("; ")));
}

QStringList CatalogComparison::details() const
{
    QStringList lines;
    for (const QString& p : missing)
        lines << QCoreApplication::translate("CatalogComparison",
            "The hall has %1; this PC's catalog does not: its checklists leave it out.")
                     .arg(p);
    for (const QString& p : extra)
        lines << QCoreApplication::translate(
            "CatalogComparison", "This PC's catalog has %1; the hall's does not.")
                     .arg(p);
    if (differs() && lines.isEmpty())
        lines << QCoreApplication::translate("CatalogComparison",
            "The procedures are the same, but a system, a life event or a parameter value "
            "differs from the hall's.");
    return lines;
}

} // namespace madoguchi::sync
