#pragma once

#include "certificate/certificateverification.h"

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

} // namespace madoguchi::certificate
