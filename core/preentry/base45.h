#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

// Base45 (RFC 9285): bytes as text made of the 45 characters of a QR
// code's alphanumeric mode (0-9 A-Z space $ % * + - . / :), so that a QR
// code holds the text at 5.5 bits per character instead of 8. Two bytes
// become three characters, a last single byte two.
namespace madoguchi::preentry {

// The 45 characters in the order of their values (0 … 44).
inline constexpr char kBase45Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

QString base45Encode(const QByteArray& bytes);

// The bytes `text` encodes, or an Error naming the first problem: a
// character that is not Base45 (lower case included: upper-case first if
// that is what you mean), a last group of one character, a group of three
// worth more than 65535 or a last group of two worth more than 255.
// Positions in messages are 1-based and counted from `firstPosition`
// (the place of `text` in a longer string).
Result<QByteArray> base45Decode(QStringView text, qsizetype firstPosition = 1);

} // namespace madoguchi::preentry
