#include "catalog/catalogmodel.h"

namespace madoguchi::catalog {

QJsonObject Catalog::parameterValues() const
{
    return parameterObject;
}

const System* Catalog::system(const QString& id) const
{
    const auto it = systemIndex.constFind(id);
    return it == systemIndex.constEnd() ? nullptr : &systems.at(*it);
}

const LifeEvent* Catalog::event(const QString& id) const
{
    const auto it = eventIndex.constFind(id);
    return it == eventIndex.constEnd() ? nullptr : &events.at(*it);
}

QList<const Procedure*> Catalog::proceduresOf(const QString& eventId) const
{
    QList<const Procedure*> result;
    for (const qsizetype i : proceduresByEvent.value(eventId))
        result.append(&procedures.at(i));
    return result;
}

} // namespace madoguchi::catalog
