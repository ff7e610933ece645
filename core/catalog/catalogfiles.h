#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/catalogproblem.h"

#include <QJsonObject>
#include <QSet>

// The catalog's shared files: systems.json, events.json, parameters.json.
namespace madoguchi::catalog {

QList<System> readSystems(const QJsonObject& root, const QString& file, Problems& problems);
// Questions' rules are checked with the event's own questions and the
// city parameters in sight.
QList<LifeEvent> readEvents(const QJsonObject& root, const QString& file,
    const QSet<QString>& parameters, Problems& problems);
QList<Parameter> readParameters(const QJsonObject& root, const QString& file, Problems& problems);

// Reports ids that occur twice in `ids` (element i at base/i/id).
void reportDuplicateIds(const QStringList& ids, const Place& base, Problems& problems);

} // namespace madoguchi::catalog
