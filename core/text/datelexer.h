#pragma once

// Internal to core/text: splits what a clerk typed into date tokens, folding
// the many ways of writing the same thing (full-width digits and letters,
// kanji numerals, dash variants) on the way.
#include "common/result.h"
#include "text/era.h"
#include "text/japanesedate.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace madoguchi::text {

enum class DateTokenKind {
    Number, // digits, kanji numerals folded (五十 → "50"), 元 before 年 → "1"
    Era, // 昭和, 昭, S, s, Ｓ
    YearMark, // 年
    MonthMark, // 月
    DayMark, // 日
    Separator, // . / - (and their full-width forms)
    TenDays, // 上旬 初旬 中旬 下旬
    Approx, // 頃 ごろ ころ
    Unknown, // 不詳 不明
};

struct DateToken {
    DateTokenKind kind = DateTokenKind::Number;
    QString text; // the digits of a Number, the character of a Separator
    Era era = Era::Reiwa; // for Era
    DatePrecision tenDays = DatePrecision::EarlyMonth; // for TenDays
};

// Tokens of `input` (already trimmed); an error names the first character
// that belongs to no date form. `input` is only quoted in messages.
Result<QList<DateToken>> tokenizeDate(QStringView input);

} // namespace madoguchi::text
