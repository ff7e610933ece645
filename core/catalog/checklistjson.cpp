#include "catalog/checklistjson.h"

#include <QJsonArray>

namespace madoguchi::catalog {
namespace {

QJsonValue memberValue(const QString& member)
{
    return member.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(member);
}

} // namespace

QJsonObject textToJson(const LocalizedText& text)
{
    return {{QStringLiteral("ja"), text.ja}, {QStringLiteral("en"), text.en}};
}

QJsonObject checklistToJson(const Catalog& catalog, const Checklist& checklist)
{
    QJsonArray applies;
    for (const ChecklistItem& item : checklist.applies) {
        const Procedure& p = *item.procedure;
        QJsonArray documents;
        for (const LocalizedText& d : item.documents)
            documents.append(textToJson(d));
        const System* system = catalog.system(p.system);
        applies.append(QJsonObject{
            {QStringLiteral("procedure"), p.id},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("name"), textToJson(p.names)},
            {QStringLiteral("member"), memberValue(item.member)},
            {QStringLiteral("deadline"),
                item.deadline ? QJsonValue(item.deadline->toString(Qt::ISODate))
                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("deadline_note"),
                p.deadline && !p.deadline->note.isEmpty() ? QJsonValue(textToJson(p.deadline->note))
                                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reason"), textToJson(item.reason)},
            {QStringLiteral("system"), p.system},
            {QStringLiteral("system_name"),
                system ? QJsonValue(textToJson(system->names)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("documents"), documents},
        });
    }
    QJsonArray notApplicable;
    for (const NotApplicableItem& item : checklist.notApplicable)
        notApplicable.append(QJsonObject{
            {QStringLiteral("procedure"), item.procedure->id},
            {QStringLiteral("name"), textToJson(item.procedure->names)},
            {QStringLiteral("member"), memberValue(item.member)},
            {QStringLiteral("why"), textToJson(item.why)},
            {QStringLiteral("not_in_force"), item.notInForce},
        });
    return {
        {QStringLiteral("applies"), applies}, {QStringLiteral("not_applicable"), notApplicable}};
}

} // namespace madoguchi::catalog
