#include "approval/reconciletext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace madoguchi::approval {
namespace {

QString versionText(const QJsonValue& version)
{
    return version.isNull() || version.isUndefined() ? QStringLiteral("—")
                                                     : QStringLiteral("v%1").arg(version.toInt());
}

// Whose record: the resident by name and 宛名番号, a household by its
// 世帯番号.
QString whose(const QJsonObject& change)
{
    const QString name = change[QStringLiteral("name")].toString();
    const QString atena = change[QStringLiteral("atena_no")].toString();
    if (!atena.isEmpty())
        return QCoreApplication::translate("Reconcile", "%1 (宛名番号 %2)")
            .arg(name.isEmpty() ? QStringLiteral("?") : name, atena);
    const QString setai = change[QStringLiteral("setai_no")].toString();
    if (!setai.isEmpty())
        return QCoreApplication::translate("Reconcile", "世帯 %1").arg(setai);
    return QStringLiteral("#%1").arg(change[QStringLiteral("id")].toInteger());
}

QString entityText(const QString& entity)
{
    if (entity == QLatin1String("person"))
        return QCoreApplication::translate("Reconcile", "register record");
    if (entity == QLatin1String("household"))
        return QCoreApplication::translate("Reconcile", "household");
    if (entity == QLatin1String("entitlement"))
        return QCoreApplication::translate("Reconcile", "entitlements");
    if (entity == QLatin1String("support_measure"))
        return QCoreApplication::translate("Reconcile", "支援措置");
    return entity;
}

QString changeText(const QString& change)
{
    if (change == QLatin1String("removed"))
        return QCoreApplication::translate("Reconcile", "removed at the hall");
    if (change == QLatin1String("added"))
        return QCoreApplication::translate("Reconcile", "added at the hall");
    return QCoreApplication::translate("Reconcile", "changed at the hall");
}

} // namespace

QStringList reconcileLines(const QString& visitRef, const QJsonObject& details)
{
    QStringList lines;
    for (const QJsonValue& value : details[QStringLiteral("changes")].toArray()) {
        const QJsonObject change = value.toObject();
        QStringList what;
        for (const QJsonValue& w : change[QStringLiteral("what")].toArray())
            what << w.toString();
        lines << QCoreApplication::translate("Reconcile", "%1: %2 %3 %4 (%5 → %6): %7")
                     .arg(visitRef, whose(change),
                         entityText(change[QStringLiteral("entity")].toString()),
                         changeText(change[QStringLiteral("change")].toString()),
                         versionText(change[QStringLiteral("branch_version")]),
                         versionText(change[QStringLiteral("hall_version")]),
                         what.join(QStringLiteral("; ")));
    }
    return lines;
}

} // namespace madoguchi::approval
