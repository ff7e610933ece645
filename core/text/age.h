#pragma once

#include "text/japanesedate.h"

#include <QDate>
#include <optional>

namespace madoguchi::text {

// 満年齢 on `on`: completed years in the everyday sense, one year more from the
// birthday on. Someone born on 29 February counts the new year from 1 March in
// common years. nullopt when a date is invalid or `on` is before the birth.
//
// The law (年齢計算ニ関スル法律 with 民法 §143) says a person reaches an age at
// the end of the day before the birthday. Counted at the start of a day this
// gives the same number as ageOn() on every day, so ageOn() is right for
// "how old on day X". It differs only for rules phrased "the day one reaches
// N": use ageReachedOn() for those (school entry below).
std::optional<int> ageOn(QDate birth, QDate on);

// The age on `on` if it is the same for every day the birth date can mean
// (born 昭和40年4月上旬 is 59 on 2024-05-01), else nullopt; nullopt for 不詳 and 頃.
std::optional<int> ageOn(const JapaneseDate& birth, QDate on);

// The day the law says one reaches `years`: the day before that birthday
// (the day before 1 March for a 29 February birth in a common year, i.e.
// 28 February). Invalid QDate for invalid input or years < 0.
QDate ageReachedOn(QDate birth, int years);

// The first school year (学年, April–March) of 小学校: the one starting on the
// 1 April after the child reaches 6, so a child born on 1 April starts a
// year earlier than one born on 2 April (学校教育法 §17). Returns the
// calendar year in which that school year begins.
int primarySchoolEntryYear(QDate birth);

} // namespace madoguchi::text
