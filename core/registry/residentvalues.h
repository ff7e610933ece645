#pragma once

#include "common/result.h"

#include <QString>
#include <QStringView>

namespace madoguchi::registry {

// Value rules of the resident extract that are more than a lookup
// (docs/import-format.md).

// A date as the register stores it: the storage form itself
// (text/japanesedate.h: 1975-04-01, 1965-04, XXXX-XX-XX …) or anything
// parseJapaneseDate reads (昭和50年4月1日, S50.4.1, 不詳 …).
Result<QString> storageDate(QStringView text);

// 氏名: trimmed, every run of spaces (ASCII or 全角) one ASCII space.
QString normalizeName(QStringView text);

// フリガナ: full-width katakana with one space between the parts. Half-width
// katakana (ｶﾀｶﾅ, as CP932 systems often write) and hiragana are converted;
// anything else (kanji, Latin letters, digits) is an error naming it.
Result<QString> normalizeKana(QStringView text);

// An exact count of ASCII digits (住所コード 11, 郵便番号 7, 住民票コード 11);
// hyphens are dropped first (123-4567).
Result<QString> fixedDigits(QStringView text, int length);

} // namespace madoguchi::registry
