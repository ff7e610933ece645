#pragma once

#include "catalog/checklist.h"

#include <QJsonObject>

namespace madoguchi::catalog {

// The checklist as `checklist --json` prints it (docs/catalog.md):
// {"applies": [{"procedure", "version", "name", "member", "deadline",
// "deadline_note", "reason", "system", "system_name", "documents"}],
// "not_applicable": [{"procedure", "name", "member", "why", "not_in_force"}]};
// member is null for a household procedure, texts are {"ja", "en"}
// objects, deadline "YYYY-MM-DD" or null.
QJsonObject checklistToJson(const Catalog& catalog, const Checklist& checklist);

QJsonObject textToJson(const LocalizedText& text);

} // namespace madoguchi::catalog
