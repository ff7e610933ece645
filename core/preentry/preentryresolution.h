#pragma once

#include "catalog/catalogmodel.h"
#include "certificate/certificateverification.h"
#include "common/result.h"
#include "preentry/preentryformat.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A decoded pre-entry made usable by the desk (issue #10, docs/preentry.md,
// "At the desk"): person references become the household's member ids,
// every answer is checked against the catalog (the event's questions, the
// ask_once keys, their types), and what cannot be used is listed with why
// instead of being dropped silently.
namespace madoguchi::preentry {

struct ResolvedPreEntry {
    QString eventType;
    QDate eventDate;
    // {question id: value}, members as ids: what VisitInProgress::setEvent takes.
    QJsonObject eventAnswers;
    // {ask_once key: value}, a per-member key as {member id: value}: what
    // VisitInProgress::answer (catalog::applyAnswers) takes.
    QJsonObject answers;
    // The household member who prepared it; empty when not named or not found.
    QString applicantMember;
    // Each thing that could not be used, and why, one sentence each
    // ("answers.phon: no form of 出生 asks the key \"phon\"; did you mean \"phone\"?").
    QStringList notes;
    // The keys the answers give: ask_once keys and event.<question id>.
    QStringList keysUsed;
    // checkPreEntry() only: each person reference, well formed, to be
    // matched at the desk ("event.answers.subject: 高橋 結衣 (2026-11-18)").
    QStringList persons;
};

// Resolves `entry` for the visit of `household` (the members the event
// reads, with names and birth dates): a person is the one member whose
// folded name (kanji or kana) and birth date are those given
// (certificate::matchSubject); a text field (the notifier) given as a
// person takes the member's name as the register writes it, or the name
// as given when the person is not in the household. Values are checked as
// the interview checks them (catalog::checkFieldAnswer: a 和暦 date is
// fine and becomes YYYY-MM-DD). Fails on a life event the catalog does not
// have, or a key of a 個人番号 field.
Result<ResolvedPreEntry> resolvePreEntry(const PreEntry& entry, const catalog::Catalog& catalog,
    const QList<certificate::SubjectCandidate>& household);

// The same checks without a household (`preentry check`): person
// references are kept as given and listed in `persons`, every other note
// is as resolvePreEntry() makes it.
Result<ResolvedPreEntry> checkPreEntry(const PreEntry& entry, const catalog::Catalog& catalog);

} // namespace madoguchi::preentry
