#pragma once

// The derived fields of the rules context (docs/rules-context.md, "Derived
// fields"): computed once from a checked input form, before any rule is
// evaluated.
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace madoguchi::catalog {

// The input form (as readRulesContext() accepted it) with every derived
// field of context-schema.json added: to each member (age, age_today,
// school_stage, allowance_child, is_head, is_subject, surname_changes), to
// the household (member_count, remaining_count, has_allowance_child,
// head_member, subject_member) and "member": null (household scope).
QJsonObject deriveContext(QJsonObject input);

// The derived context with "member" set to the member whose id is
// `memberId`, or to null for an empty id (household scope). Cheap: it copies
// only the top-level object (its values are shared), so the checklist
// derives once and calls this once per member, not per procedure. The id
// must be one of the context's members.
QJsonObject contextForMember(const QJsonObject& derived, QStringView memberId);

// The school stage on `on` of a child born on `birth`: "preschool",
// "elementary", "junior_high", "high_school" or "other", decided by the
// school year (1 April – 31 March) containing `on` and the year the child
// enters 小学校 (text::primarySchoolEntryYear).
QString schoolStage(QDate birth, QDate on);

// The last day a child born on `birth` counts for 児童手当: the first
// 31 March on or after the day the child reaches 18 (the day before the
// 18th birthday, 年齢計算ニ関スル法律).
QDate allowanceChildUntil(QDate birth);

} // namespace madoguchi::catalog
