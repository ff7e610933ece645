#include "namedslip.h"

#include <QHash>
#include <QJsonArray>

namespace madoguchi::ui {

QJsonObject namedSlip(
    const visit::VisitStatus& status, const catalog::Forms& forms, const catalog::Catalog& catalog)
{
    QJsonObject slip = visit::guidanceSlip(status);
    QHash<QString, QString> nameOfAtena;
    for (const QJsonValue& m :
        forms.context[QStringLiteral("household")][QStringLiteral("members")].toArray())
        nameOfAtena.insert(
            m[QStringLiteral("atena_no")].toString(), m[QStringLiteral("name_kanji")].toString());
    slip.insert(QStringLiteral("resident"), nameOfAtena.value(status.atenaNo));
    if (const catalog::LifeEvent* event = catalog.event(status.eventType))
        slip.insert(QStringLiteral("event_name"),
            QJsonObject{
                {QStringLiteral("ja"), event->names.ja}, {QStringLiteral("en"), event->names.en}});
    QJsonArray items;
    for (const QJsonValue& value : slip[QStringLiteral("items")].toArray()) {
        QJsonObject item = value.toObject();
        for (const catalog::Procedure& p : catalog.procedures)
            if (p.id == item[QStringLiteral("procedure")].toString()) {
                item.insert(QStringLiteral("procedure_name"),
                    QJsonObject{
                        {QStringLiteral("ja"), p.names.ja}, {QStringLiteral("en"), p.names.en}});
                break;
            }
        const QString member
            = nameOfAtena.value(item[QStringLiteral("member_atena_no")].toString());
        if (!member.isEmpty())
            item.insert(QStringLiteral("member_name"), member);
        items.append(item);
    }
    slip.insert(QStringLiteral("items"), items);
    return slip;
}

} // namespace madoguchi::ui
