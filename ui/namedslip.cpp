#include "namedslip.h"

#include <QHash>
#include <QJsonArray>

namespace madoguchi::ui {
namespace {

QJsonObject text(const catalog::LocalizedText& t)
{
    return {{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}};
}

const catalog::FormField* fieldOf(
    const catalog::Catalog& catalog, const QString& procedure, const QString& field)
{
    for (const catalog::Procedure& p : catalog.procedures)
        if (p.id == procedure)
            for (const catalog::FormField& f : p.fields)
                if (f.id == field)
                    return &f;
    return nullptr;
}

// "出生届：出生の時刻、体重（グラム）" for the fields a source filled
// ("procedure[/member]:field" each).
QJsonObject fieldLabels(const catalog::Catalog& catalog, const QJsonArray& fields)
{
    QStringList ja, en;
    for (const QJsonValue& value : fields) {
        const QString ref = value.toString();
        const QString procedure = ref.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), 0, 0);
        const catalog::FormField* f
            = fieldOf(catalog, procedure, ref.section(QLatin1Char(':'), 1));
        if (f && !ja.contains(f->labels.ja)) {
            ja << f->labels.ja;
            en << f->labels.en;
        }
    }
    return {{QStringLiteral("ja"), ja.join(QStringLiteral("、"))},
        {QStringLiteral("en"), en.join(QStringLiteral(", "))}};
}

// The slip's transparency part with names (docs/visits.md): each source's
// fields as labels, each system's name and its fields' labels in both languages.
void nameTransparency(QJsonObject& slip, const catalog::Catalog& catalog)
{
    QJsonArray used;
    for (const QJsonValue& value : slip[QStringLiteral("data_used")].toArray()) {
        QJsonObject u = value.toObject();
        u.insert(QStringLiteral("labels"), fieldLabels(catalog, u[QStringLiteral("fields")].toArray()));
        used.append(u);
    }
    slip.insert(QStringLiteral("data_used"), used);
    QJsonArray sent;
    for (const QJsonValue& value : slip[QStringLiteral("sent_to")].toArray()) {
        QJsonObject system = value.toObject();
        if (const catalog::System* s = catalog.system(system[QStringLiteral("system")].toString()))
            system.insert(QStringLiteral("system_name"), text(s->names));
        QJsonArray fields;
        for (const QJsonValue& f : system[QStringLiteral("fields")].toArray()) {
            QJsonObject field = f.toObject();
            if (const catalog::FormField* declared = fieldOf(catalog,
                    field[QStringLiteral("procedure")].toString(),
                    field[QStringLiteral("field")].toString()))
                field.insert(QStringLiteral("label"), text(declared->labels));
            fields.append(field);
        }
        system.insert(QStringLiteral("fields"), fields);
        sent.append(system);
    }
    slip.insert(QStringLiteral("sent_to"), sent);
}

} // namespace

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
    nameTransparency(slip, catalog);
    return slip;
}

} // namespace madoguchi::ui
