#pragma once

#include "catalog/catalogmodel.h"

#include <QSet>
#include <QString>

// What of the interview's answers the checklist of a life event reads, so
// that an answer it does not read fills the forms again without building
// the checklist again (interviewsession.h).
namespace madoguchi::catalog {

struct AnswersRead {
    // The keys K of answers.K that a rule or a text of the checklist names.
    QSet<QString> keys;
    // A rule reads the whole answers object, or a path it computes.
    bool all = false;
};

// The answers.* that the procedures of `eventId` read in applies_when,
// their reasons and the reasons they do not apply (rules and
// placeholders), documents and deadlines.
AnswersRead answersReadByChecklist(const Catalog& catalog, const QString& eventId);

} // namespace madoguchi::catalog
