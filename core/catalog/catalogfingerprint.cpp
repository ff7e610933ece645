#include "catalog/catalogfingerprint.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>

namespace madoguchi::catalog {

QStringList catalogSummary(const Catalog& catalog)
{
    QStringList list;
    list.reserve(catalog.procedures.size());
    for (const Procedure& p : catalog.procedures)
        list << p.id + QLatin1Char('@') + QString::number(p.version);
    list.sort();
    return list;
}

QString canonicalCatalogText(const Catalog& catalog)
{
    QStringList systems;
    for (const System& s : catalog.systems)
        systems << s.id;
    systems.sort();
    QStringList events;
    for (const LifeEvent& e : catalog.events)
        events << e.id;
    events.sort();
    // QJsonObject keeps its keys sorted, nested objects too: the compact
    // text does not depend on the order parameters.json lists them in.
    const QString parameters = QString::fromUtf8(
        QJsonDocument(catalog.parameterValues()).toJson(QJsonDocument::Compact));
    // One part per line, each named; a version line so that a later change
    // of this text is a new fingerprint rather than a silent collision.
    const QChar nl(u'\n');
    return QStringLiteral("madoguchi-catalog 1") + nl + QStringLiteral("procedures ")
        + catalogSummary(catalog).join(u' ') + nl + QStringLiteral("systems ") + systems.join(u' ')
        + nl + QStringLiteral("events ") + events.join(u' ') + nl + QStringLiteral("parameters ")
        + parameters + nl;
}

QString catalogFingerprint(const Catalog& catalog)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalCatalogText(catalog).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace madoguchi::catalog
