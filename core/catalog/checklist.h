#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QJsonObject>
#include <optional>

// The checklist of a life event (docs/catalog.md, "The checklist"): the
// procedures that apply, one per household or one per qualifying member,
// each with its reason, deadline, documents and system, and the
// procedures of the event that do not apply, each with why.
namespace madoguchi::catalog {

struct ChecklistItem {
    const Procedure* procedure = nullptr;
    // The member's id; empty for a household procedure.
    QString member;
    std::optional<QDate> deadline;
    LocalizedText reason;
    QList<LocalizedText> documents;
    // For each of `documents`: the certificate type that can stand for it
    // ("" when only paper will do).
    QStringList documentCertificates;
};

struct NotApplicableItem {
    const Procedure* procedure = nullptr;
    QString member;
    LocalizedText why;
    // No version of the procedure is in force on the event's date.
    bool notInForce = false;
};

struct Checklist {
    QList<ChecklistItem> applies;
    QList<NotApplicableItem> notApplicable;
};

// `derived` is a rules context as deriveContext() returns it (its input
// checked by readRulesContext()); the checklist adds params (the catalog's
// city parameters), answers ({} when absent) and member. Procedures are
// taken in catalog order; of a procedure's versions, the one in force on
// event.date. Fails on an event the catalog does not have, or a rule that
// cannot be evaluated on this context (naming procedure, member and place).
Result<Checklist> buildChecklist(const Catalog& catalog, const QJsonObject& derived);

// The rules context a procedure's rules see for `memberId` (empty: household).
QJsonObject ruleData(const Catalog& catalog, const QJsonObject& derived, const QString& memberId);

} // namespace madoguchi::catalog
