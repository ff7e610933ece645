#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace madoguchi::registry {

// The keys the search index stores and the search service looks up
// (docs/search.md). Pure functions: the index writer and the query side
// must fold the same way, so both call these.

// The spelling of a text as typed, with only the differences no clerk
// hears removed: width and compatibility forms (NFKC: ｻﾄｳ → サトウ), every
// kind of space, hiragana as katakana, Latin upper case. Equal spellings
// are an "exact" match; the lossy rules of text::searchKey (voiced marks,
// small kana, long vowels, kanji variants) make a match "folded".
QString spellingKey(QStringView text);

// text::searchKey: the folded key (COUNTER-DOMAIN §5).
QString foldedKey(QStringView text);

enum KeyForm : int { SpellingForm = 1, FoldedForm = 2 };
enum KeyKind : int { CurrentName = 0, FormerName = 1 };

struct NameKey {
    QString key;
    int kind = CurrentName; // the best (lowest) kind that gave this key
    int form = 0; // KeyForm bits
};

// The keys of one person's names: for each name the whole name and every
// part after the first (given names), each as spelling and folded key;
// equal keys merged. Sorted by key.
QList<NameKey> nameKeys(const QStringList& currentNames, const QStringList& formerNames);

// The address text of a household as stored in search_addresses:
// foldedKey(address) + " " + foldedKey(katagaki) (no space without 方書).
QString addressText(QStringView address, QStringView katagaki);

// The smallest string above every string that starts with `prefix`, in
// code-point order (SQLite BINARY, PostgreSQL COLLATE "C"): prefix + U+10FFFF.
QString prefixUpperBound(const QString& prefix);

} // namespace madoguchi::registry
