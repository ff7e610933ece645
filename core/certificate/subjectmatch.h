#pragma once

#include "certificate/certificateverification.h"
#include "registry/residentprofile.h"

#include <QDate>
#include <QList>
#include <QString>

namespace madoguchi::certificate {

// The member of `household` a document from outside is about: the one
// whose name — kanji or kana, folded as search folds it (searchKey: 髙 = 高,
// サトー = サトウ, spaces ignored) — and birth date equal `name` and
// `birthDate`. Empty when none or more than one does (never a guess).
QString matchSubject(
    const QString& name, QDate birthDate, const QList<SubjectCandidate>& household);

// The members a certificate (or a pre-entry) may be about, numbered as a
// visit's context numbers them: the profile's current residents in the
// standard order, m1 … mN.
QList<SubjectCandidate> candidatesOf(const registry::ResidentProfile& profile);

} // namespace madoguchi::certificate
