#pragma once

#include "common/result.h"
#include "preentry/preentryformat.h"

#include <QString>

// Pre-entry codes (issue #10, docs/preentry.md): a pre-entry as one line of
// text a QR code holds in alphanumeric mode and a USB scanner types.
//   UTF-8 JSON (format v1) → zlib (RFC 1950, level 9) → Base45 (RFC 9285)
//   → "MDP1:" in front (the digit is the format version).
namespace madoguchi::preentry {

inline constexpr char kCodePrefix[] = "MDP1:";
// The longest code: what a QR code of version 25 holds in alphanumeric
// mode at error correction level M (117 × 117 modules), so a phone screen
// shows it large enough for a counter scanner.
inline constexpr qsizetype kMaxCodeLength = 1451;
// The most JSON a code may decompress to: more is refused unread (a few
// hundred characters of zlib can inflate to megabytes).
inline constexpr qsizetype kMaxJsonBytes = 64 * 1024;

// The code of `entry`, or an Error when the entry is not format v1 (a
// 個人番号 included) or its code would be longer than kMaxCodeLength (the
// message gives both lengths).
Result<QString> encodePreEntry(const PreEntry& entry);

// The pre-entry a code holds. Surrounding white space (the scanner's
// Enter) is ignored, and so are full-width forms and lower case (an input
// method left on, Caps Lock): Base45 has neither. Refused with what is
// wrong: not MDP1:, a newer version, too long, a character that is not
// Base45, a group out of range, corrupt or cut-short compressed data
// (zlib's Adler-32 check), anything after it, more than kMaxJsonBytes,
// not UTF-8 JSON, not format v1, a 個人番号.
Result<PreEntry> decodePreEntry(const QString& text);

// Whether `text` is meant as a pre-entry code (it starts "MDP" and a
// digit, in any case), as opposed to a certificate: the desk routes what
// the scanner typed by it. decodePreEntry() says what is wrong with it.
bool looksLikePreEntry(const QString& text);

} // namespace madoguchi::preentry
