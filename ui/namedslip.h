#pragma once

#include "catalog/interviewsession.h"
#include "visit/visitstatus.h"

#include <QJsonObject>

namespace madoguchi::ui {

// visit::guidanceSlip() with the names the resident reads on paper: theirs,
// the event's, each procedure's and each member's (from the visit's
// household and the catalog), for SlipDocument.
QJsonObject namedSlip(
    const visit::VisitStatus& status, const catalog::Forms& forms, const catalog::Catalog& catalog);

} // namespace madoguchi::ui
