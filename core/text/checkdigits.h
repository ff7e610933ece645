#pragma once

#include "common/result.h"

#include <QString>
#include <QStringView>

namespace madoguchi::text {

// The identifiers with a check digit that the counter handles
// (docs/dates-and-identifiers.md has the algorithms with worked examples).
enum class IdentifierKind {
    MyNumber, // 個人番号: 11 digits + check digit
    AtenaNumber, // 宛名番号 (our convention): 10 digits + check digit
    SetaiNumber, // 世帯番号 (our convention): 10 digits + check digit
    LocalGovernmentCode, // 全国地方公共団体コード: 5 digits + check digit
};

// Full lengths, check digit included.
inline constexpr int kMyNumberLength = 12;
inline constexpr int kAtenaNumberLength = 11;
inline constexpr int kSetaiNumberLength = 11;
inline constexpr int kLocalGovernmentCodeLength = 6;

int identifierLength(IdentifierKind kind);
// "My Number (個人番号)" etc., translated.
QString identifierName(IdentifierKind kind);

// --- Check digits of bodies the program made (ASCII digits only). ---------
// These return -1 (or an empty string) for a body that is empty, has the
// wrong length, or holds anything but ASCII digits; validate user input
// with the validate functions below.

// Modulus 11, weights 2,3,4,5,6,7,2,3,… from the rightmost body digit;
// r = Σ mod 11; check = 0 if r ≤ 1, else 11 − r. Any body length ≥ 1.
// 宛名番号 and 世帯番号 use it, and so does 個人番号 (its weights Q(n) are the
// same cycle).
int mod11CheckDigit(QStringView body);
// body + its check digit, e.g. for the demo generator.
QString appendMod11CheckDigit(QStringView body);
// 個人番号: an 11-digit body.
int myNumberCheckDigit(QStringView body);
// 全国地方公共団体コード: a 5-digit body, weights 6,5,4,3,2; check = last digit
// of 11 − (Σ mod 11), so r = 0 gives 1 and r = 1 gives 0.
int localGovernmentCodeCheckDigit(QStringView body);

// --- Validation of what a person typed. ---------------------------------
// Input is folded first: surrounding whitespace trimmed, full-width digits
// (０-９) read as digits, and spaces (ASCII or 全角) and hyphens (- ‐ − － ー)
// between digits dropped, as in "1234 5678 9018" or "13101-6". Anything
// else is an error naming the character. On success the value is the bare
// digits (what to store); the error says why (length, character, or
// "wrong check digit: expected 8, got 3").
Result<QString> validateIdentifier(IdentifierKind kind, QStringView input);
Result<QString> validateMyNumber(QStringView input);
Result<QString> validateAtenaNumber(QStringView input);
Result<QString> validateSetaiNumber(QStringView input);
Result<QString> validateLocalGovernmentCode(QStringView input);

// The folding above alone: the bare digits, or why the input is not a number.
Result<QString> identifierDigits(QStringView input);

} // namespace madoguchi::text
